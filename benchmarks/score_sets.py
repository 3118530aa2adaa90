"""Score every labelled set at once, in one process: the shared scorer's figures, set by set.

    python benchmarks/score_sets.py [--errors] [--only TEXT] [--scorer PATH]

Sets: the user's sample (`../shared/seed`), the development readouts (`../shared/corpus/dev`),
every folder of gold files under `benchmarks/` and `benchmarks/heldout/`, and `tests/gold`.
Each readout is attributed as `readout-tui export --format json` does (a Markdown file's
statements in its own wording) and scored with `score_attribution.py`'s own functions, so each
line is what `score_attribution.py <set> --cmd 'readout-tui export --format json {path}'`
prints as its summary, in about a minute for all of them instead of a process per readout.
One line per set: `name docs=N stmts=N tok=F1 stm=F1`; with `--errors`, each wrong statement
under its readout. Compare two checkouts by running each one's copy and diffing the output.
"""
from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_TOTALS = ("tp", "pred_words", "gold_words", "gold_statements", "found", "pred_statements", "correct_pred")


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_attribution", path)
    if spec is None or spec.loader is None or not path.is_file():
        raise SystemExit(f"no scorer at {path} (pass --scorer)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sets(shared: Path) -> list[tuple[str, Path]]:
    found = [("seed", shared / "seed"), ("dev", shared / "corpus" / "dev")]
    for parent in (ROOT / "benchmarks", ROOT / "benchmarks" / "heldout"):
        found += [(d.name, d) for d in sorted(parent.iterdir()) if d.is_dir() and d.name not in ("heldout", "probes")]
    return found + [("tests-gold", ROOT / "tests" / "gold")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list each wrong statement")
    parser.add_argument("--only", help="only the sets whose name holds this text")
    parser.add_argument("--scorer", type=Path, default=ROOT.parent / "shared" / "tools" / "score_attribution.py")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT / "src"))  # this checkout's engine, whatever is installed
    from readout_tui.export import readout_dict
    from readout_tui.readouts import quoting_the_source, read_readout

    scorer = _scorer(args.scorer)
    for name, folder in _sets(args.scorer.parent.parent):
        if args.only and args.only not in name:
            continue
        rows = []
        for gold_file in scorer.gold_files([str(folder)]):
            gold = scorer.load_gold(gold_file)
            readout = quoting_the_source([read_readout(gold["_doc"])], "json")[0]
            rows.append(scorer.score_document(gold, readout_dict(readout)))
        if not rows:
            continue
        total = {key: sum(row[key] for row in rows) for key in _TOTALS}
        token = scorer.f1(scorer.ratio(total["tp"], total["pred_words"]), scorer.ratio(total["tp"], total["gold_words"]))
        statement = scorer.f1(scorer.ratio(total["correct_pred"], total["pred_statements"]),
                              scorer.ratio(total["found"], total["gold_statements"]))
        print(f"{name} docs={len(rows)} stmts={total['gold_statements']} tok={token:.4f} stm={statement:.4f}", flush=True)
        if args.errors:
            for row in rows:
                if row["errors"]:
                    print(f"  {row['document']}")
                    print("\n".join(f"      {error}" for error in row["errors"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
