"""Every bad file gets a clear message and nothing is lost: the loader's side.

Each case of hostile_files.py is loaded as the reader loads it (`read_readout`: the
loader, then the engine) and must say what the user is told, show what the file
says, and never raise. Then the cases that need more than one file: permissions,
links, files that change under the reader, deep folders, odd names, sizes.
"""

from __future__ import annotations

import codecs
import os
import time
from pathlib import Path

import pytest

from readout_tui.app.printable import printable
from readout_tui.loading import discover, document_from_bytes, load_document, parse_document, read_title_and_date
from readout_tui.loading import reading
from readout_tui.readouts import read_readout

from .conftest import AS_ROOT, as_nobody
from .hostile_files import (
    BILLION_LAUGHS,
    DEEP_CASE,
    INVALID_UTF8_CASE,
    INVALID_UTF8_NAME,
    SKIPPED,
    TOO_LARGE,
    Case,
    text_cases,
    write_folder,
)
from .screen import UNSAFE

CASES = {case.name: case for case in text_cases()}


def check(case: Case, path: Path) -> None:
    readout = read_readout(path)
    document = readout.document
    messages = (*document.notes, *((document.error,) if document.error else ()))
    assert document.title == case.title
    for message in case.says:
        assert any(said.startswith(message) for said in messages), f"{message!r} not in {messages}"
    if case.error is None:
        assert document.ok, document.error
        assert not set(messages) - {said for said in messages if any(said.startswith(m) for m in case.says)}, (
            f"unexpected messages {messages}"
        )
    else:
        assert document.error is not None and document.error.startswith(case.error)
        assert document.body == ""
    for text in case.shows:
        assert text in document.body or text in printable(str(path), keep_newlines=False), f"{text!r} not shown"
    for field in (document.body, document.title, *document.notes):
        assert UNSAFE.search(field) is None, f"unsafe character in {field[:80]!r}"
    for statement in readout.attribution.statements:
        assert 0 <= statement.start <= statement.end <= len(document.body)
        assert statement.text == document.body[statement.start : statement.end]


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_bad_file_loads_with_its_message_and_its_text(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    path = tmp_path / case.name
    path.write_bytes(case.data)

    check(case, path)


def test_undecodable_bytes_are_replaced_and_flagged_and_the_rest_is_shown() -> None:
    data = "Talks\n\n“Café, élève,” he said. ".encode() + b"\x80\xfe\xff" + " Still here.".encode()

    document = document_from_bytes(data)

    assert document.body == "“Café, élève,” he said. \ufffd\ufffd\ufffd Still here."
    assert document.notes == ("not valid UTF-8: replaced 3 undecodable byte sequence(s)",)


def test_utf16_big_endian_and_bom_only_files() -> None:
    big_endian = document_from_bytes(codecs.BOM_UTF16_BE + "Talks\n\nBody.\n".encode("utf-16-be"))
    only_a_bom = document_from_bytes(codecs.BOM_UTF8)

    assert (big_endian.title, big_endian.notes) == ("Talks", ("decoded as UTF-16 (byte order mark)",))
    assert (only_a_bom.body, only_a_bom.notes) == ("", ("empty file",))


def test_single_byte_encodings_undefined_bytes_are_replaced_and_flagged() -> None:
    # 0x81 and 0x8d mean nothing in Windows-1252: each becomes U+FFFD, and is counted.
    data = "Entretien\n\n« Nous espérons », a déclaré le ministre. Élève ".encode("windows-1252") + b"\x81\x8d."

    document = document_from_bytes(data)

    assert document.body.endswith("Élève \ufffd\ufffd.")
    assert document.notes == (
        "decoded as windows-1252 (the file is not UTF-8)",
        "replaced 2 undecodable byte sequence(s)",
    )


def test_python_tags_are_never_constructed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    constructed: list[str] = []
    monkeypatch.setattr(os, "system", lambda command: constructed.append(command) or 0)
    for tag in ("!!python/object/apply:os.system [touch PWNED]", "!!python/name:os.system", "!!python/object:os.PathLike {}"):
        for text, format in ((f"---\ntitle: {tag}\n---\nTalks\n\nBody.\n", "md"), (f"title: {tag}\nbody: Body.\n", "yaml")):
            document = parse_document(text, format=format)
            said = document.error or " ".join(document.notes)
            assert "could not determine a constructor" in said
    assert constructed == [] and not (tmp_path / "PWNED").exists()


def test_an_alias_bomb_is_refused_in_well_under_a_second_in_front_matter_and_in_a_yaml_readout() -> None:
    for text, format in ((f"---\n{BILLION_LAUGHS}---\nTalks\n\nBody.\n", "md"), (f"title: T\n{BILLION_LAUGHS}body: B\n", "yaml")):
        started = time.perf_counter()
        document = parse_document(text, format=format)
        assert time.perf_counter() - started < 0.5
        said = document.error or " ".join(document.notes)
        assert "aliases expand too far (beyond 10,000 nodes, or into a loop)" in said


def test_malformed_yaml_readout_names_the_line() -> None:
    document = parse_document("title: Talks\ndate: 2021-01-01\nbody: |\n  Body.\n bad: [\n", format="yaml")

    assert document.error is not None
    assert document.error.startswith("not a YAML readout: invalid YAML at line 5")


# Filesystem ---------------------------------------------------------------------------


@pytest.mark.skipif(AS_ROOT, reason="root reads any file; the refusal is faked below")
def test_a_file_without_read_permission_says_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")
    path.chmod(0)
    try:
        assert load_document(path).error == "permission denied"
        assert read_title_and_date(path) == ("locked.txt", None)
    finally:
        path.chmod(0o644)


@pytest.mark.skipif(AS_ROOT, reason="root lists any folder; the refusal is faked below")
def test_a_folder_without_permission_is_listed_as_skipped(tmp_path: Path) -> None:
    (tmp_path / "open").mkdir()
    (tmp_path / "open" / "talks.txt").write_text("Talks\n\nBody.\n", encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "secret.txt").write_text("Secret\n\nBody.\n", encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        found = discover([tmp_path])
    finally:
        (tmp_path / "locked").chmod(0o755)

    assert found.files == (tmp_path / "open" / "talks.txt",)
    assert found.skipped == ((tmp_path / "locked", "permission denied"),)


def _load_and_discover(path: Path, folder: Path) -> tuple[str | None, tuple[str, str | None], tuple]:
    found = discover([folder])
    return load_document(path).error, read_title_and_date(path), tuple((p.name, why) for p, why in found.skipped)


@pytest.mark.skipif(not AS_ROOT or not hasattr(os, "fork"), reason="as root only: gives up root in a child process")
def test_as_root_a_real_refusal_seen_by_an_ordinary_user(shared_folder: Path) -> None:
    locked = shared_folder / "locked.txt"
    locked.write_text("Talks\n\nBody.\n", encoding="utf-8")
    locked.chmod(0)
    (shared_folder / "closed").mkdir()
    (shared_folder / "closed" / "secret.txt").write_text("Secret\n\nBody.\n", encoding="utf-8")
    (shared_folder / "closed").chmod(0)

    error, title_and_date, skipped = as_nobody(_load_and_discover, locked, shared_folder)

    assert error == "permission denied"
    assert title_and_date == ("locked.txt", None)
    assert skipped == (("closed", "permission denied"),)


def test_permission_denied_on_open_is_the_documents_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")
    real_open = os.open

    def refuse(file, *args, **kwargs):  # as the OS refuses anyone but root
        if Path(os.fsdecode(file)) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)

    readout = read_readout(path)
    assert (readout.document.title, readout.document.error) == ("locked.txt", "permission denied")
    assert read_title_and_date(path) == ("locked.txt", None)


def test_permission_denied_on_read_is_the_documents_message(tmp_path: Path, reads_through) -> None:
    """Some file systems refuse only the read (a network share, a FUSE mount)."""
    path = tmp_path / "locked.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")

    def refuse(file, size: int) -> bytes:
        raise PermissionError(13, "Permission denied")

    reads_through(refuse)

    assert load_document(path).error == "permission denied"


def test_other_read_errors_are_worded_not_raised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")

    def failing(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "open", failing)

    assert load_document(path).error == "cannot read file: Input/output error"


def test_symlink_loops_and_broken_links_are_listed_as_skipped(tmp_path: Path) -> None:
    write_folder(tmp_path / "hostile", folders=3)

    found = discover([tmp_path / "hostile"])

    assert {path.name: why for path, why in found.skipped} == SKIPPED
    assert found.errors == ()


def test_a_file_deleted_between_listing_and_opening_says_so(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")
    found = discover([tmp_path])
    path.unlink()

    readout = read_readout(found.files[0])

    assert (readout.document.title, readout.document.error) == ("talks.txt", "no such file or directory")
    assert read_title_and_date(found.files[0]) == ("talks.txt", None)


def test_a_file_changed_between_listing_and_opening_shows_what_it_says_now(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")
    found = discover([tmp_path])
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert read_readout(found.files[0]).document.error == "not a text file (binary content)"
    path.write_text("New talks\n\nNew body.\n", encoding="utf-8")
    assert read_readout(found.files[0]).document.body == "New body."


def test_a_file_replaced_by_a_folder_or_a_pipe_between_listing_and_opening(tmp_path: Path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Talks\n\nBody.\n", encoding="utf-8")
    found = discover([tmp_path])
    path.unlink()
    path.mkdir()
    assert read_readout(found.files[0]).document.error == "is a directory, not a file"
    if hasattr(os, "mkfifo"):
        path.rmdir()
        os.mkfifo(path)
        assert read_readout(found.files[0]).document.error == "not a regular file"


def test_a_file_that_grows_while_it_is_read_is_read_to_its_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "talks.txt"
    path.write_text("Talks\n\nBody.", encoding="utf-8")
    real_fstat = os.fstat

    class Shrunk:  # the size the file had when it was looked at
        def __init__(self, status):
            self.status = status

        def __getattr__(self, name):
            return 5 if name == "st_size" else getattr(self.status, name)

    monkeypatch.setattr(reading.os, "fstat", lambda fd: Shrunk(real_fstat(fd)))

    assert load_document(path).body == "Body."


def test_ten_thousand_subfolders_are_searched_quickly(tmp_path: Path) -> None:
    root = tmp_path / "many"
    root.mkdir()
    for number in range(10_000):
        (root / f"f{number:05}").mkdir()
    (root / "f09999" / "deep").mkdir()
    (root / "f09999" / "deep" / DEEP_CASE.name).write_bytes(DEEP_CASE.data)

    started = time.perf_counter()
    found = discover([root])
    elapsed = time.perf_counter() - started

    assert found.files == (root / "f09999" / "deep" / DEEP_CASE.name,)
    assert elapsed < 10, f"{elapsed:.1f} s"


def test_names_with_spaces_newlines_and_invalid_utf8_load(tmp_path: Path) -> None:
    write_folder(tmp_path / "hostile", folders=3)

    found = {path.name: path for path in discover([tmp_path / "hostile"]).files}

    for case in (CASES["name with spaces.txt"], CASES["name\nwith a newline.txt"], INVALID_UTF8_CASE):
        check(case, found[case.name])
    assert os.fsencode(found[INVALID_UTF8_CASE.name].name) == INVALID_UTF8_NAME


# Sizes --------------------------------------------------------------------------------


def test_a_file_too_large_is_refused_at_once_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / TOO_LARGE.name
    with open(path, "wb") as file:
        file.truncate(300 * 1024 * 1024)  # sparse

    started = time.perf_counter()
    document = load_document(path)

    assert time.perf_counter() - started < 1
    assert (document.title, document.error) == (TOO_LARGE.title, TOO_LARGE.error)
    assert read_title_and_date(path) == (TOO_LARGE.title, None)


def test_a_50_mb_readout_loads_whole(tmp_path: Path) -> None:
    paragraph = "“We will keep talking about trade,” the minister said. Then the talks went on for hours.\n\n"
    path = tmp_path / "fifty.txt"
    repeats = 50 * 1024 * 1024 // len(paragraph.encode()) + 1
    path.write_text("Fifty megabytes of talks\n\n" + paragraph * repeats, encoding="utf-8")
    assert path.stat().st_size > 50 * 1024 * 1024

    started = time.perf_counter()
    document = load_document(path)
    elapsed = time.perf_counter() - started

    assert document.ok and document.notes == ()
    assert document.body.count("\n\n") == repeats - 1
    print(f"50 MB readout loaded in {elapsed:.1f} s")
    assert elapsed < 60
