using System.Text.RegularExpressions;
using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

[Collection(GlobalGenerator.Name)]
public partial class TrainingTests(MnistTrainingData data)
{
    /// <summary>The walkthrough's linear model: seed 100, then w [784, 1] and b [1].</summary>
    static HandWrittenModel LinearModel()
    {
        torch.manual_seed(100);
        return Models.NewLinear(std: 1.0);
    }

    /// <summary>The walkthrough's ReLU net: seed 100, then w1 [784, 30], b1 [30], w2 [30, 1], b2 [1].</summary>
    static HandWrittenModel ReluNet()
    {
        torch.manual_seed(100);
        return Models.NewReluNet(firstStd: 1.0, secondStd: 1.0);
    }

    TrainingHistory Fit(HandWrittenModel model, int epochs, TextWriter? log = null) =>
        Training.Fit(model, data.Train, data.Valid, lr: 1.0, epochs, log);

    public static TheoryData<string, string, int> NotebookRuns()
    {
        var runs = new TheoryData<string, string, int>();
        foreach (var init in new[] { Notebooks.PyTorchReference.Original, Notebooks.PyTorchReference.Scaled })
        {
            foreach (var model in new[] { "linear", "net" })
            {
                foreach (var seed in Enumerable.Range(0, 10).Append(100))
                {
                    runs.Add(model, init, seed);
                }
            }
        }
        return runs;
    }

    /// <summary>
    /// Every run of notebooks 04 to 07 against PyTorch (1.13, Debian's) running the same program:
    /// identical epoch for epoch, except the chaotic runs (<see cref="Notebooks.PyTorchReference.IsChaotic"/>),
    /// which stay within the band that CPUs move them by. .ci/run repeats this under a second CPU dispatch.
    /// </summary>
    [Theory]
    [Trait("Category", "Reproducibility")]
    [MemberData(nameof(NotebookRuns))]
    public void Reproduces_PyTorch_running_the_same_program(string model, string init, int seed)
    {
        bool scaled = init == Notebooks.PyTorchReference.Scaled;
        torch.manual_seed(seed);
        var net = model == "linear"
            ? Models.NewLinear(std: scaled ? Weights.FanInStd(784) : 1.0)
            : Models.NewReluNet(firstStd: scaled ? Weights.FanInStd(784) : 1.0, secondStd: scaled ? Weights.FanInStd(30) : 1.0);

        var accuracies = Fit(net, epochs: 20).ValidationAccuracies;

        Notebooks.PyTorchReference.AssertAgrees(model, init, seed, accuracies);
    }

    [Fact]
    public void Gives_exactly_the_numbers_of_the_loop_written_out_by_hand()
    {
        const int epochs = 5;
        const double lr = 1.0;

        // The library.
        var library = LinearModel();
        TrainingHistory history = Fit(library, epochs);

        // The notebook's loop, written out with nothing from the library but the data.
        torch.manual_seed(100);
        Tensor w = (torch.randn(784, 1) * 1.0).requires_grad_();
        Tensor b = (torch.randn(1) * 1.0).requires_grad_();
        var byHand = new List<(double Loss, double Accuracy)>();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            Tensor order = torch.randperm(709);
            var losses = new List<float>();
            for (long start = 0; start < 709; start += 256)
            {
                Tensor rows = order.narrow(0, start, Math.Min(256, 709 - start));
                Tensor xb = data.TrainX.index_select(0, rows);
                Tensor yb = data.TrainY.index_select(0, rows);
                Tensor p = (xb.matmul(w) + b).sigmoid();
                Tensor loss = torch.where(yb == 1, 1 - p, p).mean();
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
            var accuracies = new List<Tensor>();
            using (torch.no_grad())
            {
                for (long start = 0; start < 699; start += 256)
                {
                    long length = Math.Min(256, 699 - start);
                    Tensor xb = data.ValidX.narrow(0, start, length);
                    Tensor yb = data.ValidY.narrow(0, start, length);
                    Tensor predicted = ((xb.matmul(w) + b).sigmoid() > 0.5).to_type(ScalarType.Float32);
                    accuracies.Add((predicted == yb).to_type(ScalarType.Float32).mean());
                }
            }
            byHand.Add((losses.Average(l => (double)l), Math.Round(torch.stack(accuracies).mean().item<float>(), 4)));
        }

        Assert.Equal(Enumerable.Range(1, epochs), history.Epochs.Select(e => e.Epoch));
        Assert.Equal(byHand, history.Epochs.Select(e => (e.TrainingLoss, e.ValidationAccuracy)));
        Assert.Equal(w.data<float>().ToArray(), library.Parameters[0].data<float>().ToArray());
        Assert.Equal(b.data<float>().ToArray(), library.Parameters[1].data<float>().ToArray());
    }

    [Fact]
    public void Same_seed_gives_the_same_history()
    {
        TrainingHistory first = Fit(ReluNet(), 3);
        TrainingHistory second = Fit(ReluNet(), 3);

        Assert.Equal(first.Epochs, second.Epochs);
        Assert.Equal(3, first.Epochs.Count);
    }

    [Fact]
    public void Logs_one_line_per_epoch()
    {
        using var log = new StringWriter();

        TrainingHistory history = Fit(LinearModel(), 2, log);

        string[] lines = log.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Matches(LogLine(), lines[0]);
        Assert.StartsWith("epoch  1  loss ", lines[0]);
        Assert.StartsWith("epoch  2  loss ", lines[1]);
        // Written out here, not with Training.Format, which printed the line.
        Assert.Equal(
            FormattableString.Invariant($"epoch  2  loss {history.Epochs[1].TrainingLoss:F4}  valid accuracy {history.Epochs[1].ValidationAccuracy:F4}"),
            lines[1]);
    }

    [Fact]
    public void Keeps_the_parameters_alive_and_trainable()
    {
        var net = LinearModel();

        Fit(net, 1);

        Assert.All(net.Parameters, p =>
        {
            Assert.False(p.IsInvalid);
            Assert.True(p.requires_grad);
            Assert.Equal([0f], p.grad!.abs().max().data<float>().ToArray());
        });
    }

    [Fact]
    public void Frees_each_training_batch_before_the_next_one()
    {
        var (model, parameters) = LinearModel();
        Tensor? previous = null;
        var freedBeforeTheNext = new List<bool>();
        Tensor Recording(Tensor xb)
        {
            // Validation runs without gradients and keeps its batches until its mean: only training batches count.
            if (torch.is_grad_enabled())
            {
                if (previous is not null)
                {
                    freedBeforeTheNext.Add(previous.IsInvalid);
                }
                previous = xb;
            }
            return model(xb);
        }

        Training.Fit(new HandWrittenModel(Recording, parameters), data.Train, data.Valid, lr: 1.0, epochs: 2);

        // 3 batches an epoch: 5 hand-overs in 2 epochs, 2 of them inside each epoch.
        Assert.Equal([true, true, true, true, true], freedBeforeTheNext);
    }

    [GeneratedRegex(@"^epoch +\d+  loss \d\.\d{4}  valid accuracy \d\.\d{4}$")]
    private static partial Regex LogLine();
}
