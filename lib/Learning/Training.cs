using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>The lesson's training loop, for any model written as a function and its parameters.</summary>
public static class Training
{
    /// <summary>
    /// Trains for <paramref name="epochs"/> epochs. Each epoch, for every batch of <paramref name="train"/>:
    /// predict, <see cref="LessonLoss.Compute"/>, <c>backward()</c>, <see cref="GradientDescent.Step"/>; then
    /// <see cref="Accuracy.Validate"/> on <paramref name="valid"/>. The epoch's training loss is the
    /// mean of its batch losses. With a <paramref name="log"/>, writes one line per epoch:
    /// <c>epoch  1  loss 0.1234  valid accuracy 0.8765</c> (epoch right-aligned to 2 places,
    /// numbers to 4 decimals, invariant culture).
    /// Every tensor made along the way is freed at the end of its batch or epoch; the parameters
    /// are updated in place and stay alive.
    /// </summary>
    public static TrainingHistory Fit(
        HandWrittenModel model,
        DataBatches train,
        DataBatches valid,
        double lr,
        int epochs,
        TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(valid);
        ArgumentOutOfRangeException.ThrowIfNegative(epochs);

        return Loop(
            (xb, yb) =>
            {
                Tensor loss = LessonLoss.Compute(model.Forward(xb), yb);
                loss.backward();
                GradientDescent.Step(model.Parameters, lr);
                return loss;
            },
            model.Forward, train, valid, epochs, log);
    }

    /// <summary>
    /// The loop both Fit methods share. Each epoch: <paramref name="beforeTraining"/>, then
    /// <paramref name="trainStep"/> on every batch of <paramref name="train"/> (it updates the
    /// parameters and returns the batch's loss); then <paramref name="beforeValidation"/> and
    /// <see cref="Accuracy.Validate"/> of <paramref name="predict"/> on <paramref name="valid"/>.
    /// The epoch's loss is the mean of its batch losses, NaN when there were no batches.
    /// </summary>
    internal static TrainingHistory Loop(
        Func<Tensor, Tensor, Tensor> trainStep,
        Func<Tensor, Tensor> predict,
        DataBatches train,
        DataBatches valid,
        int epochs,
        TextWriter? log,
        Action? beforeTraining = null,
        Action? beforeValidation = null)
    {
        var results = new List<EpochResult>(epochs);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            beforeTraining?.Invoke();
            double lossSum = 0;
            int batches = 0;
            foreach (var (xb, yb) in train)
            {
                // The batch itself is freed by DataBatches when the next is drawn; this scope frees
                // what the step makes from it (predictions, loss, gradients' temporaries).
                using var batchScope = torch.NewDisposeScope();
                lossSum += trainStep(xb, yb).item<float>();
                batches++;
            }
            beforeValidation?.Invoke();
            double validationAccuracy = Accuracy.Validate(predict, valid);
            var result = new EpochResult(epoch, batches == 0 ? double.NaN : lossSum / batches, validationAccuracy);
            results.Add(result);
            log?.WriteLine(Format(result));
        }
        return new TrainingHistory(results);
    }

    /// <summary>One log line: <c>epoch  1  loss 0.1234  valid accuracy 0.8765</c>.</summary>
    public static string Format(EpochResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"epoch {result.Epoch,2}  loss {result.TrainingLoss:F4}  valid accuracy {result.ValidationAccuracy:F4}");
    }
}
