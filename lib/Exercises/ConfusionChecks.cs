using NeuralNetLessons.Learning;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 08's confusion counts: for scores [N, 1] and targets [N, 1] (1 for a three), how many
    /// threes and sevens the model called a three (sigmoid(score) &gt; 0.5) or a seven, as
    /// <see cref="Confusion.Of"/> counts them.
    /// </summary>
    public static Verdict ConfusionCounts(Func<Tensor, Tensor, Confusion> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            Tensor scores = tensor(new float[,] { { 3f }, { 0.3f }, { 1.5f }, { -2f }, { -1f }, { 2f }, { 0.8f }, { -0.5f } });
            Tensor targets = tensor(new float[,] { { 1f }, { 1f }, { 1f }, { 1f }, { 0f }, { 0f }, { 0f }, { 0f } });
            Confusion expected = Confusion.Of(scores, targets);
            string input = $"scores {Quote(scores)} and targets {Quote(targets)}";

            Confusion got = answer(scores, targets)
                ?? throw new InvalidOperationException("the function returned null instead of a Confusion.");
            if (got == expected)
            {
                return Verdict.Correct($"for {input} the counts are {Quote(expected)}.");
            }
            Tensor calledThree = scores.sigmoid() > 0.5, isThree = targets == 1;
            string? cause = got.Total > expected.Total
                ? $"the four counts add up to {got.Total}, more than the {expected.Total} images: " +
                    "tensors of shapes [8, 1] and [8] broadcast to an [8, 8] table; compare tensors of the same shape."
                : got == expected with { ThreesCalledSeven = expected.SevensCalledThree, SevensCalledThree = expected.ThreesCalledSeven }
                    ? "the two kinds of mistake are swapped: a three called seven has target 1 and sigmoid(score) <= 0.5. " +
                        "The targets say what an image is, the scores what the model called it."
                : got == ConfusionFrom(scores > 0.5, isThree)
                    ? "the threshold 0.5 is for probabilities: compare sigmoid(score) > 0.5, or the score itself with 0."
                : got == ConfusionFrom(calledThree, targets == 0)
                    ? "threes and sevens are the wrong way round: a three has target 1, a seven target 0."
                : got == ConfusionFrom(~calledThree, isThree)
                    ? "the model's answers are the wrong way round: sigmoid(score) > 0.5 means it called the image a three."
                : null;
            return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
        });
    }

    private static Confusion ConfusionFrom(Tensor calledThree, Tensor isThree)
    {
        int Count(Tensor both) => (int)both.sum().item<long>();
        return new Confusion(
            Count(isThree & calledThree), Count(isThree & ~calledThree),
            Count(~isThree & calledThree), Count(~isThree & ~calledThree));
    }

    private static string Quote(Confusion c) =>
        $"threes called three {c.ThreesCalledThree}, threes called seven {c.ThreesCalledSeven}, " +
        $"sevens called three {c.SevensCalledThree}, sevens called seven {c.SevensCalledSeven}";
}
