using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// The lesson's inputs and targets for one split of MNIST_TINY: every three, then every seven,
/// each image flattened to a row of 784 pixels in [0, 1], with target 1 for a three, 0 for a seven.
/// </summary>
public static class MnistSets
{
    /// <summary>Pixels per flattened image: 28 * 28.</summary>
    public const int Pixels = MnistImages.Side * MnistImages.Side;

    /// <summary>
    /// Loads <paramref name="split"/> ("train" or "valid") of the data set at <paramref name="root"/>:
    /// X is [N, 784] float32 (threes first, then sevens, each folder in ordinal file order),
    /// Y is [N, 1] float32 holding 1 for a three and 0 for a seven.
    /// </summary>
    public static (Tensor X, Tensor Y) Load(string root, string split)
    {
        if (split is not ("train" or "valid"))
        {
            throw new ArgumentException($"Split must be \"train\" or \"valid\", got \"{split}\".", nameof(split));
        }

        using var scope = torch.NewDisposeScope();
        Tensor threes = MnistImages.LoadFolder(Path.Combine(root, split, "3"));
        Tensor sevens = MnistImages.LoadFolder(Path.Combine(root, split, "7"));
        Tensor x = MnistImages.Scale(torch.cat([threes, sevens])).reshape(-1, Pixels);
        Tensor y = torch.cat([torch.ones(threes.shape[0], 1), torch.zeros(sevens.shape[0], 1)]);
        return (x.MoveToOuterDisposeScope(), y.MoveToOuterDisposeScope());
    }

    /// <summary>The batch size of every notebook: 256 images.</summary>
    public const int BatchSize = 256;

    /// <summary>
    /// Notebook 04's data in one call: both splits of the data set (at <paramref name="root"/>, or
    /// where <see cref="MnistTiny.Locate"/> finds it) by <see cref="Load"/>, the training set in
    /// shuffled batches of 256 and the validation set in batches of 256 in order.
    /// </summary>
    public static (Tensor X, Tensor Y, Tensor ValidX, Tensor ValidY, DataBatches TrainBatches, DataBatches ValidBatches)
        LoadWithBatches(string? root = null)
    {
        string path = MnistTiny.Locate(root);
        var (x, y) = Load(path, "train");
        var (validX, validY) = Load(path, "valid");
        return (x, y, validX, validY,
            new DataBatches(x, y, BatchSize, shuffle: true), new DataBatches(validX, validY, BatchSize, shuffle: false));
    }
}
