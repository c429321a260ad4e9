namespace NeuralNetLessons;

/// <summary>Pictures shown side by side, each with its caption.</summary>
public sealed record PictureRow(IReadOnlyList<GreyPicture> Pictures)
{
    public string ToHtml() => $"<div>{string.Concat(Pictures.Select(p => p.ToHtml()))}</div>";
}
