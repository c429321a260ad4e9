using TorchSharp;
using static TorchSharp.torch;

namespace NeuralNetLessons.Exercises;

/// <summary>
/// TorchSharp's global random generator, left as a check found it. Building a module draws its
/// starting weights from that generator, and so may the learner's code: were a check to move it on,
/// every random draw after the exercise (weights, shuffles) would differ depending on whether the
/// learner had done it.
/// </summary>
internal static class GlobalGenerator
{
    public static T Kept<T>(Func<T> code)
    {
        using Tensor state = torch.random.get_rng_state();
        try
        {
            return code();
        }
        finally
        {
            torch.random.set_rng_state(state);
        }
    }
}
