"""Where the reader left off, as kept on disk: found again however the archive is
opened, kept apart per archive, and never a reason to fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from readout_tui.state import PLACES_KEPT, STATE_FILE, Place, SavedState, default_folder


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    (folder / "2024").mkdir(parents=True)
    (folder / "2024" / "call.txt").write_text("Call\n\nText.\n", encoding="utf-8")
    return folder


def test_a_saved_place_and_theme_are_found_by_the_next_start(archive: Path, tmp_path: Path) -> None:
    readout = str(archive / "2024" / "call.txt")
    SavedState(tmp_path / "state").save([archive], Place(readout, "Lisk", 42), "textual-light")

    again = SavedState(tmp_path / "state")
    assert again.place([archive]) == Place(readout, "Lisk", 42)
    assert again.theme == "textual-light"
    assert again.take_notices() == []


def test_the_filter_on_all_readouts_is_found_by_the_next_start(archive: Path, tmp_path: Path) -> None:
    """Ctrl+A's scope is kept with the filter: a restart came back in "this readout"."""
    SavedState(tmp_path).save([archive], Place(None, "lukashenko", everywhere=True), None)
    assert SavedState(tmp_path).place([archive]) == Place(None, "lukashenko", everywhere=True)
    SavedState(tmp_path).save([archive], Place(None, "lukashenko"), None)
    assert SavedState(tmp_path).place([archive]).everywhere is False


def test_a_readout_whose_name_is_not_utf8_is_saved_and_found_again(archive: Path, tmp_path: Path) -> None:
    name = os.fsdecode(b"ministry-\xff-call.txt")  # undecodable bytes, kept as surrogates
    (archive / name).write_text("Call\n\nText.\n", encoding="utf-8")
    readout = str(archive / name)
    SavedState(tmp_path / "state").save([archive], Place(readout, "Lisk", 3), None)

    again = SavedState(tmp_path / "state")
    assert again.place([archive]) == Place(readout, "Lisk", 3)
    assert Path(again.place([archive]).readout).read_text(encoding="utf-8").startswith("Call")
    assert again.take_notices() == []


def test_the_place_is_found_whether_the_archive_is_named_relatively_absolutely_or_by_a_link(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(archive.parent)
    SavedState(tmp_path / "state").save(["archive"], Place(os.path.join("archive", "2024", "call.txt")), None)

    (tmp_path / "link").symlink_to(archive)
    monkeypatch.chdir(tmp_path / "link" / "2024")
    state = SavedState(tmp_path / "state")
    assert state.place([str(archive)]).readout == str(archive / "2024" / "call.txt")
    assert state.place([str(tmp_path / "link")]).readout == str(tmp_path / "link" / "2024" / "call.txt")
    assert state.place([".."]).readout == os.path.join("..", "2024", "call.txt")


def test_each_archive_keeps_its_own_place_and_a_file_opened_alone_too(archive: Path, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    single = archive / "2024" / "call.txt"
    state = SavedState(tmp_path / "state")
    state.save([archive], Place(str(single), "Lisk"), None)
    state.save([other, archive], Place(None, "Quell"), None)
    state.save([single], Place(str(single), None, 7), None)

    again = SavedState(tmp_path / "state")
    assert again.place([archive]) == Place(str(single), "Lisk")
    assert again.place([archive, other]) == Place(None, "Quell"), "the same folders in another order"
    assert again.place([single]) == Place(str(single), None, 7)
    assert again.place([other]) == Place()


def test_a_save_keeps_what_another_reader_saved_for_other_archives(archive: Path, tmp_path: Path) -> None:
    first, second = SavedState(tmp_path / "state"), SavedState(tmp_path / "state")
    first.save([archive], Place(None, "Lisk"), None)
    second.save([tmp_path], Place(None, "Quell"), None)
    assert SavedState(tmp_path / "state").place([archive]).speaker == "Lisk"


def test_only_the_most_recently_used_archives_are_kept(tmp_path: Path) -> None:
    state = SavedState(tmp_path / "state")
    for number in range(PLACES_KEPT + 5):
        state.save([tmp_path / f"archive-{number}"], Place(None, f"speaker {number}"), None)
    data = json.loads((tmp_path / "state" / STATE_FILE).read_text(encoding="utf-8"))
    assert len(data["places"]) == PLACES_KEPT
    again = SavedState(tmp_path / "state")
    assert again.place([tmp_path / "archive-0"]) == Place()
    assert again.place([tmp_path / f"archive-{PLACES_KEPT + 4}"]).speaker == f"speaker {PLACES_KEPT + 4}"


@pytest.mark.parametrize(
    "content",
    ["{not json", "[1, 2]", '{"places": []}', '{"places": {"x": 1}, "theme": 5}', "\udcff"],
    ids=["broken", "a list", "places a list", "wrong types", "undecodable"],
)
def test_a_corrupt_state_file_is_an_empty_memory(archive: Path, tmp_path: Path, content: str) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    (folder / STATE_FILE).write_bytes(content.encode("utf-8", "surrogateescape"))
    state = SavedState(folder)
    assert state.place([archive]) == Place() and state.theme is None
    state.save([archive], Place(None, "Lisk"), "textual-light")
    assert SavedState(folder).place([archive]).speaker == "Lisk", "a corrupt file is replaced by the next save"


def test_a_corrupt_file_says_so_once(tmp_path: Path) -> None:
    (tmp_path / STATE_FILE).write_text("{", encoding="utf-8")
    state = SavedState(tmp_path)
    notices = state.take_notices()
    assert len(notices) == 1 and "could not be read" in notices[0] and STATE_FILE in notices[0]
    assert state.take_notices() == []


def test_saved_values_of_the_wrong_kind_are_ignored(archive: Path, tmp_path: Path) -> None:
    SavedState(tmp_path).save([archive], Place(str(archive / "2024" / "call.txt"), "Lisk", 3), None)
    data = json.loads((tmp_path / STATE_FILE).read_text(encoding="utf-8"))
    (place,) = data["places"].values()
    place.update(readout=["x"], speaker="   ", line=-4)
    (tmp_path / STATE_FILE).write_text(json.dumps(data), encoding="utf-8")
    assert SavedState(tmp_path).place([archive]) == Place()


def test_an_unwritable_state_folder_is_a_notice_not_an_error(archive: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    state = SavedState(blocker / "state")
    state.save([archive], Place(None, "Lisk"), None)
    (notice,) = state.take_notices()
    assert "was not saved" in notice


def test_saving_replaces_the_file_whole_and_leaves_no_temporary_file(archive: Path, tmp_path: Path) -> None:
    state = SavedState(tmp_path / "state")
    for line in range(1, 4):
        state.save([archive], Place(None, None, line), None)
    assert [path.name for path in (tmp_path / "state").iterdir()] == [STATE_FILE]
    assert SavedState(tmp_path / "state").place([archive]).line == 3


def test_the_state_folder_is_the_users_unless_the_variable_says_otherwise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READOUT_TUI_STATE_DIR", str(tmp_path / "elsewhere"))
    assert default_folder() == tmp_path / "elsewhere"
    monkeypatch.delenv("READOUT_TUI_STATE_DIR")
    assert default_folder().name == "readout-tui"


def test_the_state_module_does_not_load_textual() -> None:
    probe = "import sys, readout_tui.state; print(any(m.split('.')[0] == 'textual' for m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
