using System.Globalization;
using NeuralNetLessons.Learning;

namespace NeuralNetLessons.Exercises;

public static partial class Check
{
    /// <summary>
    /// Notebook 07's starting weights: for a weight of shape [inputs, outputs] (the course multiplies
    /// <c>x.matmul(w)</c>), the standard deviation 1/sqrt(inputs), as <see cref="Weights.FanInStd"/>.
    /// </summary>
    public static Verdict StartingStd(Func<long[], double> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return Attempt(() =>
        {
            // The net's two layers: 784 pixels into 30 units, 30 units into one score.
            long[][] shapes = [[784, 30], [30, 1]];
            double[] expected = [.. shapes.Select(shape => Weights.FanInStd(shape[0]))];
            double[] got = [.. shapes.Select(shape => answer([.. shape]))];

            bool Matches(double a, double b) => Math.Abs(a - b) <= 1e-6 * Math.Max(1, Math.Abs(b));
            int wrong = Enumerable.Range(0, shapes.Length).FirstOrDefault(i => !Matches(got[i], expected[i]), -1);
            string Input(int i) => $"a weight of shape [{string.Join(", ", shapes[i])}]";
            static string Number(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
            if (wrong < 0)
            {
                return Verdict.Correct($"for {Input(0)} the standard deviation is {Number(expected[0])}, 1/√{shapes[0][0]}; for {Input(1)} it is {Number(expected[1])}, 1/√{shapes[1][0]}.");
            }

            bool Gives(Func<long[], double> mistake) => shapes.Select((shape, i) => Matches(got[i], mistake(shape))).All(same => same);
            string? cause = Gives(shape => 1.0 / shape[0])
                ? "the square root is missing: a sum of n random terms spreads like √n, not n, so divide by Math.Sqrt(inputs)."
                : Gives(shape => 1 / Math.Sqrt(shape[1]))
                    ? "that is 1/√(outputs), the fan-out: x.matmul(w) needs w as [inputs, outputs], so the fan-in is shape[0]."
                : Gives(shape => 1.0 / shape[1])
                    ? "that is 1/outputs: use the fan-in, shape[0] (w is [inputs, outputs]), and its square root."
                : Gives(shape => Math.Sqrt(shape[0]))
                    ? "that is √(fan-in) itself: the standard deviation is 1 divided by it."
                : Gives(shape => 1 / Math.Sqrt(shape[0] * shape[1]))
                    ? "the fan-in counts the inputs of one unit, shape[0], not every weight of the layer."
                : Gives(_ => 1)
                    ? "in C#, -1/2 or 1/2 between whole numbers is integer division and gives 0: write -0.5, or 1.0 / Math.Sqrt(...)."
                : null;
            return Verdict.Wrong(Input(wrong), Number(got[wrong]), Number(expected[wrong]), cause);
        });
    }
}
