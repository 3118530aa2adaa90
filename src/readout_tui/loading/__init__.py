"""Loading readouts: finding them, reading them, turning them into Documents.

The rest of the program sees only this: paths go in, `Document`s come out, and nothing
about a file — missing, unreadable, binary, malformed — raises. Pure Python, no
Textual, so the engine and the exporters can load readouts headless.

The names below are loaded when first asked for (PEP 562): importing one small
module of the package (`formats`, to tell a readout's file name, as the reader's
first look at a large archive does) does not load the parsers and YAML with it.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .discovery import Discovery, discover
    from .parsing import parse_document
    from .reading import document_from_bytes, load_document, read_source_text, read_title_and_date

_MODULE_OF = {
    "Discovery": "discovery",
    "discover": "discovery",
    "parse_document": "parsing",
    "document_from_bytes": "reading",
    "load_document": "reading",
    "read_source_text": "reading",
    "read_title_and_date": "reading",
}

__all__ = sorted(_MODULE_OF)


def __getattr__(name: str) -> object:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # asked once
    return value
