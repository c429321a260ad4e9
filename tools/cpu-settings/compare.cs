#:property PublishAot=false
// Compares runs.cs's outputs (one JSON file per CPU setting) with PyTorch's reference runs and
// prints, for every run: exact under every setting, or how far it moved (the band).
// Usage: dotnet run compare.cs -- REFERENCE.json SETTING.json...
using System.Globalization;
using System.Text.Json;

static Dictionary<(string, string, int), double[]> Runs(string file) =>
    JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("runs").EnumerateArray().ToDictionary(
        r => (r.GetProperty("model").GetString()!, r.GetProperty("init").GetString()!, r.GetProperty("seed").GetInt32()),
        r => r.GetProperty("accuracy").EnumerateArray().Select(a => a.GetDouble()).ToArray());

var reference = Runs(args[0]);
var settings = args.Skip(1).Select(file => (
    Name: JsonDocument.Parse(File.ReadAllText(file)).RootElement.GetProperty("settings").GetString()!,
    Runs: Runs(file))).ToList();
string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);

Console.WriteLine($"settings: {string.Join("; ", settings.Select(s => s.Name))}");
Console.WriteLine("run                          | exact under  | first epoch off | largest epoch gap | final: PyTorch  range over settings");
foreach (var ((model, init, seed), expected) in reference.OrderBy(r => r.Key.Item1).ThenBy(r => r.Key.Item2).ThenBy(r => r.Key.Item3))
{
    var got = settings.Select(s => s.Runs[(model, init, seed)]).ToList();
    int exact = got.Count(g => g.SequenceEqual(expected));
    int firstOff = got.Select(g => Array.FindIndex(g, e => true) is var _ ? Enumerable.Range(0, g.Length).FirstOrDefault(i => g[i] != expected[i], -1) : -1)
        .Where(i => i >= 0).DefaultIfEmpty(-1).Min();
    double gap = got.Max(g => g.Zip(expected).Max(p => Math.Abs(p.First - p.Second)));
    var finals = got.Select(g => g[^1]).ToList();
    Console.WriteLine($"{model,-6} {init,-14} seed {seed,3} | {exact,2} of {got.Count,-2}    | {(firstOff < 0 ? "-" : $"epoch {firstOff + 1}"),-15} | {F(gap),-17} | {F(expected[^1])}  {F(finals.Min())} to {F(finals.Max())}");
}
