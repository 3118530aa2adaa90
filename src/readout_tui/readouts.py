"""Turning a path into a Readout without ever raising.

The CLI and the app read files the same way: the loader, then the engine. One
unreadable file or one engine bug must show up as a message on that readout,
never as a crash, so this is the single place where the two are called.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from readout_tui.engine import attribute
from readout_tui.loading import load_document, read_source_text
from readout_tui.model import Document, Readout


def read_readout(path: Path) -> Readout:
    """Load and attribute `path`; failures end up in `document.error` or `document.notes`."""
    try:
        document = load_document(path)
    except Exception as error:  # the loader promises not to raise; a bug must not kill the caller
        document = Document(path=path, title=path.name, body="", error=f"{type(error).__name__}: {error}")
    if not document.ok:
        return Readout(document)
    return attribute_document(document)


def attribute_document(document: Document) -> Readout:
    """Attribute a loaded document; an engine failure becomes a note, not an exception."""
    try:
        attribution = attribute(document.body, document.participants, document.title)
    except Exception as error:
        note = (f"The attribution engine failed on this readout ({type(error).__name__}: {error}); "
                "the text is shown without attribution.")
        return Readout(document._replace(notes=(*document.notes, note)))
    return Readout(document, attribution)


def read_many(files: Iterable[Path], *, use_cache: bool = True) -> Iterator[Readout]:
    """Readouts of `files` in order, from the user's cache when the file is unchanged
    (a second pass over an archive parses nothing), else read and then cached."""
    cache = None
    if use_cache:
        from readout_tui.cache import ReadoutCache, Stamp

        cache = ReadoutCache(protected=[])
    try:
        for path in files:
            stamp = Stamp.of(path) if cache is not None else None
            readout = cache.readout(path, stamp) if stamp is not None else None
            if readout is None:
                readout = read_readout(Path(path))
                if stamp is not None:
                    cache.store_readouts([(path, stamp, readout)])
            yield readout
    finally:
        if cache is not None:
            cache.close()


def quoting_the_source(readouts: Sequence[Readout], fmt: str) -> list[Readout]:
    """The readouts to export as `fmt`: for the formats a program reads (JSON, CSV),
    a Markdown readout's statements in its file's own wording, links kept (see
    `export.in_source_wording`); the Markdown export, for reading, keeps the body's."""
    if fmt == "markdown":
        return list(readouts)
    from readout_tui.export import in_source_wording  # (exports only: not on the way to the first readout)

    quoted = []
    for readout in readouts:
        path = readout.document.path
        source = read_source_text(path) if readout.document.format == "md" and path is not None else None
        quoted.append(in_source_wording(readout, source) if source is not None else readout)
    return quoted
