using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// A model as the lesson writes it: a function from a batch of inputs [N, 784] to scores [N, 1],
/// and the tensors it learns, which <see cref="Training.Fit"/> updates in place.
/// </summary>
public sealed class HandWrittenModel(Func<Tensor, Tensor> forward, IReadOnlyList<Tensor> parameters)
{
    /// <summary>The model itself: inputs in, scores out.</summary>
    public Func<Tensor, Tensor> Forward { get; } = forward ?? throw new ArgumentNullException(nameof(forward));

    /// <summary>What training changes, as a TorchSharp module's <c>parameters()</c>.</summary>
    public IReadOnlyList<Tensor> Parameters { get; } = parameters ?? throw new ArgumentNullException(nameof(parameters));

    /// <summary>So that <c>var (net, parameters) = Models.NewReluNet(...)</c> names both parts.</summary>
    public void Deconstruct(out Func<Tensor, Tensor> forward, out IReadOnlyList<Tensor> parameters) =>
        (forward, parameters) = (Forward, Parameters);
}
