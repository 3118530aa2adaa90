"""Finding readouts under the paths given on the command line."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from readout_tui.loading import Discovery, discover


def touch(path: Path, text: str = "Title\n\nBody.\n") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_folder_is_searched_recursively_for_the_four_readout_extensions(tmp_path: Path) -> None:
    expected = [
        touch(tmp_path / "a.txt"),
        touch(tmp_path / "b.MD"),
        touch(tmp_path / "sub" / "c.yaml"),
        touch(tmp_path / "sub" / "deeper" / "d.Yml"),
    ]
    touch(tmp_path / "notes.docx")
    touch(tmp_path / "sub" / "README")

    found = discover([tmp_path])

    assert found == Discovery(files=tuple(sorted(expected)))


def test_hidden_files_and_folders_and_gold_annotations_are_passed_over(tmp_path: Path) -> None:
    readout = touch(tmp_path / "meeting.txt")
    touch(tmp_path / "meeting.gold.yaml", "document: meeting.txt\n")
    touch(tmp_path / "other.GOLD.yml", "document: meeting.txt\n")
    touch(tmp_path / ".draft.txt")
    touch(tmp_path / ".git" / "config.txt")

    found = discover([tmp_path])

    assert found.files == (readout,)
    assert found.skipped == () and found.errors == ()


def test_a_hidden_folder_named_on_the_command_line_is_searched(tmp_path: Path) -> None:
    readout = touch(tmp_path / ".archive" / "meeting.md")

    assert discover([tmp_path / ".archive"]).files == (readout,)


def test_files_are_sorted_and_listed_once_however_often_they_are_reached(tmp_path: Path) -> None:
    first = touch(tmp_path / "b" / "one.txt")
    second = touch(tmp_path / "a" / "two.txt")

    found = discover([first, str(tmp_path), tmp_path / "b", first])

    assert found.files == (second, first)


def test_bad_arguments_are_reported_one_line_each(tmp_path: Path) -> None:
    readout = touch(tmp_path / "ok.txt")
    picture = touch(tmp_path / "photo.png")
    gold = touch(tmp_path / "ok.gold.yaml")

    found = discover([tmp_path / "missing.txt", picture, gold, readout])

    assert found.files == (readout,)
    assert found.errors == (
        f"no such file or directory: {tmp_path / 'missing.txt'}",
        f"not a readout file (expected .txt, .md, .yaml or .yml): {picture}",
        f"not a readout file (a .gold.yaml annotation): {gold}",
    )


def test_a_symlink_loop_is_listed_and_not_followed(tmp_path: Path) -> None:
    readout = touch(tmp_path / "archive" / "2021" / "meeting.txt")
    (tmp_path / "archive" / "2021" / "back").symlink_to(tmp_path / "archive", target_is_directory=True)

    found = discover([tmp_path / "archive"])

    assert found.files == (readout,)
    assert found.skipped == ((tmp_path / "archive" / "2021" / "back", "symbolic link loop"),)


def test_a_link_to_a_folder_elsewhere_is_followed(tmp_path: Path) -> None:
    elsewhere = touch(tmp_path / "elsewhere" / "meeting.txt")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "linked").symlink_to(tmp_path / "elsewhere", target_is_directory=True)

    found = discover([tmp_path / "archive"])

    assert found.files == (tmp_path / "archive" / "linked" / "meeting.txt",)
    assert found.files[0].read_text(encoding="utf-8") == elsewhere.read_text(encoding="utf-8")


def test_self_referencing_and_broken_links_are_listed(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "gone.md").symlink_to(tmp_path / "deleted.md")
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "deleted.pdf")

    found = discover([tmp_path])

    assert found.files == ()
    assert sorted(found.skipped) == [
        (tmp_path / "gone.md", "broken symbolic link"),
        (tmp_path / "loop.txt", "symbolic link loop"),
    ]


def test_an_unreadable_folder_is_listed_and_the_rest_still_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    readout = touch(tmp_path / "open" / "meeting.txt")
    touch(tmp_path / "locked" / "secret.txt")
    real_scandir = os.scandir

    def scandir(path):  # permissions do not stop root, so refuse the way the OS would
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)

    found = discover([tmp_path])

    assert found.files == (readout,)
    assert found.skipped == ((tmp_path / "locked", "permission denied"),)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_with_a_readout_name_is_listed_not_returned(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")

    found = discover([tmp_path])

    assert found.files == ()
    assert found.skipped == ((tmp_path / "pipe.txt", "not a regular file"),)
