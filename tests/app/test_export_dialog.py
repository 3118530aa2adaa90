"""e writes what the view shows to a file the reader names, never over a file
without a yes and never among the documents."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from app_screen import open_readout, screen_text, settled, wait_for
from notices import notice
from conftest import LIBRARY
from textual.widgets import Input, RadioSet

from readout_tui.app.app import ReadoutApp
from readout_tui.app.screens.confirm import ConfirmScreen
from readout_tui.app.screens.export_dialog import ExportDialog

SIZE = (120, 36)
TITLE = "Foreign Ministers"
DEFAULT_NAME = "foreign-ministers-of-veloria-and-lirea-hold"


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A copy of the fixture library, and the folder the reader is in (beside it)."""
    documents, here = tmp_path / "documents", tmp_path / "here"
    shutil.copytree(LIBRARY, documents)
    here.mkdir()
    monkeypatch.chdir(here)
    return documents, here


async def open_dialog(pilot, *keys: str) -> ExportDialog:
    """Open the Foreign Ministers readout, press `keys`, then e."""
    await settled(pilot)
    await open_readout(pilot, TITLE)
    await pilot.press(*keys, "e")
    await pilot.pause()
    dialog = pilot.app.screen
    assert isinstance(dialog, ExportDialog)
    return dialog


def name_box(pilot) -> Input:
    return pilot.app.screen.query_one("#export-name", Input)


async def test_e_then_enter_writes_the_whole_readout_as_markdown_in_the_current_folder(folders) -> None:
    documents, here = folders
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dialog(pilot)
        assert name_box(pilot).value == DEFAULT_NAME + ".md"
        assert str(here) in screen_text(app)
        await pilot.press("enter")
        target = here / (DEFAULT_NAME + ".md")
        await notice(pilot, f"to {target}")
        assert not isinstance(app.screen, ExportDialog)
        text = target.read_text(encoding="utf-8")
        assert text.startswith(f"# {app.readout.document.title}")
        assert all(" ".join(s.text.split()) in text for s in app.readout.attribution.statements)


async def test_a_filtered_view_exports_only_that_speakers_statements_in_the_chosen_format(folders) -> None:
    documents, here = folders
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dialog(pilot, "slash", *"quell", "enter")
        assert name_box(pilot).value == DEFAULT_NAME + "-amara-quell.md"
        await pilot.press("tab", "right", "space")  # the format buttons: Markdown → JSON
        await pilot.pause()
        assert name_box(pilot).value == DEFAULT_NAME + "-amara-quell.json"
        await pilot.press("shift+tab", "enter")
        target = here / (DEFAULT_NAME + "-amara-quell.json")
        await notice(pilot, "as JSON")
        exported = json.loads(target.read_text(encoding="utf-8"))
        quell = app.readout.attribution.by_speaker("Amara Quell")
        assert quell and [s["text"] for s in exported["statements"]] == [s.text for s in quell]
        assert [s["name"] for s in exported["speakers"]] == ["Amara Quell"]


async def test_enter_on_the_format_buttons_writes_in_the_highlighted_format(folders) -> None:
    """Tab to the formats, → to JSON, Enter: as the dialog says, Enter writes. It
    only picked JSON, and the dialog stayed open with nothing written."""
    documents, here = folders
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dialog(pilot)
        await pilot.press("tab", "right", "enter")
        target = here / (DEFAULT_NAME + ".json")
        await notice(pilot, f"as JSON to {target}")
        assert not isinstance(app.screen, ExportDialog)
        assert json.loads(target.read_text(encoding="utf-8"))["document"]["title"] == app.readout.document.title
        assert sorted(path.name for path in here.iterdir()) == [target.name]


async def test_the_name_follows_the_format_the_arrows_highlight(folders) -> None:
    # (a user's QA pass: with CSV highlighted the name still ended in .md, and Enter wrote a .csv)
    documents, here = folders
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dialog(pilot)
        await pilot.press("tab", "right")
        await pilot.pause()
        assert name_box(pilot).value == DEFAULT_NAME + ".json"
        await pilot.press("right")
        await pilot.pause()
        assert name_box(pilot).value == DEFAULT_NAME + ".csv"
        await pilot.press("shift+tab", "enter")  # the name box: Enter writes what it names
        await notice(pilot, "as CSV")
        assert sorted(path.name for path in here.iterdir()) == [DEFAULT_NAME + ".csv"]


async def test_a_typed_extension_picks_its_format(folders) -> None:
    documents, here = folders
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dialog(pilot)
        await pilot.press("ctrl+u", *"talks.csv")
        await pilot.pause()
        assert app.screen.query_one("#export-format", RadioSet).pressed_button.id == "csv"
        await pilot.press("enter")
        await notice(pilot, "as CSV")
        rows = (here / "talks.csv").read_text(encoding="utf-8").splitlines()
        assert rows[0].startswith("path,title,date,speaker")
        assert len(rows) == 1 + len(app.readout.attribution.statements)


async def test_an_existing_file_is_replaced_only_after_a_yes(folders) -> None:
    documents, here = folders
    target = here / (DEFAULT_NAME + ".md")
    target.write_text("my notes", encoding="utf-8")
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dialog(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "already exists. Replace it?" in screen_text(app)
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ExportDialog)
        assert target.read_text(encoding="utf-8") == "my notes"
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("y")
        await notice(pilot, f"to {target}")
        assert target.read_text(encoding="utf-8").startswith("# ")


async def test_nothing_is_written_inside_the_documents_folder(folders) -> None:
    documents, here = folders
    before = sorted(path.name for path in documents.iterdir())
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dialog(pilot)
        await pilot.press("ctrl+u", *"../documents/talks.md", "enter")
        await notice(pilot, "inside the documents folder")
        assert isinstance(app.screen, ExportDialog)
    assert sorted(path.name for path in documents.iterdir()) == before


async def test_escape_cancels_and_writes_nothing(folders) -> None:
    documents, here = folders
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await open_dialog(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ExportDialog)
        await app.workers.wait_for_complete()
    assert list(here.iterdir()) == []


async def test_run_from_among_the_documents_the_file_offered_is_outside_them(folders, monkeypatch) -> None:
    """A reader who started the app inside the documents folder is offered a file in the folder just outside
    it, not one the dialog would then refuse; Enter writes it there and nothing among the readouts."""
    documents, here = folders
    monkeypatch.chdir(documents)
    before = sorted(path.name for path in documents.iterdir())
    app = ReadoutApp([documents], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        dialog = await open_dialog(pilot)
        assert dialog.folder == documents.parent
        await pilot.press("enter")
        await notice(pilot, f"to {documents.parent}")
    assert (documents.parent / f"{DEFAULT_NAME}.md").is_file()
    assert sorted(path.name for path in documents.iterdir()) == before
