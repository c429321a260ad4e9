using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace NeuralNetLessons.Native;

internal static class LibraryInitializer
{
    /// <summary>
    /// Loads TorchSharp's natives on first use of this library, before a lesson's first torch call.
    /// A failure is reported on standard error rather than thrown: an exception here would make every
    /// type in the library unusable, also the parts that do not need torch. The failure is not lost:
    /// <see cref="TorchNative.EnsureLoaded"/> throws it again to every caller.
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "The fix must run before any torch call, with no step for the user.")]
    internal static void Initialize()
    {
        try
        {
            TorchNative.EnsureLoaded();
        }
        catch (TorchNativeLoadException e)
        {
            Console.Error.WriteLine($"NeuralNetLessons: {e.Message}");
        }
    }
}
