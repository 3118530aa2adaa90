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
