"""Notebook 12's numbers (all ten digits), computed with PyTorch: a reference for the C# course, not part of it.

The same program as notebooks/12-all-ten-digits.ipynb, draw for draw: the IDX files read as the
course reads them (pixels as float32, divided by 255; labels as int64), then

- "baseline": the nearest of the ten mean training digits by the mean absolute difference of the
  pixels (MeanBaseline.Distance), its right answers and accuracy on the test images;
- "linear" and "net": manual_seed(100), the starting weights drawn in the notebook's order
  (randn(size) * 1/sqrt(inputs), on the CPU), then 10 epochs of the hand-written log-softmax and
  cross-entropy and SGD (lr 0.1, p -= grad * lr, then zero the gradient), on mini-batches of 64 in
  one randperm per epoch (DataBatches); after each epoch the test accuracy over all test images in
  batches of 1000 (ClassAccuracy.Measure) and the mean of the epoch's batch losses.

Numbers are kept as the notebook prints them (4 decimals), so that the tests compare them as text.

Notebook 13 runs the same program on Fashion-MNIST (it uses TorchSharp's cross_entropy, which 12
checks against the hand-written one; the linear model's numbers are the same to the last digit).

Usage: python3 all_ten.py MNIST_DIR   (Debian: apt-get install python3-torch; MNIST_DIR holds the
four IDX files, gzipped; the tests use ../shared/data/mnist-small, 8,000 + 2,000 images)
The tests keep its output in tests/Fixtures/pytorch-reference-all-ten.json, and, run on Fashion-MNIST
(/usr/share/datasets/fashion-mnist), in tests/Fixtures/pytorch-reference-fashion.json.
"""
import gzip, json, math, os, sys
from decimal import Decimal, ROUND_HALF_UP
import numpy as np, torch

root = sys.argv[1] if len(sys.argv) > 1 else os.environ["MNIST_DIR"]

def idx(name, header):
    with gzip.open(os.path.join(root, name)) as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=header)

def images(name): return torch.from_numpy(idx(name, 16).copy()).view(-1, 28 * 28).float().div_(255)
def labels(name): return torch.from_numpy(idx(name, 8).copy()).long()

x, y = images("train-images-idx3-ubyte.gz"), labels("train-labels-idx1-ubyte.gz")
test_x, test_y = images("t10k-images-idx3-ubyte.gz"), labels("t10k-labels-idx1-ubyte.gz")

def accuracy(right, total): return round(right / total, 4)

# As .NET prints a float with "0.0000": 7 significant digits first, then rounded half up to 4 decimals.
def as_printed(value): return float(Decimal("%.7g" % value).quantize(Decimal("0.0001"), ROUND_HALF_UP))

means = torch.stack([x[y == digit].mean(0) for digit in range(10)])
distances = torch.stack([(test_x - means[digit]).abs().flatten(1).mean(1) for digit in range(10)], 1)
right = int((distances.argmin(1) == test_y).sum())
baseline = {"right": right, "total": len(test_y), "accuracy": accuracy(right, len(test_y))}

def log_softmax(s):
    shifted = s - s.max(1, keepdim=True).values
    return shifted - shifted.exp().sum(1, keepdim=True).log()

def cross_entropy(scores, labels): return -log_softmax(scores).gather(1, labels.unsqueeze(1)).mean()

def init_params(size, std): return (torch.randn(size) * std).requires_grad_()

def measure(model):
    with torch.no_grad():
        right = sum(int((model(test_x[i:i + 1000]).argmax(1) == test_y[i:i + 1000]).sum()) for i in range(0, len(test_x), 1000))
    return accuracy(right, len(test_x))

def train(model, params, lr=0.1, epochs=10):
    history = {"accuracy": [], "loss": []}
    for _ in range(epochs):
        order = torch.randperm(len(x))
        losses = []
        for start in range(0, len(x), 64):
            rows = order[start:start + 64]
            loss = cross_entropy(model(x.index_select(0, rows)), y.index_select(0, rows))
            loss.backward()
            with torch.no_grad():
                for p in params:
                    p.sub_(p.grad * lr)
                    p.grad.zero_()
            losses.append(loss.item())
        history["accuracy"].append(measure(model))
        # List<float>.Average(): the floats added up one by one in double, the mean then a float again.
        total = 0.0
        for value in losses:
            total += value
        history["loss"].append(as_printed(np.float32(total / len(losses))))
    return history

def fan_in_std(inputs): return 1 / math.sqrt(inputs)

torch.manual_seed(100)
w, b = init_params((784, 10), fan_in_std(784)), init_params(10, fan_in_std(784))
linear = train(lambda xb: xb.matmul(w) + b, [w, b])

torch.manual_seed(100)
w1, b1 = init_params((784, 100), fan_in_std(784)), init_params(100, fan_in_std(784))
w2, b2 = init_params((100, 10), fan_in_std(100)), init_params(10, fan_in_std(100))
net = train(lambda xb: (xb.matmul(w1) + b1).clamp_min(0).matmul(w2) + b2, [w1, b1, w2, b2])

result = {"torch": torch.__version__, "train": len(y), "test": len(test_y), "baseline": baseline, "linear": linear, "net": net}
print("{\n" + ",\n".join(f" {json.dumps(name)}: {json.dumps(value)}" for name, value in result.items()) + "\n}")
