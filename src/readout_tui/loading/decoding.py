"""Bytes to text, for files whose encoding nobody declared.

Readouts come from scrapers, word processors and old Windows machines: UTF-8 is the
rule, but a Russian readout saved as Windows-1251 or a Western one saved as
Windows-1252 must still read as words, and a renamed image must not be shown at all.
Every guess is reported in `notes` so the reader can tell the user.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (  # longest first: the UTF-32-LE mark starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", None),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Text files carry tabs, newlines, form feeds and the odd ANSI escape; other C0 bytes
# in any number mean the file is not text. A handful in a short file is a text with a
# few stray controls (shown as symbols), not a binary one: random bytes have one in
# ten of them, so a binary file has its handful within its first hundred bytes.
_BINARY_BYTES = re.compile(rb"[\x01-\x08\x0e-\x1a\x1c-\x1f]")
_BINARY_SHARE = 0.05
_BINARY_COUNT = 8
_SNIFF_BYTES = 8192

_GUESS_BYTES = 256 * 1024  # enough words to tell Russian from French

_WORD = re.compile(r"[^\W\d_]{2,}")


class NotText(ValueError):
    """The bytes are binary content, not a readout."""


@dataclass(frozen=True)
class Decoded:
    text: str
    notes: tuple[str, ...] = ()


def decode(data: bytes, *, final: bool = True) -> Decoded:
    """Decode a whole file, or with `final=False` the head of one (a cut character at
    the end is then dropped instead of being taken for a wrong encoding)."""
    for bom, encoding, label in _BOMS:
        if data.startswith(bom):
            text = _incremental(encoding, data[len(bom):], final, errors="replace")
            if "\x00" in text[:_SNIFF_BYTES]:
                raise NotText("not a text file (binary content)")
            notes = (f"decoded as {label} (byte order mark)",) if label else ()
            return Decoded(text, notes + _replacement_note(text))
    if _looks_binary(data):
        raise NotText("not a text file (binary content)")
    try:
        return Decoded(_incremental("utf-8", data, final, errors="strict"))
    except UnicodeDecodeError:
        pass
    mostly_utf8 = _incremental("utf-8", data, final, errors="replace")
    bad = mostly_utf8.count("\ufffd") - data.count("\ufffd".encode())
    good = len(mostly_utf8) - len(mostly_utf8.encode("ascii", "ignore")) - mostly_utf8.count("\ufffd")
    if good >= bad:
        # A UTF-8 file with a few damaged bytes: a single-byte guess would garble
        # every correct character to save the broken ones.
        return Decoded(mostly_utf8, (f"not valid UTF-8: replaced {bad} undecodable byte sequence(s)",))
    encoding = "windows-1251" if _is_cyrillic(data) else "windows-1252"
    text = data.decode(encoding, errors="replace")
    return Decoded(text, (f"decoded as {encoding} (the file is not UTF-8)",) + _replacement_note(text))


def _incremental(encoding: str, data: bytes, final: bool, *, errors: str) -> str:
    return codecs.getincrementaldecoder(encoding)(errors).decode(data, final=final)


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    count = len(_BINARY_BYTES.findall(sample))
    return count >= _BINARY_COUNT and count / len(sample) > _BINARY_SHARE


def _is_cyrillic(data: bytes) -> bool:
    """Windows-1251 maps the high bytes that Windows-1252 uses for accented letters to
    Cyrillic ones. Decoded as 1251, Russian gives whole Cyrillic words, while French or
    German gives Latin words with a stray Cyrillic letter inside ("cafй")."""
    cyrillic = mixed = 0
    for word in _WORD.findall(data[:_GUESS_BYTES].decode("windows-1251", errors="replace")):
        has_cyrillic = any("\u0400" <= ch <= "\u04ff" for ch in word)
        if has_cyrillic and any(ch.isascii() for ch in word):
            mixed += 1
        elif has_cyrillic:
            cyrillic += 1
    return cyrillic > mixed


def _replacement_note(text: str) -> tuple[str, ...]:
    count = text.count("\ufffd")
    return (f"replaced {count} undecodable byte sequence(s)",) if count else ()
