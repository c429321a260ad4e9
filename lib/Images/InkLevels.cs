using System.Globalization;
using NeuralNetLessons.Data;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace NeuralNetLessons.Images;

/// <summary>
/// Which grey levels of a picture are ink and which are paper. Otsu's method picks the
/// <see cref="Threshold"/> that splits the picture's grey levels into the two most distinct groups
/// (the split with the largest variance between the groups). It adapts to each photo: dim light,
/// grey paper or a pencil only move both groups, and JPEG noise only widens them a little.
/// There is more paper than ink, so the bigger group is the paper.
/// </summary>
/// <param name="Threshold">Grey levels up to and including this are the dark group, the others the light group.</param>
/// <param name="LightPaper">Whether the paper is the light group (dark ink on light paper); false for light ink on a dark ground, as in MNIST.</param>
/// <param name="PaperMean">The paper's mean grey level, 0 (black) to 255 (white).</param>
/// <param name="InkMean">The ink's mean grey level.</param>
/// <param name="InkShare">The share of the picture's pixels that are ink, 0 to 1.</param>
public sealed record InkLevels(byte Threshold, bool LightPaper, double PaperMean, double InkMean, double InkShare)
{
    /// <summary>
    /// How many grey levels apart ink and paper must be for the picture to hold ink at all. Pen or
    /// pencil on paper differs from the paper by about a hundred levels or more; a blank page under
    /// uneven light varies by some tens, and JPEG noise by a few, and Otsu's method splits even
    /// those into two groups. Fifty lies between.
    /// </summary>
    public const double MinimumContrast = 50;

    /// <summary>How far apart the ink's and the paper's mean grey levels are.</summary>
    public double Contrast => Math.Abs(PaperMean - InkMean);

    /// <summary>Whether the two groups are far enough apart to be ink and paper rather than one blank page.</summary>
    public bool HasInk => InkShare > 0 && Contrast >= MinimumContrast;

    /// <summary>Whether a pixel of grey level <paramref name="level"/> is on the ink's side of the threshold.</summary>
    public bool IsInk(byte level) => LightPaper ? level <= Threshold : level > Threshold;

    /// <summary>Otsu's threshold of <paramref name="grey"/>, and which side of it is ink.</summary>
    public static InkLevels Of(Image<L8> grey) => Of(Histogram(grey));

    /// <summary>How many pixels of <paramref name="grey"/> have each grey level: 256 counts.</summary>
    public static long[] Histogram(Image<L8> grey)
    {
        var histogram = new long[256];
        foreach (byte level in ImageBytes.Of(grey))
        {
            histogram[level]++;
        }
        return histogram;
    }

    /// <summary>Otsu's threshold for a histogram of the 256 grey levels.</summary>
    public static InkLevels Of(IReadOnlyList<long> histogram)
    {
        ArgumentNullException.ThrowIfNull(histogram);
        if (histogram.Count != 256)
        {
            throw new ArgumentException($"A grey-level histogram has 256 counts; got {histogram.Count}.", nameof(histogram));
        }
        double total = histogram.Sum();
        double levelSum = Enumerable.Range(0, 256).Sum(level => (double)level * histogram[level]);

        // For each threshold t, dark = levels 0..t and light = t+1..255; keep the t with the
        // largest between-group variance. Where several do equally well (a picture of only
        // black and white has a flat stretch), take the middle of that stretch.
        double best = -1, darkCount = 0, darkSum = 0;
        int firstBest = 0, lastBest = 0;
        for (int t = 0; t < 255; t++)
        {
            darkCount += histogram[t];
            darkSum += (double)t * histogram[t];
            double lightCount = total - darkCount;
            if (darkCount == 0 || lightCount == 0)
            {
                continue;
            }
            double difference = (darkSum / darkCount) - ((levelSum - darkSum) / lightCount);
            double between = darkCount * lightCount * difference * difference;
            if (between > best * (1 + 1e-12))
            {
                (best, firstBest, lastBest) = (between, t, t);
            }
            else if (between >= best * (1 - 1e-12))
            {
                lastBest = t;
            }
        }
        if (best < 0)
        {
            // A single grey level: all paper, no ink.
            int only = Enumerable.Range(0, 256).First(level => histogram[level] > 0);
            return new InkLevels((byte)only, only >= 128, only, only, 0);
        }

        int threshold = (firstBest + lastBest) / 2;
        double dark = 0, darkLevels = 0;
        for (int level = 0; level <= threshold; level++)
        {
            dark += histogram[level];
            darkLevels += (double)level * histogram[level];
        }
        double light = total - dark;
        double darkMean = darkLevels / dark, lightMean = (levelSum - darkLevels) / light;
        bool lightPaper = light >= dark;
        return lightPaper
            ? new InkLevels((byte)threshold, true, lightMean, darkMean, dark / total)
            : new InkLevels((byte)threshold, false, darkMean, lightMean, light / total);
    }

    /// <summary>A sentence a notebook can show: the threshold, paper, ink and how much of the picture is ink.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Otsu's threshold: {Threshold} of 255. Paper: {(LightPaper ? "light" : "dark")}, mean grey {PaperMean:0}. " +
        $"Ink: {(LightPaper ? "dark" : "light")}, mean grey {InkMean:0}, {InkShare:0.0%} of the pixels. " +
        $"Contrast: {Contrast:0} levels{(HasInk ? "" : $", less than the {MinimumContrast:0} that ink on paper shows: no ink")}.");
}
