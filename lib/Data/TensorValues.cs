using static TorchSharp.torch;

namespace NeuralNetLessons.Data;

/// <summary>
/// A tensor's elements copied out into an array, row after row, for pictures, tables and charts;
/// a tensor on a GPU is copied to the CPU first.
/// </summary>
internal static class TensorValues
{
    /// <summary>Every element as a double.</summary>
    public static double[] Doubles(Tensor tensor)
    {
        using var scope = NewDisposeScope();
        return tensor.detach().cpu().to_type(ScalarType.Float64).contiguous().flatten().data<double>().ToArray();
    }

    /// <summary>
    /// Every element as a grey level, 0 (black) to 255 (white): bytes as they are, any other number
    /// read as brightness in [0, 1] (beyond it, black or white).
    /// </summary>
    public static byte[] Greys(Tensor tensor)
    {
        using var scope = NewDisposeScope();
        var bytes = tensor.dtype == ScalarType.Byte
            ? tensor.cpu()
            : tensor.detach().cpu().to_type(ScalarType.Float32).clamp(0, 1).mul(255).round().to_type(ScalarType.Byte);
        return bytes.contiguous().flatten().data<byte>().ToArray();
    }
}
