using NeuralNetLessons.Charting;
using NeuralNetLessons.Data;
using NeuralNetLessons.Display;
using NeuralNetLessons.Images;
using NeuralNetLessons.Learning;
using NeuralNetLessons.Tests.Images;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests;

/// <summary>
/// No public helper leaves a tensor alive that it does not hand back: TorchSharp counts the live
/// tensors of a thread, and after a call, with what it returned disposed, the count is where it was.
/// </summary>
[Collection(GlobalGenerator.Name)]
public class LiveTensorTests(MnistTrainingData data)
{
    private static readonly string ThreeFolder = Path.Combine(TestData.MnistTinyRoot, "train", "3");

    public static TheoryData<string> Helpers => [.. Calls.Keys];

    private static readonly Dictionary<string, Action<MnistTrainingData>> Calls = new()
    {
        ["MnistImages.LoadImage"] = _ => MnistImages.LoadImage(MnistImages.ListImages(ThreeFolder)[0]).Dispose(),
        ["MnistImages.LoadFolder and Scale"] = _ =>
        {
            using Tensor bytes = MnistImages.LoadFolder(ThreeFolder);
            MnistImages.Scale(bytes).Dispose();
        },
        ["MnistSets.Load"] = _ =>
        {
            var (x, y) = MnistSets.Load(TestData.MnistTinyRoot, "valid");
            x.Dispose();
            y.Dispose();
        },
        ["IdxFile.ReadImages and ReadLabels"] = _ =>
        {
            using var temp = new TempFolder();
            IdxFile.ReadImages(TestIdx.Write(temp.Path, "images.gz", TestIdx.Gzip(TestIdx.Images(3))), flatten: true).Dispose();
            IdxFile.ReadLabels(TestIdx.Write(temp.Path, "labels.gz", TestIdx.Gzip(TestIdx.Labels(1, 2, 3)))).Dispose();
        },
        ["Mnist.Load"] = _ =>
        {
            using var temp = new TempFolder();
            Mnist.Load(TestIdx.DataSet(temp.Path)).Dispose();
        },
        ["Mnist.Load of a broken data set"] = _ =>
        {
            using var temp = new TempFolder();
            string folder = TestIdx.DataSet(temp.Path);
            File.WriteAllBytes(Path.Combine(folder, "t10k-images-idx3-ubyte.gz"), TestIdx.Gzip(TestIdx.Images(2, rows: 27)));
            Assert.Throws<InvalidDataException>(() => Mnist.Load(folder));
        },
        ["Weights.Random"] = _ => Weights.Random([784, 1], 0.1).Dispose(),
        ["LessonLoss, Accuracy.OfBatch, Confusion.Of"] = _ =>
        {
            using Tensor scores = tensor(new float[,] { { -3 }, { -1 }, { 0.5f }, { 2 } });
            using Tensor targets = tensor(new float[,] { { 0 }, { 1 }, { 1 }, { 1 } });
            LessonLoss.Compute(scores, targets).Dispose();
            Accuracy.OfBatch(scores, targets).Dispose();
            Assert.Equal(4, Confusion.Of(scores, targets).Total);
        },
        ["Accuracy.Validate"] = d => Accuracy.Validate(x => x.sum(1, keepdim: true) - 100, d.Valid),
        ["MeanBaseline"] = d =>
        {
            var (three, seven) = MeanBaseline.Means(d.TrainX, d.TrainY);
            using (three)
            using (seven)
            using (Tensor some = d.ValidX.narrow(0, 0, 5))
            {
                MeanBaseline.Distance(some, three).Dispose();
            }
        },
        ["Training.Fit"] = d =>
        {
            var linear = Models.NewLinear(std: 0.01);
            Training.Fit(linear, d.Train, d.Valid, lr: 1.0, epochs: 1);
            foreach (Tensor parameter in linear.Parameters)
            {
                parameter.Dispose();
            }
        },
        ["ModuleFile.Save and Load"] = _ =>
        {
            using var temp = new TempFolder();
            using var module = nn.Linear(784, 1);
            string file = ModuleFile.Save(module, temp.Combine("linear.bin"));
            ModuleFile.Load(module, file);
        },
        ["DigitPreparation.Prepare"] = _ =>
        {
            using var temp = new TempFolder();
            using var page = DrawnDigits.Grey(DrawnDigits.Seven);
            using PreparedDigit digit = DigitPreparation.Prepare(DrawnDigits.SavePng(page, temp.Combine("seven.png")));
            digit.ToTensor().Dispose();
        },
        ["Show.Image, Show.Weights, Show.GreyTable"] = d =>
        {
            using Tensor row = d.ValidX[0];
            using Tensor image = row.reshape(28, 28);
            using Tensor centred = image - 0.5;
            _ = Show.Image(image, "a three");
            _ = Show.Weights(centred, "weights");
            _ = Show.GreyTable(image, 3..25, 6..21);
        },
        ["Charts.Heatmap, Histograms"] = d =>
        {
            using Tensor row = d.ValidX[0];
            using Tensor image = row.reshape(28, 28);
            _ = Charts.Heatmap(image, "a three");
            _ = Charts.Histograms([("pixels", image)], title: "pixels", xTitle: "grey");
        },
    };

    [Theory]
    [MemberData(nameof(Helpers))]
    public void A_helper_leaves_no_tensor_alive_but_what_it_returns(string helper)
    {
        Calls[helper](data); // the first call may load or cache what later calls reuse
        long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

        Calls[helper](data);

        Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
    }
}

/// <summary>A model made inside a learner's dispose scope keeps its tensors after the scope, as TorchSharp's modules do.</summary>
[Collection(GlobalGenerator.Name)]
public class ModelScopeTests(MnistTrainingData data)
{
    [Fact]
    public void A_linear_model_and_a_relu_net_made_in_a_scope_still_predict_after_it()
    {
        HandWrittenModel linear, net;
        using (NewDisposeScope())
        {
            linear = Models.NewLinear(std: 0.01);
            net = Models.NewReluNet(firstStd: 0.03, secondStd: 0.2);
        }

        Assert.All([.. linear.Parameters, .. net.Parameters], p => Assert.False(p.IsInvalid));
        using Tensor rows = data.ValidX.narrow(0, 0, 3);
        using Tensor linearScores = linear.Forward(rows);
        using Tensor netScores = net.Forward(rows);
        Assert.Equal([3L, 1L], linearScores.shape);
        Assert.Equal([3L, 1L], netScores.shape);
    }

    [Fact]
    public void The_baseline_made_in_a_scope_still_predicts_after_it()
    {
        var (three, seven) = MeanBaseline.Means(data.TrainX, data.TrainY);
        using (three)
        using (seven)
        {
            Func<Tensor, Tensor> baseline;
            using (NewDisposeScope())
            {
                using Tensor threeView = three.reshape(28, 28), sevenView = seven.reshape(28, 28);
                baseline = MeanBaseline.AsModel(threeView, sevenView);
            }

            using Tensor rows = data.ValidX.narrow(0, 0, 3);
            using Tensor scores = baseline(rows);
            Assert.Equal([3L, 1L], scores.shape);
        }
    }
}
