#!/usr/bin/env bash
# Runs the 44 reference runs under each CPU setting that moves libtorch's code paths
# (platform notes §7), then compares each with PyTorch's reference: which runs are exact on any
# of them, and how far the others move. Usage: tools/cpu-settings/measure.sh [MNIST_TINY_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${1:-${MNIST_TINY_DIR:-$root/../shared/data/mnist_tiny}}
out=$(mktemp -d -t cpu-settings.XXXXXX)
settings=(
  ""
  "ATEN_CPU_CAPABILITY=default"
  "ATEN_CPU_CAPABILITY=avx2"
  "ATEN_CPU_CAPABILITY=avx512"
  "MKL_ENABLE_INSTRUCTIONS=AVX2"
  "MKL_CBWR=COMPATIBLE"
  "OMP_NUM_THREADS=1"
  "ATEN_CPU_CAPABILITY=default OMP_NUM_THREADS=1"
  "ATEN_CPU_CAPABILITY=avx2 OMP_NUM_THREADS=1"
  "ATEN_CPU_CAPABILITY=avx2 MKL_CBWR=COMPATIBLE"
  "ATEN_CPU_CAPABILITY=default MKL_CBWR=COMPATIBLE"
  "MKL_ENABLE_INSTRUCTIONS=AVX2 OMP_NUM_THREADS=1"
  "MKL_CBWR=AVX2"
  "MKL_CBWR=SSE4_2"
)
dotnet build "$here/runs.cs" -v q >/dev/null
files=()
for i in "${!settings[@]}"; do
  echo "${settings[$i]:-native} ..." >&2
  env ${settings[$i]} dotnet run --no-build "$here/runs.cs" -- "$data" > "$out/$i.json"
  files+=("$out/$i.json")
done
dotnet run "$here/compare.cs" -- "$root/tests/Fixtures/pytorch-reference.json" "${files[@]}"
echo "(each setting's runs: $out)" >&2
