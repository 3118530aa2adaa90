"""Defects found by using the reader as a demanding analyst would (keys, sizes,
hostile files), each pinned by the behaviour the user sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_screen import open_readout, screen_text, settled, wait_for
from textual import events

from readout_tui.app.app import ReadoutApp

SIZE = (120, 36)


def write_readout(folder: Path, name: str, title: str, speaker: str, statements: int) -> None:
    paragraphs = [f"“We discussed item {n},” {speaker} said." for n in range(1, statements + 1)]
    paragraphs = paragraphs or ["The delegations met in the capital. A lunch followed."]
    (folder / name).write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


@pytest.fixture
def two_readouts(tmp_path: Path) -> Path:
    """A long readout (listed first: both are undated, and sorted by title) and the one below it."""
    folder = tmp_path / "archive"
    folder.mkdir()
    write_readout(folder, "2024-01-02-plenary.txt", "A Long Plenary Session", "Teodora Lisk", 60)
    return folder


@pytest.mark.parametrize("statements", [40, 0], ids=["with-statements", "without-statements"])
async def test_another_readout_opens_at_its_top_not_at_the_place_left_in_the_last(two_readouts, statements) -> None:
    """n twenty times in one readout, then the next one in the list: it opened
    scrolled as far down as the last one was, its own twentieth statement marked ▶
    ("statement 20 of 40"; "statement 20 of 0" for a readout without statements)."""
    write_readout(two_readouts, "2024-01-01-talks.txt", "Bilateral Talks", "Anton Marek", statements)
    app = ReadoutApp([str(two_readouts)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "A Long Plenary Session")
        app.text_view.focus()
        await pilot.press(*["n"] * 20)
        assert app.text_view.current == 19 and app.text_view.scroll_y > 0
        await open_readout(pilot, "Bilateral Talks")  # (g, the readout shown already, then j)
        view = app.text_view
        assert app.readout.document.title == "Bilateral Talks"
        assert view.current is None
        assert view.scroll_y == 0
        assert "statement" not in str(view.border_subtitle)
        assert "¶1" in screen_text(app)
        if statements:
            await pilot.press("tab", "n")  # the list → the text: n starts from the top
            assert view.current == 0


LEADERS = [
    "Ilona Brenn", "Anton Marek", "Casimir Oduya", "Halvard Strenn", "Amara Quell", "Wilhelmina Roe",
    "Teodor Vask", "Lucia Darrow", "Maren Tovsrud", "Sigrun Vaelborg", "Teodora Lisk", "Petra Holm",
    "Jonas Ekdal", "Rafael Mendo", "Oskar Brandt", "Yara Nolen", "Edvin Sorel",
]  # fmt: skip


def legend_lines(app: ReadoutApp) -> list[str]:
    legend = app.query_one("#legend")
    return [line.rstrip() for line in screen_text(app).splitlines()[legend.region.y : legend.region.bottom]]


@pytest.mark.parametrize(
    ("size", "shown"), [((120, 36), 11), ((80, 24), 7)], ids=["120x36", "80x24"]
)
async def test_the_legend_says_how_many_speakers_it_cannot_show_and_never_splits_a_chip(
    tmp_path: Path, size: tuple[int, int], shown: int
) -> None:
    """Seventeen speakers: the legend showed four lines of chips cut anywhere
    ("8  Lucia" at the end of a line, "Darrow 1" on the next) and dropped the rest
    without a word: at 80x24 even speakers 5 to 9 of a nine-speaker readout, whose
    keys 5-9 filter by them, were nowhere on screen."""
    paragraphs = [f"“We stand ready on item {n},” said {name}." for n, name in enumerate(LEADERS, 1)]
    (tmp_path / "summit.txt").write_text("Summit of Seventeen\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    app = ReadoutApp([str(tmp_path)], cursor_blink=False)
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        lines = legend_lines(app)
        assert len(lines) == 4
        text = " ".join(lines)
        on_screen = [name for name in LEADERS if f"{name} 1" in text]  # each name with its count: a whole chip
        assert on_screen == LEADERS[:shown]
        assert lines[-1].endswith(f"+{len(LEADERS) - shown} more · s lists all")
        assert not any(name.split()[0] in text for name in LEADERS[shown:])


async def test_nine_speakers_with_long_offices_are_all_in_the_legend_at_120_columns() -> None:
    """The summit of the sample readouts: speakers 8 and 9 (keys 8 and 9) were below
    the legend's four lines, their offices taking the room."""
    from conftest import REPO

    app = ReadoutApp([str(REPO / "documents")], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Leaders’ Summit")
        speakers = app.readout.attribution.speakers
        assert len(speakers) == 9
        text = " ".join(legend_lines(app))
        assert all(speaker.name in text for speaker in speakers)
        assert "more" not in text


async def test_escape_in_a_narrowed_list_lists_every_readout_again(library_dir: Path) -> None:
    """Letters in the list narrow it ("Esc clears", says the README of the list); but
    once the reader had read a readout and come back to the list, Esc there did
    nothing to the narrowing: only the title box, a Tab away, cleared it."""
    app = ReadoutApp([str(library_dir)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        total = app.library.total
        await pilot.press("slash", *"lisk", "enter")  # a speaker filter, for the second Esc
        app.query_one("#readouts").focus()
        await pilot.press(*"call")
        await wait_for(pilot, lambda: len(app.library) < total)
        await pilot.press("enter")  # read the readout
        await wait_for(pilot, lambda: app.focused is app.text_view)
        await pilot.press("shift+tab")  # back to the list
        assert app.focused is app.query_one("#readouts")
        await pilot.press("escape")
        assert len(app.library) == total and app.query_one("#title-search").value == ""
        assert f"Readouts ({total})" in screen_text(app)
        assert app.speaker_filter is not None  # the narrowing went first
        await pilot.press("escape")
        assert app.speaker_filter is None


@pytest.mark.parametrize("where", ["list", "title box"])
async def test_enter_on_a_readout_from_all_readouts_shows_that_readout_to_read(library_dir: Path, where: str) -> None:
    """Ctrl+A, then Enter on a readout of the list: the focus went to the readout's
    text, hidden under the view across readouts, which stayed on screen; j, k,
    c and C then scrolled and copied a readout the reader could not see."""
    app = ReadoutApp([str(library_dir)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a")
        await wait_for(pilot, lambda: app._everywhere and app.query_one("#archive").display)
        app.query_one("#readouts").focus()
        if where == "title box":
            await pilot.press(*"call")
            await wait_for(pilot, lambda: len(app.library) == 1)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app._opening is None and app._opening_later is None)
        assert not app._everywhere
        assert app.focused is app.text_view and app.text_view.display and not app.query_one("#archive").display
        assert app.readout.document.title in screen_text(app)
        assert "this readout" in screen_text(app).splitlines()[-2]


async def test_the_words_searched_across_readouts_are_shown_as_typed_not_as_markup(library_dir: Path) -> None:
    """The view across readouts named the search in its border as markup: a search
    for "[reverse]agree [@click=app.quit]x[/]" showed "agree x" in reverse video,
    the x a link that quits (a speaker's name picked in the legend goes there too)."""
    app = ReadoutApp([str(library_dir)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "ctrl+f")
        await wait_for(pilot, lambda: app._find is not None and app._find.is_open)
        query = "[reverse]agree [@click=app.quit]x[/]"
        app._find.input.value = query
        await pilot.press("enter")
        await wait_for(pilot, lambda: app._archive.gathered is not None and app._archive.gathered.done)
        top = screen_text(app).splitlines()[0]
        assert f"All readouts · {query}" in top


async def burst(pilot, *keys: str) -> None:
    """Keys arriving together, as the terminal hands them over when the reader types
    while the app is busy (or pastes): all posted before the first is handled."""
    names = {"/": "slash", "\r": "enter"}
    for character in keys:
        pilot.app.post_message(events.Key(names.get(character, character), character))
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("focus", ["readout", "readouts"])
async def test_a_name_typed_fast_after_slash_goes_to_the_filter_not_to_shortcuts(
    library_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, focus: str
) -> None:
    """"/teodora⏎" arriving in one burst, the text focused: the letters went to the
    text and the app's keys (e opened the export dialog, whose Enter then wrote the
    readout into the current folder) and the filter box stayed empty; from the list,
    Enter read the readout instead of filtering."""
    here = tmp_path / "here"
    here.mkdir()
    app = ReadoutApp([str(library_dir.resolve())], cursor_blink=False)
    monkeypatch.chdir(here)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Foreign Ministers")
        app.query_one(f"#{focus}").focus()
        await pilot.pause()
        await burst(pilot, "/", *"teodora", "\r")
        await wait_for(pilot, lambda: app.speaker_filter is not None)
        assert not app.screen.is_modal  # no export dialog, no statistics
        assert [speaker.name for speaker in app.chosen_speakers()] == ["Teodora Lisk"]
        assert "2 of 4 statements · Teodora Lisk" in screen_text(app)
        assert list(here.iterdir()) == []


async def test_a_note_about_the_file_is_read_whole_in_a_narrow_terminal(tmp_path: Path) -> None:
    """The header cut its notes at the pane's edge: at 80 columns "⚠ removed 1
    bidirectional control character(s) that co…", the reason left unsaid."""
    (tmp_path / "bidi.txt").write_text(
        "Talks on the border\n\n“We agree \u202ewith the plan\u202c,” Anna Berg said.\n", encoding="utf-8"
    )
    app = ReadoutApp([str(tmp_path)], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        (note,) = app.readout.document.notes
        assert len(note) > 60  # more than the header's width at 80 columns
        header = app.query_one("#header")
        lines = screen_text(app).splitlines()[header.region.y : header.region.bottom]
        text = " ".join(line[header.region.x :].strip() for line in lines)
        assert f"⚠ {note}" in " ".join(text.split())
