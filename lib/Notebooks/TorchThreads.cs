using TorchSharp;

namespace NeuralNetLessons.Notebooks;

/// <summary>
/// The course's rule for torch's threads: one, unless <c>OMP_NUM_THREADS</c> asks for another number.
/// The course's tensors are small (batches of 256 × 784); splitting each operation across cores costs
/// more in starting and joining threads than it saves, and far more when other programs (a second
/// kernel, a browser) want the cores too. The README's "Speed" section has the measurements.
/// </summary>
internal static class TorchThreads
{
    public const string EnvironmentVariable = "OMP_NUM_THREADS";

    /// <summary>Sets one torch thread, unless <see cref="EnvironmentVariable"/> is set: then libtorch follows it.</summary>
    public static void Apply()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(EnvironmentVariable)))
        {
            torch.set_num_threads(1);
        }
    }
}
