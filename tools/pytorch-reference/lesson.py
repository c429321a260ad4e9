"""The lesson's numbers, computed with PyTorch: a reference for the C# course, not part of it.

TorchSharp and PyTorch share libtorch's random generator, so the same program (same seed, same
order of draws, one randperm per epoch) gives the same numbers in both. This script computes:

- "original": every value the original lesson prints before training (Isaac Flath's
  "Neural Network Foundations (Part 1)", MNIST_TINY, seed 100), computed the way it computes them;
- "runs": the course's own training runs (04, 05, 06, 07): both models, seeds 0-9 and 100,
  starting weights with std 1.0 (the original's) and scaled to each layer's fan-in;
- "baseline": notebook 03's "closer to the mean three or the mean seven?" classifier.

Usage: python3 lesson.py MNIST_TINY_DIR   (Debian: apt-get install python3-torch python3-pil)
The tests keep its output, one run per line, in tests/Fixtures/pytorch-reference.json.
"""
import json, math, os, sys
import numpy as np, torch
from PIL import Image

root = sys.argv[1] if len(sys.argv) > 1 else os.environ["MNIST_TINY_DIR"]
ls = lambda d: sorted(os.path.join(root, d, f) for f in os.listdir(os.path.join(root, d)))
stack = lambda files: torch.stack([torch.tensor(np.array(Image.open(f))) for f in files]).float() / 255

def split(name):
    threes, sevens = stack(ls(f"{name}/3")), stack(ls(f"{name}/7"))
    x = torch.cat([threes, sevens]).view(-1, 28 * 28)
    y = torch.cat([torch.ones(len(threes)), torch.zeros(len(sevens))]).unsqueeze(1)
    return threes, sevens, x, y

train3, train7, x, y = split("train")
valid3, valid7, valid_x, valid_y = split("valid")
r = lambda t: [round(float(v), 4) for v in t.flatten()]

# The original, before training: torch.manual_seed(100) at the top, then init_params for w and b.
torch.manual_seed(100)
w = torch.randn(28 * 28, 1).requires_grad_()
b = torch.randn(1).requires_grad_()
relu_input = torch.tensor([[-1., 1], [-1, -1], [0, 0], [0, 1], [1, -1], [1, 0], [-1, 0], [-1, -1], [1, 1]])
original = {
    "example_three_shape": list(torch.tensor(np.array(Image.open(ls("train/3")[1]))).shape),
    "max_w": round(float(w.max()), 4),
    "stacked_min": round(float(torch.cat([train3, train7]).min()), 4),
    "stacked_max": round(float(torch.cat([train3, train7]).max()), 4),
    "x0_shape": list(x[0].shape), "y0": int(y[0]),
    "shapes_w_x0_b_y0": [list(w.shape), list(x[0].shape), list(b.shape), list(y[0].shape)],
    "preds_shape": list((x @ w + b).shape),
    "preds_1_to_9": r((x @ w + b)[1:10]),
    "batch_shapes": [[256, 784], [256, 1]],
    "relu_input": relu_input.tolist(), "relu_output": relu_input.clamp_min(0).tolist(),
    "recap_shapes": {"x": list(x.shape), "w1": [784, 30], "b1": [30], "w2": [30, 1], "b2": [1]},
}

def accuracy(model):
    with torch.no_grad():
        batches = [((model(valid_x[i:i + 256]).sigmoid() > 0.5).float() == valid_y[i:i + 256]).float().mean()
                   for i in range(0, len(valid_x), 256)]
        return round(torch.stack(batches).mean().item(), 4)

def train(make, seed, scale, epochs=20, lr=1.0):
    torch.manual_seed(seed)
    params, model = make(scale)
    history = []
    for _ in range(epochs):
        order = torch.randperm(len(x))
        for i in range(0, len(x), 256):
            rows = order[i:i + 256]
            p = model(x[rows]).sigmoid()
            loss = torch.where(y[rows] == 1, 1 - p, p).mean()
            loss.backward()
            with torch.no_grad():
                for t in params:
                    t -= t.grad * lr
                    t.grad.zero_()
        history.append(accuracy(model))
    return history

def init(size, std): return (torch.randn(size) * std).requires_grad_()

def linear(scale):
    std = 1.0 if scale == "std 1.0" else 1 / math.sqrt(784)
    w, b = init((784, 1), std), init(1, std)
    return [w, b], lambda xb: xb @ w + b

def net(scale):
    s1, s2 = (1.0, 1.0) if scale == "std 1.0" else (1 / math.sqrt(784), 1 / math.sqrt(30))
    w1, b1, w2, b2 = init((784, 30), s1), init(30, s1), init((30, 1), s2), init(1, s2)
    return [w1, b1, w2, b2], lambda xb: (xb @ w1 + b1).clamp_min(0) @ w2 + b2

runs = [{"model": m, "init": s, "seed": seed, "accuracy": train(make, seed, s)}
        for seed in list(range(10)) + [100] for s in ["std 1.0", "1/sqrt(fan-in)"] for m, make in [("linear", linear), ("net", net)]]

mean3, mean7 = train3.mean(0), train7.mean(0)
def closer_to_three(images): return (images - mean3).abs().mean((-1, -2)) < (images - mean7).abs().mean((-1, -2))
baseline = {"threes": round(closer_to_three(valid3).float().mean().item(), 4),
            "sevens": round((~closer_to_three(valid7)).float().mean().item(), 4),
            "overall": round(torch.cat([closer_to_three(valid3), ~closer_to_three(valid7)]).float().mean().item(), 4),
            "wrong": int((~closer_to_three(valid3)).sum() + closer_to_three(valid7).sum()),
            # measured like the models (mean of the batch accuracies): the score is positive for "three"
            "lesson_metric": accuracy(lambda xb: ((xb - mean7.flatten()).abs().mean(1) - (xb - mean3.flatten()).abs().mean(1)).unsqueeze(1))}

json.dump({"torch": torch.__version__, "original": original, "baseline": baseline, "runs": runs}, sys.stdout, indent=1)
