"""Defects a walk through the reader in a real terminal (tmux at 80×24, 120×36 and
200×50; the White House archive, the sample readouts, hostile files) found, each
pinned by what the user sees."""

from __future__ import annotations

from pathlib import Path

from app_screen import screen_text, settled, wait_for
from conftest import REPO

from readout_tui.app.app import ReadoutApp
from readout_tui.app.widgets.legend import Legend
from readout_tui.cache import ReadoutCache
from readout_tui.state import SavedState


def two_readouts(tmp_path: Path, speaker: str) -> Path:
    """Two readouts: an older one where `speaker` talks, the newest (opened first) without them."""
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "talks.md").write_text(
        f"---\ntitle: Talks in Orsk\ndate: 2021-03-01\n---\n\n“Trade comes first,” {speaker} said.\n\n"
        f"“We will open the corridor,” {speaker} said.\n",
        encoding="utf-8",
    )
    (folder / "visit.md").write_text(
        "---\ntitle: A visit to Halsby\ndate: 2022-05-01\n---\n\n“The port is ready,” Ilona Brenn said.\n",
        encoding="utf-8",
    )
    return folder


def reader(folder: Path, tmp_path: Path) -> ReadoutApp:
    cache = ReadoutCache(tmp_path / "cache", protected=[folder])
    return ReadoutApp([str(folder)], cursor_blink=False, cache=cache, state=SavedState(tmp_path / "state"))


def filter_status(app: ReadoutApp) -> str:
    return app.query_one("#filter-status").render().plain.strip()


async def counted(pilot) -> None:
    """Wait until the filter bar has counted, in all readouts, a query nobody in the open readout matches."""
    app = pilot.app

    def done() -> bool:
        """the count in all readouts"""
        return all(worker.is_finished for worker in app.workers if worker.group == "elsewhere")

    await pilot.pause()
    await wait_for(pilot, done)


async def test_a_long_name_found_only_elsewhere_keeps_its_count_whole_in_the_filter_bar(tmp_path: Path) -> None:
    """At 120×36 a name that is not in the open readout said `No “Joe Biden” here ·
    1,121 in all reado…`: the name, shown in the box beside it already, took the
    cells the count needed. Where the whole wording does not fit, the bar says
    `Not here · 2 in all readouts`; where it does, it still names the query."""
    name = "Maximilian Oberhausen-Kastell"
    folder = two_readouts(tmp_path, name)
    app = reader(folder, tmp_path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settled(pilot)
        assert "Halsby" in app.readout.document.title  # the newest: the name is not in it
        await pilot.press("slash", *name, "enter")
        await counted(pilot)
        assert filter_status(app) == "Not here · 2 in all readouts"
        assert "Not here · 2 in all readouts" in screen_text(app).splitlines()[-2]
        await pilot.press("slash", "ctrl+u", *"kastell", "enter")  # a short query: the whole wording fits
        await counted(pilot)
        assert filter_status(app) == "No “kastell” here · 2 in all readouts"


async def test_a_legend_chip_wider_than_the_line_loses_the_end_of_its_office_not_its_count() -> None:
    """At 80×24 the sample call's legend read `1  Halvard Strenn (Secretary-General
    of the` / `Northern Union) 4`: a chip wider than the line was split, its count
    alone under the key. Its office is cut short to fit instead."""
    readout = REPO / "documents" / "northern-union-secretary-general-call-with-kastravia.md"
    app = ReadoutApp([str(readout.parent)], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settled(pilot)
        if "Strenn" not in app.readout.document.title:
            await pilot.press("home")
            await wait_for(pilot, lambda: "Strenn" in app.readout.document.title and app._opening is None)
        legend = app.query_one(Legend)
        lines = legend.render().plain.splitlines()
        assert len(lines) == 2, lines
        first = lines[0].rstrip()
        assert first.startswith(" 1  Halvard Strenn (Secretary-General of the") and first.endswith("…) 4")
        assert len(first) <= legend.content_region.width
        assert lines[1].strip() == "2  Ilona Brenn (President) 3"
        assert first in screen_text(app)
