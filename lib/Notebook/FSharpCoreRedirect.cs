using System.Reflection;

namespace NeuralNetLessons.Notebook;

/// <summary>
/// The notebook kernel ships FSharp.Core 10.0.0.0 while Plotly.NET asks for 10.1.0.0, so the
/// first chart fails to load FSharp.Core. The two are compatible for what Plotly.NET uses:
/// answer any request for FSharp.Core with the copy the kernel has already loaded.
/// </summary>
internal static class FSharpCoreRedirect
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 0)
        {
            AppDomain.CurrentDomain.AssemblyResolve += ResolveLoadedFSharpCore;
        }
    }

    private static Assembly? ResolveLoadedFSharpCore(object? sender, ResolveEventArgs args) =>
        new AssemblyName(args.Name).Name == "FSharp.Core"
            ? AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "FSharp.Core")
            : null;
}
