using NeuralNetLessons.Learning;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 04's loss: for scores [N, 1] and targets [N, 1] (1 for a three), the mean over the
    /// images of the sigmoid's distance from the target, one number, as <see cref="LessonLoss.Compute"/>.
    /// </summary>
    public static Verdict Loss(Func<Tensor, Tensor, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            Tensor scores = tensor(new float[,] { { 2f }, { -1f }, { 0.5f }, { -3f } });
            Tensor targets = tensor(new float[,] { { 1f }, { 0f }, { 0f }, { 1f } });
            Tensor expected = LessonLoss.Compute(scores, targets);
            Tensor p = scores.sigmoid();
            string input = $"scores {Quote(scores)} and targets {Quote(targets)}";

            Tensor got = answer(scores, targets)
                ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
            if (Same(got, expected))
            {
                return Verdict.Correct($"the loss for {input} is {Quote(expected)}.");
            }
            string? cause = got.dim() != 0
                ? $"the loss must be one number, the mean over the images: end with .mean() (yours has shape [{string.Join(", ", got.shape)}])."
                : Same(got, where(targets == 1, 1 - scores, scores).mean())
                    ? "the sigmoid is missing: squash the scores into (0, 1) with .sigmoid() before measuring the distance."
                : Same(got, where(targets == 1, p, 1 - p).mean())
                    ? "1 - p and p are the wrong way round: for a three (target 1) the distance is 1 - p, for a seven it is p."
                : Same(got, where(targets == 1, scores, 1 - scores).mean())
                    ? "the sigmoid is missing, and 1 - p and p are the wrong way round."
                : null;
            return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
        });
    }

    /// <summary>
    /// Notebook 04's step: every parameter moves by <c>-lr × gradient</c>, in place, without autograd
    /// recording it, and its gradient is then set back to zero.
    /// </summary>
    public static Verdict Step(Action<Tensor[], double> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(
            () =>
            {
                const double lr = 0.1;
                Tensor w = tensor(new float[] { 1f, 2f }).requires_grad_();
                Tensor b = tensor(new float[] { 0.5f }).requires_grad_();
                ((w * tensor(new float[] { 3f, -1f })).sum() + (b * 2).sum()).backward();
                Tensor wGrad = w.grad!.clone(), bGrad = b.grad!.clone();
                Tensor[] start = [w.detach().clone(), b.detach().clone()];
                Tensor[] expected = [start[0] - (wGrad * lr), start[1] - (bGrad * lr)];
                string input = $"w = {Quote(start[0])} with gradient {Quote(wGrad)}, b = {Quote(start[1])} with gradient {Quote(bGrad)} and lr {lr}";

                answer([w, b], lr);

                Tensor[] got = [w.detach(), b.detach()];
                bool moved = Same(got[0], expected[0]) && Same(got[1], expected[1]);
                bool zeroed = w.grad is null || w.grad.abs().max().item<float>() == 0;
                if (moved && zeroed)
                {
                    return Verdict.Correct($"for {input} the step gives w = {Quote(got[0])}, b = {Quote(got[1])}, and the gradients are zero again.");
                }
                string? cause = moved
                    ? "the gradients were not set back to zero: call p.grad.zero_() after moving p, or the next backward() adds to them."
                    : Same(got[0], start[0] + (wGrad * lr))
                        ? "the step went uphill: subtract the gradient (p.sub_(p.grad * lr)), don't add it."
                    : Same(got[0], start[0])
                        ? "the parameters did not change: update them in place with p.sub_(...); p = p - ... only changes your local variable."
                    : Same(got[0], start[0] - wGrad)
                        ? "the step ignores the learning rate: multiply the gradient by lr."
                    : null;
                return Verdict.Wrong(input, $"w = {Quote(got[0])}, b = {Quote(got[1])}", $"w = {Quote(expected[0])}, b = {Quote(expected[1])}", cause);
            },
            error => error.Message.Contains("leaf Variable", StringComparison.Ordinal) || error.Message.Contains("in-place", StringComparison.Ordinal)
                ? "autograd refuses to change a parameter in place while it records: put using var _ = no_grad(); before the loop."
                : null);
    }

    /// <summary>
    /// Notebook 04's batch accuracy: the share of images whose prediction (a three when
    /// sigmoid(score) &gt; 0.5) equals its target, one number, as <see cref="Accuracy.OfBatch"/>.
    /// </summary>
    public static Verdict BatchAccuracy(Func<Tensor, Tensor, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(
            () =>
            {
                Tensor scores = tensor(new float[,] { { 2f }, { -1f }, { 0.3f }, { -0.2f }, { 4f } });
                Tensor targets = tensor(new float[,] { { 1f }, { 0f }, { 0f }, { 1f }, { 1f } });
                Tensor expected = Accuracy.OfBatch(scores, targets);
                string input = $"scores {Quote(scores)} and targets {Quote(targets)}";

                Tensor got = answer(scores, targets)
                    ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
                if (Same(got, expected))
                {
                    return Verdict.Correct($"the accuracy for {input} is {Quote(expected)}.");
                }
                string? cause = NotOneNumber(got)
                    ?? (Same(got, Share((scores > 0.5).to_type(ScalarType.Float32) == targets))
                        ? "the threshold 0.5 is for probabilities: compare sigmoid(score) > 0.5, or the score itself with 0."
                    : Same(got, Share((scores.sigmoid() > 0.5).to_type(ScalarType.Float32) == targets.flatten()))
                        ? "predictions [5, 1] against targets [5] broadcast to a [5, 5] table of comparisons: compare tensors of the same shape."
                    : Same(got, Share((scores.sigmoid() > 0.5).to_type(ScalarType.Float32) != targets))
                        ? "that is the share of wrong predictions: count where the prediction equals the target."
                    : null);
                return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
            },
            MeanOfTrueFalse);
    }

}
