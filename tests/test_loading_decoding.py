"""Bytes of unknown encoding to text, and bytes that are no text at all."""
from __future__ import annotations

import codecs
from pathlib import Path

from readout_tui.loading import load_document
from readout_tui.loading.decoding import decode

RUSSIAN = "Встреча с Президентом\n\n«Мы надеемся на улучшение отношений», — заявил президент.\n"
FRENCH = "Entretien avec le Président\n\n\u201cNous espérons une amélioration\u201d, a déclaré le chef d\u2019État.\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_utf8_with_and_without_byte_order_mark_reads_without_a_note(tmp_path: Path) -> None:
    for name, data in [("plain.txt", RUSSIAN.encode()), ("bom.txt", codecs.BOM_UTF8 + RUSSIAN.encode())]:
        document = load_document(write(tmp_path, name, data))
        assert document.title == "Встреча с Президентом"
        assert document.body == "«Мы надеемся на улучшение отношений», — заявил президент."
        assert document.notes == ()


def test_utf16_with_byte_order_mark_is_read_and_noted(tmp_path: Path) -> None:
    for encoding in ("utf-16-le", "utf-16-be"):
        bom = codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE
        document = load_document(write(tmp_path, f"{encoding}.txt", bom + FRENCH.encode(encoding)))
        assert document.ok
        assert document.title == "Entretien avec le Président"
        assert document.notes == ("decoded as UTF-16 (byte order mark)",)


def test_cyrillic_windows_1251_is_recognised(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "kremlin.txt", RUSSIAN.encode("windows-1251")))

    assert document.title == "Встреча с Президентом"
    assert document.body.startswith("«Мы надеемся")
    assert document.notes == ("decoded as windows-1251 (the file is not UTF-8)",)


def test_western_single_byte_text_keeps_its_curly_quotes(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "elysee.txt", FRENCH.encode("windows-1252")))

    assert document.body == "\u201cNous espérons une amélioration\u201d, a déclaré le chef d\u2019État."
    assert document.notes == ("decoded as windows-1252 (the file is not UTF-8)",)


def test_a_few_damaged_bytes_in_utf8_are_replaced_not_misread(tmp_path: Path) -> None:
    data = "Talks\n\n\u201cWe agree,\u201d the minister said. ".encode() + b"\xff\xfe" + " Café.".encode()

    document = load_document(write(tmp_path, "damaged.txt", data))

    assert document.body == "\u201cWe agree,\u201d the minister said. \ufffd\ufffd Café."
    assert document.notes == ("not valid UTF-8: replaced 2 undecodable byte sequence(s)",)


def test_binary_content_is_an_error_not_a_document(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(range(256))
    for name, data in [("photo.txt", png), ("nul.md", b"Title\n\nBody\x00with a NUL")]:
        document = load_document(write(tmp_path, name, data))
        assert document.error == "not a text file (binary content)"
        assert document.title == name
        assert document.body == ""


def test_an_empty_file_is_a_document_with_a_note(tmp_path: Path) -> None:
    document = load_document(write(tmp_path, "empty.md", b""))

    assert document.ok
    assert (document.title, document.body, document.format) == ("empty.md", "", "md")
    assert document.notes == ("empty file",)


def test_a_head_cut_inside_a_character_is_not_taken_for_another_encoding() -> None:
    data = "Заголовок".encode()

    decoded = decode(data[:-1], final=False)

    assert decoded.text == "Заголово"
    assert decoded.notes == ()
