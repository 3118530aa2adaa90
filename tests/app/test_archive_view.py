"""All readouts: one person's statements from every readout, grouped by readout,
newest first; Enter opens the readout at the statement."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_screen import archive_lines, archive_text, cached_reader as make_app, gathered, open_readout, screen_text, settled, wait_for
from conftest import FIXTURES

from readout_tui.app import indexing
from readout_tui.app.styles import SpeakerStyles
from readout_tui.app.widgets.archive_view import HINT, ArchiveView, archive_page, found_count
from readout_tui.cache import ReadoutCache
from readout_tui.corpus_index import Gathered, Query, gather

SIZE = (120, 36)
ARCHIVE = FIXTURES / "archive"
NEWEST_FIRST = [
    "Telephone Call with the President of Veloria · 2024-05-02",
    "President of Belarus Receives the Kastravian Envoy · 2024-03-01",
    "A Visit to a School in Dorvik · 2023-11-20",
]


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(ARCHIVE, folder)
    return folder


async def test_ctrl_a_shows_the_scope_and_what_the_view_is_for(archive: Path, tmp_path: Path) -> None:
    async with make_app(archive, tmp_path / "cache").run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert "this readout" in screen_text(pilot.app)
        await pilot.press("ctrl+a")
        await pilot.pause()
        screen = screen_text(pilot.app)
        assert "all readouts" in screen and "this readout" not in screen
        assert archive_text(pilot.app) == HINT
        await pilot.press("ctrl+a")
        await pilot.pause()
        assert "this readout" in screen_text(pilot.app)
        assert pilot.app.query_one("#readout").display
        await pilot.click("#filter-scope")  # the marker is a switch too
        await pilot.pause()
        assert "all readouts" in screen_text(pilot.app) and pilot.app.query_one(ArchiveView).display


async def test_one_person_from_every_readout_grouped_newest_first(archive: Path, tmp_path: Path) -> None:
    async with make_app(archive, tmp_path / "cache").run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"lukashenko", "enter")
        await gathered(pilot)
        lines = [line.strip() for line in archive_lines(pilot.app) if line.strip()]
        assert lines[0] == "Aleksandr Lukashenko · 3 statements in 3 readouts"
        assert [line for line in lines if " · 20" in line] == NEWEST_FIRST
        text = " ".join(" ".join(lines).split())
        # "President Lukashenko" of the call and the bare name of the school visit are the same person
        assert text.index(NEWEST_FIRST[0]) < text.index(
            "¶2 reported ┆ President Lukashenko noted that the harvest had been good"
        ) < text.index(NEWEST_FIRST[1]) < text.index(
            "¶2 direct ┃ We will never trade our sovereignty for loans"
        ) < text.index(NEWEST_FIRST[2]) < text.index("¶3 direct ┃ Our schools welcome every visitor")
        assert "3 statements in 3 readouts" in screen_text(pilot.app)
        assert pilot.app.focused is pilot.app.query_one(ArchiveView)


async def test_namesakes_stay_apart_and_a_picked_speaker_means_that_person(archive: Path, tmp_path: Path) -> None:
    async with make_app(archive, tmp_path / "cache").run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"biden", "enter")
        await gathered(pilot)
        lines = archive_text(pilot.app)
        assert "Jill Biden, Joe Biden" in lines or "Joe Biden, Jill Biden" in lines
        assert "Jill Biden: Teachers are the heart of every country" in lines
        await pilot.press("ctrl+a")
        await open_readout(pilot, "Telephone Call")
        await pilot.press("escape")  # the typed "biden" filter
        joe = next(s for s in pilot.app.readout.attribution.speakers if s.name == "Joe Biden")
        pilot.app.filter_to_speaker(joe)
        await pilot.press("ctrl+a")
        await gathered(pilot)
        lines = [line.strip() for line in archive_lines(pilot.app) if line.strip()]
        assert lines[0] == "Joe Biden · 1 statement in 1 readout"
        assert "Jill" not in " ".join(lines)


async def test_enter_opens_the_readout_at_that_statement(archive: Path, tmp_path: Path) -> None:
    app = make_app(archive, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Telephone Call")
        await pilot.press("ctrl+a", "slash", *"lukashenko", "enter")
        await gathered(pilot)
        await pilot.press("n", "n", "enter")  # the second statement: the envoy's readout

        def opened() -> bool:
            """the envoy readout to open at the statement"""
            return app.readout is not None and "Envoy" in app.readout.document.title and app.text_view.current is not None

        await wait_for(pilot, opened)
        view = app.text_view
        assert view.page.statements[view.current].text == "We will never trade our sovereignty for loans"
        assert app.query_one("#readout").display and not app.query_one(ArchiveView).display
        assert app.focused is view
        assert "this readout" in screen_text(app)
        assert "▶" in screen_text(app)


async def test_readouts_not_read_yet_are_counted_on_screen(archive: Path) -> None:
    """Without a cache only the readouts in memory can be looked through: the others are said to be unread."""
    async with make_app(archive, None).run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"lukashenko", "enter")
        await gathered(pilot)
        lines = [line.strip() for line in archive_lines(pilot.app) if line.strip()]
        assert lines[0] == "Lukashenko · 1 statement in 1 readout · 2 readouts not read yet"  # the open one


async def test_escape_clears_the_person_and_ctrl_a_again_returns_to_the_readout(archive: Path, tmp_path: Path) -> None:
    async with make_app(archive, tmp_path / "cache").run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"lukashenko", "enter")
        await gathered(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert archive_text(pilot.app) == HINT
        await pilot.press("ctrl+a")
        await pilot.pause()
        assert pilot.app.text_view.display and pilot.app.readout is not None
        assert pilot.app.readout.document.title in screen_text(pilot.app)


def test_the_view_says_when_it_shows_only_the_first_statements(archive: Path, tmp_path: Path) -> None:
    cache = ReadoutCache(tmp_path / "cache")
    for _ in indexing.attribute_all(sorted(archive.iterdir()), cache):
        pass
    *_, capped = gather(cache, [str(archive)], Query.parse("speaker:lukashenko"), limit=2, archive_size=3)
    page = archive_page(capped, SpeakerStyles((), None, True)).page
    assert page.text_of(0) == "Aleksandr Lukashenko · 2 statements in 2 readouts · the first 2: add words to narrow the search"
    assert len(page.statements) == 2


async def test_the_command_palette_switches_to_all_readouts(archive: Path, tmp_path: Path) -> None:
    async with make_app(archive, tmp_path / "cache").run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+p", *"all readouts")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert pilot.app.query_one(ArchiveView).display and "all readouts" in screen_text(pilot.app)


def test_the_bars_count_says_in_for_a_persons_readouts_and_and_for_a_searchs() -> None:
    """A person's statements are "in" their readouts; a search's readouts are those whose text holds the words,
    some with no statement that does: "and", as the heading above says."""
    person = Gathered(Query.parse("speaker:brenn"), ("Ilona Brenn",), (), 0, 0, 0, done=True)
    words = Gathered(Query.parse("sovereignty"), (), (), 0, 0, 0, done=True)
    assert found_count(person).plain == "0 statements in 0 readouts"
    assert found_count(words).plain == "0 statements and 0 readouts"
