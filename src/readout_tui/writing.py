"""Writing exports without ever harming what the user has.

An export never replaces an existing file unless asked, never lands inside the
folders being read (a reader must not write among its documents by accident), and
is written atomically: a temporary file beside the target, then a rename, so an
interrupted export leaves either the old file or the new one, never half of one.
"""
from __future__ import annotations

import os
import stat
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
    fd, temp = _temporary_beside(resolved)
    try:
        if force and resolved.exists():
            os.chmod(temp, stat.S_IMODE(resolved.stat().st_mode))  # a file replaced keeps its permissions
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, resolved)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return resolved


def why_not_written(target: Path, error: Exception) -> str:
    """Why `target` was not written, in words: a refusal says so itself; a failure
    of the system names the file asked for, not the temporary file beside it that
    the failure happened on ("[Errno 13] Permission denied: '/x/.out.md.1f2e.tmp'")."""
    if isinstance(error, OSError):
        return f"cannot write {target}: {error.strerror or error}"
    return str(error)


def _temporary_beside(target: Path) -> tuple[int, str]:
    """A new file next to `target`, open for writing, created with the
    permissions any new file of the user's gets (0666 less the umask; a
    `tempfile.mkstemp` file is 0600, which the rename would keep)."""
    while True:
        temp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
        try:
            return os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), str(temp)
        except FileExistsError:
            continue


def documents_folder(target: Path, protected: Iterable[Path]) -> Path | None:
    """The folder among `protected` (for a file: its folder) that `target` would
    be written inside, if any. A path that names nothing protects nothing (its
    folder could be the root)."""
    resolved = Path(target).expanduser().resolve()
    for folder in protected:
        folder = Path(folder).resolve()
        if not folder.exists():
            continue
        base = folder if folder.is_dir() else folder.parent
        if resolved.is_relative_to(base):
            return base
    return None
