"""The first readout of a large archive, read in a process forked at launch: what it
answers, that the reader shows its answer without reading the file again, and that
a file changed meanwhile is never shown from it.

The process is forked from a fresh interpreter (a test run has threads, which the
process refuses to fork beside); the reader's side is given the answer directly."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from app_screen import screen_text, settled, wait_for

from readout_tui.app import indexing
from readout_tui.app.app import ReadoutApp
from readout_tui.app.first_readout_process import Prefetched
from readout_tui.cache import ReadoutCache, Stamp
from readout_tui.readouts import read_readout

SIZE = (120, 36)


def _archive(root: Path, offices: int, per_office: int, *, dated: bool = False) -> Path:
    for office in range(offices):
        folder = root / f"office-{office}"
        folder.mkdir(parents=True)
        for number in range(per_office):
            (folder / f"readout-{number:03}.txt").write_text(
                (f"---\ndate: 2024-{office + 1:02}-{number % 28 + 1:02}\n---\n" if dated else "")
                + f"Readout {office}-{number}\n\n"
                f"President Anton Vesk met Minister Ida Morn. “The harbour is open,” Vesk said.\n\n"
                f"For her part, Ms Morn thanked him for the talks in office {office}.\n",
                encoding="utf-8",
            )
    return root


def _in_a_fresh_process(archive: Path, then: str = "") -> dict:
    """Start the process on `archive` from a new interpreter, run `then` (with the
    process as `early`), take its answer and describe it as JSON."""
    script = textwrap.dedent(
        """
        import json, sys
        from pathlib import Path
        from readout_tui.app.first_readout_process import FirstReadoutProcess
        early = FirstReadoutProcess.start([Path(sys.argv[1])])
        assert early is not None, "not forked"
        {then}
        got = early.take(60)
        print(json.dumps(None if got is None else {{
            "path": str(got.path), "stamp": list(got.stamp), "body": got.readout.document.body,
            "statements": [[s.speaker, s.kind, s.start, s.end] for s in got.readout.attribution.statements],
        }}))
        early.cancel()  # (a second ending is harmless)
        """
    ).format(then=then)
    done = subprocess.run([sys.executable, "-c", script, str(archive)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this platform")
def test_it_answers_the_last_file_of_a_large_archive_as_the_engine_reads_it(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive", 3, 40)  # about 120 readouts: listed by file name, last file shown
    got = _in_a_fresh_process(archive)
    first = archive / "office-2" / "readout-039.txt"  # (archives named by date end on the newest)
    assert got["path"] == str(first)
    assert got["stamp"] == list(Stamp.of(first))
    expected = read_readout(first)
    assert got["body"] == expected.document.body
    assert got["statements"] == [[s.speaker, s.kind, s.start, s.end] for s in expected.attribution.statements]
    assert {speaker for speaker, *_ in got["statements"]} == {"Anton Vesk", "Ida Morn"}


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this platform")
def test_a_small_archive_gets_no_answer_its_newest_readout_comes_first(tmp_path: Path) -> None:
    assert _in_a_fresh_process(_archive(tmp_path / "archive", 2, 3)) is None


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this platform")
def test_a_file_changed_after_it_was_read_is_not_answered(tmp_path: Path) -> None:
    archive = _archive(tmp_path / "archive", 3, 40)
    first = archive / "office-2" / "readout-039.txt"
    # wait until the child has written its whole answer, then edit the file
    edit = (
        f"assert early._receive(60)\n"
        f"Path({str(first)!r}).write_text('Readout edited\\n\\nNothing said.\\n', encoding='utf-8')"
    )
    assert _in_a_fresh_process(archive, then=edit) is None


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="no fork on this platform")
def test_ending_the_process_does_not_wait_for_it_and_leaves_no_zombie(tmp_path: Path) -> None:
    """The first frame ends the process: it must not wait there while the killed
    child is torn down, and the child is reaped all the same."""
    archive = _archive(tmp_path / "archive", 3, 40)
    script = textwrap.dedent(
        """
        import json, os, sys, threading
        from pathlib import Path
        from readout_tui.app.first_readout_process import FirstReadoutProcess
        early = FirstReadoutProcess.start([Path(sys.argv[1])])
        assert early is not None, "not forked"
        pid, waits, real_waitpid = early._pid, [], os.waitpid
        def noting_waitpid(pid, options):
            waits.append([threading.current_thread() is threading.main_thread(), options])
            return real_waitpid(pid, options)
        os.waitpid = noting_waitpid
        early.cancel()
        for thread in threading.enumerate():
            if thread is not threading.main_thread():
                thread.join(30)
        try:
            os.kill(pid, 0)
            gone = False  # (a zombie still answers)
        except ProcessLookupError:
            gone = True
        print(json.dumps({"waits": waits, "gone": gone}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script, str(archive)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["gone"], "the child was left a zombie"
    assert [options for on_main, options in got["waits"] if on_main and options == 0] == [], got["waits"]


class _Answered:
    """The process's side as the reader sees it: `answers` in turn to `take`."""

    def __init__(self, *answers: Prefetched | None) -> None:
        self.answers = list(answers)
        self.cancelled = False

    def take(self, timeout: float) -> Prefetched | None:
        return self.answers.pop(0) if self.answers else None

    def cancel(self) -> None:
        self.cancelled = True


def _prefetched(path: Path) -> Prefetched:
    return Prefetched(path, Stamp.of(path), read_readout(path))


@pytest.mark.parametrize("ready_for_the_first_frame", [True, False])
async def test_the_reader_shows_the_answer_without_reading_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ready_for_the_first_frame: bool
) -> None:
    """Ready when the reader mounts, the readout is in the first frame; later, the
    search for readouts waits for it. Either way the file is not read again."""
    archive = _archive(tmp_path / "archive", 3, 40)
    first = archive / "office-0" / "readout-000.txt"
    answer = _prefetched(first)
    early = _Answered(answer) if ready_for_the_first_frame else _Answered(None, answer)
    opened: list[Path] = []
    real_open = indexing.open_readout

    def noting_open(path: Path, *args, **kwargs):
        if kwargs.get("store", True):  # opened to be shown (the archive pass opens each file too, storing nothing)
            opened.append(Path(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(indexing, "open_readout", noting_open)
    app = ReadoutApp([str(archive)], cursor_blink=False, cache=ReadoutCache(tmp_path / "cache", protected=[archive]),
                     first_readout=early)
    async with app.run_test(size=SIZE) as pilot:
        if ready_for_the_first_frame:
            assert app.readout is answer.readout, "in the first frame"
        else:
            await wait_for(pilot, lambda: app.readout is not None)
            assert app.readout is answer.readout
        await settled(pilot)
        assert app.library.total == 120
        assert app._list.entry.path == first and app.readout is answer.readout
        assert "“The harbour is open,”" in screen_text(app)
    assert first not in opened, "opened from the file, not from the answer"
    assert early.cancelled and not early.answers


async def test_a_warm_cache_ends_the_process_unasked(tmp_path: Path) -> None:
    """When the cache has the readout to show first, the process's answer is
    neither waited for nor used."""
    archive = _archive(tmp_path / "archive", 3, 40, dated=True)
    cache_dir = tmp_path / "cache"
    async with ReadoutApp([str(archive)], cursor_blink=False,
                          cache=ReadoutCache(cache_dir, protected=[archive])).run_test(size=SIZE) as pilot:
        await settled(pilot)
    newest = archive / "office-2" / "readout-027.txt"  # 2024-03-28, the latest date
    early = _Answered(_prefetched(archive / "office-0" / "readout-000.txt"))  # the first file, by name
    app = ReadoutApp([str(archive)], cursor_blink=False, cache=ReadoutCache(cache_dir, protected=[archive]),
                     first_readout=early)
    async with app.run_test(size=SIZE) as pilot:
        assert app.readout is not None and app.readout.document.path == newest
        await settled(pilot)
        assert app.readout.document.path == newest
    assert early.cancelled and len(early.answers) == 1
