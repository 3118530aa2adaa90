"""Following the opened folders live: what changed on disk, named as the list names it.

The operating system says what changed (inotify, FSEvents, ReadDirectoryChangesW,
through `watchfiles`), so an idle archive of 100,000 readouts costs nothing, where
polling would stat every file each time (0.7 s a pass here). Setting the watches up
walks the whole archive, though (0.5 s for 100,000 files) while holding the
interpreter lock, which would freeze the reader's keys: so the watcher runs in a
child process, which prints each batch of changed paths as a JSON line. Changes
that come within DEBOUNCE_MS of one another arrive as one batch.

    python -m readout_tui.app.folder_watch FOLDER...   # ends when its standard input does

A batch is only a hint: `sort_out` looks at each path as it is now (there or not,
a readout or not, a folder to search), so a file written, renamed and deleted in
one batch is simply gone. Nothing here imports Textual.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from readout_tui.app import child_process

# The loader is imported by `sort_out`, when a change comes: not at startup, where
# the first readout is drawn without it.

DEBOUNCE_MS = 300
RESTARTS = 20
RESTART_WINDOW_SECONDS = 10.0
"""The watcher is set up again after a name it cannot read (see `main`), but not
more than RESTARTS times in this long: then it gives up, and says why."""
_UNREADABLE_NAME = re.compile(r'Unable to decode path "(.*)" to string')


class FolderWatchError(Exception):
    """No watcher could be started (none installed, too many watches)."""


@dataclass
class Changes:
    """A batch of changes in the form the list uses for paths."""

    present: list[Path] = field(default_factory=list)
    """Readout files there now: new, or changed."""
    gone: list[str] = field(default_factory=list)
    """Readout files no longer there."""
    gone_folders: list[str] = field(default_factory=list)
    """Other paths no longer there: folders, whose readouts went with them."""

    def __bool__(self) -> bool:
        return bool(self.present or self.gone or self.gone_folders)


class FolderWatch:
    """Batches of changed paths under `roots`, from a child process, until `stop`."""

    def __init__(self, roots: Sequence[str | Path]) -> None:
        self.roots = [os.path.abspath(root) for root in roots]
        self._child: subprocess.Popen[str] | None = None
        self._stopped = threading.Event()

    def __iter__(self) -> Iterator[list[str]]:
        roots = [root for root in self.roots if os.path.exists(root)]
        if not roots or self._stopped.is_set():
            return
        try:
            child = child_process.start("readout_tui.app.folder_watch", *roots)
        except OSError as error:
            raise FolderWatchError(f"no watcher could be started: {error.strerror or error}") from error
        self._child = child
        if self._stopped.is_set():  # stopped while starting
            child.kill()
        with closing(child_process.messages(child)) as received:
            for message in received:
                if "error" in message:
                    raise FolderWatchError(message["error"])
                yield message["changed"]
        if not self._stopped.is_set():
            raise FolderWatchError("the watcher stopped")

    def stop(self) -> None:
        """End the watch (from any thread): the iteration ends at once."""
        self._stopped.set()
        if self._child is not None and self._child.poll() is None:
            self._child.kill()


def sort_out(changed: Iterable[str], roots: Sequence[str | Path]) -> Changes:
    """What the changed paths are now, each named under the root it was found in
    (as the list names it); paths outside the roots and hidden ones are passed over,
    as discovery passes them over."""
    from readout_tui.loading import discover
    from readout_tui.loading.formats import format_of

    changes = Changes()
    present: dict[str, Path] = {}
    for path in sorted(set(changed)):
        location = _listed_as(path, roots)
        if location is None:
            continue
        if os.path.isdir(location):
            present.update((str(found), found) for found in discover([location]).files)
        elif format_of(Path(location)) is not None and os.path.isfile(location):
            present[location] = Path(location)
        elif not os.path.lexists(location):
            (changes.gone if format_of(Path(location)) is not None else changes.gone_folders).append(location)
    changes.present = list(present.values())
    return changes


def _listed_as(path: str, roots: Sequence[str | Path]) -> str | None:
    path = os.path.normpath(path)
    for root in roots:
        given = Path(root)
        for base in dict.fromkeys((os.path.abspath(root), os.path.realpath(root))):
            if path == base:
                return str(given)
            if path.startswith(base.rstrip(os.sep) + os.sep):
                inside = path[len(base.rstrip(os.sep)) + 1 :]
                if any(part.startswith(".") for part in inside.split(os.sep)):
                    return None
                return str(given / inside)
    return None


def main(roots: list[str] | None = None) -> int:
    """The child: print each batch of changes under `roots` until standard input ends.

    A file whose name is not UTF-8 stops `watchfiles` at its first change ("Unable
    to decode path"), and the batch it was in is lost: the watch is set up again and
    the folder holding that file is reported as changed, to be looked at again
    (readouts with such names open like any other)."""
    roots = sys.argv[1:] if roots is None else roots
    try:
        os.nice(5)  # the reader's own process comes first
    except (AttributeError, OSError):
        pass
    stop = threading.Event()

    def wait_for_parent() -> None:
        sys.stdin.read()
        stop.set()

    threading.Thread(target=wait_for_parent, daemon=True).start()
    out = sys.stdout
    restarts: list[float] = []
    try:
        import watchfiles

        while not stop.is_set():
            try:
                for batch in watchfiles.watch(
                    *roots, stop_event=stop, debounce=DEBOUNCE_MS, step=50, raise_interrupt=False,
                    ignore_permission_denied=True,
                ):
                    out.write(json.dumps({"changed": sorted({path for _, path in batch})}) + "\n")
                    out.flush()
                break  # (stopped)
            except RuntimeError as error:
                unreadable = _UNREADABLE_NAME.search(str(error))
                now = time.monotonic()
                restarts = [when for when in restarts if now - when < RESTART_WINDOW_SECONDS]
                if unreadable is None or len(restarts) >= RESTARTS:
                    raise
                restarts.append(now)
                folder = os.path.dirname(unreadable.group(1))
                out.write(json.dumps({"changed": [folder] if os.path.isdir(folder) else sorted(roots)}) + "\n")
                out.flush()
    except BrokenPipeError:
        return 0
    except Exception as error:  # whatever stops the watcher, the reader is told why
        out.write(json.dumps({"error": str(error) or type(error).__name__}) + "\n")
        out.flush()
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
