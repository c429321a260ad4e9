namespace NeuralNetLessons;

/// <summary>ImageSharp pictures shown side by side, each with its caption.</summary>
public sealed record ImagePictureRow(IReadOnlyList<ImagePicture> Pictures)
{
    public string ToHtml() => $"<div>{string.Concat(Pictures.Select(p => p.ToHtml()))}</div>";
}
