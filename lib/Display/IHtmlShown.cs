namespace NeuralNetLessons.Display;

/// <summary>
/// What a notebook shows as the HTML it writes: pictures, galleries, tables. One formatter serves
/// every type that implements it (see <see cref="NotebookFormatters"/>).
/// </summary>
internal interface IHtmlShown
{
    /// <summary>The HTML a notebook shows; well-formed XML, so tests can read it back.</summary>
    string ToHtml();
}
