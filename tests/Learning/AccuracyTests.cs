using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

public class AccuracyTests
{
    [Fact]
    public void OfBatch_is_the_share_of_right_predictions()
    {
        // Above 0 means "three": right, right, wrong, right.
        using Tensor predictions = torch.tensor(new float[] { 2, -1, 0.5f, -3 }).unsqueeze(1);
        using Tensor targets = torch.tensor(new float[] { 1, 0, 0, 0 }).unsqueeze(1);

        using Tensor accuracy = Accuracy.OfBatch(predictions, targets);

        Assert.Equal(0.75f, accuracy.item<float>());
        Assert.Equal(ScalarType.Float32, accuracy.dtype);
    }

    [Fact]
    public void OfBatch_counts_a_prediction_of_exactly_zero_as_a_seven()
    {
        // sigmoid(0) = 0.5, which is not > 0.5.
        using Tensor predictions = torch.zeros(2, 1);
        using Tensor targets = torch.tensor(new float[] { 1, 0 }).unsqueeze(1);

        Assert.Equal(0.5f, Accuracy.OfBatch(predictions, targets).item<float>());
    }

    [Fact]
    public void OfBatch_refuses_shapes_that_do_not_match()
    {
        using Tensor predictions = torch.zeros(4, 1);
        using Tensor targets = torch.zeros(4);

        var error = Assert.Throws<ArgumentException>(() => Accuracy.OfBatch(predictions, targets));

        Assert.Contains("predictions [4, 1] and targets [4] must have the same shape", error.Message);
    }

    [Fact]
    public void Validate_is_the_mean_of_the_batch_means_rounded_to_four_places()
    {
        // Identity model; batches of 3: [right, right, wrong] then [right]: batch means 2/3 and 1.
        using Tensor x = torch.tensor(new float[] { 1, -1, 1, -1 }).unsqueeze(1);
        using Tensor y = torch.tensor(new float[] { 1, 0, 0, 0 }).unsqueeze(1);
        var batches = new DataBatches(x, y, 3, shuffle: false);

        double accuracy = Accuracy.Validate(p => p * 1, batches);

        // The mean over samples would be 0.75; the lesson's figure averages the batches.
        Assert.Equal(Math.Round((2.0 / 3 + 1) / 2, 4), accuracy);
        Assert.Equal(0.8333, accuracy);
    }

    [Fact]
    public void Validate_tracks_no_gradients()
    {
        using Tensor w = torch.ones(1, 1).requires_grad_();
        using Tensor x = torch.ones(2, 1);
        using Tensor y = torch.ones(2, 1);
        bool tracked = true;

        Accuracy.Validate(xb => { Tensor p = xb.matmul(w); tracked = p.requires_grad; return p; }, new DataBatches(x, y, 2, false));

        Assert.False(tracked);
    }
}
