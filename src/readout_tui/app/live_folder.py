"""The reader follows its folders live: readouts added, changed or deleted on disk
show in the list and in the open readout without a restart.

A worker thread takes each batch from the `FolderWatch`, sorts it out against the
disk, reads the titles of what is new or changed (the cache learns them too, so it
is never shown stale), and posts one `FolderChanged`: the list takes the whole
batch in one step, keeping the cursor's readout, the title narrowing and the
speaker filter. Speakers follow in `FolderAttributed`. Until the start-up search
has listed the archive, batches wait, so that the listing cannot undo them.

Mixed into `ReadoutApp`: it uses the app's library, list and views.
"""

from __future__ import annotations

import os
from contextlib import closing
from pathlib import Path

from textual import work
from textual.content import Content
from textual.message import Message
from textual.worker import get_current_worker

from readout_tui.app import background, indexing
from readout_tui.app.folder_watch import FolderWatch, FolderWatchError, sort_out
from readout_tui.app.library import Entry
from readout_tui.app.page import notice_page
from readout_tui.cache import Stamp

WATCH_AFTER_SECONDS = 1.0
"""How long the watcher may wait for the first readout to be drawn before it
sets up its watches (which must not delay that readout)."""


class FolderChanged(Message):
    """Readouts now on disk (new or changed, with their titles) and those gone."""

    def __init__(self, entries: list[Entry], gone: list[str], gone_folders: list[str]) -> None:
        super().__init__()
        self.entries = entries
        self.gone = gone
        self.gone_folders = gone_folders


class FolderAttributed(Message):
    def __init__(self, summaries: list[indexing.Summary]) -> None:
        super().__init__()
        self.summaries = summaries


class FollowsFolder:
    """What `ReadoutApp` does when its folders change."""

    folder_watch: FolderWatch | None
    _changes_waiting: list[FolderChanged] | None

    def follow_folder(self) -> None:
        """Start following the folders, when the app was given a watch."""
        self._changes_waiting = []
        self._taken_in: dict[str, Stamp] = {}
        self._removed_shown: Path | None = None
        """The readout that was open when its file went, while the notice that says so is
        shown: put back (an undo, a file moved away and back), it opens again."""
        if self.folder_watch is not None:
            self._watch_folder(self.folder_watch)

    def stop_following(self) -> None:
        if self.folder_watch is not None:
            self.folder_watch.stop()

    @work(thread=True, exclusive=True, group="folder", exit_on_error=False)
    def _watch_folder(self, watch: FolderWatch) -> None:
        self._first_drawn.wait(WATCH_AFTER_SECONDS)
        worker = get_current_worker()
        try:
            for changed in watch:
                if worker.is_cancelled:
                    return
                self._take_in(changed)
        except FolderWatchError as error:
            self.call_from_thread(
                self.notify, f"Changes to the folder are not followed: {error}", severity="warning", markup=False
            )

    def _take_in(self, changed: list[str]) -> None:
        """Read what a batch changed and post it; then attribute it. A file as it was when
        last taken in is not read again: to a watcher a read may be a change (a name that
        `watchfiles` cannot decode raises on a read as on a write, and the folder it reports
        for it was read again, and raised again, until the watcher gave up)."""
        changes = sort_out(changed, self.paths)
        stamps = {path: Stamp.of(path) for path in changes.present}
        changes.present = [path for path, stamp in stamps.items()
                           if stamp is None or self._taken_in.get(str(path)) != stamp]
        for gone in changes.gone:
            self._taken_in.pop(gone, None)
        for folder in changes.gone_folders:  # (moved back later with the same stamps, they are read again)
            inside = folder.rstrip(os.sep) + os.sep
            for path in [path for path in self._taken_in if path.startswith(inside)]:
                del self._taken_in[path]
        if not changes:
            return
        with closing(background.run_pass("titles", changes.present, self.cache)) as titles:
            entries = [Entry(titled.path, titled.title, titled.date) for batch, _ in titles for titled in batch]
        self._taken_in.update((str(path), stamp) for path in changes.present if (stamp := stamps[path]) is not None)
        self.post_message(FolderChanged(entries, changes.gone, changes.gone_folders))
        with closing(background.run_pass("attribute", changes.present, self.cache)) as passing:
            for summaries, _ in passing:
                if get_current_worker().is_cancelled:
                    return
                self.post_message(FolderAttributed(summaries))

    def take_waiting_changes(self) -> None:
        """The archive is listed: apply what changed meanwhile, from now on at once."""
        waiting, self._changes_waiting = self._changes_waiting, None
        for message in waiting or ():
            self.on_folder_changed(message)

    def on_folder_changed(self, message: FolderChanged) -> None:
        if self._changes_waiting is not None:
            self._changes_waiting.append(message)
            return
        library = self.library
        added = [entry for entry in message.entries if entry.location not in library]
        gone = [location for location in message.gone if location in library]
        for folder in message.gone_folders:  # one look at every entry (15 ms at 100,000), for a deletion only
            inside = folder.rstrip(os.sep) + os.sep
            gone += [entry.location for entry in library.entries() if entry.location.startswith(inside)]
        gone = list(dict.fromkeys(gone))
        library.remove(gone)
        library.add(message.entries)  # a changed one is updated in place, and moves if retitled
        self._reload_list(stay=True)
        shown = str(self._shown) if self._shown is not None else None
        news = [f"{_readouts(len(found))} {what}" for found, what in ((added, "added"), (gone, "removed")) if found]
        back = self._removed_shown
        if shown in gone:
            self._show_removed(Path(shown))
        elif shown is None and back is not None and str(back) in {entry.location for entry in added}:
            self._removed_shown = None
            self.open_path(back)
            news.append("the open readout is back and was read again")
        elif shown is not None and self._wanted == self._shown and self._changed_on_disk(self._shown):
            view = self._text
            self._return_to = (self._shown, round(view.scroll_y), view.current)  # shown again where the reader was
            self.open_path(self._shown)
            news.append("the open readout changed and was read again")
        if news:
            said = ", ".join(news)
            self.notify(said[:1].upper() + said[1:] + ".", title="Folder changed", markup=False)

    def _changed_on_disk(self, path: Path) -> bool:
        """Whether the file is not the one the open readout was read from."""
        recent = self._recent.get(path)
        return recent is None or recent[0] != Stamp.of(path)

    def on_folder_attributed(self, message: FolderAttributed) -> None:
        self.apply_summaries(message.summaries)

    def _show_removed(self, path: Path) -> None:
        self.readout, self._shown, self._pages = None, None, None
        self._removed_shown = path
        self._header.show_message("Removed from the folder")
        self._legend.clear()
        self._filter_bar.set_speakers(())
        self._filter_bar.show_status(Content())
        self._text.show(
            notice_page(
                [
                    Content.styled("This readout was removed from the folder.", "bold $text-warning"),
                    f"It was {path}.",
                    "Pick another readout in the list (Enter opens the one under the cursor).",
                ]
            )
        )


def _readouts(count: int) -> str:
    return f"{count:,} readout{'s' * (count != 1)}"
