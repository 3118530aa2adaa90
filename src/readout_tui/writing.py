"""Writing exports without ever harming what the user has.

An export never replaces an existing file unless asked, never lands inside the
folders being read (a reader must not write among its documents by accident), and
is written atomically: a temporary file beside the target, then a rename, so an
interrupted export leaves either the old file or the new one, never half of one.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class WriteRefused(Exception):
    """The export was not written; the message says why, in one line."""


def write_export(target: Path, text: str, *, force: bool = False, protected: Iterable[Path] = ()) -> Path:
    """Write `text` to `target` atomically and return the resolved path.

    Refuses (raising WriteRefused) when the target exists and `force` is not set,
    when it lies inside one of the `protected` folders (the documents being read)
    and `force` is not set, or when its folder does not exist.
    """
    target = Path(target).expanduser()
    resolved = target.resolve()
    if resolved.is_dir():
        raise WriteRefused(f"{target} is a folder; name a file to write")
    if not resolved.parent.is_dir():
        raise WriteRefused(f"no such folder: {target.parent}")
    if not force:
        if resolved.exists() or target.is_symlink():
            raise WriteRefused(f"{target} already exists (use --force to replace it)")
        base = documents_folder(target, protected)
        if base is not None:
            raise WriteRefused(f"{target} is inside the documents folder {base}; write it elsewhere (or use --force)")
    fd, temp = tempfile.mkstemp(prefix=f".{resolved.name}.", suffix=".tmp", dir=resolved.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, resolved)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return resolved


def documents_folder(target: Path, protected: Iterable[Path]) -> Path | None:
    """The folder among `protected` (for a file: its folder) that `target` would
    be written inside, if any."""
    resolved = Path(target).expanduser().resolve()
    for folder in protected:
        folder = Path(folder).resolve()
        base = folder if folder.is_dir() else folder.parent
        if resolved.is_relative_to(base):
            return base
    return None
