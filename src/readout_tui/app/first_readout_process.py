"""The first readout of a large archive, read and attributed in a forked process
while the interface loads.

On a first start nothing is cached: the readout shown first must be read and
attributed, and the loader and the engine imported for it (~0.15 s), after
Textual has loaded (~0.2 s) and drawn a first frame. A process forked at launch,
before Textual is imported, does that work on another core meanwhile, so that the
first frame can hold the readout. It picks the readout the reader would pick
(`indexing.first_readout`: the last file by name of an archive too large to be listed
with its titles) and sends it back down a pipe in the cache's encoding. No
Textual here: this runs before Textual is imported.

The reader stays correct without it: where it is not started (one core, no
`fork`), fails, or answers late, the reader reads the readout itself as before;
and its answer is used only while the file is unchanged (size and modification
time as it was read).
"""

from __future__ import annotations

import json
import os
import select
import signal
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # (imported where used: the sooner the fork, the sooner the answer)
    from readout_tui.cache import Stamp
    from readout_tui.model import Readout


class Prefetched(NamedTuple):
    """The readout the process read, with the stamp of the file it read."""

    path: Path
    stamp: Stamp
    readout: Readout


class FirstReadoutProcess:
    """A forked child reading the first readout of `paths`; `take` has its answer."""

    def __init__(self, pid: int, pipe: int) -> None:
        self._pid: int | None = pid
        self._pipe = pipe
        self._received = bytearray()
        self._lock = threading.Lock()  # the first frame asks, then a worker thread

    @classmethod
    def start(cls, paths: list[Path]) -> FirstReadoutProcess | None:
        """Fork the process, to be called before Textual is imported. None where
        forking would not help or cannot be done: one core, no `fork`, threads
        already running."""
        if not hasattr(os, "fork") or _cores() < 2 or _threads_running():
            return None
        read_end, write_end = os.pipe()
        try:
            pid = os.fork()
        except OSError:
            os.close(read_end)
            os.close(write_end)
            return None
        if pid == 0:  # the child: answer, then leave at once (no atexit, no flushing the parent's buffers)
            try:
                os.close(read_end)
                _write_all(write_end, _answer(paths))
            except BaseException:  # noqa: BLE001 - the reader reads the readout itself
                pass
            os._exit(0)
        os.close(write_end)
        return cls(pid, read_end)

    def take(self, timeout: float) -> Prefetched | None:
        """The readout read, waiting at most `timeout` seconds for it; None if there
        is none (a small archive, an unreadable file, no answer in time). Its
        answer is taken once: afterwards the process has ended."""
        with self._lock:
            if self._pid is None or not self._receive(timeout):
                return None  # (not yet: take may be called again, with more patience)
            data = bytes(self._received)
            self._end()
        return _decode(data)

    def cancel(self) -> None:
        """End the process, wanted or not, and close the pipe."""
        with self._lock:
            self._end()

    def _end(self) -> None:
        if self._pid is None:
            return
        pid, self._pid = self._pid, None
        os.close(self._pipe)
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        # A killed child takes a few ms to be torn down, and the first frame is
        # waiting: it is reaped by a thread of its own when it is not gone already.
        if not _reaped(pid, os.WNOHANG):
            threading.Thread(target=_reaped, args=(pid, 0), name="first-readout-reaper", daemon=True).start()

    def _receive(self, timeout: float) -> bool:
        """Read the pipe until the child closes it (True) or `timeout` passes (False)."""
        deadline = time.monotonic() + timeout
        while True:
            ready, _, _ = select.select([self._pipe], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                return False
            chunk = os.read(self._pipe, 1 << 16)
            if not chunk:
                return True
            self._received += chunk


def _reaped(pid: int, options: int) -> bool:
    """Wait for the child `pid` (at once with WNOHANG): True once it is gone."""
    try:
        done, _ = os.waitpid(pid, options)
    except ChildProcessError:
        return True  # (reaped already)
    return done == pid


def _answer(paths: list[Path]) -> bytes:
    """What the child sends: a line of JSON naming the file and its stamp, then the
    readout as the cache encodes it. Nothing for an archive small enough to be
    listed with its titles first (its first readout is the newest, which no quick
    look finds), nor when there is no file."""
    from readout_tui.app.indexing import TITLES_WITH_THE_LIST, first_readout
    from readout_tui.cache import Stamp, encode_readout

    first = first_readout(paths)
    if first is None or first.estimate <= TITLES_WITH_THE_LIST:
        return b""
    stamp = Stamp.of(first.path)
    if stamp is None:
        return b""
    from readout_tui.readouts import read_readout

    readout = read_readout(first.path)
    if Stamp.of(first.path) != stamp:
        return b""  # changed while it was read
    head = {"path": os.fsencode(first.path).hex(), "size": stamp.size, "mtime_ns": stamp.mtime_ns}
    return json.dumps(head).encode() + b"\n" + encode_readout(readout)


def _decode(data: bytes) -> Prefetched | None:
    from readout_tui.cache import Stamp, decode_readout

    head, _, blob = data.partition(b"\n")
    if not blob:
        return None
    try:
        fields = json.loads(head)
        path = Path(os.fsdecode(bytes.fromhex(fields["path"])))
        stamp = Stamp(int(fields["size"]), int(fields["mtime_ns"]))
        readout = decode_readout(blob, path)
    except (ValueError, KeyError, TypeError):
        return None
    if Stamp.of(path) != stamp:
        return None  # changed since
    return Prefetched(path, stamp, readout)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]
    os.close(fd)


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def _threads_running() -> bool:
    """Another thread may hold a lock the child would wait on forever (the import
    lock among them): forking is safe only from a process with one thread."""
    return threading.active_count() > 1
