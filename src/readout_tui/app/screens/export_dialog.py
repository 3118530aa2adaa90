"""e: the view written to a file the reader names, as Markdown, JSON or CSV.

What is written is what the view shows: a whole readout, or only the statements
of the filtered speakers (of any list of readouts, so that a view across the
archive can use the same dialog). The name is offered in the current folder
and its extension follows the format. Nothing the reader has is ever lost: a file
that exists is replaced only after a yes, and nothing is written inside the
documents folder. The file is made and written in a worker, so a slow disk never
holds up the keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, Label, RadioButton, RadioSet, Static

from readout_tui.app.printable import printable
from readout_tui.app.screens.confirm import ConfirmScreen
from readout_tui.export import EXTENSIONS, file_name, render_view
from readout_tui.model import Attribution, Document, Readout, Speaker
from readout_tui.readouts import quoting_the_source
from readout_tui.writing import WriteRefused, documents_folder, why_not_written, write_export

if TYPE_CHECKING:
    from readout_tui.corpus_index import Gathered

FORMAT_NAMES = {"markdown": "Markdown", "json": "JSON", "csv": "CSV"}
_FORMAT_OF_EXTENSION = {extension: fmt for fmt, extension in EXTENSIONS.items()}


class FormatChoice(RadioSet):
    """The format buttons. Space picks the highlighted format; Enter picks it and
    writes, as Enter writes from the name box (the dialog says "Enter writes": in
    a plain radio set Enter only picked the format, and the reader who had chosen
    one with Tab and the arrows was left waiting for a file that never came)."""

    BINDINGS = [Binding("enter", "write", "Write", show=False, id="export.write")]

    @dataclass
    class WriteAsked(Message):
        format: str | None
        """The format of the highlighted button."""

    @dataclass
    class Highlighted(Message):
        format: str | None
        """The format the arrows moved to: the file name's extension follows it."""

    def watch__selected(self) -> None:
        """The highlight moved (a user's QA pass: on CSV, the name still said `.md`, and Enter wrote a `.csv`)."""
        super().watch__selected()
        if self._selected is not None:
            self.post_message(self.Highlighted(self._nodes[self._selected].id))

    def action_write(self) -> None:
        selected = self._selected
        button = self._nodes[selected] if selected is not None else self.pressed_button
        self.post_message(self.WriteAsked(button.id if button is not None else None))


class ExportDialog(ModalScreen[Path | None]):
    """Dismissed with the path written, or None when the reader cancels."""

    CSS_PATH = "dialogs.tcss"
    BINDINGS = [Binding("escape", "dismiss(None)", "Cancel the export", id="export.cancel")]

    @dataclass
    class Written(Message):
        path: Path

    @dataclass
    class Exists(Message):
        """The file is there already: ask before replacing it."""

        path: Path

    @dataclass
    class Refused(Message):
        reason: str

    def __init__(
        self,
        readouts: Sequence[Readout],
        speakers: Sequence[str] | None,
        *,
        what: str,
        suggested: str,
        protected: Sequence[Path],
        folder: Path | None = None,
    ) -> None:
        """Export `readouts`, or only the statements of the speakers named `speakers`
        (see `export.render_view`), described to the reader as `what`; the file name
        offered is `suggested`, in `folder` (the current folder; outside the documents
        folder when that is inside it, as nothing is ever written there)."""
        super().__init__()
        self.readouts = readouts
        self.speakers = speakers
        self.what = what
        self.suggested = suggested
        self.protected = protected
        self.folder = folder if folder is not None else Path.cwd()
        while (inside := documents_folder(self.folder / suggested, protected)) is not None and inside.parent != inside:
            self.folder = inside.parent  # (run from among the readouts: the folder just outside them, where it may go)
        self.format = "markdown"

    @classmethod
    def of_view(cls, readout: Readout, chosen: Sequence[Speaker], *, protected: Sequence[Path]) -> ExportDialog:
        """The dialog for one readout, whole or filtered to the `chosen` speakers."""
        title = readout.document.display_name
        names = [speaker.name for speaker in chosen]
        if chosen:
            count = sum(1 for statement in readout.attribution.statements if statement.speaker in names)
            plural = "statement" if count == 1 else "statements"
            what = f"{count} {plural} of {', '.join(names)} from “{title}”"
        else:
            what = f"the readout “{title}”"
        return cls(
            [readout], names or None, what=what, suggested=file_name(title, names, "markdown"), protected=protected
        )

    @classmethod
    def of_archive(cls, gathered: Gathered, *, protected: Sequence[Path]) -> ExportDialog | None:
        """The dialog for the view across readouts: the statements it lists, each
        readout's under its title, named as the view names their speakers (None:
        it lists no statement)."""
        readouts = []
        for found in gathered.found:
            statements = gathered.named(found)
            if not statements:
                continue  # a readout whose text has the words: no statement to write
            names = dict.fromkeys(s.speaker for s in statements if s.speaker is not None)
            path = Path(found.path)
            document = Document(path, found.title, "", found.date, format=path.suffix[1:].casefold() or "txt")
            speakers = tuple(Speaker(name, slot=slot) for slot, name in enumerate(names))
            readouts.append(Readout(document, Attribution(speakers, statements)))
        if not readouts:
            return None
        count = sum(len(readout.attribution.statements) for readout in readouts)
        whose = f" of {', '.join(gathered.people)}" if gathered.people else ""
        words = f" with “{' '.join(gathered.query.words)}”" if gathered.query.words else ""
        plural = "statement" if count == 1 else "statements"
        what = f"{count:,} {plural}{whose}{words} from {len(readouts):,} readout{'s' * (len(readouts) != 1)}"
        name = file_name("all readouts", [*gathered.people, *([" ".join(gathered.query.words)] if words else [])],
                         "markdown")
        return cls(readouts, None, what=what, suggested=name, protected=protected)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog") as box:
            box.border_title = "Export"
            box.border_subtitle = "Enter writes · Tab: format · Esc cancels"
            yield Static(Content(printable(f"Write {self.what}", keep_newlines=False)), id="export-what")
            yield Label(Content(printable(f"File (in {self.folder}):", keep_newlines=False)), id="export-folder")
            yield Input(self.suggested, id="export-name", select_on_focus=False)
            with FormatChoice(id="export-format"):
                for fmt, name in FORMAT_NAMES.items():
                    yield RadioButton(name, value=fmt == self.format, id=fmt)

    def on_mount(self) -> None:
        name = self.query_one("#export-name", Input)
        name.cursor_blink = getattr(self.app, "cursor_blink", True)
        name.focus()

    @on(RadioSet.Changed, "#export-format")
    def _format_chosen(self, event: RadioSet.Changed) -> None:
        self._use_format(event.pressed.id or self.format)

    def _use_format(self, fmt: str) -> None:
        """The extension follows the format (a name without one gets one)."""
        self.format = fmt
        name = self.query_one("#export-name", Input)
        path = Path(name.value.strip())
        if name.value.strip() and (path.suffix.casefold() in _FORMAT_OF_EXTENSION or not path.suffix):
            name.value = str(path.with_suffix(EXTENSIONS[self.format]))

    @on(FormatChoice.Highlighted)
    def _format_highlighted(self, message: FormatChoice.Highlighted) -> None:
        """The highlighted format is the one Enter writes: the name's extension, and the format, follow it."""
        if message.format in FORMAT_NAMES and message.format != self.format:
            self._use_format(message.format)

    @on(Input.Changed, "#export-name")
    def _name_changed(self, event: Input.Changed) -> None:
        """A typed extension picks its format."""
        fmt = _FORMAT_OF_EXTENSION.get(Path(event.value.strip()).suffix.casefold())
        if fmt is not None and fmt != self.format:
            self.query_one(f"#{fmt}", RadioButton).value = True

    @on(FormatChoice.WriteAsked)
    def _write_asked(self, message: FormatChoice.WriteAsked) -> None:
        """Enter on the format buttons: that format, and write."""
        if message.format in FORMAT_NAMES:
            self.query_one(f"#{message.format}", RadioButton).value = True
            self._use_format(message.format)  # now: the button's own message comes after the write
        self._write_named(self.query_one("#export-name", Input).value)

    @on(Input.Submitted, "#export-name")
    def _submitted(self, event: Input.Submitted) -> None:
        self._write_named(event.value)

    def _write_named(self, value: str) -> None:
        name = value.strip()
        if not name:
            self.notify("Name the file to write.", severity="warning")
            return
        self.write(self.folder / Path(name).expanduser())

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def write(self, target: Path, replace: bool = False) -> None:
        """Write the export to `target`; an existing file only when `replace`."""
        inside = documents_folder(target, self.protected)
        if inside is not None:
            self.post_message(
                self.Refused(
                    f"Not written: {target} is inside the documents folder {inside}, "
                    "and the reader never writes among the readouts. Choose another folder."
                )
            )
            return
        if not replace and not target.is_dir() and (target.exists() or target.is_symlink()):
            self.post_message(self.Exists(target))
            return
        text = render_view(quoting_the_source(self.readouts, self.format), self.format, self.speakers)
        try:
            # `force` only replaces the file: the documents folder was ruled out above.
            written = write_export(target, text, force=replace and not target.is_dir(), protected=self.protected)
        except (WriteRefused, OSError) as error:
            self.post_message(self.Refused(f"Not written: {why_not_written(target, error)}"))
        else:
            self.post_message(self.Written(written))

    def on_export_dialog_exists(self, message: Exists) -> None:
        question = Content(printable(f"{message.path} already exists. Replace it?", keep_newlines=False))

        def answered(replace: bool | None) -> None:
            if replace:
                self.write(message.path, replace=True)
            else:
                self.query_one("#export-name", Input).focus()

        self.app.push_screen(ConfirmScreen(question, "Replace the file?"), answered)

    def on_export_dialog_refused(self, message: Refused) -> None:
        self.notify(message.reason, title="Export", severity="error", markup=False)

    def on_export_dialog_written(self, message: Written) -> None:
        self.notify(f"Wrote {self.what} as {FORMAT_NAMES[self.format]} to {message.path}", title="Export", markup=False)
        self.dismiss(message.path)
