using NeuralNetLessons.Learning;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

public class MeanBaselineTests
{
    [Fact]
    public void Distance_is_the_mean_absolute_difference_of_each_image_from_the_template()
    {
        using Tensor images = tensor(new float[,,] { { { 0, 0 }, { 0, 0 } }, { { 1, 1 }, { 0, 0 } } });
        using Tensor template = tensor(new float[,] { { 0.5f, 0 }, { 0, 0.5f } });

        using Tensor distance = MeanBaseline.Distance(images, template);

        // |0-0.5| + 0 + 0 + |0-0.5| = 1 over 4 pixels; |1-0.5| + 1 + 0 + 0.5 = 2 over 4.
        Assert.Equal([0.25f, 0.5f], distance.data<float>().ToArray());
    }

    [Fact]
    public void Distance_of_images_that_do_not_fit_the_template_is_an_error_showing_both_shapes()
    {
        using Tensor images = zeros(3, 28, 28);
        using Tensor template = zeros(784);

        var error = Assert.Throws<ArgumentException>(() => MeanBaseline.Distance(images, template));

        Assert.Contains("[3, 28, 28]", error.Message);
        Assert.Contains("[784]", error.Message);
    }

    [Fact]
    public void As_a_model_it_scores_positive_for_images_closer_to_the_mean_three()
    {
        using Tensor meanThree = tensor(new float[] { 1, 1, 0, 0 });
        using Tensor meanSeven = tensor(new float[] { 0, 0, 1, 1 });
        using Tensor rows = tensor(new float[,] { { 1, 1, 0, 0 }, { 0, 0, 1, 1 }, { 1, 0, 1, 0 } });

        using Tensor scores = MeanBaseline.AsModel(meanThree, meanSeven)(rows);

        Assert.Equal([3L, 1L], scores.shape);
        Assert.Equal([1f, -1f, 0f], scores.data<float>().ToArray());
    }

    [Fact]
    public void Means_average_the_rows_of_each_class()
    {
        using Tensor x = tensor(new float[,] { { 1, 0 }, { 3, 0 }, { 0, 4 } });
        using Tensor y = tensor(new float[,] { { 1 }, { 1 }, { 0 } });

        var (three, seven) = MeanBaseline.Means(x, y);

        Assert.Equal([2f, 0f], three.data<float>().ToArray());
        Assert.Equal([0f, 4f], seven.data<float>().ToArray());
    }

    [Fact]
    public void Means_of_inputs_and_targets_of_different_lengths_are_an_error()
    {
        using Tensor x = zeros(3, 784);
        using Tensor y = zeros(2, 1);

        var error = Assert.Throws<ArgumentException>(() => MeanBaseline.Means(x, y));

        Assert.Contains("[3, 784]", error.Message);
        Assert.Contains("[2, 1]", error.Message);
    }
}
