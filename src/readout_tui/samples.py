"""Where readouts come from when the command line names none.

Kept free of Textual so the CLI can resolve the same default as the app.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def default_paths(cwd: Path | None = None) -> list[Path]:
    """`./documents` when the user runs the tool inside a collection, else the
    samples that ship with it, so a first run always shows something."""
    local = (Path.cwd() if cwd is None else cwd) / "documents"
    if local.is_dir():
        return [local]
    samples = bundled_samples()
    return [samples] if samples is not None else []


def bundled_samples() -> Path | None:
    """The sample readouts: inside the installed wheel (`readout_tui/samples`), or,
    in an editable install where nothing is copied, the repository's `documents/`."""
    for candidate in (PACKAGE_DIR / "samples", PACKAGE_DIR.parent.parent / "documents"):
        if candidate.is_dir():
            return candidate
    return None
