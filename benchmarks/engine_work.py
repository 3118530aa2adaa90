"""The engine's work in machine instructions, for comparing two builds on a noisy machine.

Wall-clock timings on a shared VM drift by 1.5x within an hour; the number of
instructions the engine runs does not (runs of one build agree within ~0.5%). Run
this under valgrind twice, once with `--setup-only`, and subtract:

    PYTHONHASHSEED=0 setarch "$(uname -m)" -R valgrind --tool=cachegrind --cache-sim=no \\
        --cachegrind-out-file=/dev/null python benchmarks/engine_work.py [--src DIR] PATH...
    (the same with --setup-only)

"I refs" of the first minus the second is the engine's work on PATH (every readout
attributed once, caches empty at the start, as bench_engine's headline pass). With
`--src DIR` the engine is imported from DIR/src (another checkout, to compare).
"""
from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--src", help="a checkout whose src/ is imported instead of the installed package")
    parser.add_argument("--setup-only", action="store_true", help="load the readouts, attribute nothing")
    args = parser.parse_args(argv)
    if args.src:
        sys.path.insert(0, f"{args.src}/src")
    from readout_tui.engine import attribute
    from readout_tui.loading import discover, load_document

    documents = [d for d in (load_document(p) for p in discover(args.paths).files) if d.ok]
    if not args.setup_only:
        for document in documents:
            attribute(document.body, document.participants, document.title)
    print(f"{len(documents)} readouts{' loaded' if args.setup_only else ' attributed'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
