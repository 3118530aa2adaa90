"""Loading readouts: finding them, reading them, turning them into Documents.

The rest of the program sees only this: paths go in, `Document`s come out, and nothing
about a file — missing, unreadable, binary, malformed — raises. Pure Python, no
Textual, so the engine and the exporters can load readouts headless.
"""
from .discovery import Discovery, discover
from .parsing import parse_document
from .reading import document_from_bytes, load_document, read_source_text, read_title_and_date

__all__ = ["Discovery", "discover", "document_from_bytes", "load_document", "parse_document", "read_source_text",
           "read_title_and_date"]
