"""Writing: an export never overwrites a file unless asked (`--force`), is written
atomically, never lands inside the documents folder by accident; and the reader
itself never writes to a document, whatever the documents are.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readout_tui.writing import WriteRefused, write_export

from .conftest import snapshot
from .hostile_files import INVALID_UTF8_NAME, text_cases, write_folder
from .screen import listed, make_app, open_readout, wait_for


def export(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command; its output is decoded as UTF-8 (strictly: it must be UTF-8)."""
    result = subprocess.run(
        [sys.executable, "-m", "readout_tui", "export", *args],
        capture_output=True, timeout=300, env={**os.environ, **(env or {})},
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8", "replace")
    )


@pytest.fixture
def documents(tmp_path: Path) -> Path:
    folder = tmp_path / "documents"
    folder.mkdir()
    (folder / "talks.txt").write_text("Talks\n\n“We agree,” the minister said.\n", encoding="utf-8")
    return folder


def test_an_existing_file_is_not_replaced_without_force(tmp_path: Path, documents: Path) -> None:
    target = tmp_path / "out.json"
    target.write_text("keep me", encoding="utf-8")

    refused = export("--output", str(target), str(documents))

    assert refused.returncode == 1
    assert refused.stderr == f"readout-tui: not written: {target} already exists (use --force to replace it)\n"
    assert target.read_text(encoding="utf-8") == "keep me"

    forced = export("--output", str(target), "--force", str(documents))
    assert forced.returncode == 0, forced.stderr
    assert json.loads(target.read_text(encoding="utf-8"))[0]["document"]["title"] == "Talks"


def test_a_link_to_a_document_is_not_followed_to_overwrite_it(tmp_path: Path, documents: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to(documents / "talks.txt")

    refused = export("--output", str(link), str(documents))

    assert refused.returncode == 1 and "already exists" in refused.stderr
    assert (documents / "talks.txt").read_text(encoding="utf-8").startswith("Talks")


def test_an_export_is_not_written_inside_the_documents_folder_by_accident(documents: Path) -> None:
    before = snapshot(documents)

    for target in (documents / "export.json", documents / "sub" / ".." / "export.json"):
        refused = export("--output", str(target), str(documents))
        assert refused.returncode == 1
        assert "is inside the documents folder" in refused.stderr and "use --force" in refused.stderr
    refused = export("--output", str(documents / "export.json"), str(documents / "talks.txt"))
    assert refused.returncode == 1 and "is inside the documents folder" in refused.stderr

    assert snapshot(documents) == before


def test_an_export_is_written_atomically(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.json"
    target.write_text("the old export", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(OSError):
        write_export(target, "the new export", force=True)

    assert target.read_text(encoding="utf-8") == "the old export"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.json"], "a temporary file was left behind"


def test_an_export_gets_the_permissions_of_any_new_file_and_a_replaced_one_keeps_its_own(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    fresh = write_export(tmp_path / "new.json", "{}")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask  # not the 0600 of a temporary file
    kept = tmp_path / "kept.json"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    write_export(kept, "new", force=True)
    assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text(encoding="utf-8") == "new"


def test_a_missing_path_among_those_read_protects_no_folder(tmp_path: Path) -> None:
    written = write_export(tmp_path / "out.json", "{}", protected=[Path("/no-such-readouts")])
    assert written.read_text(encoding="utf-8") == "{}"


def test_refusals_are_one_line_and_name_the_reason(tmp_path: Path, documents: Path) -> None:
    with pytest.raises(WriteRefused, match="no such folder"):
        write_export(tmp_path / "missing" / "out.json", "x")
    with pytest.raises(WriteRefused, match="is a folder; name a file to write"):
        write_export(tmp_path, "x")
    with pytest.raises(WriteRefused, match="inside the documents folder"):
        write_export(documents / "out.json", "x", protected=[documents])
    assert write_export(documents / "out.json", "x", force=True, protected=[documents]).read_text() == "x"


def test_exporting_a_folder_of_bad_files_says_why_each_failed_and_exports_the_rest(tmp_path: Path) -> None:
    root = tmp_path / "documents"
    cases = write_folder(root, folders=10)
    os.unlink(os.path.join(os.fsencode(root), INVALID_UTF8_NAME))  # the test below

    result = export(str(root))

    assert result.returncode == 1  # some files could not be read
    assert "Traceback" not in result.stderr
    problems = result.stderr.splitlines()
    for case in cases:
        if case.error is not None:
            assert any(case.name in line and case.error in line for line in problems), case.name
    assert any("symbolic link loop" in line for line in problems)
    exported = {Path(item["document"]["path"]).name for item in json.loads(result.stdout)}
    assert {case.name for case in text_cases() if case.error is None} <= exported


def test_an_export_of_a_file_whose_name_is_not_utf8_is_written(tmp_path: Path) -> None:
    root = tmp_path / "documents"
    root.mkdir()
    with open(os.path.join(os.fsencode(root), INVALID_UTF8_NAME), "wb") as file:
        file.write(b"Talks\n\nBody.\n")

    result = export("--output", str(tmp_path / "out.json"), str(root))

    assert "Traceback" not in result.stderr
    assert result.returncode == 0
    json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("env", [{}, {"PYTHONIOENCODING": "utf-8"}])
def test_printing_an_export_of_a_file_whose_name_is_not_utf8(tmp_path: Path, env: dict[str, str]) -> None:
    root = tmp_path / "documents"
    root.mkdir()
    with open(os.path.join(os.fsencode(root), INVALID_UTF8_NAME), "wb") as file:
        file.write(b"Talks\n\nBody.\n")

    result = export(str(root), env=env)

    assert "Traceback" not in result.stderr and result.returncode == 0
    assert json.loads(result.stdout)[0]["document"]["title"] == "Talks"


async def test_the_reader_never_writes_to_a_document(tmp_path: Path) -> None:
    root = tmp_path / "documents"
    cases = write_folder(root, folders=10)
    before = snapshot(root)
    app = make_app(root)
    async with app.run_test(size=(160, 50)) as pilot:
        await listed(pilot, len(cases))
        paths = [app.library[index].path for index in range(len(app.library))]
        for path in paths:
            await open_readout(pilot, path)
        await pilot.press("slash", "m", "i", "n", "enter")
        await wait_for(pilot, lambda: app.readout is not None)
        await app.workers.wait_for_complete()
    assert snapshot(root) == before
