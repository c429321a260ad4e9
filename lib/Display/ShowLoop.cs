namespace NeuralNetLessons.Display;

public static partial class Show
{
    /// <summary>
    /// A process as a picture: <paramref name="first"/> once, then <paramref name="repeated"/> in a
    /// loop with an arrow back labelled "repeat", then <paramref name="last"/> once, e.g.
    /// <c>Show.Loop("initialise", ["predict", "loss", "gradient", "step"], "stop")</c>.
    /// </summary>
    public static LoopDiagram Loop(string first, IReadOnlyList<string> repeated, string last, string? caption = null) =>
        new(first, repeated, last, caption);
}
