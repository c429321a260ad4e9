using NeuralNetLessons.Learning;
using TorchSharp;
using Xunit;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Learning;

/// <summary>The confusion matrix of several classes, counted by hand on small examples.</summary>
public class ClassConfusionTests
{
    // Six images, three classes. Answers (highest score) against labels:
    //   label 0: answered 0, 0        label 1: answered 2, 2        label 2: answered 2, 0
    static Tensor Scores() => torch.tensor(new float[,]
    {
        { 5, 0, 0 }, { 1, 0, 0 }, { 0, 1, 2 }, { 0, 0, 1 }, { 0, 0, 3 }, { 4, 0, 1 },
    });

    static Tensor Labels() => torch.tensor(new long[] { 0, 0, 1, 1, 2, 2 });

    [Fact]
    public void Counts_each_true_class_against_each_answer()
    {
        using Tensor scores = Scores(), labels = Labels();

        var confusion = ClassConfusion.Of(scores, labels);

        Assert.Equal(3, confusion.Classes);
        Assert.Equal([[2, 0, 0], [0, 0, 2], [1, 0, 1]], confusion.Rows.Select(row => row.ToArray()));
        Assert.Equal(2, confusion[1, 2]);
        Assert.Equal((6, 3), (confusion.Total, confusion.Correct));
        Assert.Equal(0.5, confusion.Accuracy);
    }

    [Fact]
    public void Its_accuracy_is_the_class_accuracy_of_the_same_scores()
    {
        using Tensor scores = torch.randn(50, 10), labels = torch.randint(0, 10, [50]);

        var confusion = ClassConfusion.Of(scores, labels);

        Assert.Equal(50, confusion.Total);
        Assert.Equal(ClassAccuracy.OfBatch(scores, labels).item<float>(), (float)confusion.Accuracy);
    }

    [Fact]
    public void Each_class_gets_its_images_and_right_answers()
    {
        using Tensor scores = Scores(), labels = Labels();

        var perClass = ClassConfusion.Of(scores, labels).PerClass;

        Assert.Equal([new ClassResult(0, 2, 2, 1.0), new ClassResult(1, 2, 0, 0.0), new ClassResult(2, 2, 1, 0.5)], perClass);
    }

    [Fact]
    public void A_class_with_no_images_has_no_accuracy()
    {
        using Tensor scores = torch.tensor(new float[,] { { 1, 0, 0 } });
        using Tensor labels = torch.tensor(new long[] { 0 });

        var perClass = ClassConfusion.Of(scores, labels).PerClass;

        Assert.Equal(0, perClass[2].Images);
        Assert.True(double.IsNaN(perClass[2].Accuracy));
    }

    [Fact]
    public void The_most_confused_pairs_come_largest_first_without_the_diagonal_or_empty_cells()
    {
        using Tensor scores = Scores(), labels = Labels();

        var pairs = ClassConfusion.Of(scores, labels).MostConfused(5);

        Assert.Equal([new ConfusedPair(1, 2, 2), new ConfusedPair(2, 0, 1)], pairs);
    }

    [Fact]
    public void Equal_counts_keep_row_then_column_order()
    {
        // label 0 answered 1, label 1 answered 0, label 2 answered 0: three cells of one.
        using Tensor scores = torch.tensor(new float[,] { { 0, 1, 0 }, { 1, 0, 0 }, { 1, 0, 0 } });
        using Tensor labels = torch.tensor(new long[] { 0, 1, 2 });

        var pairs = ClassConfusion.Of(scores, labels).MostConfused(2);

        Assert.Equal([new ConfusedPair(0, 1, 1), new ConfusedPair(1, 0, 1)], pairs);
    }

    [Fact]
    public void A_label_beyond_the_classes_is_an_error()
    {
        using Tensor scores = torch.zeros(2, 10);
        using Tensor labels = torch.tensor(new long[] { 3, 10 });

        var error = Assert.Throws<ArgumentException>(() => ClassConfusion.Of(scores, labels));

        Assert.Contains("from 0 to 9", error.Message);
        Assert.Contains("1 of them", error.Message);
    }

    [Fact]
    public void Byte_labels_count_as_class_numbers()
    {
        using Tensor scores = Scores();
        using Tensor labels = Labels().to_type(ScalarType.Byte);

        Assert.Equal(3, ClassConfusion.Of(scores, labels).Correct);
    }
}
