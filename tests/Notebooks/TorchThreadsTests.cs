using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// The setup cell gives torch one thread, the course's rule (README, "Speed"), unless the learner
/// asked for another number with OMP_NUM_THREADS before starting the kernel.
/// </summary>
[Collection(nameof(HeadlessNotebooks))]
public class TorchThreadsTests(HeadlessNotebooks notebooks)
{
    private static readonly string Notebook = Path.Combine(AppContext.BaseDirectory, "Fixtures", "torch-threads.ipynb");

    [Theory]
    [InlineData("", "1")]
    [InlineData("2", "2")]
    public async Task The_setup_cell_chooses_one_thread_unless_OMP_NUM_THREADS_says_otherwise(string variable, string threads)
    {
        var result = await notebooks.RunSeparatelyAsync(
            Notebook, $"torch-threads-{threads}", environment: new Dictionary<string, string> { ["OMP_NUM_THREADS"] = variable });

        Assert.True(result.Passed, result.Problem);
        Assert.Equal(threads, result.Executed!.OutputOf("torch-threads"));
    }
}
