"""Defects found by using the reader as a demanding analyst would (keys, sizes,
hostile files), each pinned by the behaviour the user sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_screen import open_readout, screen_text, settled

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

