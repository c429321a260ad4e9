using NeuralNetLessons.Exercises;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;
using static TorchSharp.torch;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>Notebook 04's three exercises: each check passes the solution, names the common mistakes, and never throws.</summary>
public class LinearModelChecksTests
{
    [Fact]
    public void The_loss_check_passes_the_solution_and_names_the_common_mistakes()
    {
        Assert.True(Check.Loss((p, t) => where(t == 1, 1 - p.sigmoid(), p.sigmoid()).mean()).Passed);

        AssertWrongBecause(Check.Loss((p, t) => where(t == 1, 1 - p, p).mean()), "the sigmoid is missing");
        AssertWrongBecause(Check.Loss((p, t) => where(t == 1, p.sigmoid(), 1 - p.sigmoid()).mean()), "1 - p and p are the wrong way round");
        AssertWrongBecause(Check.Loss((p, t) => where(t == 1, 1 - p.sigmoid(), p.sigmoid())), "the loss must be one number");
        var other = Check.Loss((p, t) => p.sum());
        Assert.Matches(@"^Wrong: for scores \[2, -1, 0\.5, -3\] of shape \[4, 1\] and targets .* your code gives -1.5, expected 0\.\d+\.$", other.Message);
        AssertNotYetAndThrowingReported(
            Check.Loss((_, _) => throw new NotImplementedException()),
            Check.Loss((_, _) => throw new InvalidOperationException("my own message")));
    }

    [Fact]
    public void The_step_check_passes_the_solution_and_names_the_common_mistakes()
    {
        static Action<Tensor[], double> Step(Action<Tensor, double> update, bool zero = true, bool noGrad = true) => (parameters, lr) =>
        {
            using var _ = noGrad ? no_grad() : null;
            foreach (var p in parameters)
            {
                update(p, lr);
                if (zero)
                {
                    p.grad!.zero_();
                }
            }
        };

        Assert.True(Check.Step(Step((p, lr) => p.sub_(p.grad! * lr))).Passed);

        AssertWrongBecause(Check.Step(Step((p, lr) => p.sub_(p.grad! * lr), zero: false)), "the gradients were not set back to zero");
        AssertWrongBecause(Check.Step(Step((p, lr) => p.add_(p.grad! * lr))), "the step went uphill");
        AssertWrongBecause(Check.Step(Step((p, lr) => p.sub_(p.grad!))), "the step ignores the learning rate");
        AssertWrongBecause(Check.Step(Step((p, lr) => { p = p - (p.grad! * lr); })), "the parameters did not change");
        var recorded = Check.Step(Step((p, lr) => p.sub_(p.grad! * lr), noGrad: false));
        Assert.Contains("Likely cause: autograd refuses to change a parameter in place", recorded.Message);
        AssertNotYetAndThrowingReported(
            Check.Step((_, _) => throw new NotImplementedException()),
            Check.Step((_, _) => throw new InvalidOperationException("my own message")));
    }

    [Fact]
    public void The_batch_accuracy_check_passes_the_solution_and_names_the_common_mistakes()
    {
        static Tensor Numbers(Tensor t) => t.to_type(ScalarType.Float32);

        Assert.True(Check.BatchAccuracy((p, t) => Numbers(Numbers(p.sigmoid() > 0.5) == t).mean()).Passed);
        Assert.True(Check.BatchAccuracy((p, t) => Numbers(Numbers(p > 0) == t).mean()).Passed);

        AssertWrongBecause(Check.BatchAccuracy((p, t) => Numbers(Numbers(p > 0.5) == t).mean()), "the threshold 0.5 is for probabilities");
        AssertWrongBecause(Check.BatchAccuracy((p, t) => Numbers(Numbers(p.sigmoid() > 0.5) == t.flatten()).mean()), "predictions [5, 1] against targets [5] broadcast");
        AssertWrongBecause(Check.BatchAccuracy((p, t) => Numbers(Numbers(p.sigmoid() > 0.5) == t)), "the accuracy must be one number");
        var booleans = Check.BatchAccuracy((p, t) => (Numbers(p.sigmoid() > 0.5) == t).mean());
        Assert.Contains("Likely cause: mean() needs numbers, not true/false", booleans.Message);
        AssertNotYetAndThrowingReported(
            Check.BatchAccuracy((_, _) => throw new NotImplementedException()),
            Check.BatchAccuracy((_, _) => throw new InvalidOperationException("my own message")));
    }
}
