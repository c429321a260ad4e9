using NeuralNetLessons.Exercises;
using Xunit;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>What every exercise check is tested for: the mistakes it names, "not yet", and a throwing answer reported.</summary>
internal static class VerdictAssert
{
    /// <summary>A wrong answer, named by its likely cause.</summary>
    public static void AssertWrongBecause(Verdict verdict, string cause)
    {
        Assert.False(verdict.Passed, verdict.Message);
        Assert.StartsWith("Wrong: ", verdict.Message);
        Assert.Contains("Likely cause: " + cause, verdict.Message);
    }

    /// <summary>The untouched starter is "not yet", and an answer that throws InvalidOperationException("my own message") is reported with its message.</summary>
    public static void AssertNotYetAndThrowingReported(Verdict starter, Verdict throwing)
    {
        Assert.False(starter.Passed);
        Assert.StartsWith("Not yet: ", starter.Message);
        Assert.False(throwing.Passed);
        Assert.Contains("your code threw InvalidOperationException: my own message.", throwing.Message);
    }
}
