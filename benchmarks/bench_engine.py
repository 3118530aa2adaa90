"""How fast the attribution engine reads: MB of readout text per second, one core.

    python benchmarks/bench_engine.py [PATH ...] [--repeat N]

PATH: readout files or folders (default: the bundled documents/). The files are
loaded once; then every body is attributed N times over and the median pass is
reported. Each pass starts with the engine's caches of names and phrases emptied,
as a fresh process reading new readouts does: the headline figure is for text the
engine has not seen. A pass over the same text again, caches full, is shown
apart (it flatters: every phrase is a cache hit). A single regex pass over the same
text is timed for scale (these machines are shared and noisy: the ratio is steadier
than the seconds).
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

from readout_tui import engine
from readout_tui.engine import attribute
from readout_tui.loading import discover, load_document

_WORD = re.compile(r"\w+")


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _empty_caches() -> None:
    """Forget every memoised phrase and name, as a new process would."""
    for module in list(sys.modules.values()):
        if module is None or not module.__name__.startswith(engine.__name__):
            continue
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(Path(__file__).resolve().parent.parent / "documents")])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    found = discover(args.paths)
    load_start = time.perf_counter()
    documents = [d for d in (load_document(p) for p in found.files) if d.ok]
    load_seconds = time.perf_counter() - load_start
    if not documents:
        print("no readouts found", file=sys.stderr)
        return 1
    megabytes = sum(len(d.body.encode("utf-8")) for d in documents) / 1e6

    def attribute_all() -> None:
        for d in documents:
            attribute(d.body, d.participants, d.title)

    def regex_all() -> None:
        for d in documents:
            _WORD.findall(d.body)

    def unseen() -> float:
        _empty_caches()
        return _timed(attribute_all)

    fresh = [unseen() for _ in range(args.repeat)]
    again = [_timed(attribute_all) for _ in range(args.repeat)]
    regex = [_timed(regex_all) for _ in range(args.repeat)]
    statements = sum(len(attribute(d.body, d.participants, d.title).statements) for d in documents)
    e, a, r = statistics.median(fresh), statistics.median(again), statistics.median(regex)
    print(f"readouts          {len(documents)}  ({megabytes:.2f} MB of body text, {statements} statements)")
    print(f"loading           {megabytes / load_seconds:8.2f} MB/s  (once, {load_seconds:.2f} s, cold or warm OS cache)")
    print(f"attribution       {megabytes / e:8.2f} MB/s  (median of {args.repeat} passes, caches emptied: {e:.3f} s)")
    print(f"  read again      {megabytes / a:8.2f} MB/s  (same text, caches full: {a:.3f} s)")
    print(f"regex word pass   {megabytes / r:8.2f} MB/s  (median of {args.repeat}: {r:.3f} s)")
    print(f"engine / regex    {e / r:8.1f}x slower ({a / r:.1f}x reading again; "
          f"the target, 6 MB/s where a regex pass runs at 60 MB/s, is 10x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
