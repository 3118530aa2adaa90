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
