"""Prints the benchmark's table (Markdown) from the timings run.sh collected: for each task, the
median and the range (min–max) of PyTorch's runs and of ours, the ratio of the medians, the goal.
Usage: python3 table.py PYTORCH.tsv OURS.tsv   (lines "task<TAB>seconds"; lines starting with # are skipped)
"""
import statistics, sys

# task: (what it is, goal as the largest ratio ours/PyTorch, or as seconds for ours alone)
TASKS = {
    "read": ("read Fashion-MNIST: 4 gz files, 70,000 images + labels → float32 [0, 1], int64", ("ratio", 1.0)),
    "epoch 784-30-10 b256 threads=1": ("one epoch 784-30-10, batch 256, 60,000 images, 1 thread", ("ratio", 1.1)),
    "epoch 784-30-10 b256 threads=2": ("the same, 2 threads (all cores)", ("ratio", 1.1)),
    "epoch 784-30-10 b256 threads=1 no scope": ("the same, 1 thread, ours without a dispose scope per batch, as 12 writes it", None),
    "nb12 linear 784-10 b64 threads=1": ("12's linear 784→10, batch 64: one epoch on 60,000, test on 10,000", None),
    "nb12 net 784-100-10 b64 threads=1": ("12's net 784→100→10, the same", None),
    "notebook 12 runner": ("notebook 12 headless on mnist-small: the runner's time for it", ("seconds", 30)),
    "notebook 12 wall": ("the same, wall time of the whole `dotnet run --project tools/NotebookRunner`", ("seconds", 30)),
    "notebook 12 linear training": ("in it: the linear model's 10 epochs on 8,000 images", None),
    "notebook 12 net training": ("in it: the net's 10 epochs on 8,000 images", None),
}

# Python frees each tensor when nothing refers to it any more: with or without a dispose scope on
# our side, its program is the same.
SAME_PROGRAM = {"epoch 784-30-10 b256 threads=1 no scope": "epoch 784-30-10 b256 threads=1"}


def read(file):
    runs = {}
    for line in open(file):
        if line.strip() and not line.startswith("#"):
            task, seconds = line.rstrip("\n").split("\t")
            runs.setdefault(task, []).append(float(seconds))
    return runs


def cell(values):
    if not values:
        return "—"
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


theirs, ours = read(sys.argv[1]), read(sys.argv[2])
print("| task | PyTorch, median (min–max) | ours (TorchSharp), median (min–max) | ours / PyTorch | goal |")
print("|---|---:|---:|---:|---|")
for task in [t for t in TASKS if t in ours or t in theirs] + [t for t in ours if t not in TASKS]:
    label, goal = TASKS.get(task, (task, None))
    a, b = theirs.get(SAME_PROGRAM.get(task, task), []), ours.get(task, [])
    ratio = statistics.median(b) / statistics.median(a) if a and b else None
    if goal is None:
        verdict = "—"
    elif goal[0] == "ratio":
        verdict = f"≤ {goal[1]:.1f}×: " + ("met" if ratio is not None and ratio <= goal[1] else "MISSED")
    else:
        verdict = f"≤ {goal[1]} s: " + ("met" if b and statistics.median(b) <= goal[1] else "MISSED")
    print(f"| {label} | {cell(a)} | {cell(b)} | {'—' if ratio is None else f'{ratio:.2f}×'} | {verdict} |")
runs = {len(v) for v in list(theirs.values()) + list(ours.values())}
print(f"\nRuns per figure: {', '.join(map(str, sorted(runs)))}.")
