#!/usr/bin/env python3
"""How long each notebook takes to teach, measured: its prose read aloud plus its cells run.

Reading: the markdown a teacher reads out (without code blocks and without the folded hints,
solutions and answers, which a class opens only when it needs them) is spoken by espeak-ng at
150 words a minute, the pace of a calm talk, and the length of the sound is measured with soxi.
Running: the notebook runner's --profile gives every cell's wall time, kernel start included.
Two allowances are added on top, stated as such in the table: 20 s for the class to look at each
code cell's output, and 5 minutes per exercise.

Needs espeak-ng and sox (Debian: apt-get install espeak-ng sox). Usage, from the repository root:
    python3 tools/teaching-time/measure.py [notebooks/NN-....ipynb ...]
Prints a markdown table for notebooks/teaching-guide.md.
"""
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

WORDS_PER_MINUTE = 150
LOOK_SECONDS_PER_CELL = 20
EXERCISE_MINUTES = 5


def prose(notebook):
    """The markdown a teacher reads out: folds, code blocks, HTML tags and markup removed."""
    text = []
    for cell in notebook["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        source = "".join(cell["source"])
        source = re.sub(r"<details>.*?</details>", " ", source, flags=re.S)
        source = re.sub(r"```.*?```", " ", source, flags=re.S)
        source = re.sub(r"<[^>]+>", " ", source)
        source = re.sub(r"[#*>`|_]", " ", source)
        source = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", source)
        text.append(source)
    return "\n".join(text)


def spoken_seconds(text):
    with tempfile.TemporaryDirectory() as folder:
        script, sound = os.path.join(folder, "prose.txt"), os.path.join(folder, "prose.wav")
        with open(script, "w", encoding="utf-8") as f:
            f.write(text)
        subprocess.run(["espeak-ng", "-s", str(WORDS_PER_MINUTE), "-f", script, "-w", sound], check=True)
        return float(subprocess.run(["soxi", "-D", sound], check=True, capture_output=True, text=True).stdout)


def run_seconds(paths):
    """Each notebook's cells, run once with the runner's --profile: the sum of the cells' wall times."""
    with tempfile.TemporaryDirectory() as output:
        run = subprocess.run(
            ["dotnet", "run", "--project", "tools/NotebookRunner", "--", "--profile", "--parallel", "1",
             "--no-pictures", "--output", output, *paths],
            capture_output=True, text=True)
    if run.returncode != 0:
        sys.exit(f"the runner failed:\n{run.stdout}\n{run.stderr}")
    seconds, current = {}, None
    for line in run.stdout.splitlines():
        heading = re.match(r"Where the time goes in (\S+\.ipynb)", line)
        if heading:
            current = heading.group(1)
            seconds[current] = 0.0
        cell = re.match(r"\s+(\d+) ms  ", line)
        if cell and current:
            seconds[current] += int(cell.group(1)) / 1000
    return seconds


def minutes(seconds):
    return f"{seconds / 60:.1f}"


def main():
    paths = sys.argv[1:] or sorted(glob.glob("notebooks/[0-9][0-9]-*.ipynb"))
    ran = run_seconds(paths)
    print("| notebook | words read | read aloud (min) | code cells | cells run (s) | "
          f"looking, {LOOK_SECONDS_PER_CELL} s a cell (min) | exercises, {EXERCISE_MINUTES} min each | in all (min) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    total = 0.0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            notebook = json.load(f)
        name = os.path.basename(path)
        text = prose(notebook)
        read = spoken_seconds(text)
        code_cells = sum(1 for cell in notebook["cells"] if cell["cell_type"] == "code")
        exercises = sum(1 for cell in notebook["cells"]
                        if re.fullmatch(r"exercise-(?!.*-(intro|outro)$).+", cell.get("id", "")))
        look = code_cells * LOOK_SECONDS_PER_CELL
        work = exercises * EXERCISE_MINUTES * 60
        all_seconds = read + ran[name] + look + work
        total += all_seconds
        print(f"| {name[:2]} | {len(text.split())} | {minutes(read)} | {code_cells} | {ran[name]:.0f} | "
              f"{minutes(look)} | {exercises} | {all_seconds / 60:.0f} |")
    print(f"\nIn all: {total / 60:.0f} minutes ({total / 3600:.1f} hours).")


if __name__ == "__main__":
    main()
