"""The PyTorch half of the speed benchmark: the same work as the C# half (Program.cs), written the
same way, with Python's gzip, numpy and torch. Prints one line per timed run, "task<TAB>seconds",
and lines starting with # that say what ran.
Usage: /usr/bin/python3 benchmark.py [FASHION_MNIST_DIR] [REPEATS]   (Debian: apt-get install python3-torch)
"""
import gzip, math, os, struct, sys, time, warnings
import numpy as np, torch

folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
repeats = int(sys.argv[2]) if len(sys.argv) > 2 else 3
# Debian's PyTorch does its matrix products with whichever libblas.so.3 the system provides.
blas = sorted({os.path.realpath(line.split()[-1]) for line in open("/proc/self/maps") if "blas" in line.split("/")[-1]})
print(f"# PyTorch {torch.__version__} (BLAS: {', '.join(blas) or 'built in'}), numpy {np.__version__}, Python {sys.version.split()[0]}", flush=True)
# The pixels are converted to float at once: the read-only buffer is never written.
warnings.filterwarnings("ignore", "The given NumPy array is not writable")


def read_idx(file, magic, header_bytes):
    """An IDX file's payload as a numpy array shaped by its header, after checking its magic number and size."""
    with gzip.open(file, "rb") as f:
        data = f.read()
    dims = struct.unpack(f">{header_bytes // 4}i", data[:header_bytes])
    if dims[0] != magic or len(data) != header_bytes + math.prod(dims[1:]):
        raise ValueError(f"{file} is not an IDX file of {dims[1:]}")
    return np.frombuffer(data, np.uint8, offset=header_bytes).reshape(dims[1:])


def load_part(images, labels):
    """Images float32 [N, 28, 28] in [0, 1], labels int64 [N], as FashionMnist.Load gives them."""
    y = torch.from_numpy(read_idx(os.path.join(folder, labels), 0x801, 8)).long()
    x = torch.from_numpy(read_idx(os.path.join(folder, images), 0x803, 16)).float().div_(255)
    return x, y


def load():
    return (load_part("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"),
            load_part("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"))


def seconds(work):
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def report(task, s):
    print(f"{task}\t{s:.4f}", flush=True)


# Reading: the four gz files (each split's images and labels), with one torch thread as in the
# notebooks. The first read warms up.
torch.set_num_threads(1)
load()
for _ in range(repeats):
    report("read", seconds(load))

(x, y), (test_x, test_y) = load()
x, test_x = x.reshape(-1, 784), test_x.reshape(-1, 784)


def weights(size, std):
    return (torch.randn(size) * std).requires_grad_()


def linear():
    w, b = weights([784, 10], 1 / math.sqrt(784)), weights([10], 1 / math.sqrt(784))
    return (lambda xb: xb.matmul(w) + b), [w, b]


def net(hidden):
    w1, b1 = weights([784, hidden], 1 / math.sqrt(784)), weights([hidden], 1 / math.sqrt(784))
    w2, b2 = weights([hidden, 10], 1 / math.sqrt(hidden)), weights([10], 1 / math.sqrt(hidden))
    return (lambda xb: (xb.matmul(w1) + b1).clamp_min(0).matmul(w2) + b2), [w1, b1, w2, b2]


def batches(x, y, size, shuffle):
    """The library's DataBatches: a new randperm per epoch, rows picked with index_select."""
    order = torch.randperm(len(x)) if shuffle else None
    for start in range(0, len(x), size):
        length = min(size, len(x) - start)
        if order is None:
            yield x.narrow(0, start, length), y.narrow(0, start, length)
        else:
            rows = order.narrow(0, start, length)
            yield x.index_select(0, rows), y.index_select(0, rows)


def log_softmax(s):
    shifted = s - s.max(1, keepdim=True).values
    return shifted - shifted.exp().sum(1, keepdim=True).log()


def cross_entropy(scores, labels):
    return -log_softmax(scores).gather(1, labels.unsqueeze(1)).mean()


def step(parameters, lr):
    """The library's GradientDescent.Step: p -= grad * lr without tracking, then zero the gradient."""
    with torch.no_grad():
        for p in parameters:
            p.sub_(p.grad * lr)
            p.grad.zero_()


def epoch(model, parameters, size, lr):
    batch_losses = []
    for xb, yb in batches(x, y, size, shuffle=True):
        batch_loss = cross_entropy(model(xb), yb)
        batch_loss.backward()
        step(parameters, lr)
        batch_losses.append(batch_loss.item())
    return sum(batch_losses) / len(batch_losses)


def measure(model):
    """The library's ClassAccuracy.Measure over the test images in batches of 1000."""
    with torch.no_grad():
        right = sum((model(xb).argmax(1) == yb).sum().item() for xb, yb in batches(test_x, test_y, 1000, shuffle=False))
    return right / len(test_x)


def time_epochs(task, make, size, lr, with_test):
    torch.manual_seed(100)
    model, parameters = make()
    loss, accuracy = 0.0, math.nan

    def one_epoch():
        nonlocal loss, accuracy
        loss = epoch(model, parameters, size, lr)
        if with_test:
            accuracy = measure(model)

    one_epoch()  # warm-up
    for _ in range(repeats):
        report(task, seconds(one_epoch))
    print(f"# {task}: last epoch's loss {loss:.4f}, test accuracy {accuracy:.4f}", flush=True)


for threads in (1, os.cpu_count()):
    torch.set_num_threads(threads)
    time_epochs(f"epoch 784-30-10 b256 threads={threads}", lambda: net(30), 256, 0.1, with_test=False)

# Notebook 12's two models and settings, on 60,000 Fashion images, its test accuracy after each epoch included.
torch.set_num_threads(1)
time_epochs("nb12 linear 784-10 b64 threads=1", linear, 64, 0.1, with_test=True)
time_epochs("nb12 net 784-100-10 b64 threads=1", lambda: net(100), 64, 0.1, with_test=True)
