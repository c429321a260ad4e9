namespace NeuralNetLessons.Learning;

/// <summary>What one epoch of training gave: the mean training loss of its batches and the validation accuracy after it.</summary>
public sealed record EpochResult(int Epoch, double TrainingLoss, double ValidationAccuracy);

/// <summary>Every epoch of one training run, in order (epoch numbers start at 1).</summary>
public sealed record TrainingHistory(IReadOnlyList<EpochResult> Epochs)
{
    /// <summary>The training loss of each epoch, in order.</summary>
    public IReadOnlyList<double> TrainingLosses => Epochs.Select(e => e.TrainingLoss).ToArray();

    /// <summary>The validation accuracy after each epoch, in order.</summary>
    public IReadOnlyList<double> ValidationAccuracies => Epochs.Select(e => e.ValidationAccuracy).ToArray();
}
