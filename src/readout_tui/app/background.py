"""The archive-wide passes (titles, attribution) run in a child process.

Python threads share one interpreter lock: a thread parsing 100,000 readouts takes
it from the interface in 5 ms turns, and every keystroke waits its turn (frames
took twice as long while a pass ran). A child process has its own interpreter and,
on any machine with two cores, its own core. It runs the same generators as an
in-thread pass (`indexing.read_titles`, `indexing.attribute_all`) on paths it
reads from its standard input, writes its batches back as JSON lines, and caches
what it reads in the same SQLite file. A small pass stays in the thread: starting
an interpreter costs more than it saves.

    python -m readout_tui.app.background titles|attribute [--cache-dir DIR] < paths
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator, Sequence
from contextlib import closing
from pathlib import Path

from readout_tui.app import child_process, indexing
from readout_tui.cache import ReadoutCache

PROCESS_FROM = 2000
"""Passes over at least this many readouts run in a child process."""
PROCESS_FROM_BYTES = 1_000_000
"""So does an attribution pass over readouts this large in all (~1 s of engine): a
single 4 MB readout in a folder of ten held each key up two seconds."""

_TASKS = {"titles": indexing.read_titles, "attribute": indexing.attribute_all}
_RECORDS = {"titles": indexing.Titled, "attribute": indexing.Summary}


def run_pass(
    task: str, paths: Sequence[Path], cache: ReadoutCache | None, *, process_from: int = PROCESS_FROM
) -> Iterator[tuple[list, int]]:
    """`indexing.read_titles` ("titles") or `indexing.attribute_all` ("attribute")
    over `paths`, in a child process when there are many. Closing the generator
    (a cancelled worker does) ends the child at once."""
    if len(paths) < process_from and not (task == "attribute" and _bytes_at_least(paths, PROCESS_FROM_BYTES)):
        yield from _TASKS[task](paths, cache)
        return
    try:
        child = _start(task, cache)
    except OSError:
        yield from _TASKS[task](paths, cache)  # no interpreter to start: do it here
        return
    record = _RECORDS[task]
    feeder = threading.Thread(target=_feed, args=(child, paths), daemon=True)
    feeder.start()
    with closing(child_process.messages(child)) as received:
        for message in received:
            if "notices" in message:
                if cache is not None:
                    for notice in message["notices"]:
                        cache.notify(notice)
                continue
            yield [record(Path(fields[0]), *fields[1:]) for fields in message["batch"]], message["done"]


def _bytes_at_least(paths: Sequence[Path], enough: int) -> bool:
    """Whether the files at `paths` hold `enough` bytes together (looked up until they do)."""
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except (OSError, ValueError):
            continue
        if total >= enough:
            return True
    return False


def _start(task: str, cache: ReadoutCache | None) -> subprocess.Popen[str]:
    options = ["--cache-dir", str(cache.folder)] if cache is not None and cache.enabled else []
    return child_process.start("readout_tui.app.background", task, *options)


def _feed(child: subprocess.Popen[str], paths: Sequence[Path]) -> None:
    """Write the paths to the child (from a thread of its own, so that neither
    side can fill a pipe while the other waits on the other pipe)."""
    assert child.stdin is not None
    try:
        for path in paths:
            child.stdin.write(json.dumps(os.fspath(path)) + "\n")
        child.stdin.close()
    except (OSError, ValueError):
        pass  # the child is gone: the reader stopped the pass


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m readout_tui.app.background")
    parser.add_argument("task", choices=sorted(_TASKS))
    parser.add_argument("--cache-dir", type=Path)
    options = parser.parse_args(argv)
    try:
        os.nice(5)  # the reader's own process comes first
    except (AttributeError, OSError):
        pass
    cache = ReadoutCache(options.cache_dir) if options.cache_dir else None
    paths = [Path(json.loads(line)) for line in sys.stdin]
    out = sys.stdout
    for batch, done in _TASKS[options.task](paths, cache):
        fields = [[os.fspath(record.path), *record[1:]] for record in batch]
        out.write(json.dumps({"batch": fields, "done": done}) + "\n")
        out.flush()
    if cache is not None:
        out.write(json.dumps({"notices": cache.take_notices()}) + "\n")
        cache.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
