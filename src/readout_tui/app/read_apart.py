"""A large readout opened for the first time is attributed in a child process.

Worker threads share the interface's interpreter lock: a 4 MB readout keeps the
engine busy for seconds, and every key the reader pressed meanwhile waited its
turn (two seconds a key). A child process has its own interpreter, and on any
machine with two cores its own core: the keys are answered at once, and moving
to another readout ends the child rather than waiting for it. The child caches
what it read, as the archive pass does, and sends the readout back down a pipe
in the cache's encoding (`first_readout_process`'s answer). A small readout stays
in the thread: starting an interpreter costs more than it saves.

    python -m readout_tui.app.read_apart PATH [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout_tui.app.first_readout_process import Prefetched
    from readout_tui.cache import ReadoutCache

APART_BYTES = 300_000
"""A file at least this large is attributed in a child process (~0.3 s of engine)."""
POLL_SECONDS = 0.05
"""How often the waiting thread asks whether the readout is still wanted."""


class Abandoned(Exception):
    """The reader moved on before the readout was read: the child was ended."""


def read(path: Path, cache: ReadoutCache | None, wanted: Callable[[], bool]) -> Prefetched | None:
    """`path` read and attributed by a child process, while `wanted()`; None when it
    could not be (no interpreter, the child failed, the file changed meanwhile): the
    caller reads it itself. Raises `Abandoned` once `wanted()` is false."""
    from readout_tui.app.first_readout_process import _decode

    options = ["--cache-dir", str(cache.folder)] if cache is not None and cache.enabled else []
    try:
        child = subprocess.Popen(
            _command(path, options),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl+C in the terminal is the reader's, not the child's
        )
    except OSError:
        return None
    try:
        while True:
            try:
                answer, _ = child.communicate(timeout=POLL_SECONDS)
                break
            except subprocess.TimeoutExpired:
                if not wanted():
                    raise Abandoned(path) from None
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode != 0:
        return None
    return _decode(answer)


def _command(path: Path, options: list[str]) -> list[str]:
    return [sys.executable, "-m", "readout_tui.app.read_apart", os.fspath(path), *options]


def main(argv: list[str] | None = None) -> int:
    from readout_tui.cache import ReadoutCache, Stamp, encode_readout
    from readout_tui.readouts import read_readout

    parser = argparse.ArgumentParser(prog="python -m readout_tui.app.read_apart")
    parser.add_argument("path", type=Path)
    parser.add_argument("--cache-dir", type=Path)
    options = parser.parse_args(argv)
    path = options.path
    stamp = Stamp.of(path)
    if stamp is None:
        return 1
    readout = read_readout(path)
    if Stamp.of(path) != stamp:
        return 1  # changed while it was read: the reader reads it again
    if options.cache_dir is not None:
        cache = ReadoutCache(options.cache_dir)
        cache.store_readouts([(path, stamp, readout)])
        cache.close()
    head = {"path": os.fsencode(path).hex(), "size": stamp.size, "mtime_ns": stamp.mtime_ns}
    out = sys.stdout.buffer
    out.write(json.dumps(head).encode() + b"\n" + encode_readout(readout))
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
