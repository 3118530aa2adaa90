"""The terminal user interface. `run` is what the `readout-tui` command calls."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from readout_tui.samples import default_paths


def run(
    paths: Sequence[str | Path], speaker: str | None = None, *, use_cache: bool = True, use_state: bool = True
) -> int:
    """Open the reader on `paths` (or the default readouts) and return the exit code.
    With `use_cache`, what is read is kept in the user's cache folder for next time;
    with `use_state`, where the reader leaves off is kept in the user's state folder.
    The list follows the folders as files are added, changed or deleted."""
    from readout_tui.app.first_readout_process import FirstReadoutProcess

    paths = list(paths) or default_paths()
    # forked before Textual loads (~0.2 s), which it does on another core meanwhile
    first_readout = FirstReadoutProcess.start([Path(path) for path in paths])

    from readout_tui.app.app import ReadoutApp  # Textual loads only when the UI is wanted
    from readout_tui.app.folder_watch import FolderWatch
    from readout_tui.cache import ReadoutCache
    from readout_tui.state import SavedState

    cache = ReadoutCache(protected=paths) if use_cache else None
    state = SavedState() if use_state else None
    app = ReadoutApp(paths, speaker, cache=cache, state=state, folder_watch=FolderWatch(paths),
                     first_readout=first_readout)
    app.run()
    code = app.return_code or 0
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not threading.current_thread()):
        # A worker still attributing a huge readout cannot be interrupted, and the
        # interpreter would wait for it after the user has quit: the terminal is
        # restored and the cache is crash-safe (SQLite), so leave now.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
