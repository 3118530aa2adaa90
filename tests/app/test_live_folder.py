"""The reader follows its folder live: readouts added, changed or deleted on disk
show without a restart, the cursor, the title narrowing and the speaker filter kept.

The changes are made on disk for real; most tests then hand the watcher's batch to
the app themselves (a `ScriptedWatch`), so that they do not wait on the operating
system's timing. One test runs the real watcher end to end.
"""

from __future__ import annotations

import os
import queue
import shutil
import threading
from pathlib import Path

import pytest
from app_screen import open_readout, screen_text, settled, wait_for
from conftest import LIBRARY

from readout_tui.app.app import ReadoutApp
from readout_tui.app.folder_watch import FolderWatch, FolderWatchError, sort_out

SIZE = (120, 36)
CALL = "Telephone Call with Osterra"
MINISTERS = "Foreign Ministers of Veloria and Lirea"


class ScriptedWatch(FolderWatch):
    """A watch that reports what the test says changed, when it says so."""

    def __init__(self, roots) -> None:
        super().__init__(roots)
        self.batches: queue.Queue[list[str] | None] = queue.Queue()

    def __iter__(self):
        while (batch := self.batches.get()) is not None:
            yield batch

    def stop(self) -> None:
        self.batches.put(None)

    def changed(self, *paths: Path) -> None:
        self.batches.put([os.path.abspath(path) for path in paths])


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "archive"
    shutil.copytree(LIBRARY, folder)
    return folder


def make_app(archive: Path, watch: FolderWatch | None = None) -> ReadoutApp:
    return ReadoutApp([str(archive)], cursor_blink=False, folder_watch=watch or ScriptedWatch([archive]))


def write_readout(path: Path, title: str, date: str, body: str) -> Path:
    """Write a readout whole, as an editor saves (a hidden part file renamed into place): the reader's
    watcher thread may look at the folder while a test writes, and a file it met half written is,
    rightly, read again once whole, which a test counting reads would take for a needless read."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    part.write_text(f"---\ntitle: {title}\ndate: {date}\n---\n{body}\n", encoding="utf-8")
    os.replace(part, path)
    return path


def listed_titles(app: ReadoutApp) -> list[str]:
    return [app.library[index].title for index in range(len(app.library))]


def cursor_title(app: ReadoutApp) -> str | None:
    entry = app.query_one("#readouts").entry
    return entry.title if entry is not None else None


def filter_status(app: ReadoutApp) -> str:
    """What the filter bar says it shows (under the notices, on screen)."""
    return str(app.query_one("#filter-status").render())


def notices(app: ReadoutApp) -> str:
    return "\n".join(notification.message for notification in app._notifications)


async def test_new_readouts_appear_in_order_and_the_open_one_stays(archive: Path) -> None:
    app = make_app(archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await open_readout(pilot, MINISTERS)
        newest = write_readout(archive / "2025" / "summit.txt", "Summit in Halsby", "2025-03-01", "“Yes,” Piet Varro said.")
        middle = write_readout(archive / "talks.md", "Talks in Sarn", "2024-05-20", "“No,” Teodora Lisk said.")
        app.folder_watch.changed(newest.parent, middle)
        await wait_for(pilot, lambda: "Summit in Halsby" in screen_text(app) and app.library.total == 5)
        await settled(pilot)

        titles = listed_titles(app)
        assert titles[:4] == ["Summit in Halsby", CALL + " on the Power Grid", "Talks in Sarn",
                              MINISTERS + " Hold Talks in Dorvik"]
        assert cursor_title(app) == MINISTERS + " Hold Talks in Dorvik", "the cursor stays on its readout"
        assert MINISTERS in app.readout.document.title
        screen = screen_text(app)
        assert "Readouts (5)" in screen and "2025-03-01 · 1 speaker" in screen
        assert "2 readouts added." in notices(app)


async def test_a_new_readout_respects_the_title_narrowing_and_the_speaker_filter(archive: Path) -> None:
    app = make_app(archive)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        await open_readout(pilot, MINISTERS)
        await pilot.press("slash", *"lisk", "enter")
        app.query_one("#readouts").focus()
        await pilot.press(*"talks")
        await wait_for(pilot, lambda: listed_titles(app) == [MINISTERS + " Hold Talks in Dorvik"])
        matching = write_readout(archive / "a.txt", "Talks in Sarn", "2024-05-20", "“No,” Teodora Lisk said.")
        other = write_readout(archive / "b.txt", "Call with Halsby", "2024-07-01", "“Yes,” Piet Varro said.")
        app.folder_watch.changed(matching, other)
        await wait_for(pilot, lambda: app.library.total == 5)

        assert listed_titles(app) == ["Talks in Sarn", MINISTERS + " Hold Talks in Dorvik"]
        assert "Readouts (2 of 5)" in screen_text(app)
        assert app.query_one("#title-search").value == "talks"
        assert app.query_one("#filter Input").value == "lisk"
        assert "statements · Teodora Lisk" in screen_text(app)
        assert cursor_title(app) == MINISTERS + " Hold Talks in Dorvik"


async def test_the_open_readout_is_read_again_when_its_file_changes_filtered_where_it_was(archive: Path) -> None:
    long = write_readout(
        archive / "long.txt", "Long Plenary", "2024-07-07",
        "\n\n".join(f"Paragraph {n}: “We discussed item {n},” Teodora Lisk said." for n in range(1, 60)),
    )
    app = make_app(archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await open_readout(pilot, "Long Plenary")
        await pilot.press("slash", *"lisk", "enter", "space", "space")
        line = round(app.text_view.scroll_y)
        assert line > 10
        before = long.stat().st_mtime_ns
        long.write_text(long.read_text(encoding="utf-8").replace("item 1,", "item one,")
                        .replace("Teodora Lisk said.", "Teodora Lisk said, and Piet Varro agreed.", 1)
                        .replace("Long Plenary", "Long Plenary, Revised"), encoding="utf-8")
        os.utime(long, ns=(before + 10**9, before + 10**9))
        app.folder_watch.changed(long)
        await wait_for(pilot, lambda: "Revised" in app.readout.document.title)
        await pilot.pause()

        assert "item one" in "\n".join(app.text_view.text_lines())
        assert round(app.text_view.scroll_y) == line, "the reader stays where they were"
        assert "Long Plenary, Revised" in screen_text(app)
        assert filter_status(app) == "59 of 59 statements · Teodora Lisk", "still filtered"
        assert cursor_title(app) == "Long Plenary, Revised"
        assert "The open readout changed and was read again." in notices(app)


async def test_an_untouched_open_readout_is_not_read_again(archive: Path) -> None:
    app = make_app(archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        shown = app.readout
        app.folder_watch.changed(archive / "2024-06-02-lisk-call.txt")  # an event, but the same file
        other = write_readout(archive / "x.txt", "Talks in Sarn", "2020-01-01", "Text.")
        app.folder_watch.changed(other)
        await wait_for(pilot, lambda: app.library.total == 4)
        await settled(pilot)
        assert app.readout is shown
        assert notices(app) == "1 readout added."


async def test_deleting_the_open_readout_says_so_and_keeps_the_cursor_row(archive: Path) -> None:
    app = make_app(archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await open_readout(pilot, CALL)
        (archive / "2024-06-02-lisk-call.txt").unlink()
        app.folder_watch.changed(archive / "2024-06-02-lisk-call.txt")
        await wait_for(pilot, lambda: app.library.total == 2)
        await pilot.pause()

        screen = screen_text(app)
        assert "This readout was removed from the folder." in screen
        assert "Removed from the folder" in screen and "Readouts (2)" in screen
        assert CALL not in screen
        assert cursor_title(app) == MINISTERS + " Hold Talks in Dorvik", "the next readout takes the row"
        assert app.readout is None, "and is not opened until asked"
        assert "1 readout removed." in notices(app)

        await pilot.press("enter")
        await wait_for(pilot, lambda: app.readout is not None and MINISTERS in app.readout.document.title)
        assert "was removed" not in screen_text(app)


async def test_the_open_readout_put_back_after_its_deletion_opens_again(archive: Path) -> None:
    # (a user's QA pass: the list showed it again, "1 readout added", but the view stayed on the notice)
    app = make_app(archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await open_readout(pilot, CALL)
        path = archive / "2024-06-02-lisk-call.txt"
        kept = path.read_bytes()
        path.unlink()
        app.folder_watch.changed(path)
        await wait_for(pilot, lambda: "This readout was removed from the folder." in screen_text(app))
        path.write_bytes(kept)
        app.folder_watch.changed(path)
        await wait_for(pilot, lambda: app.readout is not None and CALL in app.readout.document.title)
        await pilot.pause()
        assert "was removed" not in screen_text(app)
        assert "the open readout is back" in notices(app)


async def test_a_folder_moved_away_takes_its_readouts_with_it(archive: Path, tmp_path: Path) -> None:
    write_readout(archive / "2025" / "one.txt", "Summit in Halsby", "2025-03-01", "Text.")
    write_readout(archive / "2025" / "deeper" / "two.txt", "Talks in Sarn", "2025-02-01", "Text.")
    app = make_app(archive)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        await open_readout(pilot, CALL)
        assert app.library.total == 5
        (archive / "2025").rename(tmp_path / "elsewhere")
        app.folder_watch.changed(archive / "2025")
        await wait_for(pilot, lambda: app.library.total == 3)
        assert "Summit" not in screen_text(app) and CALL in app.readout.document.title
        assert "2 readouts removed." in notices(app)


async def write_until_seen(pilot, app, archive: Path, title: str) -> None:
    """Write readouts titled `title` into `archive` until the list shows one: the
    watcher's child sets up its watches after it starts, so the first may go unseen."""
    for attempt in range(40):
        write_readout(archive / f"{title.split()[0].lower()}-{attempt}.txt", f"{title} {attempt}", "2030-01-01", "Text.")
        try:
            await wait_for(pilot, lambda: any(title in listed for listed in listed_titles(app)), 0.5)
            return
        except AssertionError:
            continue


async def test_the_real_watcher_sees_a_file_written_into_the_folder(archive: Path) -> None:
    app = make_app(archive, FolderWatch([archive]))
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        watch = app.folder_watch
        await wait_for(pilot, lambda: watch._child is not None)
        await write_until_seen(pilot, app, archive, "Late Readout")
        assert listed_titles(app)[0].startswith("Late Readout")
    assert watch._child.wait(timeout=5) is not None, "the watcher ends with the reader"


async def test_a_file_name_that_is_not_utf8_does_not_stop_the_following(archive: Path) -> None:
    """A readout saved under a name that is not UTF-8 (an old archive's Latin-1
    name) stopped the watcher for good at its first change ("Changes to the folder
    are not followed: Unable to decode path …"): nothing written after it showed."""
    app = make_app(archive, FolderWatch([archive]))
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settled(pilot)
        watch = app.folder_watch
        await wait_for(pilot, lambda: watch._child is not None)
        await write_until_seen(pilot, app, archive, "Early Readout")
        latin = os.fsencode(archive) + b"/caf\xe9.txt"
        with open(latin, "wb") as file:
            file.write(b"Readout With A Latin-1 Name\n\n\xe9t\xe9: \"We agree,\" Teodora Lisk said.\n")
        await wait_for(pilot, lambda: "Readout With A Latin-1 Name" in listed_titles(app))
        write_readout(archive / "after.txt", "Written Afterwards", "2030-01-01", "Text.")
        await wait_for(pilot, lambda: "Written Afterwards" in listed_titles(app))
        assert "not followed" not in notices(app)


def test_changes_are_named_as_the_list_names_them(archive: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(archive.parent)
    (archive / ".hidden").mkdir()
    write_readout(archive / ".hidden" / "h.txt", "Hidden", "2024-01-01", "Text.")
    (archive / "notes.docx").write_text("not a readout", encoding="utf-8")
    write_readout(archive / "sub" / "new.md", "New", "2024-01-01", "Text.")
    (tmp_path / "link").symlink_to(archive)
    changed = [str(archive / ".hidden" / "h.txt"), str(archive / "notes.docx"), str(tmp_path / "outside.txt"),
               str(archive / "sub"), str(archive / "gone.txt"), str(archive / "gone-folder"),
               str(tmp_path / "link" / "2024-06-02-lisk-call.txt")]

    changes = sort_out(changed, ["archive"])
    assert [str(path) for path in changes.present] == [os.path.join("archive", "sub", "new.md")]
    assert changes.gone == [os.path.join("archive", "gone.txt")]
    assert changes.gone_folders == [os.path.join("archive", "gone-folder")]
    linked = sort_out(changed, [str(tmp_path / "link")])  # the watcher may name the folder it resolves to
    assert sorted(map(str, linked.present)) == [
        str(tmp_path / "link" / "2024-06-02-lisk-call.txt"), str(tmp_path / "link" / "sub" / "new.md")
    ]


def test_a_watcher_that_dies_says_so_and_one_stopped_before_it_starts_starts_nothing(archive: Path) -> None:
    watch = FolderWatch([archive])
    changes = iter(watch)
    dying = threading.Timer(2.0, lambda: watch._child.kill())
    dying.start()
    with pytest.raises(FolderWatchError, match="stopped"):
        next(changes)
    dying.join()

    stopped = FolderWatch([archive])
    stopped.stop()
    assert list(stopped) == [] and stopped._child is None
    assert list(FolderWatch([archive / "nowhere"])) == []


async def test_a_folder_reported_again_reads_only_the_files_that_changed(archive: Path, monkeypatch) -> None:
    """A watcher may report a folder whose files did not change (a file only read: a name
    `watchfiles` cannot decode raises on a read too, and the folder holding it is reported).
    Reading every file of it again raised again, in a loop until the watcher gave up; a file
    as it was when last taken in is not read again, and one moved away and back is."""
    from readout_tui.app import background

    read: list[str] = []
    real = background.run_pass

    def spy(task, paths, cache, **options):
        if task == "titles":
            read.extend(Path(path).name for path in paths)
        return real(task, paths, cache, **options)

    monkeypatch.setattr(background, "run_pass", spy)
    app = make_app(archive)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        write_readout(archive / "first.txt", "First Readout", "2030-01-01", "Text.")
        app.folder_watch.changed(archive)
        await wait_for(pilot, lambda: "First Readout" in listed_titles(app))
        assert "first.txt" in read
        read.clear()
        app.folder_watch.changed(archive)  # nothing changed
        write_readout(archive / "second.txt", "Second Readout", "2030-01-02", "Text.")
        app.folder_watch.changed(archive)
        await wait_for(pilot, lambda: "Second Readout" in listed_titles(app))
        assert read == ["second.txt"]
        sub = archive / "sub"
        sub.mkdir()
        write_readout(sub / "inner.txt", "Inner Readout", "2030-01-03", "Text.")
        app.folder_watch.changed(sub)
        await wait_for(pilot, lambda: "Inner Readout" in listed_titles(app))
        read.clear()
        moved = archive.parent / "moved"
        sub.rename(moved)
        app.folder_watch.changed(sub)
        await wait_for(pilot, lambda: "Inner Readout" not in listed_titles(app))
        moved.rename(sub)  # back, with the same stamps
        app.folder_watch.changed(sub)
        await wait_for(pilot, lambda: "Inner Readout" in listed_titles(app))
        assert read == ["inner.txt"]
