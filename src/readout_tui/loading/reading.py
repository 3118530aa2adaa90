"""Files to Documents, without ever raising for anything about the file.

A reader opened on a folder of hundreds of readouts must list every one, even the one
that is unreadable, binary or gone since the folder was listed: that one shows why.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from ..model import Document
from .decoding import NotText, decode
from .formats import format_of
from .front_matter import opens_front_matter, split_front_matter
from .metadata import clean_text, normalise_date
from .parsing import parse_document
from .safe_yaml import MAX_YAML_CHARS, top_level_scalars

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Far beyond any readout (the longest transcripts are a few hundred KB, a whole
archive pasted into one file some tens of MB): a file this large is a disk image or
a log, and reading it would only fill the memory."""
HEAD_BYTES = 8 * 1024
BODY_WINDOW = 2048  # characters of body enough to hold a title and the lines that tell a wrapped one


class _Unreadable(Exception):
    """Why a file cannot be read, worded for the user."""


def load_document(path: Path) -> Document:
    path = Path(path)
    format = format_of(path) or "txt"
    try:
        data = _read_file(path)
    except (OSError, _Unreadable) as problem:
        return Document(path=path, title=path.name, body="", format=format, error=_describe(problem))
    return document_from_bytes(data, path=path, format=format)


def document_from_bytes(data: bytes, *, path: Path | None = None, format: str = "txt") -> Document:
    """A Document from the bytes of a file, whatever they are: binary content gives
    a document with an error, any text a document."""
    try:
        decoded = decode(data)
    except NotText as problem:
        return Document(path=path, title=path.name if path else "", body="", format=format, error=str(problem))
    document = parse_document(decoded.text, path=path, format=format)
    return document._replace(notes=decoded.notes + document.notes)


def _read_file(path: Path) -> bytes:
    """The bytes of the file at `path` (see `_read_all`); raises OSError or _Unreadable."""
    with _open(path) as file:
        return _read_all(file)


def _read_all(file: BinaryIO) -> bytes:
    """The whole file, refused before reading when it is too large. One read of the
    size the file has, and more only if it grew since (a file being written)."""
    size = os.fstat(file.fileno()).st_size
    if size > MAX_FILE_BYTES:
        raise _Unreadable(_too_large(size))
    data = file.read(size + 1)
    if len(data) > size:
        data += file.read(MAX_FILE_BYTES + 1 - len(data))
        if len(data) > MAX_FILE_BYTES:
            raise _Unreadable(_too_large(len(data)))
    return data


def _too_large(size: int) -> str:
    return f"file too large to be a readout ({_megabytes(size)}; the reader opens files of up to {_megabytes(MAX_FILE_BYTES)})"


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    return f"{megabytes:,.0f} MB" if megabytes >= 10 or megabytes == int(megabytes) else f"{megabytes:.1f} MB"


def read_source_text(path: Path) -> str | None:
    """The text of `path` as written, markup and all (None if it cannot be read as
    text): what an export quotes a Markdown readout's statements from."""
    try:
        return decode(_read_file(Path(path))).text
    except (OSError, _Unreadable, NotText):
        return None


def read_title_and_date(path: Path) -> tuple[str, str | None]:
    """Title and date for a list of many readouts, from the first few KB of the file.

    The answer is `load_document`'s, except that a YAML readout so large that its
    title is not in the first KB gets the file name instead.
    """
    path = Path(path)
    format = format_of(path) or "txt"
    try:
        with _open(path) as file:
            data = file.read(HEAD_BYTES)
            complete = len(data) < HEAD_BYTES
            text = decode(data, final=complete).text
            if not complete and opens_front_matter(text) and split_front_matter(text).yaml is None:
                data += file.read(MAX_YAML_CHARS)  # a long front matter: read to its end
                complete = len(data) < HEAD_BYTES + MAX_YAML_CHARS
                text = decode(data, final=complete).text
    except (OSError, _Unreadable, NotText):
        return path.name, None
    if format == "yaml":
        if complete:
            document = parse_document(text, path=path, format=format)
            return document.title, document.date
        found = top_level_scalars(text, frozenset({"title", "date"}))
        return clean_text(found.get("title", "")) or path.name, normalise_date(found.get("date"))
    # The title is the front matter's or in the body's first lines: the rest of the
    # body would only be rendered to be thrown away.
    body_starts = len(text) - len(split_front_matter(text).body)
    head = text[: body_starts + BODY_WINDOW]
    if len(head) < len(text) or not complete:
        if (cut := head.rfind("\n")) > body_starts:
            head = head[:cut]  # a line cut short is no line
    document = parse_document(head, path=path, format=format, title_only=True)
    return document.title, document.date


def _open(path: Path) -> BinaryIO:
    """Open a regular file for reading. Non-blocking, so that a named pipe that happens
    to end in `.txt` cannot hang the reader."""
    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise _Unreadable("is a directory, not a file")
        if not stat.S_ISREG(mode):
            raise _Unreadable("not a regular file")
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _describe(problem: Exception) -> str:
    if isinstance(problem, FileNotFoundError):
        return "no such file or directory"
    if isinstance(problem, PermissionError):
        return "permission denied"
    if isinstance(problem, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(problem, OSError):
        return f"cannot read file: {problem.strerror or problem}"
    return str(problem)
