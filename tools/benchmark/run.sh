#!/usr/bin/env bash
# The speed benchmark against PyTorch: builds the C# half (Release), then runs the PyTorch half
# (benchmark.py) and ours (Program.cs) in turn, ROUNDS times, each timing every task REPEATS times
# after a warm-up; then runs notebook 12 headless on mnist-small ROUNDS times and once more with
# --profile; then prints the machine and one table (medians and min–max of all runs).
# Usage: tools/benchmark/run.sh [ROUNDS] [REPEATS]   (defaults 3 and 3)
# Data: FASHION_MNIST_DIR (default Debian's /usr/share/datasets/fashion-mnist), MNIST_DIR (default
# ../shared/data/mnist-small beside the repository). PyTorch: /usr/bin/python3 (Debian's python3-torch),
# on the system's libblas.so.3; for another BLAS, e.g. OpenBLAS unpacked from libopenblas0-pthread:
#   LD_LIBRARY_PATH=.../usr/lib/x86_64-linux-gnu/openblas-pthread OPENBLAS_NUM_THREADS=1 tools/benchmark/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
rounds=${1:-3}
repeats=${2:-3}
fashion=${FASHION_MNIST_DIR:-/usr/share/datasets/fashion-mnist}
mnist=${MNIST_DIR:-$root/../shared/data/mnist-small}
python=${PYTHON:-/usr/bin/python3}
notebook=notebooks/12-all-ten-digits.ipynb
out=$(mktemp -d -t benchmark.XXXXXX)
load() { cut -d' ' -f1-3 /proc/loadavg; }
seconds_since() { awk -v start="$1" -v now="$(date +%s.%N)" 'BEGIN { print now - start }'; }

echo "building ..." >&2
dotnet build -c Release -p:GeneratePackageOnBuild=false "$here" -v q -nologo >/dev/null
load_before=$(load)

for round in $(seq "$rounds"); do
  echo "round $round of $rounds: PyTorch, then ours ..." >&2
  "$python" "$here/benchmark.py" "$fashion" "$repeats" >>"$out/pytorch.tsv"
  dotnet "$here/bin/Release/net10.0/Benchmark.dll" "$fashion" "$repeats" >>"$out/ours.tsv"
done

cd "$root"
for round in $(seq "$((rounds + 1))"); do
  last=$([ "$round" -gt "$rounds" ] && echo yes || true)
  echo "notebook 12 headless, run $round of $((rounds + 1))${last:+ (with --profile, not timed)} ..." >&2
  start=$(date +%s.%N)
  MNIST_DIR=$mnist dotnet run --project tools/NotebookRunner -- --no-pictures ${last:+--profile} \
    --output "$out/notebook-$round" "$notebook" >"$out/notebook-$round.log"
  wall=$(seconds_since "$start")
  [ -n "$last" ] && break
  printf 'notebook 12 wall\t%.4f\n' "$wall" >>"$out/ours.tsv"
  sed -n 's/.*12-all-ten-digits.ipynb passed in \([0-9.]*\) s.*/notebook 12 runner\t\1/p' "$out/notebook-$round.log" >>"$out/ours.tsv"
  "$python" - "$out/notebook-$round/12-all-ten-digits.ipynb" >>"$out/ours.tsv" <<'PY'
import json, re, sys
for cell in json.load(open(sys.argv[1]))["cells"]:
    if cell.get("id") in ("linear-training", "net-training"):
        text = "".join("".join(o.get("text", "")) for o in cell.get("outputs", []))
        print(f"notebook 12 {cell['id'].replace('-', ' ')}\t{re.search(r'trained in ([0-9.]+) s', text).group(1)}")
PY
done

echo
echo "Machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(nproc) cores," \
  "$(free -g | awk '/Mem:/ {print $2}') GB RAM, $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "Versions: .NET SDK $(dotnet --version); $(grep -m1 '^# TorchSharp' "$out/ours.tsv" | cut -c3-);" \
  "$(grep -m1 '^# PyTorch' "$out/pytorch.tsv" | cut -c3-)"
echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); load average (1, 5, 15 min) before: $load_before, after: $(load)"
echo "Fashion-MNIST from $fashion, mnist-small from $mnist; $rounds rounds of $repeats repeats per side"
echo
"$python" "$here/table.py" "$out/pytorch.tsv" "$out/ours.tsv"
echo
echo "Where notebook 12's time goes (one --profile run; wall time per cell, the first with the kernel's start):"
sed -n '/^Where the time goes/,$p' "$out/notebook-$((rounds + 1)).log" | tail -n +2 | sort -rn | head -6
echo
echo "Training losses and accuracies (the two sides should be close: same seed, same generator):"
grep -h "^# .*: last epoch" "$out/pytorch.tsv" | sort -u | sed 's/^# /  PyTorch /'
grep -h "^# .*: last epoch" "$out/ours.tsv" | sort -u | sed 's/^# /  ours    /'
echo "(every run: $out)"
