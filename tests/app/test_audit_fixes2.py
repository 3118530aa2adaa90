"""Defects found by a second audit, using the reader as a demanding analyst
would, each pinned by the behaviour the user sees."""

from __future__ import annotations

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
