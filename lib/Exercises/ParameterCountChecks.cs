namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 10's parameter count of a chain of linear layers with the given sizes (784, 30, 1 for
    /// the 784-30-1 net): each layer from n inputs to m outputs has n × m weights and m biases, as
    /// TorchSharp counts them with <c>model.parameters().Sum(p =&gt; p.numel())</c>.
    /// </summary>
    public static Verdict ParameterCount(Func<int[], long> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            int[][] chains = [[3, 2, 1], [784, 30, 1], [784, 30, 30, 1], [784, 1]];
            foreach (int[] sizes in chains)
            {
                // Every layer as (inputs, outputs): the sizes side by side.
                var layers = sizes.Zip(sizes.Skip(1)).Select(l => (In: (long)l.First, Out: (long)l.Second)).ToList();
                long expected = layers.Sum(l => (l.In * l.Out) + l.Out);
                // The learner may change the array; the check keeps its own.
                long got = answer([.. sizes]);
                if (got == expected)
                {
                    continue;
                }
                string? cause =
                    got == layers.Sum(l => l.In * l.Out)
                        ? "the biases are missing: besides its weights, every layer has one bias per output."
                    : got == layers.Sum(l => (l.In * l.Out) + 1)
                        ? "a layer has one bias per output, not one per layer (notebook 04's linear model had one output, so one bias)."
                    : got == layers.Sum(l => (l.In * l.Out) + l.In)
                        ? "a layer has one bias per output, added to that output's weighted sum, not one per input."
                    : got == sizes.Sum()
                        ? "that counts the numbers going through the net, not the parameters: " +
                            "a layer from n inputs to m outputs has n × m weights and m biases."
                    : null;
                return Verdict.Wrong($"layer sizes [{string.Join(", ", sizes)}]", $"{got:N0}", $"{expected:N0}", cause);
            }
            return Verdict.Correct(
                "for layer sizes " + string.Join(", ", chains.Select(sizes => $"[{string.Join(", ", sizes)}]")) +
                " your counts are those TorchSharp gives, weights plus biases.");
        });
    }
}
