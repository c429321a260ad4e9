using System.Net;
using NeuralNetLessons.Display;

namespace NeuralNetLessons.Exercises;

/// <summary>What a check says about a learner's answer: correct, not yet done, or wrong and why.</summary>
public sealed class Verdict : IHtmlShown
{
    private Verdict(bool passed, string message) => (Passed, Message) = (passed, message);

    /// <summary>True only for a correct answer.</summary>
    public bool Passed { get; }

    /// <summary>The sentence the notebook shows, starting with "Correct", "Not yet" or "Wrong".</summary>
    public string Message { get; }

    internal static Verdict Correct(string what) => new(true, $"Correct: {what}");

    internal static Verdict NotYet(string what) => new(false, $"Not yet: {what}");

    internal static Verdict Wrong(string what) => new(false, $"Wrong: {what}");

    /// <summary>
    /// A wrong answer on one concrete input: what went in, what came out, what was expected, and
    /// the likely cause when the answer matches a mistake learners often make.
    /// </summary>
    internal static Verdict Wrong(string input, string got, string expected, string? likelyCause) =>
        Wrong($"for {input} your code gives {got}, expected {expected}." + (likelyCause is null ? "" : $" Likely cause: {likelyCause}"));

    public override string ToString() => Message;

    string IHtmlShown.ToHtml()
    {
        string colour = Passed ? "#1a7f37" : Message.StartsWith("Not yet", StringComparison.Ordinal) ? "#7d4e00" : "#b42318";
        return $"<p style=\"color:{colour};font-weight:600\">{WebUtility.HtmlEncode(Message)}</p>";
    }
}
