using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 09's training step the framework's way: on one batch, the loss of the model's
    /// predictions, fresh gradients (<c>optimizer.zero_grad()</c>, then <c>backward()</c>), then
    /// <c>optimizer.step()</c>; the step returns the batch's loss. Tried on a linear layer 2 → 1 whose
    /// gradients still hold an earlier batch's, as they do after every step.
    /// </summary>
    public static Verdict TrainingStep(Func<Module<Tensor, Tensor>, Module<Tensor, Tensor, Tensor>, optim.Optimizer, Tensor, Tensor, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(
            () =>
            {
                const double lr = 0.5;
                Tensor w = tensor(new float[,] { { 0.5f, -1f } }), b = tensor(new float[] { 0.25f });
                Tensor xb = tensor(new float[,] { { 1f, 2f }, { 3f, 0f } }), yb = tensor(new float[,] { { 1f }, { 0f } });
                Tensor oldX = tensor(new float[,] { { 0f, 1f } }), oldY = tensor(new float[,] { { 1f } });
                var lossFunction = BCEWithLogitsLoss();

                // Gradients by hand, on copies of the start: this batch's give the expected step, the
                // earlier batch's (left in .grad) recognise the steps that use them.
                Tensor Gradients(Tensor inputs, Tensor targets, out Tensor loss)
                {
                    Tensor[] p = [w.clone().requires_grad_(), b.clone().requires_grad_()];
                    loss = lossFunction.call(functional.linear(inputs, p[0], p[1]), targets);
                    loss.backward();
                    return cat([p[0].grad!.flatten(), p[1].grad!]);
                }
                Tensor fresh = Gradients(xb, yb, out Tensor expectedLoss), stale = Gradients(oldX, oldY, out _);
                Tensor start = cat([w.flatten(), b]);
                Tensor expected = start - (fresh * lr);

                var layer = Linear(2, 1);
                using (no_grad())
                {
                    layer.weight.copy_(w);
                    layer.bias!.copy_(b);
                }
                lossFunction.call(layer.call(oldX), oldY).backward();
                var optimizer = optim.SGD(layer.parameters(), learningRate: lr);
                string input = $"a linear layer 2 → 1 with weight {Quote(w)} and bias {Quote(b)}, the gradients of an earlier " +
                    $"batch still in its .grad, SGD with lr {lr}, xb {Quote(xb)} and yb {Quote(yb)}";

                Tensor loss = answer(layer, lossFunction, optimizer, xb, yb)
                    ?? throw new InvalidOperationException("the function returned null instead of the batch's loss.");

                Tensor got = cat([layer.weight.detach().flatten(), layer.bias!.detach()]);
                string Parameters(Tensor t) => $"weight {Quote(t[..2].reshape(1, 2))} and bias {Quote(t[2..])}";
                if (!Same(got, expected))
                {
                    string? cause = Same(got, start - ((fresh + stale) * lr))
                        ? "optimizer.zero_grad() is missing: backward() added the new gradients to the old ones, and the step used their sum."
                        : Same(got, start - (stale * lr))
                            ? "the step used the old gradients: call optimizer.step() after loss.backward(), not before."
                        : Same(got, start)
                            ? "the parameters did not move: optimizer.step() must come after loss.backward(), and zero_grad() before backward()."
                        : null;
                    return Verdict.Wrong(input, Parameters(got), Parameters(expected), cause);
                }
                if (!Same(loss, expectedLoss))
                {
                    return Verdict.Wrong(
                        input, $"the right step but returns {Quote(loss)}", $"the batch's loss {Quote(expectedLoss)}",
                        "return the loss computed from the model's predictions for xb, before the step.");
                }
                return Verdict.Correct($"for {input} the step gives {Parameters(expected)} and returns the loss {Quote(expectedLoss)}.");
            },
            error => error.Message.Contains("second time", StringComparison.Ordinal)
                ? "backward() ran twice on the same loss: call it once per step."
                : null);
    }

    /// <summary>
    /// Notebook 09's net from building blocks, for any sizes: <c>nn.Linear(inputs, hidden)</c>, a ReLU,
    /// <c>nn.Linear(hidden, 1)</c>, chained by <c>nn.Sequential</c>. Tried with 3 inputs and 2 hidden
    /// units: the shapes of its parameters, then, with them set to fixed numbers, its scores for two inputs.
    /// </summary>
    public static Verdict ReluNet(Func<int, int, Module<Tensor, Tensor>> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            Tensor[] parameters =
            [
                tensor(new float[,] { { 1f, -1f, 0.5f }, { -0.5f, 1f, 1f } }), tensor(new float[] { 0f, -1f }),
                tensor(new float[,] { { 1f, -2f } }), tensor(new float[] { 0.5f }),
            ];
            Tensor x = tensor(new float[,] { { 1f, 2f, 3f }, { 2f, 0f, -1f } });
            Tensor hidden = functional.linear(x, parameters[0], parameters[1]);
            Tensor Second(Tensor h) => functional.linear(h, parameters[2], parameters[3]);
            Tensor expected = Second(hidden.relu());
            static string Shapes(IEnumerable<Tensor> tensors) => string.Join(", ", tensors.Select(t => $"[{string.Join(", ", t.shape)}]"));

            var model = answer(3, 2)
                ?? throw new InvalidOperationException("the function returned null instead of a module.");
            Tensor[] got = [.. model.parameters()];
            if (Shapes(got) != Shapes(parameters))
            {
                bool swapped = got.Length == 4 && new[] { 0, 2 }.Any(i => got[i].shape.Reverse().SequenceEqual(parameters[i].shape));
                string? cause = swapped
                    ? "nn.Linear's sizes are swapped: nn.Linear(inputs, outputs) takes inputs numbers and gives outputs, " +
                        "so the first layer is nn.Linear(inputs, hidden) and the second nn.Linear(hidden, 1)."
                    : got.Length < 4
                        ? "a layer is missing: two nn.Linear layers, with nn.ReLU() between them."
                    : null;
                return Verdict.Wrong("MyReluNet(3, 2)", $"parameters of shapes {Shapes(got)}", Shapes(parameters), cause);
            }
            using (no_grad())
            {
                foreach (var (mine, values) in got.Zip(parameters))
                {
                    mine.copy_(values);
                }
            }
            string input = $"MyReluNet(3, 2) with its parameters set to {string.Join(", ", parameters.Select(Quote))} and x {Quote(x)}";

            Tensor scores = model.call(x);
            if (Same(scores, expected))
            {
                return Verdict.Correct($"for {input} the scores are {Quote(expected)}.");
            }
            string? mistake = Same(scores, Second(hidden))
                ? "the ReLU is missing: without it the two linear layers add up to one linear layer. Put nn.ReLU() between them."
                : Same(scores, Second(hidden).relu())
                    ? "the ReLU belongs between the two linear layers, not after the last one: a score must be free to go below 0."
                : null;
            return Verdict.Wrong(input, Quote(scores), Quote(expected), mistake);
        });
    }
}
