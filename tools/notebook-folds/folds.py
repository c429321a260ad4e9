"""Rewrites every <details> fold (hint, solution, answer) of the notebooks' markdown cells as HTML.

Write a fold in markdown, then run this: nbconvert's HTML shows markdown inside an HTML block as raw
text, while VS Code and Jupyter render it, so the committed folds hold HTML that all three show alike
(NotebookFileTests checks it). Already-converted folds pass through unchanged.
Usage, from the repository root: (cd tools/notebook-folds && npm install) then
    python3 tools/notebook-folds/folds.py notebooks/*.ipynb
"""
import json, os, re, subprocess, sys

FOLD = re.compile(r'^(?P<prefix>[ >]*)<details><summary>(?P<title>[^<]*)</summary>\n(?P<body>.*?)^(?P=prefix)</details>[ ]*$', re.S | re.M)

def strip_prefix(body, prefix):
    out = []
    bare = prefix.rstrip()
    for line in body.split('\n'):
        if line.startswith(prefix): out.append(line[len(prefix):])
        elif line.rstrip() == bare or line.strip() == '': out.append('')
        else: raise ValueError(f'line without prefix {prefix!r}: {line!r}')
    return '\n'.join(out)

def render_all(texts):
    r = subprocess.run(['node', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'render.mjs')], input=json.dumps(texts), capture_output=True, text=True, check=True)
    return json.loads(r.stdout)

def no_blank_lines(rendered):
    # Inside <pre>, a blank line would end the HTML block for CommonMark renderers: keep it non-empty.
    rendered = rendered.strip('\n')
    return '\n'.join(line if line.strip() else '<span></span>' for line in rendered.split('\n'))

def convert(path):
    nb = json.load(open(path))
    jobs = []
    for cell in nb['cells']:
        if cell['cell_type'] != 'markdown': continue
        src = ''.join(cell['source'])
        for m in FOLD.finditer(src):
            jobs.append(strip_prefix(m.group('body'), m.group('prefix')))
    rendered = iter(render_all(jobs))
    count = 0
    for cell in nb['cells']:
        if cell['cell_type'] != 'markdown': continue
        src = ''.join(cell['source'])
        def repl(m):
            nonlocal count
            count += 1
            prefix = m.group('prefix')
            body = no_blank_lines(next(rendered))
            lines = [f'<details><summary>{m.group("title")}</summary>'] + body.split('\n') + ['</details>']
            return '\n'.join(prefix + l for l in lines)
        new = FOLD.sub(repl, src)
        if new != src:
            ls = new.split('\n'); cell['source'] = [l + '\n' for l in ls[:-1]] + ([ls[-1]] if ls[-1] else [])
    open(path, 'w').write(json.dumps(nb, indent=1, ensure_ascii=False) + '\n')
    return count

for p in sys.argv[1:]:
    print(p, convert(p))
