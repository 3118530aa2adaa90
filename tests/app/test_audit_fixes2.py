"""Defects found by a second audit, using the reader as a demanding analyst
would, each pinned by the behaviour the user sees."""

from __future__ import annotations

import re
from pathlib import Path

from app_screen import screen_text, settled

from readout_tui.app.app import ReadoutApp

SIZE = (120, 36)


def long_readout(folder: Path, statements: int = 1200) -> Path:
    readout = folder / "plenary.txt"
    paragraphs = [f"“We discussed item {n},” Anna Berg said." for n in range(1, statements + 1)]
    readout.write_text("A long plenary\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return readout


async def test_the_legend_counts_thousands_as_the_rest_of_the_reader_does(tmp_path) -> None:
    """The legend's chip said "Anna Berg 1200" beside "1,200 statements · 1 speaker"
    under it and "1,200" in the statistics."""
    app = ReadoutApp([str(long_readout(tmp_path))], cursor_blink=False)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        legend = app.query_one("#legend").render().plain
        assert "Anna Berg 1,200" in legend
        assert "1200" not in screen_text(app)


async def test_an_export_the_system_refuses_names_the_file_asked_for_not_a_temporary_one(
    tmp_path, monkeypatch
) -> None:
    """A folder the reader may not write in (or /proc) said "Not written: [Errno 13]
    Permission denied: '/x/.talks.md.d69fdbd5.tmp'": a file the reader never named."""
    from notices import notice

    import readout_tui.writing as writing

    here = tmp_path / "locked"
    here.mkdir()

    def refused(target: Path):
        raise PermissionError(13, "Permission denied", str(target.with_name(f".{target.name}.d69fdbd5.tmp")))

    monkeypatch.setattr(writing, "_temporary_beside", refused)
    (tmp_path / "documents").mkdir()
    app = ReadoutApp([str(long_readout(tmp_path / "documents", 3))], cursor_blink=False)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await pilot.press("e")
        await pilot.pause()
        await pilot.press("ctrl+u", *str(here / "talks.md"), "enter")
        said = await notice(pilot, "Not written")
        assert f"cannot write {here / 'talks.md'}: Permission denied" in said
        assert ".tmp" not in said and "Errno" not in said
    assert list(here.iterdir()) == []


async def test_an_apostrophe_typed_finds_the_typeset_one_in_the_readout_and_across_readouts(tmp_path) -> None:
    """Readouts are typeset ("I don’t expect", “sovereignty”) and a keyboard types
    "don't": Ctrl+F said "no matches" in the readout, and the search of every
    readout missed them, as it did a readout whose text (not a statement) had them."""
    from app_screen import archive_text, cached_reader, gathered, open_readout, wait_for

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "2024-05-02-talks.txt").write_text(
        "Talks in Dorvik\n\n“I don’t expect all three to be finished,” Ilona Brenn said.\n\n"
        "Ilona Brenn said: \"We don't give up.\"\n", encoding="utf-8")
    (folder / "2024-05-01-visit.txt").write_text(
        "A visit to Halsby\n\nThe delegations visited the port, which the minister’s staff don’t run.\n",
        encoding="utf-8")
    app = cached_reader(folder, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Talks in Dorvik")
        app.text_view.focus()
        await pilot.press("ctrl+f", *"DON'T")

        def both() -> bool:
            """the find box to count both: don’t and don't"""
            return app.query_one("#find-count").render().plain == "1 of 2"

        await wait_for(pilot, both)
        await pilot.press("escape", "ctrl+a", "ctrl+f", *"don't", "enter")
        await gathered(pilot)
        text = archive_text(app)
        assert text.startswith("“don't” · 2 statements and 2 readouts"), text
        assert "I don’t expect" in text and "The delegations visited the port" in text


async def test_e_on_all_readouts_writes_the_statements_the_view_lists(tmp_path, monkeypatch) -> None:
    """e in the view across readouts wrote the readout hidden under it, whole
    ("Write the readout “A visit to Halsby”"), not the person's statements listed."""
    import json

    from app_screen import cached_reader, gathered
    from notices import notice

    from readout_tui.app.screens.export_dialog import ExportDialog

    folder, here = tmp_path / "archive", tmp_path / "here"
    folder.mkdir()
    here.mkdir()
    monkeypatch.chdir(here)
    (folder / "talks.txt").write_text(
        "Talks in Dorvik\n\n“We will open the corridor,” Ilona Brenn said.\n\n"
        "“Trade comes first,” Anton Marek said.\n", encoding="utf-8")
    (folder / "call.txt").write_text(
        "A call with Lirea\n\n“The strait must stay open,” President Ilona Brenn said.\n", encoding="utf-8")
    (folder / "visit.txt").write_text(
        "A visit to Halsby\n\n“The port is ready,” Anton Marek said.\n", encoding="utf-8")
    app = cached_reader(folder, tmp_path / "cache")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "slash", *"brenn", "enter")
        await gathered(pilot)
        await pilot.press("e")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ExportDialog)
        assert "Write 2 statements of Ilona Brenn from 2 readouts" in screen_text(app)
        await pilot.press("ctrl+u", *"brenn.json", "enter")
        await notice(pilot, "Wrote 2 statements of Ilona Brenn from 2 readouts as JSON")
    written = json.loads((here / "brenn.json").read_text(encoding="utf-8"))
    assert sorted(readout["document"]["title"] for readout in written) == ["A call with Lirea", "Talks in Dorvik"]
    said = [(s["speaker"], s["text"]) for readout in written for s in readout["statements"]]
    assert sorted(said) == [("Ilona Brenn", "The strait must stay open"), ("Ilona Brenn", "We will open the corridor")]


async def test_c_and_shift_c_on_all_readouts_copy_what_the_view_lists(tmp_path) -> None:
    """On all readouts, with ▶ on the second of Ilona Brenn's statements, c copied
    a statement of Anton Marek from the readout hidden under the view, and C that
    whole readout ("Copied the whole readout “Talks in Dorvik”")."""
    from app_screen import cached_reader, gathered, open_readout
    from notices import notice

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.md").write_text(
        "---\ntitle: Talks in Dorvik\ndate: 2024-05-02\n---\n\n“Trade comes first,” Anton Marek said.\n\n"
        "“We will open the corridor,” Ilona Brenn said.\n", encoding="utf-8")
    (folder / "call.md").write_text(
        "---\ntitle: A call with Lirea\ndate: 2024-05-01\n---\n\n"
        "“The strait must stay open,” President Ilona Brenn said.\n", encoding="utf-8")
    app = cached_reader(folder, tmp_path / "cache")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Talks in Dorvik")
        await pilot.press("ctrl+a", "slash", *"brenn", "enter")
        await gathered(pilot)
        app.query_one("#archive").focus()
        await pilot.press("n", "n", "c")
        await pilot.pause()
        assert app.clipboard == "Ilona Brenn: “The strait must stay open”"
        await notice(pilot, "Copied a statement of Ilona Brenn")
        await pilot.press("C")
        await pilot.pause()
        assert app.clipboard == (
            "Talks in Dorvik · 2024-05-02\n\nIlona Brenn: “We will open the corridor”\n\n"
            "A call with Lirea · 2024-05-01\n\nIlona Brenn: “The strait must stay open”"
        )
        await notice(pilot, "Copied 2 statements of Ilona Brenn from 2 readouts")


async def test_a_narrow_filter_status_loses_its_last_parts_not_half_a_word(tmp_path) -> None:
    """At 80 columns the status under the readout read "7 statements · 2 s…": it
    keeps the parts that fit whole ("7 statements"), as the hints do."""
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Talks in Dorvik\n\n" + "\n\n".join(
            f"“We discussed item {n},” {'Ilona Brenn' if n % 2 else 'Anton Marek'} said." for n in range(1, 8)
        ) + "\n", encoding="utf-8")
    app = ReadoutApp([str(folder)], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        status = app.query_one("#filter-status").render().plain.strip()
        assert status == "7 statements"
        assert "…" not in screen_text(app).splitlines()[-2]
    async with ReadoutApp([str(folder)], cursor_blink=False).run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        assert pilot.app.query_one("#filter-status").render().plain.strip() == "7 statements · 2 speakers"


async def test_the_statistics_rows_fit_an_80_column_screen(library_dir) -> None:
    """At 80x24 each person's row of the archive was too wide for the panel, and
    its "3 readouts" went to a line of its own under it; at 120 columns the bars
    keep their full width."""
    from app_screen import wait_for
    from textual.widgets import OptionList

    from readout_tui.app.screens.statistics import BAR_WIDTH

    for size in ((80, 24), (120, 36)):
        app = ReadoutApp([library_dir], cursor_blink=False)
        async with app.run_test(size=size) as pilot:
            await settled(pilot)
            await pilot.press("s")
            await wait_for(pilot, lambda: getattr(app.screen, "people", None) is not None)
            shares = app.screen.query_one("#shares", OptionList)
            room = shares.content_region.width - 2  # a scroll bar's, which a longer list has
            prompts = [option.prompt for option in shares.options if option.prompt.plain.strip()]
            people = [prompt for prompt in prompts if prompt.plain.rstrip().endswith(("readout", "readouts"))]
            assert people
            assert all(prompt.cell_length <= room for prompt in people), (room, max(p.cell_length for p in people))
            lines = screen_text(app).splitlines()
            alone = [line for line in lines if re.fullmatch(r"[\d,]+ readouts?", line.strip(" │▁▂▃▄▅▆▇█"))]
            assert not alone
            if size == (120, 36):
                assert app.screen._bar_width() == BAR_WIDTH


async def test_a_long_title_is_read_whole_in_the_header(tmp_path) -> None:
    """At 80 columns the header cut the title on its one line ("Readout of Vice
    President Harris’s Call with Worl…"): the title, what a reader cites, is wrapped
    in the lines the header has to spare; a short one keeps its one line."""
    title = ("Readout of Vice President Harris’s Call with World Health Organization "
             "Director-General Dr. Tedros Adhanom Ghebreyesus")
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "call.txt").write_text(f"{title}\n\n“We are back,” Kamala Harris said.\n", encoding="utf-8")
    app = ReadoutApp([str(folder)], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        header = app.query_one("#header").region
        lines = screen_text(app).splitlines()[header.y : header.bottom]
        shown = " ".join(" ".join(line[header.x : header.right] for line in lines).split())
        assert shown.startswith(title + " undated"), shown
        assert header.height <= 6
        assert "We are back" in screen_text(app)


async def test_a_name_in_typeset_quotation_marks_is_one_speaker_in_a_search(tmp_path) -> None:
    """`speaker:“Ilona Brenn” corridor` (quotation marks pasted from a document, or
    set by the keyboard) looked for someone called “Ilona and the words Brenn” and
    corridor: "No one called “Ilona”"."""
    from app_screen import archive_text, cached_reader, gathered

    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.txt").write_text(
        "Talks in Dorvik\n\n“We will open the corridor,” Ilona Brenn said.\n\n"
        "“Trade comes first,” Anton Marek said.\n", encoding="utf-8")
    app = cached_reader(folder, tmp_path / "cache")
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await pilot.press("ctrl+a", "ctrl+f")
        await pilot.pause()
        app.query_one("#find-input").insert_text_at_cursor("speaker:“Ilona Brenn” corridor")  # (pasted)
        await pilot.press("enter")
        await gathered(pilot)
        text = archive_text(app)
        assert text.startswith("Ilona Brenn · 1 statement with “corridor” in 1 readout"), text
        assert "We will open the corridor" in text


async def test_a_saved_readout_gone_since_is_said_to_be_gone(tmp_path) -> None:
    """The readout left open last time, renamed or removed since, was passed over
    without a word: the reader found another readout open and no reason why."""
    from notices import notice

    from readout_tui.cache import ReadoutCache
    from readout_tui.state import SavedState

    folder = tmp_path / "archive"
    folder.mkdir()
    for name, title in (("a-call.txt", "A Call"), ("talks.txt", "Talks in Dorvik")):
        (folder / name).write_text(f"{title}\n\n“We agree,” Anna Berg said.\n", encoding="utf-8")

    def make_app() -> ReadoutApp:
        cache = ReadoutCache(tmp_path / "cache", protected=[folder])
        return ReadoutApp([str(folder)], cursor_blink=False, cache=cache, state=SavedState(tmp_path / "state"))

    from app_screen import open_readout

    async with make_app().run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Talks in Dorvik")
    (folder / "talks.txt").rename(folder / "talks-renamed.txt")
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        said = await notice(pilot, "talks.txt, where you left off, is no longer in the folder")
        assert "removed or renamed" in said
