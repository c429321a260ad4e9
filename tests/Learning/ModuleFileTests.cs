using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NeuralNetLessons.Tests.Learning;

// Building a module draws its starting weights from the global generator, hence the collection.
[Collection(GlobalGenerator.Name)]
public sealed class ModuleFileTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), $"module-file-tests-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    static Module<Tensor, Tensor> Net(int outputs = 1) => Sequential(Linear(784, 30), ReLU(), Linear(30, outputs));

    static float[][] Values(Module module) => [.. module.parameters().Select(p => p.data<float>().ToArray())];

    [Fact]
    public void A_loaded_module_has_the_saved_parameters()
    {
        torch.manual_seed(100);
        var saved = Net();
        var fresh = Net();
        Assert.NotEqual(Values(saved), Values(fresh));

        string path = ModuleFile.Save(saved, Path.Combine(folder, "models", "net.dat"));
        ModuleFile.Load(fresh, path);

        Assert.Equal(Path.Combine(folder, "models", "net.dat"), path);
        Assert.Equal(Values(saved), Values(fresh));
        Assert.Equal(["net.dat"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_save_leaves_no_file_behind_and_keeps_the_old_one()
    {
        Directory.CreateDirectory(folder);
        string path = Path.Combine(folder, "net.dat");
        File.WriteAllText(path, "the previous model");

        Assert.ThrowsAny<Exception>(() => ModuleFile.Save(new FailsHalfwayThroughSaving(), path));

        Assert.Equal("the previous model", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void Loading_a_file_of_another_model_names_the_file_and_leaves_the_module_as_it_was()
    {
        torch.manual_seed(100);
        string path = ModuleFile.Save(Net(), Path.Combine(folder, "net.dat"));
        // Same first layer, another last layer: TorchSharp would copy in the first layer, then fail.
        var other = Net(outputs: 2);
        float[][] before = Values(other);

        var error = Assert.Throws<InvalidDataException>(() => ModuleFile.Load(other, path));

        Assert.Contains(path, error.Message);
        Assert.Contains("does not hold the parameters of this model", error.Message);
        Assert.Equal(before, Values(other));
    }

    [Fact]
    public void An_unexpected_error_while_loading_leaves_the_module_as_it_was_and_is_not_renamed()
    {
        torch.manual_seed(100);
        string path = ModuleFile.Save(Net(), Path.Combine(folder, "net.dat"));
        var module = new FailsHalfwayThroughLoading();
        float[][] before = Values(module);

        var error = Assert.Throws<InvalidOperationException>(() => ModuleFile.Load(module, path));

        Assert.Equal(FailsHalfwayThroughLoading.Message, error.Message);
        Assert.Equal(before, Values(module));
    }

    [Fact]
    public void Loading_a_missing_file_names_it()
    {
        string path = Path.Combine(folder, "missing.dat");

        var error = Assert.Throws<FileNotFoundException>(() => ModuleFile.Load(Net(), path));

        Assert.Contains(path, error.Message);
    }

    /// <summary>A module whose loading overwrites its weights, then fails with an error that is not about the file.</summary>
    sealed class FailsHalfwayThroughLoading : Module<Tensor, Tensor>
    {
        public const string Message = "something went wrong that has nothing to do with the file";

        readonly Module<Tensor, Tensor> layer = Linear(3, 1);

        public FailsHalfwayThroughLoading() : base(nameof(FailsHalfwayThroughLoading)) => RegisterComponents();

        public override Tensor forward(Tensor input) => layer.call(input);

        public override Module load(BinaryReader reader, bool strict = true, IList<string>? skip = null, Dictionary<string, bool>? loadedParameters = null)
        {
            using (torch.no_grad())
            {
                foreach (Tensor parameter in parameters())
                {
                    parameter.fill_(42);
                }
            }
            throw new InvalidOperationException(Message);
        }
    }

    /// <summary>A module whose second tensor cannot be written: saving it fails after the first is written.</summary>
    sealed class FailsHalfwayThroughSaving() : Module<Tensor, Tensor>(nameof(FailsHalfwayThroughSaving))
    {
        public override Tensor forward(Tensor input) => input.alias();

        public override Dictionary<string, Tensor> state_dict(Dictionary<string, Tensor>? destination = null, string? prefix = null)
        {
            Tensor gone = torch.ones(10);
            gone.Dispose();
            destination ??= [];
            destination["written"] = torch.ones(1000);
            destination["gone"] = gone;
            return destination;
        }
    }
}
