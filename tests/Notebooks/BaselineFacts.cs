using NeuralNetLessons.Data;
using NeuralNetLessons.Learning;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// Notebook 03's baseline, computed here from the data with the library, for the notebook tests
/// to compare with what the notebooks show. Nothing random: the means are averages.
/// </summary>
internal static class BaselineFacts
{
    private static readonly Lazy<(double Threes, double Sevens, long Right, long Total, double LessonMetric)> Facts = new(Compute);

    /// <summary>Share of validation threes that are closer to the mean three.</summary>
    public static double Threes => Facts.Value.Threes;

    /// <summary>Share of validation sevens that are closer to the mean seven.</summary>
    public static double Sevens => Facts.Value.Sevens;

    /// <summary>Validation images classified right, of <see cref="Total"/>.</summary>
    public static long Right => Facts.Value.Right;

    public static long Total => Facts.Value.Total;

    /// <summary>The baseline measured with the lesson's metric (mean of batch accuracies), as notebooks 04 to 07 measure it.</summary>
    public static double LessonMetric => Facts.Value.LessonMetric;

    private static (double, double, long, long, double) Compute()
    {
        using var scope = NewDisposeScope();
        Tensor Folder(string split, string digit) => MnistImages.Scale(MnistImages.LoadFolder(Path.Combine(TestData.MnistTinyRoot, split, digit)));
        Tensor mean3 = Folder("train", "3").mean([0]), mean7 = Folder("train", "7").mean([0]);
        Tensor valid3 = Folder("valid", "3"), valid7 = Folder("valid", "7");
        Tensor threesRight = MeanBaseline.Distance(valid3, mean3) < MeanBaseline.Distance(valid3, mean7);
        Tensor sevensRight = MeanBaseline.Distance(valid7, mean7) <= MeanBaseline.Distance(valid7, mean3);
        long right = threesRight.sum().item<long>() + sevensRight.sum().item<long>();

        var (x, y) = MnistSets.Load(TestData.MnistTinyRoot, "train");
        var (validX, validY) = MnistSets.Load(TestData.MnistTinyRoot, "valid");
        var (meanThree, meanSeven) = MeanBaseline.Means(x, y);
        double lessonMetric = Accuracy.Validate(MeanBaseline.AsModel(meanThree, meanSeven), new DataBatches(validX, validY, 256, shuffle: false));

        return (threesRight.to_type(ScalarType.Float32).mean().item<float>(), sevensRight.to_type(ScalarType.Float32).mean().item<float>(),
            right, valid3.shape[0] + valid7.shape[0], lessonMetric);
    }
}
