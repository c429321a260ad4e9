using NeuralNetLessons.Exercises;
using TorchSharp;
using Xunit;
using static NeuralNetLessons.Tests.Exercises.VerdictAssert;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace NeuralNetLessons.Tests.Exercises;

/// <summary>
/// Notebook 09's two exercises: each check passes the solution, names the common mistakes, never
/// throws, and leaves the global generator as it found it, although building a module draws from it.
/// </summary>
[Collection(GlobalGenerator.Name)]
public class FrameworkChecksTests
{
    /// <summary>The next number the global generator gives after <paramref name="check"/>, from seed 100.</summary>
    private static float NextDrawAfter(Func<Verdict> check)
    {
        manual_seed(100);
        check();
        return randn(1).item<float>();
    }

    [Fact]
    public void The_training_step_check_passes_the_solution_and_names_the_common_mistakes()
    {
        static Tensor Solution(Module<Tensor, Tensor> model, Module<Tensor, Tensor, Tensor> loss, optim.Optimizer optimizer, Tensor xb, Tensor yb)
        {
            optimizer.zero_grad();
            var batchLoss = loss.call(model.call(xb), yb);
            batchLoss.backward();
            optimizer.step();
            return batchLoss;
        }

        var correct = Check.TrainingStep(Solution);
        Assert.True(correct.Passed, correct.Message);
        // The order of ModuleTraining.Fit: the loss first, then zero_grad(): just as right.
        Assert.True(Check.TrainingStep((model, loss, optimizer, xb, yb) =>
        {
            var batchLoss = loss.call(model.call(xb), yb);
            optimizer.zero_grad();
            batchLoss.backward();
            optimizer.step();
            return batchLoss;
        }).Passed);

        AssertWrongBecause(
            Check.TrainingStep((model, loss, optimizer, xb, yb) =>
            {
                var batchLoss = loss.call(model.call(xb), yb);
                batchLoss.backward();
                optimizer.step();
                return batchLoss;
            }),
            "optimizer.zero_grad() is missing");
        AssertWrongBecause(
            Check.TrainingStep((model, loss, optimizer, xb, yb) =>
            {
                optimizer.zero_grad();
                var batchLoss = loss.call(model.call(xb), yb);
                optimizer.step();
                batchLoss.backward();
                return batchLoss;
            }),
            "the parameters did not move");
        AssertWrongBecause(
            Check.TrainingStep((model, loss, optimizer, xb, yb) =>
            {
                var batchLoss = loss.call(model.call(xb), yb);
                optimizer.step();
                batchLoss.backward();
                return batchLoss;
            }),
            "the step used the old gradients");
        var lossAfter = Check.TrainingStep((model, loss, optimizer, xb, yb) =>
        {
            Solution(model, loss, optimizer, xb, yb);
            return loss.call(model.call(xb), yb);
        });
        AssertWrongBecause(lossAfter, "return the loss computed from the model's predictions for xb, before the step");
        var twice = Check.TrainingStep((model, loss, optimizer, xb, yb) =>
        {
            var batchLoss = Solution(model, loss, optimizer, xb, yb);
            batchLoss.backward();
            return batchLoss;
        });
        Assert.Contains("Likely cause: backward() ran twice on the same loss", twice.Message);
        AssertNotYetAndThrowingReported(
            Check.TrainingStep((_, _, _, _, _) => throw new NotImplementedException()),
            Check.TrainingStep((_, _, _, _, _) => throw new InvalidOperationException("my own message")));

        float untouched = NextDrawAfter(() => Verdict.Correct("nothing"));
        Assert.Equal(untouched, NextDrawAfter(() => Check.TrainingStep(Solution)));
    }

    [Fact]
    public void The_relu_net_check_passes_the_solution_and_names_the_common_mistakes()
    {
        static Module<Tensor, Tensor> Solution(int inputs, int hidden) => Sequential(Linear(inputs, hidden), ReLU(), Linear(hidden, 1));

        var correct = Check.ReluNet(Solution);
        Assert.True(correct.Passed, correct.Message);

        AssertWrongBecause(Check.ReluNet((i, h) => Sequential(Linear(h, i), ReLU(), Linear(1, h))), "nn.Linear's sizes are swapped");
        AssertWrongBecause(Check.ReluNet((i, h) => Sequential(Linear(i, h), ReLU(), Linear(1, h))), "nn.Linear's sizes are swapped");
        AssertWrongBecause(Check.ReluNet((i, h) => Sequential(Linear(i, h), Linear(h, 1))), "the ReLU is missing");
        AssertWrongBecause(Check.ReluNet((i, h) => Sequential(Linear(i, h), Linear(h, 1), ReLU())), "the ReLU belongs between the two linear layers");
        AssertWrongBecause(Check.ReluNet((i, h) => Sequential(Linear(i, 1))), "a layer is missing");
        AssertNotYetAndThrowingReported(
            Check.ReluNet((_, _) => throw new NotImplementedException()),
            Check.ReluNet((_, _) => throw new InvalidOperationException("my own message")));

        float untouched = NextDrawAfter(() => Verdict.Correct("nothing"));
        Assert.Equal(untouched, NextDrawAfter(() => Check.ReluNet(Solution)));
    }

    [Fact]
    public void No_check_moves_the_global_generator_even_when_the_learners_code_draws_from_it()
    {
        float untouched = NextDrawAfter(() => Verdict.Correct("nothing"));

        Assert.Equal(untouched, NextDrawAfter(() => Check.Loss((p, t) =>
        {
            using var noise = randn(3);
            return where(t == 1, 1 - p.sigmoid(), p.sigmoid()).mean();
        })));
        Assert.Equal(untouched, NextDrawAfter(() => Check.Loss((_, _) => randn(4).sum())));
    }
}
