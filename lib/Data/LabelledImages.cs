using static TorchSharp.torch;

namespace NeuralNetLessons.Data;

/// <summary>
/// One part of a labelled image data set, as <see cref="Mnist.Load"/> and
/// <see cref="FashionMnist.Load"/> give it, and as <c>var (images, labels) = part;</c> takes it apart.
/// It owns both tensors: <see cref="Dispose"/> frees them.
/// </summary>
/// <param name="Images">float32 in [0, 1]: [N, 28, 28], or [N, 784] when loaded flattened.</param>
/// <param name="Labels">int64 [N], each a class from 0 to 9.</param>
public sealed record LabelledImages(Tensor Images, Tensor Labels) : IDisposable
{
    /// <summary>N, the number of images (and of labels).</summary>
    public long Count => Labels.shape[0];

    /// <summary>Frees both tensors.</summary>
    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}

/// <summary>
/// A data set's two parts, as <c>var (train, test) = sets;</c> takes them apart: the images a model
/// learns from, and those it is tested on, kept apart. <see cref="Dispose"/> frees both.
/// </summary>
/// <param name="Train">The training images and labels (MNIST: 60,000).</param>
/// <param name="Test">The test images and labels (MNIST: 10,000).</param>
public sealed record TrainAndTest(LabelledImages Train, LabelledImages Test) : IDisposable
{
    /// <summary>Frees the tensors of both parts.</summary>
    public void Dispose()
    {
        Train.Dispose();
        Test.Dispose();
    }
}
