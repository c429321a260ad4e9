using NeuralNetLessons.Charting;
using NeuralNetLessons.Display;
using Plotly.NET;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Notebooks;

/// <summary>
/// A notebook's first chart, tensor and picture each cost a few hundred milliseconds of one-off
/// work: the runtime loads and compiles Plotly.NET's, TorchSharp's and ImageSharp's code. Doing
/// that once on a background thread, while the kernel compiles the learner's first cells, takes
/// most of that wait away. Nothing here draws random numbers, so seeded lessons are unaffected.
/// </summary>
internal static class WarmUp
{
    public static Task Start() => Task.Run(Run);

    private static void Run()
    {
        using (NewDisposeScope())
        {
            Tensor pixels = torch.arange(4, dtype: ScalarType.Float32).reshape(2, 2).div(4);
            _ = NotebookFormatters.Describe(pixels.matmul(pixels).sigmoid().clamp_min(0).mean());
            using var image = SixLabors.ImageSharp.Image.Load<L8>(GreyPicture.FromTensor(pixels).Png);
            foreach (var chart in new[] { Charts.Heatmap(pixels, "warm-up"), Charts.Curves([("a", [0.0, 1.0])], title: "warm-up", yTitle: "y") })
            {
                _ = GenericChart.toFigureJson(chart);
                _ = GenericChart.toChartHTML(chart);
            }
        }
    }
}
