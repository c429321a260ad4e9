using System.Diagnostics;
using System.Globalization;
using Benchmark;
using NeuralNetLessons.Data;
using NeuralNetLessons.Learning;
using NeuralNetLessons.Native;
using TorchSharp;

// The C# half of the speed benchmark (benchmark.py is the PyTorch half, run.sh runs both).
// Prints one line per timed run, "task<TAB>seconds", and lines starting with # that say what ran.
// Usage: dotnet run -c Release --project tools/benchmark -- [FASHION_MNIST_DIR] [REPEATS]
TorchNative.EnsureLoaded();
var folder = args.Length > 0 ? args[0] : FashionMnist.DebianFolder;
var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
Console.WriteLine($"# TorchSharp {typeof(torch).Assembly.GetName().Version}, .NET {Environment.Version}");

// Reading: the four gz files of Fashion-MNIST (each split's images and labels) into tensors,
// images float32 [N, 28, 28] in [0, 1], labels int64, with one torch thread as in the notebooks
// (TorchSharp's default is every core, Debian's PyTorch's one). The first read warms up.
torch.set_num_threads(1);
FashionMnist.Load(folder).Dispose();
for (var i = 0; i < repeats; i++)
{
    TrainAndTest? read = null;
    Report("read", Seconds(() => read = FashionMnist.Load(folder)));
    read!.Dispose();
}

using var data = FashionMnist.Load(folder, flatten: true);
var (x, y) = (data.Train.Images, data.Train.Labels);
var (testX, testY) = (data.Test.Images, data.Test.Labels);

// The 784-30-10 net's epoch, each batch's tensors freed at its end (as Python frees them), then
// once more as notebook 12 writes its loop, leaving them to the garbage collector.
var batches256 = new DataBatches(x, y, 256, shuffle: true);
foreach (var threads in new[] { 1, Environment.ProcessorCount })
{
    torch.set_num_threads(threads);
    TimeEpochs($"epoch 784-30-10 b256 threads={threads}", () => TenClassModels.Net(30), batches256, 0.1, measure: false, disposeEachBatch: true);
}
torch.set_num_threads(1);
TimeEpochs("epoch 784-30-10 b256 threads=1 no scope", () => TenClassModels.Net(30), batches256, 0.1, measure: false, disposeEachBatch: false);

// Notebook 12's two models and settings, as it writes them, on 60,000 Fashion images, its test
// accuracy after each epoch included.
var trainBatches = new DataBatches(x, y, batchSize: 64, shuffle: true);
TimeEpochs("nb12 linear 784-10 b64 threads=1", TenClassModels.Linear, trainBatches, 0.1, measure: true, disposeEachBatch: false);
TimeEpochs("nb12 net 784-100-10 b64 threads=1", () => TenClassModels.Net(100), trainBatches, 0.1, measure: true, disposeEachBatch: false);

void TimeEpochs(string task, Func<HandWrittenModel> newModel, DataBatches batches, double lr, bool measure, bool disposeEachBatch)
{
    torch.manual_seed(100);
    var model = newModel();
    var testBatches = new DataBatches(testX, testY, batchSize: 1000, shuffle: false);
    double loss = 0, accuracy = double.NaN;
    void Epoch()
    {
        loss = HandWrittenTraining.Epoch(model, batches, lr, disposeEachBatch);
        if (measure)
        {
            accuracy = ClassAccuracy.Measure(model.Forward, testBatches);
        }
    }
    Epoch(); // warm-up
    for (var i = 0; i < repeats; i++)
    {
        Report(task, Seconds(Epoch));
    }
    Console.WriteLine(FormattableString.Invariant($"# {task}: last epoch's loss {loss:0.0000}, test accuracy {accuracy:0.0000}"));
}

static double Seconds(Action work)
{
    var clock = Stopwatch.StartNew();
    work();
    return clock.Elapsed.TotalSeconds;
}

static void Report(string task, double seconds) =>
    Console.WriteLine(FormattableString.Invariant($"{task}\t{seconds:0.0000}"));
