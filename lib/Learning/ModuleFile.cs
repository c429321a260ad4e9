using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NeuralNetLessons.Learning;

/// <summary>
/// A trained module's parameters (its <c>state_dict</c>) in a file, in TorchSharp's own format:
/// <c>module.save(path)</c> and <c>module.load(path)</c>, made safe to fail. The file holds numbers
/// only, not the architecture: load it into a module built the same way.
/// </summary>
public static class ModuleFile
{
    /// <summary>
    /// Saves <paramref name="module"/>'s parameters to <paramref name="path"/>, creating its folder.
    /// TorchSharp writes a temporary file beside it, which is then renamed: the path holds either
    /// the whole new file or what it held before, never half a file. Returns the full path.
    /// </summary>
    public static string Save(Module module, string path)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return WholeFile.Write(path, temporary => module.save(temporary));
    }

    /// <summary>
    /// Loads the parameters saved at <paramref name="path"/> into <paramref name="module"/>, which
    /// must be built exactly like the module that was saved. If loading fails, whatever the reason,
    /// the module keeps the values it had; if the file does not fit, the error names the file.
    /// </summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="InvalidDataException">The file does not hold this module's parameters.</exception>
    public static void Load(Module module, string path)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"No saved model at {full}: save one first with ModuleFile.Save.", full);
        }

        // TorchSharp copies the saved tensors in one at a time: keep the old values to put back.
        // Cloned without gradient tracking, so each copy is one tensor (no detached view left behind).
        Dictionary<string, Tensor> before;
        using (torch.no_grad())
        {
            before = module.state_dict().ToDictionary(entry => entry.Key, entry => entry.Value.clone());
        }
        try
        {
            module.load(full);
        }
        catch (Exception error)
        {
            // Whatever went wrong, the module must not be left half-loaded.
            using (torch.no_grad())
            {
                foreach (var (name, value) in module.state_dict())
                {
                    value.copy_(before[name]);
                }
            }
            if (error is ArgumentException or EndOfStreamException or IOException or OverflowException)
            {
                throw new InvalidDataException(
                    $"{full} does not hold the parameters of this model (build the model exactly as the saved one " +
                    $"was built, then load): {error.Message}", error);
            }
            throw;
        }
        finally
        {
            foreach (Tensor copy in before.Values)
            {
                copy.Dispose();
            }
        }
    }
}
