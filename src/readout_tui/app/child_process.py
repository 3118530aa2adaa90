"""A helper Python process that answers in JSON lines: the archive passes
(`background`) and the folder watch (`folder_watch`) each run in one, so that
their work never takes the interface's turn at the interpreter lock."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator


def start(module: str, *args: str) -> subprocess.Popen[str]:
    """`python -m module args`, its standard input and output piped. Raises OSError
    when no interpreter can be started."""
    return subprocess.Popen(
        [sys.executable, "-m", module, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="ascii",  # JSON escapes every other character: any path survives
        start_new_session=True,  # Ctrl+C in the terminal is the reader's, not the child's
    )


def messages(child: subprocess.Popen[str]) -> Iterator[dict]:
    """The child's messages, one JSON object a line, until it ends; when the
    iteration ends (or is closed, as a cancelled worker closes it) the child is
    ended too."""
    try:
        assert child.stdout is not None
        for line in child.stdout:
            yield json.loads(line)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
