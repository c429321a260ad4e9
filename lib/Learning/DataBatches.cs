using System.Collections;
using NeuralNetLessons.Data;
using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Learning;

/// <summary>
/// The lesson's DataLoader: cuts inputs and targets into batches of up to <see cref="BatchSize"/> rows.
/// When <see cref="Shuffle"/> is on, every enumeration (every epoch) draws a fresh order with
/// <c>torch.randperm</c> from TorchSharp's global generator, so <c>torch.manual_seed</c> makes it
/// repeatable; otherwise the rows come in their stored order.
/// The batch tensors belong to the caller, or to the dispose scope open while enumerating.
/// </summary>
public sealed class DataBatches : IEnumerable<(Tensor X, Tensor Y)>
{
    readonly Tensor x;
    readonly Tensor y;

    /// <summary>Batches of <paramref name="x"/> and <paramref name="y"/>, which must have the same number of rows.</summary>
    public DataBatches(Tensor x, Tensor y, int batchSize, bool shuffle)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        Shape.RequireSameRows(x, y);
        if (batchSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(batchSize), batchSize, "Batch size must be positive.");
        }
        this.x = x;
        this.y = y;
        BatchSize = batchSize;
        Shuffle = shuffle;
    }

    /// <summary>Rows per batch; the last batch may be smaller.</summary>
    public int BatchSize { get; }

    /// <summary>Whether each enumeration draws a new random order.</summary>
    public bool Shuffle { get; }

    /// <summary>Number of samples (rows).</summary>
    public long Count => x.shape[0];

    /// <summary>Number of batches per enumeration.</summary>
    public long BatchCount => (Count + BatchSize - 1) / BatchSize;

    /// <summary>One epoch's batches, as (inputs, targets) pairs.</summary>
    public IEnumerator<(Tensor X, Tensor Y)> GetEnumerator()
    {
        Tensor? order = Shuffle ? torch.randperm(Count) : null;
        try
        {
            for (long start = 0; start < Count; start += BatchSize)
            {
                long length = Math.Min(BatchSize, Count - start);
                if (order is null)
                {
                    yield return (x.narrow(0, start, length), y.narrow(0, start, length));
                }
                else
                {
                    using Tensor rows = order.narrow(0, start, length);
                    yield return (x.index_select(0, rows), y.index_select(0, rows));
                }
            }
        }
        finally
        {
            order?.Dispose();
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
