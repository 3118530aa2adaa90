"""The terminal user interface. `run` is what the `readout-tui` command calls."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from readout_tui.samples import default_paths


def run(paths: Sequence[str | Path], speaker: str | None = None) -> int:
    """Open the reader on `paths` (or the default readouts) and return the exit code."""
    from readout_tui.app.app import ReadoutApp  # Textual loads only when the UI is wanted

    app = ReadoutApp(list(paths) or default_paths(), speaker)
    app.run()
    return app.return_code or 0
