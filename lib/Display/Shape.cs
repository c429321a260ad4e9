using static TorchSharp.torch;

namespace NeuralNetLessons;

/// <summary>Tensor shapes written the way PyTorch prints them.</summary>
public static class Shape
{
    /// <summary>"[709, 784]" for a tensor of shape (709, 784).</summary>
    public static string Of(Tensor tensor) => $"[{string.Join(", ", tensor.shape)}]";
}
