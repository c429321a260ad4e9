using NeuralNetLessons.Learning;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 12's accuracy among ten classes: for scores [N, classes] and labels [N], the share of rows
    /// whose highest score is at their label, as a scalar tensor, as <see cref="ClassAccuracy.OfBatch"/> computes it.
    /// </summary>
    public static Verdict TenClassAccuracy(Func<Tensor, Tensor, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(
            () =>
            {
                // Five images and four classes: more rows than columns, so answers taken down the columns
                // cannot be compared with the labels by mistake.
                Tensor scores = tensor(new float[,]
                {
                    { 2.0f, 0.1f, -1.0f, 0.5f }, { 0.2f, 0.3f, 2.0f, -0.4f }, { -0.5f, 2.5f, 0.0f, 1.0f },
                    { 0.9f, -0.2f, 0.4f, 1.2f }, { 0.0f, 1.1f, 0.8f, 1.3f },
                });
                Tensor labels = tensor(new long[] { 0, 2, 3, 3, 1 });
                Tensor expected = ClassAccuracy.OfBatch(scores, labels);
                string input = $"scores {Quote(scores)} and labels {Quote(labels)}";

                Tensor got = answer(scores, labels)
                    ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
                if (Same(got, expected))
                {
                    return Verdict.Correct($"the accuracy for {input} is {Quote(expected)}.");
                }
                string? cause = NotOneNumber(got)
                    ?? (Same(got, (scores.argmax(1) == labels).sum().to_type(ScalarType.Float32))
                        ? "that counts the right answers; the accuracy is their share: the mean, or the count divided by the rows."
                    : Same(got, Share(scores.argmin(1) == labels))
                        ? "argmin picks the lowest score; the model's answer is the class with the highest, argmax(1)."
                    : Same(got, Share(scores.argmax(1) != labels))
                        ? "that is the share of wrong answers: count where the answer equals the label."
                    : Same(got, Share(scores.max(1).values == labels))
                        ? "max(1).values is the highest score itself; its position, argmax(1), is the answer to compare with the label."
                    : null);
                return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
            },
            error => MeanOfTrueFalse(error)
                ?? (error.Message.Contains("size of tensor", StringComparison.OrdinalIgnoreCase)
                    ? "argmax(0) looks down each column, one answer per class; each image's answer is along its row, argmax(1)."
                    : null));
    }
}
