"""How the attribution holds when the same readouts come in another shape.

    python benchmarks/robustness.py [--scorer ../shared/tools/score_attribution.py] [SET ...]

SET: folders of readouts with gold files (default: ../shared/corpus/dev and every set
of benchmarks/heldout). Each variant is a copy of them with every plain-text readout
rewritten one way, the gold files as they are (the scorer ignores quote marks, case
and spacing); each is scored with the shared scorer on what `readout-tui export
--format json` gives for each readout (made in this process), as the original is. A
variant that scores lower shows a shape the loader or the engine reads worse than the
original:

- wrapped: paragraphs hard-wrapped at 72 columns (titles included);
- one-line-paragraphs: the blank lines between paragraphs removed (a page copied a
  paragraph a line);
- straight-quotes: “ ” ‘ ’ written " and ';
- guillemets: “ ” written « »;
- crlf: Windows line ends;
- markdown: the title as a `# heading` of a .md file;
- front-matter: the title in YAML front matter.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Callable

import yaml

from readout_tui.export import render
from readout_tui.readouts import quoting_the_source, read_readout

ROOT = Path(__file__).resolve().parent.parent


def _wrapped(text: str) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, 72, break_on_hyphens=False)) if line.strip() else line
                     for line in text.split("\n"))


def _one_line_paragraphs(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text)


def _straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")


def _guillemets(text: str) -> str:
    return text.replace("“", "«").replace("”", "»")


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _title_and_body(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    first = next(k for k, line in enumerate(lines) if line.strip())
    return lines[first].strip(), "\n".join(lines[first + 1:])


def _front_matter(text: str) -> str:
    title, body = _title_and_body(text)
    return "---\ntitle: " + '"' + title.replace("\\", "\\\\").replace('"', '\\"') + '"\n---\n' + body


VARIANTS: dict[str, Callable[[str], str]] = {
    "wrapped": _wrapped,
    "one-line-paragraphs": _one_line_paragraphs,
    "straight-quotes": _straight,
    "guillemets": _guillemets,
    "crlf": _crlf,
    "front-matter": _front_matter,
}


def _copy(sets: list[Path], out: Path, rewrite: Callable[[str], str] | None, markdown: bool = False) -> None:
    for source in sets:
        target = out / source.name
        shutil.copytree(source, target)
        for path in target.rglob("*.txt"):
            text = path.read_text(encoding="utf-8")
            if markdown:
                title, body = _title_and_body(text)
                path.with_suffix(".md").write_text(f"# {title}\n{body}", encoding="utf-8")
                path.unlink()
                for gold in path.parent.glob("*.gold.yaml"):
                    wording = gold.read_text(encoding="utf-8")
                    gold.write_text(wording.replace(f"document: {path.name}\n", f"document: {path.stem}.md\n"),
                                    encoding="utf-8")
            elif rewrite is not None:
                path.write_bytes(rewrite(text).encode("utf-8"))


def _statements(prediction: str) -> list:
    """What a prediction attributes, without the document's path (the same readout in two sets)."""
    return json.loads(prediction)["statements"]


def _score(scorer: Path, folder: Path) -> tuple[float, float]:
    """The shared scorer's pooled figures for `folder`, from predictions made in this
    process: what `readout-tui export --format json FILE` prints for each gold file's
    readout (the same functions, `read_readout` and `render`), written to a folder the
    scorer reads with `--pred-dir`. (The scorer's `--cmd` starts a process per file:
    with eight variants of a thousand readouts, hours on a loaded VM; this, minutes.)"""
    predictions = folder.parent / f"{folder.name}-predictions"
    predictions.mkdir()
    for gold in sorted(folder.rglob("*.gold.yaml")):
        document = (gold.parent / yaml.safe_load(gold.read_text(encoding="utf-8"))["document"]).resolve()
        target = predictions / f"{document.stem}.json"  # (the scorer finds a prediction by the stem)
        readouts = quoting_the_source([read_readout(document)], "json")
        prediction = render(readouts, "json", as_list=False)
        if target.exists() and _statements(target.read_text(encoding="utf-8")) != _statements(prediction):
            raise SystemExit(f"two readouts named {document.stem}: the scorer's --pred-dir cannot tell them apart")
        target.write_text(prediction, encoding="utf-8")  # (one readout in two sets: one prediction serves both)
    result = subprocess.run([sys.executable, str(scorer), str(folder), "--pred-dir", str(predictions)],
                            capture_output=True, text=True, check=True)
    shutil.rmtree(predictions)
    last = result.stdout.strip().splitlines()[-1]
    figures = dict(part.split("=", 1) for part in last.split() if "=" in part)
    return float(figures["token_f1"]), float(figures["statement_f1"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="*", type=Path)
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score_attribution.py")
    args = parser.parse_args(argv)
    sets = args.sets or [ROOT.parent / "shared" / "corpus" / "dev",
                         *sorted(p for p in (ROOT / "benchmarks" / "heldout").iterdir() if p.is_dir())]
    missing = [str(p) for p in [args.scorer, *sets] if not p.exists()]
    if missing:
        print(f"not found: {', '.join(missing)}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for name, rewrite in [("original", None), *VARIANTS.items(), ("markdown", None)]:
            out = Path(tmp) / name
            _copy(sets, out, rewrite, markdown=name == "markdown")
            rows.append((name, *_score(args.scorer, out)))
            shutil.rmtree(out)
    token0, statement0 = rows[0][1], rows[0][2]
    print(f"{'variant':22} token F1  statement F1  (change)")
    for name, token, statement in rows:
        print(f"{name:22} {token:8.4f}  {statement:12.4f}  ({token - token0:+.4f} / {statement - statement0:+.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
