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
/// Like TorchSharp's DataLoader, it owns its batches: each batch is freed when the next one is
/// drawn, and the last when the epoch ends, so a <c>foreach</c> over an epoch leaves nothing behind.
/// A batch where the enumeration stops early (<c>First()</c>, a <c>break</c>) is the caller's to keep.
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
        // The order is drawn on the CPU, where manual_seed makes it the same on every machine, then
        // moved to where the data is (a GPU's), to pick the rows there.
        Tensor? order = Shuffle ? torch.randperm(Count) : null;
        if (order is not null && order.device_type != x.device_type)
        {
            Tensor onCpu = order;
            order = onCpu.to(x.device);
            onCpu.Dispose();
        }
        try
        {
            for (long start = 0; start < Count; start += BatchSize)
            {
                long length = Math.Min(BatchSize, Count - start);
                var (xb, yb) = order is null ? (x.narrow(0, start, length), y.narrow(0, start, length)) : Rows(order, start, length);
                yield return (xb, yb);
                // Reached only when the next batch is asked for, or the epoch ends: not after First() or a break.
                xb.Dispose();
                yb.Dispose();
            }
        }
        finally
        {
            order?.Dispose();
        }
    }

    private (Tensor X, Tensor Y) Rows(Tensor order, long start, long length)
    {
        using Tensor rows = order.narrow(0, start, length);
        return (x.index_select(0, rows), y.index_select(0, rows));
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
