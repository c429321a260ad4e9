using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// A confusion matrix for any number of classes: for each true class (a row) and each answer (a
/// column), how many images of that class the model answered with that class. The diagonal holds
/// the right answers, every other cell one kind of mistake ("a 4 taken for a 9"). Notebook 08's
/// <see cref="Confusion"/> is the two-class case, with a sigmoid; this one takes one score per class.
/// </summary>
public sealed class ClassConfusion
{
    private readonly int[,] counts;

    private ClassConfusion(int[,] counts) => this.counts = counts;

    /// <summary>
    /// Counts the answers of <paramref name="scores"/> [N, classes] (the answer is the class with the
    /// highest score, as in <see cref="ClassAccuracy"/>) against <paramref name="labels"/> [N], the
    /// true classes as integers from 0 to classes - 1. Works on tensors of any device.
    /// </summary>
    public static ClassConfusion Of(Tensor scores, Tensor labels)
    {
        ClassAccuracy.RequireScoresAndLabels(scores, labels);
        int classes = (int)scores.shape[1];
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        Tensor truth = labels.to_type(ScalarType.Int64).cpu();
        long outside = ((truth < 0) | (truth >= classes)).sum().item<long>();
        if (outside > 0)
        {
            throw new ArgumentException(
                $"labels must be class numbers from 0 to {classes - 1}, one per score column; {outside} of them are not.",
                nameof(labels));
        }
        Tensor cells = (truth * classes) + ClassAccuracy.Answers(scores).cpu();
        long[] flat = torch.bincount(cells, minlength: classes * classes).data<long>().ToArray();
        var counts = new int[classes, classes];
        for (int i = 0; i < flat.Length; i++)
        {
            counts[i / classes, i % classes] = (int)flat[i];
        }
        return new ClassConfusion(counts);
    }

    /// <summary>The number of classes: rows and columns.</summary>
    public int Classes => counts.GetLength(0);

    /// <summary>How many images of class <paramref name="actual"/> the model answered with <paramref name="predicted"/>.</summary>
    public int this[int actual, int predicted] => counts[actual, predicted];

    /// <summary>Every count, row by row: row = true class, column = answer.</summary>
    public IReadOnlyList<IReadOnlyList<int>> Rows =>
        [.. Enumerable.Range(0, Classes).Select(row => (IReadOnlyList<int>)[.. Enumerable.Range(0, Classes).Select(column => counts[row, column])])];

    /// <summary>All images counted.</summary>
    public int Total => counts.Cast<int>().Sum();

    /// <summary>The right answers: the sum of the diagonal.</summary>
    public int Correct => Enumerable.Range(0, Classes).Sum(c => counts[c, c]);

    /// <summary>The share of right answers over all images; NaN when there are none.</summary>
    public double Accuracy => Total == 0 ? double.NaN : Correct / (double)Total;

    /// <summary>Each true class's row summed up: its images, how many were answered right, and that share.</summary>
    public IReadOnlyList<ClassResult> PerClass =>
        [.. Enumerable.Range(0, Classes).Select(c =>
        {
            int images = Enumerable.Range(0, Classes).Sum(p => counts[c, p]);
            return new ClassResult(c, images, counts[c, c], images == 0 ? double.NaN : counts[c, c] / (double)images);
        })];

    /// <summary>
    /// The <paramref name="count"/> largest cells off the diagonal (the commonest mistakes), largest
    /// first; equal counts in row, then column order. Cells that count no image are left out.
    /// </summary>
    public IReadOnlyList<ConfusedPair> MostConfused(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return [.. Enumerable.Range(0, Classes * Classes)
            .Select(i => new ConfusedPair(i / Classes, i % Classes, counts[i / Classes, i % Classes]))
            .Where(pair => pair.Actual != pair.Predicted && pair.Count > 0)
            .OrderByDescending(pair => pair.Count)
            .Take(count)];
    }
}

/// <summary>One true class's row of a <see cref="ClassConfusion"/>: its images, the right answers among them, and their share.</summary>
public sealed record ClassResult(int Class, int Images, int Right, double Accuracy);

/// <summary>One cell off the diagonal of a <see cref="ClassConfusion"/>: <paramref name="Count"/> images of class <paramref name="Actual"/> answered <paramref name="Predicted"/>.</summary>
public sealed record ConfusedPair(int Actual, int Predicted, int Count);
