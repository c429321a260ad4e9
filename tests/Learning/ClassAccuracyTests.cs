using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

/// <summary>Accuracy among several classes: the answer is the class with the highest score.</summary>
public class ClassAccuracyTests
{
    // Four images, three classes; answers (highest score) 2, 0, 1, 0 against labels 2, 0, 2, 1: two right.
    static Tensor Scores() => torch.tensor(new float[,] { { 0, 1, 5 }, { 3, -1, 2 }, { 0.5f, 0.7f, 0.6f }, { 2, 1, 0 } });

    static Tensor Labels() => torch.tensor(new long[] { 2, 0, 2, 1 });

    [Fact]
    public void A_batch_scores_the_share_whose_highest_score_is_the_label()
    {
        using Tensor scores = Scores(), labels = Labels();

        using Tensor accuracy = ClassAccuracy.OfBatch(scores, labels);

        Assert.Equal(ScalarType.Float32, accuracy.dtype);
        Assert.Equal(0.5f, accuracy.item<float>());
    }

    [Fact]
    public void A_tie_goes_to_the_first_class()
    {
        using Tensor scores = torch.tensor(new float[,] { { 1, 1, 0 } });

        Assert.Equal(1f, ClassAccuracy.OfBatch(scores, torch.tensor(new long[] { 0 })).item<float>());
        Assert.Equal(0f, ClassAccuracy.OfBatch(scores, torch.tensor(new long[] { 1 })).item<float>());
    }

    [Fact]
    public void Measured_over_batches_it_counts_images_not_batches()
    {
        // Five images in batches of 2, 2 and 1: right, right | wrong, wrong | right = 3 of 5,
        // where a mean of the batch accuracies would give (1 + 0 + 1) / 3.
        using Tensor x = torch.tensor(new float[,] { { 0, 9 }, { 9, 0 }, { 0, 9 }, { 9, 0 }, { 9, 0 } });
        using Tensor y = torch.tensor(new long[] { 1, 0, 0, 1, 0 });
        var batches = new DataBatches(x, y, batchSize: 2, shuffle: false);

        double accuracy = ClassAccuracy.Measure(rows => rows, batches);

        Assert.Equal(3 / 5.0, accuracy);
    }

    [Fact]
    public void Measuring_tracks_no_gradients()
    {
        using Tensor w = torch.ones(2, 2).requires_grad_();
        using Tensor x = torch.eye(2);
        using Tensor y = torch.tensor(new long[] { 0, 1 });
        bool tracked = true;

        ClassAccuracy.Measure(rows => { var s = rows.matmul(w); tracked = s.requires_grad; return s; }, new DataBatches(x, y, 2, false));

        Assert.False(tracked);
    }

    [Fact]
    public void Labels_as_a_column_are_an_error_that_shows_the_shape_wanted()
    {
        using Tensor scores = torch.zeros(4, 10);
        using Tensor labels = torch.zeros(4, 1, ScalarType.Int64);

        var error = Assert.Throws<ArgumentException>(() => ClassAccuracy.OfBatch(scores, labels));

        Assert.Contains("labels [4, 1] must be [4]", error.Message);
    }

    [Fact]
    public void Labels_as_floats_are_an_error()
    {
        using Tensor scores = torch.zeros(2, 10);
        using Tensor labels = torch.zeros(2);

        var error = Assert.Throws<ArgumentException>(() => ClassAccuracy.OfBatch(scores, labels));

        Assert.Contains("integers", error.Message);
    }

    [Fact]
    public void One_score_per_image_is_an_error_asking_for_one_per_class()
    {
        using Tensor scores = torch.zeros(4);
        using Tensor labels = torch.zeros(4, ScalarType.Int64);

        var error = Assert.Throws<ArgumentException>(() => ClassAccuracy.OfBatch(scores, labels));

        Assert.Contains("scores [4] must be [N, classes]", error.Message);
    }
}
