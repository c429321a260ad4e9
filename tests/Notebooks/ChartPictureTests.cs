using System.Text.Json.Nodes;
using NeuralNetLessons.Charting;
using NeuralNetLessons.Data;
using NotebookRunner;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;
using Xunit;

namespace NeuralNetLessons.Tests.Notebooks;

/// <summary>
/// Charts in executed copies: Plotly's JSON as an object, and where Chromium is installed a
/// picture of each chart (image/png, and in the text/html fallback). One small notebook with one
/// chart runs once in a kernel; each test works on its own copy of the executed notebook.
/// </summary>
[Collection(nameof(HeadlessNotebooks))]
public class ChartPictureTests(HeadlessNotebooks notebooks)
{
    private const int Width = 600, Height = 400; // Charts.Function's size

    private static readonly Lazy<string> OneChartNotebook = new(WriteOneChartNotebook);

    private static string? Chromium => HeadlessChromium.Find();

    private static string NoChromium => $"no Chromium on PATH (looked for {string.Join(", ", HeadlessChromium.Names)})";

    [Fact]
    public async Task An_executed_copy_holds_the_chart_as_a_plotly_json_object_and_its_html_fallback()
    {
        var data = ChartData(NotebookJson.Read(await ExecutedCopyAsync()));

        Assert.Equal([PlotlyOutputs.MimeType, "text/html"], data.Select(d => d.Key));
        var figure = Assert.IsType<JsonObject>(data[PlotlyOutputs.MimeType]);
        Assert.Equal("ReLU", (string?)figure["layout"]!["title"]!["text"]);
        Assert.Equal(Charts.FunctionPoints, figure["data"]![0]!["y"]!.AsArray().Count);
        Assert.Contains("Plotly.newPlot", NotebookJson.Text(data["text/html"]));
    }

    [SkippableFact]
    public async Task With_chromium_the_chart_gets_a_png_of_its_width_and_height_that_the_html_fallback_shows()
    {
        Skip.If(Chromium is null, $"{NoChromium}: the runner adds no pictures here.");
        using var folder = new TempFolder();
        var copy = CopyOf(await ExecutedCopyAsync(), folder);
        var before = ChartData(NotebookJson.Read(copy));
        var log = new StringWriter();

        Assert.True(await ChartPictures.AddAsync([copy], Chromium, log), log.ToString());

        Assert.StartsWith("Drew 1 chart picture(s) (PNG) into 1 executed copy", log.ToString());
        Assert.Single(log.ToString().TrimEnd().Split('\n'));
        var data = ChartData(NotebookJson.Read(copy));
        Assert.Equal([PlotlyOutputs.MimeType, "text/html", "image/png"], data.Select(d => d.Key));
        Assert.True(JsonNode.DeepEquals(before[PlotlyOutputs.MimeType], data[PlotlyOutputs.MimeType]), "the figure is unchanged");
        var png = (string)data["image/png"]!;
        using (var picture = Image.Load<Rgba32>(Convert.FromBase64String(png)))
        {
            Assert.Equal((Width, Height), (picture.Width, picture.Height));
            var (white, coloured) = CountPixels(picture);
            Assert.InRange(white, picture.Width * picture.Height / 2, picture.Width * picture.Height);
            Assert.InRange(coloured, 300, picture.Width * picture.Height / 10); // the line, in plotly's first colour
        }
        var html = NotebookJson.Text(data["text/html"]);
        Assert.Contains($"<img src=\"data:image/png;base64,{png}\" alt=\"Chart: ReLU\">", html);
        Assert.Contains(NotebookJson.Text(before["text/html"]), html);
        // Still a notebook the course's tools read.
        Assert.Single(ExecutedNotebook.Read(copy).Outputs("image/png"));
        Assert.Equal([Path.GetFileName(copy)], folder.Contents());
    }

    [SkippableFact]
    public async Task Offline_the_html_fallback_shows_the_picture_and_once_plotly_js_draws_the_chart_the_picture_goes()
    {
        Skip.If(Chromium is null, $"{NoChromium}: nothing to draw the page with.");
        using var folder = new TempFolder();
        var copy = CopyOf(await ExecutedCopyAsync(), folder);
        Assert.True(await ChartPictures.AddAsync([copy], Chromium, TextWriter.Null));
        var html = NotebookJson.Text(ChartData(NotebookJson.Read(copy))["text/html"]);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        await using var browser = HeadlessChromium.Start(Chromium!);
        var page = await browser.OpenPageAsync(cancel.Token);
        // The output's HTML as a page shows it, scripts and all; its plotly.js cannot load (no network).
        await browser.EvaluateAsync(page, $"document.open(); document.write({JsonValue.Create(html).ToJsonString()}); document.close();", cancel.Token);
        var offline = await browser.EvaluateAsync(page, """
            (async () => {
                const pictures = [...document.querySelectorAll('img')];
                await Promise.all(pictures.map(p => p.decode()));
                return pictures.map(p => p.naturalWidth + 'x' + p.naturalHeight).join(', ') +
                    ' / drawn: ' + document.querySelectorAll('.plot-container').length;
            })()
            """, cancel.Token);
        Assert.Equal($"{Width}x{Height} / drawn: 0", (string?)offline);

        // Online, plotly.js draws the chart into the output's own div.
        await browser.EvaluateAsync(page, ChartPictures.PlotlyJs(), cancel.Token);
        var figure = ChartData(NotebookJson.Read(copy))[PlotlyOutputs.MimeType]!.ToJsonString();
        var online = await browser.EvaluateAsync(page, $$"""
            (async () => {
                const figure = {{figure}};
                await Plotly.newPlot(document.querySelector('div[id]'), figure.data, figure.layout);
                await new Promise(done => setTimeout(done, 0));
                return 'pictures: ' + document.querySelectorAll('img').length + ' / drawn: ' + document.querySelectorAll('.plot-container').length;
            })()
            """, cancel.Token);
        Assert.Equal("pictures: 0 / drawn: 1", (string?)online);
    }

    [Fact]
    public async Task Without_chromium_the_runner_says_once_that_it_skipped_the_pictures_and_the_copy_stays_as_it_was()
    {
        using var folder = new TempFolder();
        var copy = CopyOf(await ExecutedCopyAsync(), folder);
        var before = File.ReadAllBytes(copy);
        var log = new StringWriter();

        Assert.True(await ChartPictures.AddAsync([copy], chromium: null, log));

        var line = Assert.Single(log.ToString().TrimEnd().Split('\n'));
        Assert.StartsWith("Skipped the chart pictures (PNG): " + NoChromium, line);
        Assert.Equal(before, File.ReadAllBytes(copy));
        var executed = ExecutedNotebook.Read(copy);
        Assert.Empty(executed.Errors);
        Assert.Single(executed.Outputs(PlotlyOutputs.MimeType));
        Assert.Empty(executed.Outputs("image/png"));
    }

    [SkippableFact]
    public async Task A_browser_that_fails_is_named_with_what_it_said_and_the_copy_stays_as_it_was()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new SkipException("the runner starts Chromium through /bin/sh, on Linux");
        }
        using var folder = new TempFolder();
        var copy = CopyOf(await ExecutedCopyAsync(), folder);
        var before = File.ReadAllBytes(copy);
        var broken = folder.Combine("broken-chromium");
        File.WriteAllText(broken, "#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n");
        File.SetUnixFileMode(broken, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        var log = new StringWriter();

        Assert.False(await ChartPictures.AddAsync([copy], broken, log, TimeSpan.FromSeconds(30)));

        Assert.Contains($"{broken}: it exited with code 127; it printed:\n  error while loading shared libraries: libnss3.so", log.ToString());
        Assert.Contains("--no-pictures", log.ToString());
        Assert.Equal(before, File.ReadAllBytes(copy));
        Assert.Equal(["broken-chromium", Path.GetFileName(copy)], folder.Contents());
    }

    private async Task<string> ExecutedCopyAsync()
    {
        var result = await notebooks.RunAsync(OneChartNotebook.Value);
        Assert.True(result.Passed, result.Problem);
        return result.ExecutedCopy;
    }

    private static string CopyOf(string executedCopy, TempFolder folder)
    {
        var copy = folder.Combine(Path.GetFileName(executedCopy));
        File.Copy(executedCopy, copy);
        return copy;
    }

    private static JsonObject ChartData(JsonNode notebook) => Assert.Single(PlotlyOutputs.Charts(notebook)).Data;

    private static (int White, int Coloured) CountPixels(Image<Rgba32> picture)
    {
        var (white, coloured) = (0, 0);
        for (var y = 0; y < picture.Height; y++)
        {
            for (var x = 0; x < picture.Width; x++)
            {
                var p = picture[x, y];
                white += p is { R: 255, G: 255, B: 255 } ? 1 : 0;
                coloured += Math.Max(p.R, Math.Max(p.G, p.B)) - Math.Min(p.R, Math.Min(p.G, p.B)) > 80 ? 1 : 0;
            }
        }
        return (white, coloured);
    }

    /// <summary>The setup cell of failing.ipynb (the course's), then one chart, ReLU, where that notebook fails.</summary>
    private static string WriteOneChartNotebook()
    {
        var notebook = NotebookJson.Read(Path.Combine(AppContext.BaseDirectory, "Fixtures", "failing.ipynb"));
        var cells = notebook["cells"]!.AsArray();
        cells[1]!["source"] = "Charts.Function(x => Math.Max(x, 0), -2, 2, title: \"ReLU\")";
        cells.RemoveAt(2);
        var path = Path.Combine(AppContext.BaseDirectory, "chart-pictures", "one-chart.ipynb");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WholeFile.Write(path, temporary => File.WriteAllText(temporary, notebook.ToJsonString()));
        return path;
    }
}
