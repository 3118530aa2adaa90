"""Which file names are readouts, and in which format.

Discovery and loading must agree on this, or a folder listing would offer files that
then load as the wrong format.
"""
from __future__ import annotations

from pathlib import Path

FORMAT_BY_SUFFIX = {".txt": "txt", ".md": "md", ".yaml": "yaml", ".yml": "yaml"}
FORMATS = frozenset(FORMAT_BY_SUFFIX.values())

# Gold annotations sit beside the readouts they describe; they are YAML but no readout.
_ANNOTATION_SUFFIXES = (".gold.yaml", ".gold.yml")


def format_of(path: Path) -> str | None:
    """The readout format a file name promises, or None when it is no readout."""
    name = path.name.lower()
    if name.endswith(_ANNOTATION_SUFFIXES):
        return None
    return FORMAT_BY_SUFFIX.get(path.suffix.lower())


def is_annotation(path: Path) -> bool:
    return path.name.lower().endswith(_ANNOTATION_SUFFIXES)
