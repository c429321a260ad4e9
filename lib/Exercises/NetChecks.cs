using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 05's net: for images x [N, 784] and its four parameters, the scores
    /// <c>relu(x @ w1 + b1) @ w2 + b2</c>, one per image [N, 1], as <see cref="Learning.Models.NewReluNet"/>
    /// computes them. Tried on two images of two pixels and a hidden layer of two.
    /// </summary>
    public static Verdict SimpleNet(Func<Tensor, Tensor, Tensor, Tensor, Tensor, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(
            () =>
            {
                // Square x and w1, so that products in the wrong order give wrong numbers instead
                // of a shape error: on one, TorchSharp 0.107's matmul ends the whole process (its
                // native code does not catch libtorch's exception) instead of throwing. Each image
                // fires one hidden unit and the scores have both signs, so every mistake named
                // below gives other numbers.
                Tensor x = tensor(new float[,] { { 1f, 0f }, { 1f, 1f } });
                Tensor w1 = tensor(new float[,] { { -1f, 1f }, { 2f, -2f } });
                Tensor b1 = tensor(new float[] { 0f, -0.5f });
                Tensor w2 = tensor(new float[,] { { -1f }, { 2f } });
                Tensor b2 = tensor(new float[] { 0.5f });
                Tensor Net(Tensor firstProduct, Tensor second) => (firstProduct + b1).clamp_min(0).matmul(second) + b2;
                Tensor firstLayer = x.matmul(w1) + b1;
                Tensor expected = Net(x.matmul(w1), w2);
                string input = $"x = {Quote(x)}, w1 = {Quote(w1)}, b1 = {Quote(b1)}, w2 = {Quote(w2)} and b2 = {Quote(b2)}";

                // Copies, so that an answer that changes its inputs in place cannot change the expected scores.
                Tensor got = answer(x.clone(), w1.clone(), b1.clone(), w2.clone(), b2.clone())
                    ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
                if (Same(got, expected))
                {
                    return Verdict.Correct($"for {input} the scores are {Quote(expected)}.");
                }
                Tensor linearOnly = firstLayer.matmul(w2) + b2;
                string? cause = Same(got, linearOnly)
                    ? "the ReLU is missing: without .clamp_min(0) between the layers, two linear layers are just one linear layer."
                    : Same(got, linearOnly.clamp_min(0)) || Same(got, expected.clamp_min(0))
                        ? "the ReLU belongs between the layers, on x·w1 + b1, not on the scores: a seven needs a score below 0."
                    : Same(got, expected.sigmoid())
                        ? "the net returns raw scores: the loss and the accuracy apply the sigmoid themselves, so a .sigmoid() here squashes them twice."
                    : Same(got, (x.matmul(w1).clamp_min(0) + b1).matmul(w2) + b2)
                        ? "b1 is added after the ReLU: it belongs inside, relu(x·w1 + b1)."
                    : Same(got, firstLayer.clamp_min(0))
                        ? "the second layer is missing: .matmul(w2) + b2 turns the two numbers of the hidden layer into one score per image."
                    : Same(got, Net(x.matmul(w2), w1))
                        ? "w1 and w2 are swapped: the first layer is x.matmul(w1) + b1, the second hidden.matmul(w2) + b2."
                    : Same(got, Net(w1.matmul(x), w2))
                        ? "w1.matmul(x) multiplies the other way round: each row of x is an image, so the first layer is x.matmul(w1)."
                    : Same(got, Net(x.matmul(w1.t()), w2))
                        ? "w1 needs no transposing: it is [inputs, units] already, so x.matmul(w1) gives one row per image."
                    : !got.shape.SequenceEqual(expected.shape)
                        ? $"the scores must have shape [{string.Join(", ", expected.shape)}], one per image (yours has [{string.Join(", ", got.shape)}]): x · w1, then the ReLU, then · w2."
                    : null;
                return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
            },
            error => error.Message.Contains("must match", StringComparison.Ordinal) || error.Message.Contains("cannot be multiplied", StringComparison.Ordinal)
                ? "the shapes do not fit: x [2, 2] · w1 [2, 2] gives [2, 2], plus b1 [2] on every row, and [2, 2] · w2 [2, 1] gives [2, 1]."
                : null);
    }
}
