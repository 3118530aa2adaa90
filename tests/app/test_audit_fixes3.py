"""Defects found by a third audit, using the reader as a demanding analyst
would, each pinned by the behaviour the user sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_screen import archive_text, cached_reader, gathered, open_readout, screen_text, settled, wait_for

from readout_tui.app.app import ReadoutApp

SIZE = (120, 36)


def accented_archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Talks with Sébastien Ardel in Dorvik\n\n“We will open the corridor to Łódka,” Sébastien Ardel said.\n\n"
        "“Trade comes first,” Anton Marek said.\n", encoding="utf-8")
    (folder / "visit.txt").write_text(
        "A visit to Halsby\n\n“The port is ready,” Anton Marek said.\n", encoding="utf-8")
    return folder


async def test_a_name_typed_without_its_accents_finds_the_accented_one(tmp_path: Path) -> None:
    """An analyst types "Sebastien" (the keyboard has no é): the filter said
    "No “sebastien” here", the list's narrowing found no readout, the find box
    "no matches" and the search of every readout nothing, all for "Sébastien"."""
    app = cached_reader(accented_archive(tmp_path), tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        app.query_one("#title-search").focus()
        await pilot.press(*"sebastien")  # the list's narrowing, by title
        await wait_for(pilot, lambda: app.library.query == "sebastien" and not app.library.narrowing)
        assert [entry.title for entry in app.library] == ["Talks with Sébastien Ardel in Dorvik"]
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.readout.document.title.startswith("Talks with") and app._opening is None)
        await pilot.press("slash", *"sebastien", "enter")
        await wait_for(pilot, lambda: app.speaker_filter is not None)
        assert [speaker.name for speaker in app.chosen_speakers()] == ["Sébastien Ardel"]
        assert "1 of 2 statements · Sébastien Ardel" in screen_text(app)
        await pilot.press("escape")
        app.text_view.focus()
        await pilot.press("ctrl+f", *"LODKA")
        await wait_for(pilot, lambda: app.query_one("#find-count").render().plain == "1 of 1")
        await pilot.press("escape", "ctrl+a", "ctrl+f", *"speaker:sebastien lodka", "enter")
        await gathered(pilot)
        text = archive_text(app)
        assert text.startswith("Sébastien Ardel · 1 statement with “lodka” in 1 readout"), text
        assert "corridor to Łódka" in text


@pytest.mark.parametrize("everywhere", [False, True], ids=["this-readout", "all-readouts"])
async def test_speaker_prefix_typed_in_the_filter_names_the_person_and_alone_shows_everyone(
    tmp_path: Path, everywhere: bool
) -> None:
    """The search's `speaker:brenn` typed in the filter box (help lists it) said
    "No “speaker:brenn” here"; `speaker:` alone said "No “speaker:” here · all 2
    statements", and on all readouts "All readouts · speaker:speaker:" and "No one
    called “speaker:”"."""
    from notices import notice

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Talks in Dorvik\n\n“We will open the corridor,” Ilona Brenn said.\n\n"
        "“Trade comes first,” Anton Marek said.\n", encoding="utf-8")
    app = cached_reader(folder, tmp_path / "cache")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        if everywhere:
            await pilot.press("ctrl+a")
        await pilot.press("slash", *'speaker:"ilona brenn"', "enter")
        await wait_for(pilot, lambda: app.speaker_filter is not None)
        assert app.speaker_filter.query == "ilona brenn"
        if everywhere:
            await gathered(pilot)
            assert archive_text(app).startswith("Ilona Brenn · 1 statement in 1 readout"), archive_text(app)
        else:
            assert [speaker.name for speaker in app.chosen_speakers()] == ["Ilona Brenn"]
            assert "1 of 2 statements · Ilona Brenn" in screen_text(app)
        await pilot.press("slash", *"speaker:", "enter")
        await notice(pilot, "The filter takes a name (or speaker:name): every speaker is shown.")
        assert app.speaker_filter is None and app.query_one("#filter-input").value == ""
        status = app.query_one("#filter-status").render().plain
        if everywhere:
            assert "No one called" not in screen_text(app) and status == ""
        else:
            assert status.strip() == "2 statements · 2 speakers"


SEVEN = ["Ilona Brenn", "Anton Marek", "Casimir Oduya", "Halvard Strenn", "Amara Quell", "Teodor Vask", "Lucia Darrow"]


def _contrast(first, second) -> float:
    from readout_tui import palette

    return palette.contrast(*("#{:02X}{:02X}{:02X}".format(*colour.get_truecolor()) for colour in (first, second)))


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_statement_at_the_marker_is_as_readable_on_its_tint_as_the_text_around_it(
    tmp_path: Path, theme: str
) -> None:
    """n stopped at a statement and laid its speaker's tint under it, keeping the
    speaker's colour on it: 3.5:1 for the sixth speaker on the default theme (3.3:1
    on the light one), under the 4.5:1 every speaker's colour has on the background."""
    paragraphs = [f"“We stand ready on item {n},” said {name}." for n, name in enumerate(SEVEN, 1)]
    (tmp_path / "summit.txt").write_text("Summit of Seven\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    app = ReadoutApp([str(tmp_path)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = theme
        await settled(pilot)
        view = app.text_view
        background = view.visual_style.background.rich_color
        assert len(app.readout.attribution.speakers) == 7
        view.focus()
        for index in range(7):
            await pilot.press("n")
            await wait_for(pilot, lambda: view.current == index)
            on_tint = [
                segment
                for y in range(view.size.height)
                for segment in view.render_line(y)
                if segment.text.strip() and segment.style and segment.style.bgcolor not in (None, background)
            ]
            assert on_tint, f"statement {index + 1} is not tinted"
            worst = min(_contrast(segment.style.color, segment.style.bgcolor) for segment in on_tint)
            assert worst >= 4.5, (index, worst)


def dated_archive(folder: Path, count: int) -> Path:
    """`count` dated readouts whose file names do not sort by date."""
    folder.mkdir()
    for number in range(count):
        day = f"2024-{number % 12 + 1:02}-{number % 28 + 1:02}"
        (folder / f"r{(number * 7919) % 1000:03}-{number}.md").write_text(
            f"---\ntitle: Readout {number}\ndate: {day}\n---\n\n“The harbour is open,” Anton Vesk said.\n",
            encoding="utf-8")
    return folder


@pytest.mark.parametrize("touched", [False, True], ids=["untouched", "a-key-pressed"])
async def test_a_first_start_on_a_large_archive_ends_on_its_newest_readout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, touched: bool
) -> None:
    """A first start on 150 readouts (more than are listed with their titles) showed
    the first file by name (now the last, which dated names make the newest; these
    names are not dated), and once every readout was listed by date the cursor
    stayed on it, far down the list: not the newest readout, which a small archive
    opens on. A reader who pressed a key meanwhile keeps what they have."""
    import readout_tui.loading as loading

    archive = dated_archive(tmp_path / "archive", 150)
    searched = loading.discover

    def slow_discover(paths):
        from time import sleep

        sleep(1.0)  # a slow disk: the first file is shown well before the list
        return searched(paths)

    monkeypatch.setattr(loading, "discover", slow_discover)
    app = cached_reader(archive, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.readout is not None)
        first = app.readout.document.path
        assert first.name == "r984-136.md" and app.library.total == 1  # the last file by name
        if touched:
            await pilot.press("tab")
        await settled(pilot)
        await wait_for(pilot, lambda: app._opening is None)
        newest = app.library[0]
        assert newest.date == "2024-12-28"
        if touched:
            assert app.readout.document.path == first
        else:
            assert app._list.cursor == 0 and app.readout.document.path == newest.path
            assert "2024-12-28" in screen_text(app).splitlines()[1]


def large_readout(folder: Path) -> Path:
    folder.mkdir()
    (folder / "a-call.txt").write_text("A Call\n\n“We agree,” Anna Berg said.\n", encoding="utf-8")
    big = folder / "big.txt"
    paragraphs = [f"“We discussed item {n},” Anton Marek said." for n in range(1, 400)]
    big.write_text("A Big Plenary\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return big


@pytest.fixture
def large_is_small(monkeypatch: pytest.MonkeyPatch) -> None:
    """A readout of a few KB counts as large, as one of several MB does."""
    from readout_tui.app import background, read_apart

    monkeypatch.setattr(read_apart, "APART_BYTES", 5_000)
    monkeypatch.setattr(background, "PROCESS_FROM_BYTES", 5_000, raising=False)


async def test_a_large_readout_is_attributed_outside_the_readers_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large_is_small
) -> None:
    """A 4 MB readout opened for the first time was attributed in a thread of the
    reader's process (by the open and by the archive pass): every key pressed in the
    seconds it took waited two seconds for its turn at the interpreter lock."""
    import readout_tui.readouts as readouts

    big = large_readout(tmp_path / "archive")
    real = readouts.read_readout

    def not_here(path, *args, **kwargs):
        if Path(path).name == big.name:
            raise AssertionError("a large readout attributed in the reader's own process")
        return real(path, *args, **kwargs)

    monkeypatch.setattr(readouts, "read_readout", not_here)
    app = cached_reader(big.parent, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert app.library.get(big).speakers == 1  # (the archive pass: in a child too)
        await wait_for(pilot, lambda: app.readout.document.title == "A Big Plenary")  # (the first: undated, by title)
        assert len(app.readout.attribution.statements) == 399
        assert "399 statements · 1 speaker" in screen_text(app)


async def test_moving_on_from_a_large_readout_being_read_shows_the_next_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large_is_small
) -> None:
    """j while a large readout was being read: the next readout waited until the
    large one was read (seconds), only one being read at a time."""
    import sys

    import readout_tui.readouts as readouts
    from readout_tui.app import read_apart

    big = large_readout(tmp_path / "archive")
    real = readouts.read_readout

    def slow(path, *args, **kwargs):
        if Path(path).name == big.name:
            import time

            time.sleep(30)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(readouts, "read_readout", slow)
    monkeypatch.setattr(read_apart, "_command", lambda path, options: [sys.executable, "-c", "import time; time.sleep(30)"])
    app = ReadoutApp([str(big.parent)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library.total == 2 and app._opening == big)
        app.query_one("#readouts").focus()
        await pilot.press("j")  # A Call (both undated: by title)
        await wait_for(pilot, lambda: app.readout is not None and app.readout.document.title == "A Call", timeout=5)
        assert "We agree" in screen_text(app)
        app.workers.cancel_all()


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_q_in_help_closes_the_help_not_the_reader(library_dir: Path, key: str) -> None:
    """Reported by the last stop ("q in the help screen closes the app"); not seen
    again in this audit (tmux at 120x36 and 80x24, and here): kept as a guard."""
    from readout_tui.app.screens.help import HelpScreen

    app = ReadoutApp([str(library_dir)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press(key)
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        await pilot.press("down", "q")
        await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen))
        assert app.is_running and app.return_code is None


async def test_a_readout_arriving_in_an_empty_folder_is_opened(tmp_path: Path) -> None:
    """Started on an empty folder ("Nothing to read in …"), the reader listed a
    readout saved there later but went on saying "No readouts found" beside it."""
    from test_live_folder import ScriptedWatch

    folder = tmp_path / "inbox"
    folder.mkdir()
    watch = ScriptedWatch([folder])
    app = ReadoutApp([str(folder)], cursor_blink=False, folder_watch=watch)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: "Nothing to read" in screen_text(app))
        new = folder / "call.txt"
        new.write_text("A Call\n\n“We agree,” Anna Berg said.\n", encoding="utf-8")
        watch.changed(new)
        await wait_for(pilot, lambda: app.library.total == 1)
        await wait_for(pilot, lambda: app.readout is not None and app._opening is None)
        text = screen_text(app)
        assert "No readouts found" not in text and "Nothing to read" not in text
        assert "We agree" in text


async def test_a_readout_changed_on_disk_is_shown_again_at_the_statement_the_reader_was_at(tmp_path: Path) -> None:
    """n four times ("statement 4 of 7"), then the file was edited: the readout was
    read again ("the open readout changed and was read again") and ▶ was gone, the
    reader's n/N place lost with it."""
    import shutil

    from conftest import REPO
    from test_live_folder import ScriptedWatch

    folder = tmp_path / "documents"
    shutil.copytree(REPO / "documents", folder)
    watch = ScriptedWatch([folder])
    app = ReadoutApp([str(folder)], cursor_blink=False, folder_watch=watch)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        view = app.text_view
        view.focus()
        await pilot.press("n", "n", "n", "n")
        assert view.current == 3 and "statement 4 of 7" in screen_text(app)
        path, before = app.readout.document.path, app.readout
        path.write_text(path.read_text(encoding="utf-8").replace("takes the chair", "proudly takes the chair"),
                        encoding="utf-8")
        watch.changed(path)
        await wait_for(pilot, lambda: app.readout is not before and app._opening is None)
        assert "proudly takes the chair" in app.readout.document.body
        assert view.current == 3 and "statement 4 of 7" in screen_text(app)
        assert "▶" in screen_text(app)


async def test_back_to_all_readouts_after_opening_one_the_list_is_where_the_reader_left_it(tmp_path: Path) -> None:
    """Going through one person's statements across readouts: n to the third,
    Enter to read its readout, Ctrl+A back: the list started again from the top,
    ▶ gone, and the reader had to find their place among hundreds of statements."""
    from app_screen import archive_lines

    folder = tmp_path / "archive"
    folder.mkdir()
    for day in range(1, 13):
        (folder / f"2024-05-{day:02}-call.md").write_text(
            f"---\ntitle: Call number {day}\ndate: 2024-05-{day:02}\n---\n\n"
            + "\n\n".join(f"“We discussed item {n} on day {day},” Ilona Brenn said." for n in range(1, 4)) + "\n",
            encoding="utf-8")
    app = cached_reader(folder, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"brenn", "enter")
        await gathered(pilot)
        archive = app.query_one("#archive")
        archive.focus()
        await pilot.press(*["n"] * 14)  # the second statement of the fifth readout: below the first screen
        assert archive.current == 13 and archive.scroll_y > 0
        place, before = archive.scroll_y, archive_lines(app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: not app._everywhere and app.readout.document.title == "Call number 8")
        await pilot.press("ctrl+a")
        await gathered(pilot)
        assert archive.current == 13 and archive.scroll_y == place
        assert archive_lines(app) == before
        assert "▶" in screen_text(app)


@pytest.mark.parametrize("typed", ["brenn", ""], ids=["a-filter", "nothing"])
async def test_escape_in_the_filter_box_gives_the_keys_back_to_the_statements(tmp_path: Path, typed: str) -> None:
    """Esc in the filter box cleared it and left the focus there: n, j or s pressed
    next went into the box ("nnn" typed where the reader meant the next statements),
    and Esc again did nothing."""
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Talks in Dorvik\n\n“We will open the corridor,” Ilona Brenn said.\n\n"
        "“Trade comes first,” Anton Marek said.\n", encoding="utf-8")
    app = ReadoutApp([str(folder)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("slash", *typed, "escape")
        assert app.speaker_filter is None and app.query_one("#filter-input").value == ""
        assert app.focused is app.text_view
        await pilot.press("n")
        assert app.text_view.current == 0 and app.query_one("#filter-input").value == ""


async def test_the_filter_completes_a_name_typed_without_its_accents(tmp_path: Path) -> None:
    """"seb" in the filter box offered nothing for "Sébastien Ardel" (completion
    compared the letters as typed), though Enter then found him."""
    app = ReadoutApp([str(accented_archive(tmp_path))], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Talks with")
        await pilot.press("slash", *"seb")
        box = app.query_one("#filter-input")
        await wait_for(pilot, lambda: box._suggestion != "")
        assert box._suggestion == "Sébastien Ardel"
        await pilot.press("right", "enter")
        await wait_for(pilot, lambda: app.speaker_filter is not None)
        assert app.speaker_filter.query == "Sébastien Ardel"


async def test_while_a_large_readout_loads_the_header_names_it_not_the_readout_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, large_is_small
) -> None:
    """k back to a large readout being read: for seconds the pane said "Loading…"
    under the title, the speakers and the count of the readout just left."""
    import sys

    from readout_tui.app import read_apart

    big = large_readout(tmp_path / "archive")
    monkeypatch.setattr(read_apart, "_command", lambda path, options: [sys.executable, "-c", "import time; time.sleep(30)"])
    app = ReadoutApp([str(big.parent)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await wait_for(pilot, lambda: app.library.total == 2 and app._opening == big)
        app.query_one("#readouts").focus()
        await pilot.press("j")
        await wait_for(pilot, lambda: app.readout is not None and app.readout.document.title == "A Call", timeout=5)
        await pilot.press("k")
        await wait_for(pilot, lambda: app.text_view.loading)
        main = app.query_one("#main").region
        top = [line[main.x :] for line in screen_text(app).splitlines()[main.y : main.bottom]]
        assert "Reading A Big Plenary…" in top[0]
        assert not any("A Call" in line or "Anna Berg" in line or "statement" in line for line in top), top
        await pilot.press("j")
        await wait_for(pilot, lambda: not app.text_view.loading and app._opening is None, timeout=5)
        text = screen_text(app)
        assert "A Call" in text.splitlines()[0] and "Anna Berg" in text and "1 statement · 1 speaker" in text
        app.workers.cancel_all()


async def test_back_to_all_readouts_after_opening_a_search_hit_the_search_is_listed_again(tmp_path: Path) -> None:
    """Ctrl+F on all readouts, `speaker:brenn corridor`, Enter on the second hit,
    Ctrl+A back: the view said what it is for ("type a speaker's name…"), the
    search gone, to be typed again for each hit read."""
    from app_screen import archive_lines

    folder = tmp_path / "archive"
    folder.mkdir()
    for day in range(1, 4):
        (folder / f"2024-05-{day:02}-call.md").write_text(
            f"---\ntitle: Call number {day}\ndate: 2024-05-{day:02}\n---\n\n"
            f"“The corridor opens on day {day},” Ilona Brenn said.\n\n“Trade comes first,” Anton Marek said.\n",
            encoding="utf-8")
    app = cached_reader(folder, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "ctrl+f", *"speaker:brenn corridor", "enter")
        await gathered(pilot)
        assert archive_text(app).startswith("Ilona Brenn · 3 statements with “corridor” in 3 readouts")
        await pilot.press("n", "n")
        before = archive_lines(app)
        await pilot.press("enter")
        await wait_for(pilot, lambda: not app._everywhere and app.readout.document.title == "Call number 2")
        await pilot.press("ctrl+a")
        await gathered(pilot)
        archive = app.query_one("#archive")
        assert archive_lines(app) == before and archive.current == 1
        assert "speaker:brenn corridor" in screen_text(app).splitlines()[0]


async def test_the_next_start_brings_back_the_statement_at_the_marker(tmp_path: Path) -> None:
    """Quit with ▶ on statement 5 of 7 ("n" five times, the reader's place in a
    long read): the next start opened the readout at the same line, without ▶,
    and n started again from the first statement on screen."""
    import shutil

    from conftest import REPO

    from readout_tui.state import SavedState

    folder = tmp_path / "documents"
    shutil.copytree(REPO / "documents", folder)

    def make_app() -> ReadoutApp:
        return ReadoutApp([str(folder)], cursor_blink=False, state=SavedState(tmp_path / "state"))

    async with make_app().run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Leaders’ Summit")
        pilot.app.text_view.focus()
        await pilot.press(*["n"] * 5)
        assert pilot.app.text_view.current == 4
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert "Leaders’ Summit" in app.readout.document.title
        assert app.text_view.current == 4 and "statement 5 of" in screen_text(app)
        await pilot.press("n")
        assert app.text_view.current == 5


async def test_s_on_all_readouts_tallies_the_archive_not_the_readout_hidden_under_the_view(library_dir: Path) -> None:
    """s on all readouts opened with "This readout · <title>": the speakers of a
    readout the reader could not see (c, C and e were made to leave it alone)."""
    app = ReadoutApp([str(library_dir)], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("s")
        await wait_for(pilot, lambda: "This readout" in screen_text(app))
        await pilot.press("escape", "ctrl+a", "s")
        await wait_for(pilot, lambda: app.screen.id != "_default" and "Archive" in screen_text(app))
        assert "This readout" not in screen_text(app)
        await pilot.press("escape", "ctrl+a", "s")
        await wait_for(pilot, lambda: "This readout" in screen_text(app))
