"""The terminal user interface. `run` is what the `readout-tui` command calls."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from readout_tui.samples import default_paths


def run(paths: Sequence[str | Path], speaker: str | None = None, *, use_cache: bool = True) -> int:
    """Open the reader on `paths` (or the default readouts) and return the exit code.
    With `use_cache`, what is read is kept in the user's cache folder for next time."""
    from readout_tui.app.app import ReadoutApp  # Textual loads only when the UI is wanted
    from readout_tui.cache import ReadoutCache

    paths = list(paths) or default_paths()
    cache = ReadoutCache(protected=paths) if use_cache else None
    app = ReadoutApp(paths, speaker, cache=cache)
    app.run()
    return app.return_code or 0
