using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

public class LessonLossTests
{
    static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));

    [Fact]
    public void Is_the_mean_distance_of_the_sigmoid_from_the_target()
    {
        using Tensor predictions = torch.tensor(new float[] { 0, 2, -1 });
        using Tensor targets = torch.tensor(new float[] { 1, 0, 1 });

        using Tensor loss = LessonLoss.Compute(predictions, targets);

        // A three (1) costs 1 - p, a seven (0) costs p.
        double expected = ((1 - Sigmoid(0)) + Sigmoid(2) + (1 - Sigmoid(-1))) / 3;
        Assert.Equal(expected, loss.item<float>(), 1e-6);
        Assert.Empty(loss.shape);
    }

    [Fact]
    public void Is_small_for_confident_right_answers_and_large_for_confident_wrong_ones()
    {
        using Tensor targets = torch.tensor(new float[] { 1, 0 }).unsqueeze(1);
        using Tensor right = torch.tensor(new float[] { 10, -10 }).unsqueeze(1);
        using Tensor wrong = torch.tensor(new float[] { -10, 10 }).unsqueeze(1);

        Assert.Equal(1 - Sigmoid(10), LessonLoss.Compute(right, targets).item<float>(), 1e-6);
        Assert.Equal(Sigmoid(10), LessonLoss.Compute(wrong, targets).item<float>(), 1e-6);
    }

    [Fact]
    public void Gives_gradients_to_the_predictions()
    {
        using Tensor predictions = torch.tensor(new float[] { 0, 2 }).requires_grad_();
        using Tensor targets = torch.tensor(new float[] { 1, 0 });

        LessonLoss.Compute(predictions, targets).backward();

        // d/dx of (1 - s(x)) / 2 is -s'(x) / 2, of s(x) / 2 is s'(x) / 2, with s' = s (1 - s).
        double[] expected = [-0.25 / 2, Sigmoid(2) * (1 - Sigmoid(2)) / 2];
        float[] actual = predictions.grad!.data<float>().ToArray();
        Assert.Equal(expected[0], actual[0], 1e-6);
        Assert.Equal(expected[1], actual[1], 1e-6);
    }

    [Fact]
    public void Refuses_shapes_that_do_not_match()
    {
        using Tensor predictions = torch.zeros(256, 1);
        using Tensor targets = torch.zeros(256);

        var error = Assert.Throws<ArgumentException>(() => LessonLoss.Compute(predictions, targets));

        Assert.Equal("predictions [256, 1] and targets [256] must have the same shape.", error.Message);
    }
}
