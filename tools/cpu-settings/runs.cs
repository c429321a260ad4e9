#:project ../../lib/NeuralNetLessons.csproj
#:property PublishAot=false
// The 44 training runs of notebooks 04 to 07 (both models, both starting weights, seeds 0-9 and 100),
// printed as JSON: {"settings": "...", "threads": N, "runs": [{"model", "init", "seed", "accuracy": [20]}]}.
// measure.sh runs this once per CPU setting and compares every run with PyTorch's reference.
// Usage: dotnet run runs.cs -- MNIST_TINY_DIR
using System.Text.Json;
using NeuralNetLessons.Data;
using NeuralNetLessons.Learning;
using TorchSharp;

string root = args.Length > 0 ? args[0] : MnistTiny.Locate();
var (x, y) = MnistSets.Load(root, "train");
var (validX, validY) = MnistSets.Load(root, "valid");
var train = new DataBatches(x, y, batchSize: 256, shuffle: true);
var valid = new DataBatches(validX, validY, batchSize: 256, shuffle: false);

var runs = new List<object>();
foreach (var init in new[] { "std 1.0", "1/sqrt(fan-in)" })
{
    foreach (var model in new[] { "linear", "net" })
    {
        foreach (int seed in Enumerable.Range(0, 10).Append(100))
        {
            bool scaled = init != "std 1.0";
            torch.manual_seed(seed);
            var handWritten = model == "linear"
                ? Models.NewLinear(std: scaled ? Weights.FanInStd(784) : 1.0)
                : Models.NewReluNet(firstStd: scaled ? Weights.FanInStd(784) : 1.0, secondStd: scaled ? Weights.FanInStd(30) : 1.0);
            var history = Training.Fit(handWritten, train, valid, lr: 1.0, epochs: 20);
            runs.Add(new { model, init, seed, accuracy = history.ValidationAccuracies });
        }
    }
}
string settings = string.Join(" ", new[] { "ATEN_CPU_CAPABILITY", "MKL_ENABLE_INSTRUCTIONS", "MKL_CBWR", "OMP_NUM_THREADS" }
    .Where(name => Environment.GetEnvironmentVariable(name) is not null)
    .Select(name => $"{name}={Environment.GetEnvironmentVariable(name)}"));
Console.WriteLine(JsonSerializer.Serialize(new { settings = settings == "" ? "native" : settings, threads = torch.get_num_threads(), runs }));
