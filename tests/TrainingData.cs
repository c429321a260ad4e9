using NeuralNetLessons.Learning;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests;

/// <summary>
/// Tests that seed or draw from TorchSharp's global generator. The generator is shared by the
/// whole process, so these run on their own, never alongside other tests.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GlobalGenerator : ICollectionFixture<MnistTrainingData>
{
    public const string Name = "Global torch generator";
}

/// <summary>The real train and valid sets, loaded once for every test that needs them.</summary>
public sealed class MnistTrainingData : IDisposable
{
    public MnistTrainingData()
    {
        (TrainX, TrainY) = MnistSets.Load(TestData.MnistTinyRoot, "train");
        (ValidX, ValidY) = MnistSets.Load(TestData.MnistTinyRoot, "valid");
    }

    public Tensor TrainX { get; }
    public Tensor TrainY { get; }
    public Tensor ValidX { get; }
    public Tensor ValidY { get; }

    /// <summary>The walkthrough's batches: 256 rows, training shuffled every epoch, validation in order.</summary>
    public DataBatches Train => new(TrainX, TrainY, 256, shuffle: true);
    public DataBatches Valid => new(ValidX, ValidY, 256, shuffle: false);

    public void Dispose()
    {
        TrainX.Dispose();
        TrainY.Dispose();
        ValidX.Dispose();
        ValidY.Dispose();
    }
}
