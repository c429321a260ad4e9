using System.Reflection;
using System.Runtime.Loader;

namespace NeuralNetLessons.Notebooks;

/// <summary>
/// The notebook kernel has FSharp.Core 10.0.0.0 loaded, while Plotly.NET and every cell that
/// compiles against Plotly.NET's F# types ask for 10.1.0.0. Left alone, Plotly.NET fails to load,
/// or a cell loads a second FSharp.Core and its F# types no longer match Plotly.NET's
/// (<c>MissingMethodException</c>). The default load context asks this handler before the
/// script loader takes the copy from the NuGet folder, so one FSharp.Core serves everyone.
/// </summary>
internal static class FSharpCoreRedirect
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            AssemblyLoadContext.Default.Resolving += ResolveLoadedFSharpCore;
        }
    }

    private static Assembly? ResolveLoadedFSharpCore(AssemblyLoadContext context, AssemblyName name) =>
        name.Name == "FSharp.Core"
            ? AssemblyLoadContext.Default.Assemblies.FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;
}
