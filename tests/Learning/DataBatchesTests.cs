using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

[Collection(GlobalGenerator.Name)]
public class DataBatchesTests
{
    /// <summary>709 samples like the training set: x row i holds i in both columns, y holds i.</summary>
    static (Tensor X, Tensor Y) Numbered(long n = 709)
    {
        Tensor y = torch.arange(n, ScalarType.Float32).unsqueeze(1);
        return (torch.cat([y, y], 1), y);
    }

    /// <summary>The sample numbers of each batch of one epoch, checking that x and y stay paired.</summary>
    static List<float[]> Epoch(DataBatches batches)
    {
        var epoch = new List<float[]>();
        foreach (var (xb, yb) in batches)
        {
            float[] ids = yb.squeeze(1).data<float>().ToArray();
            Assert.Equal(ids, xb[.., 0].data<float>().ToArray());
            Assert.Equal(ids, xb[.., 1].data<float>().ToArray());
            epoch.Add(ids);
        }
        return epoch;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Frees_each_batch_when_the_next_is_drawn_and_the_last_when_the_epoch_ends(bool shuffle)
    {
        var (x, y) = Numbered();
        using (x)
        using (y)
        {
            var seen = new List<(Tensor X, Tensor Y)>();
            foreach (var batch in new DataBatches(x, y, 256, shuffle))
            {
                Assert.All(seen, earlier => Assert.True(earlier.X.IsInvalid && earlier.Y.IsInvalid));
                seen.Add(batch);
            }

            Assert.Equal(3, seen.Count);
            Assert.All(seen, batch => Assert.True(batch.X.IsInvalid && batch.Y.IsInvalid));
            Assert.False(x.IsInvalid, "the data set itself stays the caller's");
        }
    }

    [Fact]
    public void The_batch_where_the_enumeration_stops_is_the_callers()
    {
        var (x, y) = Numbered();
        using (x)
        using (y)
        {
            var (xb, yb) = new DataBatches(x, y, 256, shuffle: true).First();
            using (xb)
            using (yb)
            {
                Assert.False(xb.IsInvalid || yb.IsInvalid);
                Assert.Equal([256L, 2L], xb.shape);
            }
        }
    }

    [Fact]
    public void An_epoch_leaves_no_tensor_alive()
    {
        var (x, y) = Numbered();
        using (x)
        using (y)
        {
            var batches = new DataBatches(x, y, 256, shuffle: true);
            long before = DisposeScopeManager.Statistics.ThreadTotalLiveCount;

            foreach (var (xb, _) in batches)
            {
                Assert.Equal(2, xb.dim());
            }

            Assert.Equal(before, DisposeScopeManager.Statistics.ThreadTotalLiveCount);
        }
    }

    [Fact]
    public void Cuts_the_training_set_into_256_256_and_197()
    {
        var (x, y) = Numbered();

        var batches = new DataBatches(x, y, 256, shuffle: true);
        var shapes = batches.Select(batch => (X: batch.X.shape, Y: batch.Y.shape)).ToList();

        Assert.Equal([[256L, 2L], [256L, 2L], [197L, 2L]], shapes.Select(s => s.X));
        Assert.Equal([[256L, 1L], [256L, 1L], [197L, 1L]], shapes.Select(s => s.Y));
        Assert.Equal(3L, batches.BatchCount);
    }

    [Fact]
    public void Every_sample_appears_exactly_once_per_epoch()
    {
        var (x, y) = Numbered();
        var batches = new DataBatches(x, y, 256, shuffle: true);
        torch.manual_seed(1);

        for (int epoch = 0; epoch < 3; epoch++)
        {
            float[] seen = Epoch(batches).SelectMany(ids => ids).ToArray();
            Assert.Equal(Enumerable.Range(0, 709).Select(i => (float)i), seen.Order());
        }
    }

    [Fact]
    public void Shuffled_order_is_new_each_epoch_and_follows_the_seed()
    {
        var (x, y) = Numbered();
        var batches = new DataBatches(x, y, 256, shuffle: true);

        torch.manual_seed(100);
        float[] first = Epoch(batches).SelectMany(ids => ids).ToArray();
        float[] second = Epoch(batches).SelectMany(ids => ids).ToArray();
        torch.manual_seed(100);
        float[] again = Epoch(batches).SelectMany(ids => ids).ToArray();
        torch.manual_seed(101);
        float[] otherSeed = Epoch(batches).SelectMany(ids => ids).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, second);
        Assert.NotEqual(first, otherSeed);
        Assert.NotEqual(Enumerable.Range(0, 709).Select(i => (float)i), first);
    }

    [Fact]
    public void Shuffled_order_is_torch_randperm_of_the_global_generator()
    {
        var (x, y) = Numbered();
        torch.manual_seed(7);
        long[] expected = torch.randperm(709).data<long>().ToArray();

        torch.manual_seed(7);
        float[] order = Epoch(new DataBatches(x, y, 256, shuffle: true)).SelectMany(ids => ids).ToArray();

        Assert.Equal(expected.Select(i => (float)i), order);
    }

    [Fact]
    public void Without_shuffle_keeps_the_stored_order_and_draws_no_random_numbers()
    {
        var (x, y) = Numbered();
        var batches = new DataBatches(x, y, 256, shuffle: false);
        torch.manual_seed(5);

        float[] order = Epoch(batches).SelectMany(ids => ids).ToArray();
        float next = torch.rand(1).item<float>();
        torch.manual_seed(5);

        Assert.Equal(Enumerable.Range(0, 709).Select(i => (float)i), order);
        Assert.Equal(torch.rand(1).item<float>(), next);
    }

    [Fact]
    public void Refuses_inputs_and_targets_of_different_lengths()
    {
        using Tensor x = torch.zeros(709, 784);
        using Tensor y = torch.zeros(699, 1);

        var error = Assert.Throws<ArgumentException>(() => new DataBatches(x, y, 256, shuffle: true));

        Assert.Contains("Inputs [709, 784] and targets [699, 1] must have the same first dimension", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Refuses_a_batch_size_below_one(int batchSize)
    {
        var (x, y) = Numbered(4);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DataBatches(x, y, batchSize, shuffle: false));

        Assert.Equal("batchSize", error.ParamName);
        Assert.Contains("Batch size must be positive", error.Message);
    }
}
