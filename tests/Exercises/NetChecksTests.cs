using NeuralNetLessons.Exercises;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 05's exercise, the net's scores: the check passes the solution, names the common mistakes, and never throws.</summary>
public class NetChecksTests
{
    [Fact]
    public void The_net_check_passes_the_solution_and_names_the_common_mistakes()
    {
        Assert.True(Check.SimpleNet((x, w1, b1, w2, b2) => (x.matmul(w1) + b1).clamp_min(0).matmul(w2) + b2).Passed);
        Assert.True(Check.SimpleNet((x, w1, b1, w2, b2) => nn.functional.relu(x.matmul(w1) + b1).matmul(w2) + b2).Passed);

        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => (x.matmul(w1) + b1).matmul(w2) + b2), "the ReLU is missing");
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => ((x.matmul(w1) + b1).matmul(w2) + b2).clamp_min(0)), "the ReLU belongs between the layers");
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => ((x.matmul(w1) + b1).clamp_min(0).matmul(w2) + b2).sigmoid()), "the net returns raw scores");
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => (x.matmul(w1).clamp_min(0) + b1).matmul(w2) + b2), "b1 is added after the ReLU");
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => (x.matmul(w1) + b1).clamp_min(0)), "the second layer is missing");
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => (x.matmul(w2) + b1).clamp_min(0).matmul(w1) + b2), "w1 and w2 are swapped");
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => (w1.matmul(x) + b1).clamp_min(0).matmul(w2) + b2), "w1.matmul(x) multiplies the other way round");
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => (x.matmul(w1.t()) + b1).clamp_min(0).matmul(w2) + b2), "w1 needs no transposing");
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => (x.matmul(w1) + b1).clamp_min(0).matmul(w2).sum(1) + b2), "the scores must have shape [2, 1]");
        // A shape error that TorchSharp reports as an exception (matmul's would end the process).
        AssertWrongBecause(Check.SimpleNet((x, w1, b1, w2, b2) => (x.matmul(w1) + b1.unsqueeze(1).expand(2, 3)).clamp_min(0).matmul(w2) + b2), "the shapes do not fit");

        var other = Check.SimpleNet((x, w1, b1, w2, b2) => x.sum(1, keepdim: true));
        Assert.Matches(@"^Wrong: for x = \[1, 0, 1, 1\] of shape \[2, 2\], w1 = .* and b2 = \[0\.5\] of shape \[1\] your code gives \[1, 2\] of shape \[2, 1\], expected \[1\.5, -0\.5\] of shape \[2, 1\]\.$", other.Message);
        Assert.StartsWith("Not yet: ", Check.SimpleNet((_, _, _, _, _) => throw new NotImplementedException()).Message);
        Assert.Contains("your code threw InvalidOperationException: my own message",
            Check.SimpleNet((_, _, _, _, _) => throw new InvalidOperationException("my own message")).Message);
    }
}
