namespace NeuralNetLessons;

internal static class Placeholder
{
}
