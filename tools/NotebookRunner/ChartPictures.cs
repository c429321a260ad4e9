using System.Diagnostics;
using System.Text.Json.Nodes;

namespace NotebookRunner;

/// <summary>
/// Pictures of the charts in executed copies, for readers without a plotly.js: nbconvert's HTML,
/// static previews, a browser offline. Chromium draws every chart of every copy in one run, with
/// the plotly.js that Plotly.NET embeds; nothing is fetched. See <see cref="PlotlyOutputs.AddPicture"/>
/// for where the pictures go.
/// </summary>
public static class ChartPictures
{
    // Plotly.toImage draws a figure off screen at its layout's size (plotly's default where it has none).
    private const string DrawEach = """
        async function (figures) {
            const pictures = [];
            for (const figure of figures) {
                const layout = figure.layout || {};
                const options = { format: 'png', scale: 1 };
                if (layout.width) { options.width = layout.width; }
                if (layout.height) { options.height = layout.height; }
                try {
                    pictures.push(await Plotly.toImage(figure, options));
                } catch (e) {
                    pictures.push('plotly.js failed: ' + ((e && e.message) || e));
                }
            }
            return pictures;
        }
        """;

    private const string PngDataUrl = "data:image/png;base64,";

    /// <summary>
    /// Adds a picture to every chart of the given executed copies (each file written whole) and
    /// says what it did in one line. By default Chromium gets a minute, and 5 s more per chart. Without a <paramref name="chromium"/> it says that it skipped
    /// them and why. Returns false when Chromium failed; the copies are then left as they were.
    /// </summary>
    public static async Task<bool> AddAsync(IReadOnlyList<string> executedCopies, string? chromium, TextWriter log, TimeSpan? timeLimit = null)
    {
        var copies = executedCopies.Select(path => (Path: path, Notebook: NotebookJson.Read(path))).ToList();
        foreach (var (_, notebook) in copies)
        {
            PlotlyOutputs.ParseFigures(notebook);
        }
        var charts = copies
            .SelectMany(copy => PlotlyOutputs.Charts(copy.Notebook)
                .Where(chart => !chart.Data.ContainsKey(PlotlyOutputs.PngMimeType))
                .Select(chart => (copy.Path, chart.Cell, chart.Data)))
            .ToList();
        if (charts.Count == 0)
        {
            return true;
        }
        if (chromium is null)
        {
            log.WriteLine($"Skipped the chart pictures (PNG): no Chromium on PATH (looked for {string.Join(", ", HeadlessChromium.Names)}); " +
                "the executed copies show their charts only where plotly.js can draw them.");
            return true;
        }

        var clock = Stopwatch.StartNew();
        IReadOnlyList<string> pictures;
        try
        {
            pictures = await DrawAsync(
                [.. charts.Select(c => ($"{Path.GetFileName(c.Path)}, cell {c.Cell}", c.Data[PlotlyOutputs.MimeType]!))],
                chromium, timeLimit ?? TimeSpan.FromSeconds(60 + (5 * charts.Count)));
        }
        catch (ChromiumException e)
        {
            log.WriteLine($"Could not draw the chart pictures (PNG) with Chromium: {e.Message}\n" +
                "The executed copies are left without pictures; run with --no-pictures to skip this step.");
            return false;
        }
        for (var i = 0; i < charts.Count; i++)
        {
            PlotlyOutputs.AddPicture(charts[i].Data, pictures[i]);
        }
        var changed = charts.Select(c => c.Path).ToHashSet();
        foreach (var (path, notebook) in copies.Where(c => changed.Contains(c.Path)))
        {
            NotebookJson.Write(path, notebook);
        }
        log.WriteLine($"Drew {charts.Count} chart picture(s) (PNG) into {changed.Count} executed cop{(changed.Count == 1 ? "y" : "ies")} " +
            $"with {chromium} in {clock.Elapsed.TotalSeconds:0.0} s.");
        return true;
    }

    /// <summary>
    /// Draws each figure (Plotly's JSON) as a PNG at its layout's size in one headless Chromium and
    /// returns them base64-encoded, in order. <c>Where</c> names a figure in error messages.
    /// </summary>
    public static async Task<IReadOnlyList<string>> DrawAsync(IReadOnlyList<(string Where, JsonNode Figure)> charts, string chromium, TimeSpan timeLimit)
    {
        var plotlyJs = PlotlyJs();
        using var cancel = new CancellationTokenSource(timeLimit);
        await using var browser = HeadlessChromium.Start(chromium);
        var page = await browser.OpenPageAsync(cancel.Token);
        await browser.EvaluateAsync(page, plotlyJs, cancel.Token);
        var figures = new JsonArray([.. charts.Select(c => c.Figure.DeepClone())]);
        var drawn = await browser.EvaluateAsync(page, $"({DrawEach})({figures.ToJsonString()})", cancel.Token) as JsonArray;
        if (drawn is null || drawn.Count != charts.Count)
        {
            throw new ChromiumException($"{chromium}: the page returned {drawn?.Count.ToString() ?? "no"} pictures for {charts.Count} charts");
        }
        return [.. drawn.Select((picture, i) => (string?)picture is { } url && url.StartsWith(PngDataUrl, StringComparison.Ordinal)
            ? url[PngDataUrl.Length..]
            : throw new ChromiumException($"{charts[i].Where}: {Shorten((string?)picture ?? "no picture")}"))];
    }

    /// <summary>The plotly.js that Plotly.NET embeds (the version its charts are made for).</summary>
    public static string PlotlyJs()
    {
        var name = $"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js";
        using var stream = typeof(Plotly.NET.GenericChart).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Plotly.NET.dll holds no resource {name}: the runner's Plotly.NET is not the one it was written for.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "..." : text;
}
