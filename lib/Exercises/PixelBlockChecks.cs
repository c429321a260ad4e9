using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 02's block of pixels: rows firstRow to lastRow and columns firstColumn to lastColumn
    /// of an image, all four ends included, as one tensor. The check uses a grid whose value in row r,
    /// column c is 10 × r + c, so every number in the answer says where it came from.
    /// </summary>
    public static Verdict PixelBlock(Func<Tensor, int, int, int, int, Tensor> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            const int firstRow = 1, lastRow = 3, firstColumn = 2, lastColumn = 5;
            Tensor grid = (arange(6).unsqueeze(1) * 10) + arange(7);
            Tensor expected = grid[firstRow..(lastRow + 1), firstColumn..(lastColumn + 1)];
            string input = $"rows {firstRow} to {lastRow} and columns {firstColumn} to {lastColumn} " +
                $"of a grid of shape {Shape.Of(grid)} whose value in row r, column c is 10 × r + c,";

            Tensor got = answer(grid.clone(), firstRow, lastRow, firstColumn, lastColumn)
                ?? throw new InvalidOperationException("the function returned null instead of a tensor.");
            if (Same(got, expected))
            {
                return Verdict.Correct($"for {input} your code gives {Quote(expected)}.");
            }
            const string EndLeftOut = "a C# range leaves out its end: rows first to last are first..(last + 1).";
            const string Swapped = "rows and columns are the wrong way round: in image[a, b], a picks the rows and b the columns.";
            string? cause = Same(got, grid[firstRow..lastRow, firstColumn..lastColumn])
                ? EndLeftOut
                : Same(got, grid[firstColumn..(lastColumn + 1), firstRow..(lastRow + 1)])
                    ? Swapped
                : Same(got, grid[firstColumn..lastColumn, firstRow..lastRow])
                    ? $"{Swapped} And {EndLeftOut}"
                : Same(got, grid[firstRow..(lastRow + 1)][firstColumn..(lastColumn + 1)])
                    ? "image[rows][columns] picks rows twice: the second [...] indexes the rows of the block again. Put both ranges in one index: image[rows, columns]."
                : null;
            return Verdict.Wrong(input, Quote(got), Quote(expected), cause);
        });
    }
}
