using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NeuralNetLessons.Tests.Learning;

// Building a module draws its starting weights from the global generator, hence the collection.
[Collection(GlobalGenerator.Name)]
public class ModuleTrainingTests(MnistTrainingData data)
{
    static Module<Tensor, Tensor> ReluNet() => Sequential(Linear(784, 30), ReLU(), Linear(30, 1));

    [Fact]
    public void Trains_the_ReLU_net_built_from_modules()
    {
        torch.manual_seed(100);
        var model = ReluNet();

        TrainingHistory history = ModuleTraining.Fit(
            model, BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.3), data.Train, data.Valid, epochs: 5);

        Assert.Equal([1, 2, 3, 4, 5], history.Epochs.Select(e => e.Epoch));
        Assert.True(history.ValidationAccuracies[^1] >= 0.97, $"validation accuracy after 5 epochs: {history.ValidationAccuracies[^1]}");
        Assert.True(history.TrainingLosses[^1] < history.TrainingLosses[0], "the training loss should fall");
        Assert.False(model.training, "Fit leaves the model in evaluation mode");
    }

    [Fact]
    public void Gives_the_numbers_of_a_loop_written_out_by_hand_on_a_tiny_example()
    {
        const double lr = 0.5;
        const int epochs = 3;
        // Six samples of three features; batches of four, in order: a batch of 4, then one of 2.
        using Tensor x = torch.tensor(new float[,]
        {
            { 0.1f, 0.9f, 0.0f }, { 0.8f, 0.2f, 0.5f }, { 0.3f, 0.3f, 0.9f },
            { 1.0f, 0.0f, 0.2f }, { 0.0f, 0.6f, 0.4f }, { 0.7f, 0.7f, 0.1f },
        });
        using Tensor y = torch.tensor(new float[,] { { 1 }, { 0 }, { 1 }, { 0 }, { 1 }, { 0 } });
        var batches = new DataBatches(x, y, batchSize: 4, shuffle: false);
        float[] startWeights = [0.2f, -0.4f, 0.1f];
        const float startBias = 0.05f;

        // The library, with TorchSharp's linear layer, loss and SGD.
        var layer = Linear(3, 1);
        using (torch.no_grad())
        {
            layer.weight!.copy_(torch.tensor(startWeights).reshape(1, 3));
            layer.bias!.fill_(startBias);
        }
        TrainingHistory history = ModuleTraining.Fit(
            layer, BCEWithLogitsLoss(), optim.SGD(layer.parameters(), lr), batches, batches, epochs);

        // The same by hand: w and b, the binary cross-entropy formula, p -= lr * grad.
        using Tensor w = torch.tensor(startWeights).reshape(3, 1).requires_grad_();
        using Tensor b = torch.tensor(new[] { startBias }).requires_grad_();
        var byHand = new List<(double Loss, double Accuracy)>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            var losses = new List<double>();
            foreach (var (xb, yb) in batches)
            {
                Tensor p = xb.matmul(w) + b;
                Tensor loss = -(yb * functional.logsigmoid(p) + (1 - yb) * functional.logsigmoid(-p)).mean();
                loss.backward();
                using (torch.no_grad())
                {
                    foreach (Tensor parameter in new[] { w, b })
                    {
                        parameter.sub_(parameter.grad! * lr);
                        parameter.grad!.zero_();
                    }
                }
                losses.Add(loss.item<float>());
            }
            var accuracies = new List<float>();
            using (torch.no_grad())
            {
                foreach (var (xb, yb) in batches)
                {
                    Tensor predictedThree = ((xb.matmul(w) + b).sigmoid() > 0.5).to_type(ScalarType.Float32);
                    accuracies.Add((predictedThree == yb).to_type(ScalarType.Float32).mean().item<float>());
                }
            }
            byHand.Add((losses.Average(), Math.Round(accuracies.Average(), 4)));
        }

        Assert.Equal(byHand.Select(e => e.Accuracy), history.ValidationAccuracies);
        Assert.All(byHand.Zip(history.TrainingLosses), pair => Assert.Equal(pair.First.Loss, pair.Second, 1e-6));
        Assert.Equal(w.t().data<float>().ToArray(), layer.weight!.data<float>().ToArray(), new FloatTolerance(1e-6f));
        Assert.Equal(b.data<float>().ToArray(), layer.bias!.data<float>().ToArray(), new FloatTolerance(1e-6f));
        Assert.NotEqual(startWeights, layer.weight!.data<float>().ToArray());
    }

    [Fact]
    public void Dropout_is_off_during_validation()
    {
        torch.manual_seed(100);
        // Dropout on the single score zeroes it for about half the images, which then count as
        // sevens: with dropout left on, the validation accuracy would fall far and vary.
        var model = Sequential(Linear(784, 1), Dropout(0.5));

        TrainingHistory history = ModuleTraining.Fit(
            model, BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.3), data.Train, data.Valid, epochs: 2);

        model.eval();
        Assert.Equal(Accuracy.Validate(model.call, data.Valid), history.ValidationAccuracies[^1]);
        model.train();
        Assert.NotEqual(Accuracy.Validate(model.call, data.Valid), history.ValidationAccuracies[^1]);
    }

    [Fact]
    public void Trains_in_training_mode_and_validates_in_evaluation_mode_every_epoch()
    {
        torch.manual_seed(100);
        var recorder = new ModeRecorder();
        var model = Sequential(("linear", Linear(784, 1)), ("recorder", recorder));

        ModuleTraining.Fit(model, BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.3), data.Train, data.Valid, epochs: 2);

        bool[] epoch = [true, true, true, false, false, false];   // 3 training batches, then 3 validation batches
        Assert.Equal([.. epoch, .. epoch], recorder.Modes);
    }

    [Fact]
    public void Logs_one_line_per_epoch_like_Training_Fit()
    {
        torch.manual_seed(100);
        var model = ReluNet();
        using var log = new StringWriter();

        TrainingHistory history = ModuleTraining.Fit(
            model, BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.3), data.Train, data.Valid, epochs: 2, log);

        string[] lines = log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(history.Epochs.Select(Training.Format), lines);
        Assert.StartsWith("epoch  1  loss ", lines[0]);
    }

    [Fact]
    public void Predictions_of_the_wrong_shape_are_an_error_naming_both_shapes()
    {
        torch.manual_seed(100);

        var error = FitOnTinyBatches(Linear(784, 2));

        Assert.Contains("predictions [4, 2]", error.Message);
        Assert.Contains("targets' shape [4, 1]", error.Message);
        Assert.Contains("needs 1 output", error.Message);
    }

    [Fact]
    public void Inputs_the_model_cannot_take_are_an_error_naming_their_shape()
    {
        torch.manual_seed(100);

        var error = FitOnTinyBatches(Linear(100, 1));

        Assert.Contains("could not take a batch of inputs [4, 784]", error.Message);
        Assert.Contains("first layer", error.Message);
    }

    /// <summary>The error of one epoch on ten blank images of 784 pixels, in batches of four.</summary>
    static ArgumentException FitOnTinyBatches(Module<Tensor, Tensor> model)
    {
        var batches = new DataBatches(torch.zeros(10, 784), torch.zeros(10, 1), batchSize: 4, shuffle: false);
        return Assert.Throws<ArgumentException>(() =>
            ModuleTraining.Fit(model, BCEWithLogitsLoss(), optim.SGD(model.parameters(), 0.1), batches, batches, 1));
    }

    /// <summary>Passes its input through and notes, at every call, whether the model was in training mode.</summary>
    sealed class ModeRecorder() : Module<Tensor, Tensor>(nameof(ModeRecorder))
    {
        public List<bool> Modes { get; } = [];

        public override Tensor forward(Tensor input)
        {
            Modes.Add(training);
            return input.alias();
        }
    }

    sealed class FloatTolerance(float tolerance) : IEqualityComparer<float>
    {
        public bool Equals(float a, float b) => Math.Abs(a - b) <= tolerance;

        public int GetHashCode(float value) => 0;
    }
}
