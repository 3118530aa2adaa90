"""Finding the readouts under the paths a user gives on the command line.

A folder is searched to the bottom, following symbolic links (archives are often
assembled from links) but never around a loop. What could not be searched is listed,
so the reader can say why a readout the user expected is missing; files that are
simply not readouts are passed over in silence.
"""
from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .formats import format_of, is_annotation

_EXPECTED = "expected .txt, .md, .yaml or .yml"


@dataclass(frozen=True)
class Discovery:
    files: tuple[Path, ...] = ()  # sorted, each file once however often it was reached
    skipped: tuple[tuple[Path, str], ...] = ()  # (path, why) for what could not be searched or read
    errors: tuple[str, ...] = ()  # one line for each path argument that is no use


def discover(paths: Iterable[str | Path]) -> Discovery:
    search = _Search()
    for argument in paths:
        search.argument(Path(argument))
    return Discovery(
        files=tuple(sorted(search.files.values())),
        skipped=tuple(search.skipped),
        errors=tuple(search.errors),
    )


class _Search:
    def __init__(self) -> None:
        self.files: dict[tuple[int, int], Path] = {}  # (device, inode) -> first path seen
        self.skipped: list[tuple[Path, str]] = []
        self.errors: list[str] = []
        self.searched: set[tuple[int, int]] = set()  # folders already walked

    def argument(self, path: Path) -> None:
        try:
            status = path.stat()
        except FileNotFoundError:
            self.errors.append(f"no such file or directory: {path}")
            return
        except OSError as error:
            self.errors.append(f"cannot open {path}: {error.strerror or error}")
            return
        if stat.S_ISDIR(status.st_mode):
            self.walk(path, status)
        elif is_annotation(path):
            self.errors.append(f"not a readout file (a .gold.yaml annotation): {path}")
        elif format_of(path) is None:
            self.errors.append(f"not a readout file ({_EXPECTED}): {path}")
        elif not stat.S_ISREG(status.st_mode):
            self.errors.append(f"not a regular file: {path}")
        else:
            self.files.setdefault(_identity(status), path)

    def walk(self, root: Path, status: os.stat_result) -> None:
        # Each pending folder carries the identities of the folders above it: a link
        # back to one of them is a loop; a link to any other folder already searched
        # would only find the same files again.
        pending: list[tuple[Path, frozenset[tuple[int, int]]]] = []
        if _identity(status) not in self.searched:
            self.searched.add(_identity(status))
            pending.append((root, frozenset({_identity(status)})))
        while pending:
            folder, above = pending.pop()
            try:
                with os.scandir(folder) as listing:
                    entries = sorted(listing, key=lambda entry: entry.name, reverse=True)
            except PermissionError:
                self.skipped.append((folder, "permission denied"))
                continue
            except OSError as error:
                self.skipped.append((folder, f"cannot list folder: {error.strerror or error}"))
                continue
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                path = Path(entry.path)
                is_folder = _is_folder(entry)
                if not is_folder and format_of(path) is None:
                    continue
                try:
                    status = path.stat()
                except FileNotFoundError:
                    self.skipped.append((path, "broken symbolic link"))
                    continue
                except OSError as error:
                    self.skipped.append((path, _link_problem(error)))
                    continue
                identity = _identity(status)
                if stat.S_ISDIR(status.st_mode):
                    if identity in above:
                        self.skipped.append((path, "symbolic link loop"))
                    elif identity not in self.searched:
                        self.searched.add(identity)
                        pending.append((path, above | {identity}))
                elif stat.S_ISREG(status.st_mode):
                    self.files.setdefault(identity, path)
                else:
                    self.skipped.append((path, "not a regular file"))


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return entry.is_symlink()  # a link that cannot be followed: stat() says why


def _link_problem(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(error, PermissionError):
        return "permission denied"
    return f"cannot open: {error.strerror or error}"


def _identity(status: os.stat_result) -> tuple[int, int]:
    return status.st_dev, status.st_ino
