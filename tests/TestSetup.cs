using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using NeuralNetLessons.Native;

namespace NeuralNetLessons.Tests;

internal static class TestSetup
{
    /// <summary>Tests may touch torch in any order, so the natives are loaded before any test runs.</summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Must run before any test touches torch.")]
    internal static void Initialize() => TorchNative.EnsureLoaded();
}
