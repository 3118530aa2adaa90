"""The archive-wide passes in a child process give what they give in a thread,
cache what they read, and end with the reader."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import LIBRARY, SEED

from readout_tui.app.background import run_pass
from readout_tui.app.indexing import cached_listing
from readout_tui.cache import ReadoutCache


def archive(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "archive"
    shutil.copytree(LIBRARY, folder)
    shutil.copy(SEED, folder / "seed.txt")
    (folder / "odd name\nwith a newline.txt").write_text("A Title\n\nText.\n", encoding="utf-8")
    return sorted(folder.iterdir())


def records(task: str, paths: list[Path], cache: ReadoutCache | None, process_from: int) -> list:
    return [record for batch, _ in run_pass(task, paths, cache, process_from=process_from) for record in batch]


def test_a_pass_in_a_child_process_gives_what_it_gives_in_a_thread(tmp_path: Path) -> None:
    paths = archive(tmp_path)
    for task in ("titles", "attribute"):
        assert records(task, paths, None, process_from=1) == records(task, paths, None, process_from=10**9)


def test_the_child_process_fills_the_same_cache(tmp_path: Path) -> None:
    paths = archive(tmp_path)
    cache = ReadoutCache(tmp_path / "cache")
    summaries = records("attribute", paths, cache, process_from=1)
    listed, gone = cached_listing(cache, [paths[0].parent])
    assert not gone
    assert {row.path: (row.speakers, row.error) for row in listed} == {
        str(s.path): (s.speakers, s.error) for s in summaries
    }
    cache.close()


def test_stopping_a_pass_ends_the_child(tmp_path: Path) -> None:
    paths = archive(tmp_path) * 400  # long enough to be stopped half way
    passing = run_pass("attribute", paths, None, process_from=1)
    next(passing)
    child = passing.gi_frame.f_locals["child"]
    passing.close()
    assert child.poll() is not None
