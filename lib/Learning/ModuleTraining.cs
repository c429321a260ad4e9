using System.Runtime.InteropServices;
using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NeuralNetLessons.Learning;

/// <summary>
/// The lesson's training loop for a model built from TorchSharp's modules, trained with one of
/// TorchSharp's losses and optimizers: the framework's way of doing what <see cref="Training.Fit"/> does by hand.
/// </summary>
public static class ModuleTraining
{
    /// <summary>
    /// Trains <paramref name="model"/> for <paramref name="epochs"/> epochs. Each epoch, in training
    /// mode, for every batch of <paramref name="train"/>: predict, <paramref name="loss"/>,
    /// <c>optimizer.zero_grad()</c>, <c>backward()</c>, <c>optimizer.step()</c>; then, in evaluation
    /// mode (so dropout is off), <see cref="Accuracy.Validate"/> on <paramref name="valid"/>.
    /// The epoch's training loss is the mean of its batch losses; with a <paramref name="log"/>,
    /// one line per epoch as <see cref="Training.Format"/> writes it. Every tensor made along the
    /// way is freed at the end of its batch or epoch. The model is left in evaluation mode.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The model cannot take the batches' inputs, or its predictions do not have the targets' shape.
    /// </exception>
    public static TrainingHistory Fit(
        Module<Tensor, Tensor> model,
        Module<Tensor, Tensor, Tensor> loss,
        optim.Optimizer optimizer,
        DataBatches train,
        DataBatches valid,
        int epochs,
        TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);

        return Training.Loop(
            (xb, yb) =>
            {
                Tensor batchLoss = loss.call(Predict(model, xb, yb), yb);
                optimizer.zero_grad();
                batchLoss.backward();
                optimizer.step();
                return batchLoss;
            },
            xb => Predict(model, xb, null),
            train, valid, epochs, log,
            beforeTraining: () => model.train(),
            beforeValidation: () => model.eval());
    }

    /// <summary>The model's predictions for one batch, with errors that say which shapes did not fit.</summary>
    static Tensor Predict(Module<Tensor, Tensor> model, Tensor inputs, Tensor? targets)
    {
        Tensor predictions;
        try
        {
            predictions = model.call(inputs);
        }
        catch (ExternalException error)
        {
            throw new ArgumentException(
                $"The model could not take a batch of inputs {Shape.Of(inputs)}: {FirstLine(error.Message)}. " +
                "Check that its first layer expects the inputs' size.", error);
        }
        if (targets is not null && !predictions.shape.SequenceEqual(targets.shape))
        {
            string hint = targets.dim() == 2 ? $", so its last layer needs {targets.shape[1]} output(s)" : "";
            throw new ArgumentException(
                $"The model's predictions {Shape.Of(predictions)} for inputs {Shape.Of(inputs)} must have the " +
                $"targets' shape {Shape.Of(targets)}: one prediction per target{hint}.");
        }
        return predictions;
    }

    static string FirstLine(string text) => text.Split('\n')[0].Trim();
}
