using System.Globalization;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

/// <summary>
/// The checks under the course's exercises: each runs the learner's code on concrete inputs against
/// the library's own version and returns a <see cref="Verdict"/>. A check never throws: an unfinished
/// answer is "not yet", and an answer that throws is reported with its message, so Run All goes on.
/// </summary>
public static partial class Check
{
    private const double Tolerance = 1e-5;

    /// <summary>
    /// Runs <paramref name="check"/>, turning the learner's exceptions into verdicts, and leaves the
    /// global random generator as it found it, whatever the learner's code or the check drew from it.
    /// </summary>
    private static Verdict Attempt(Func<Verdict> check, Func<Exception, string?>? explain = null)
    {
        using var scope = torch.NewDisposeScope();
        try
        {
            return GlobalGenerator.Kept(check);
        }
        catch (NotImplementedException)
        {
            return Verdict.NotYet("the cell still throws NotImplementedException; replace that line with your code.");
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            string message = Sentence(FirstLine(error.Message));
            string? cause = explain?.Invoke(error);
            return Verdict.Wrong($"your code threw {error.GetType().Name}: {message}" + (cause is null ? "" : $" Likely cause: {cause}"));
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>The exception's message ending with a full stop, so the likely cause after it reads as a sentence of its own.</summary>
    private static string Sentence(string text) => text.Length == 0 || ".!?".Contains(text[^1], StringComparison.Ordinal) ? text : text + ".";

    /// <summary>A tensor as the check quotes it: its values to four decimals, with its shape.</summary>
    private static string Quote(Tensor t)
    {
        using var values = t.detach().to_type(ScalarType.Float64).flatten();
        string numbers = string.Join(", ", values.data<double>().ToArray().Select(v => v.ToString("0.####", CultureInfo.InvariantCulture)));
        return t.dim() == 0 ? numbers : $"[{numbers}] of shape [{string.Join(", ", t.shape)}]";
    }

    /// <summary>The share of true values: an accuracy as the library computes it.</summary>
    private static Tensor Share(Tensor right) => right.to_type(ScalarType.Float32).mean();

    /// <summary>The likely cause when an accuracy is not one number, or null when it is.</summary>
    private static string? NotOneNumber(Tensor accuracy) =>
        accuracy.dim() != 0
            ? $"the accuracy must be one number: take the .mean() of the right-or-wrong values (yours has shape [{string.Join(", ", accuracy.shape)}])."
            : null;

    /// <summary>The likely cause when the learner took the mean of true/false values, which has no mean.</summary>
    private static string? MeanOfTrueFalse(Exception error) =>
        error.Message.Contains("dtype", StringComparison.OrdinalIgnoreCase)
            ? "mean() needs numbers, not true/false: convert with .to_type(ScalarType.Float32) first."
            : null;

    private static bool Same(Tensor answer, Tensor expected) =>
        answer.shape.SequenceEqual(expected.shape) &&
        answer.to_type(ScalarType.Float64).allclose(expected.to_type(ScalarType.Float64), rtol: 0, atol: Tolerance);
}
