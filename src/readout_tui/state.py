"""Where the reader left each archive, kept between runs so the next start opens there.

One small JSON file in the user's state folder (`READOUT_TUI_STATE_DIR` overrides
it). The place in an archive (the open readout, the speaker filter and whether it
was on all readouts, the line the text was scrolled to) is kept per set of opened folders, named by their resolved
paths, so two archives each keep their own; the theme is the reader's, kept once.
A readout is recorded relative to the folder it was found in, so the place is found
again whether the archive is opened by a relative path, an absolute one or a link.

Memory is a convenience, never a reason to fail: a missing, corrupt or unreadable
file is an empty memory, and one that cannot be written is skipped, each with a
one-line notice for the reader. The file is replaced atomically, so a crash never
leaves half of it. Nothing here imports Textual.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

import platformdirs

STATE_DIR_VARIABLE = "READOUT_TUI_STATE_DIR"
STATE_FILE = "state-v1.json"
PLACES_KEPT = 100
"""Archives remembered; the one left longest ago is forgotten first."""


class Place(NamedTuple):
    """Where the reader was in one archive."""

    readout: str | None = None
    """The open readout's path, in the form the archive's listing uses."""
    speaker: str | None = None
    """The speaker filter's query."""
    line: int = 0
    """The first line of the text on screen."""
    statement: int | None = None
    """The statement n/N stopped at (▶), by its number in the page shown."""
    everywhere: bool = False
    """The filter was on all readouts (Ctrl+A), not this readout."""


def default_folder() -> Path:
    override = os.environ.get(STATE_DIR_VARIABLE)
    return Path(override).expanduser() if override else Path(platformdirs.user_state_dir("readout-tui"))


class SavedState:
    """The state file, read once when the reader starts and written when it leaves."""

    def __init__(self, folder: Path | None = None) -> None:
        self.file = (folder or default_folder()) / STATE_FILE
        self._notices: list[str] = []
        self._data = self._read()

    def take_notices(self) -> list[str]:
        notices, self._notices = self._notices, []
        return notices

    @property
    def theme(self) -> str | None:
        theme = self._data.get("theme")
        return theme if isinstance(theme, str) else None

    def place(self, roots: Sequence[str | Path]) -> Place:
        """Where the reader left the archive of `roots` (an empty place if never)."""
        saved = self._data["places"].get(_key(roots))
        if not isinstance(saved, dict):
            return Place()
        readout = _located(saved.get("root"), saved.get("readout"), roots)
        speaker = saved.get("speaker")
        line = saved.get("line")
        statement = saved.get("statement")
        return Place(
            readout,
            speaker if isinstance(speaker, str) and speaker.strip() else None,
            line if isinstance(line, int) and line > 0 else 0,
            statement if isinstance(statement, int) and not isinstance(statement, bool) and statement >= 0 else None,
            saved.get("everywhere") is True,
        )

    def save(self, roots: Sequence[str | Path], place: Place, theme: str | None) -> None:
        """Remember `place` for the archive of `roots`, and `theme`. What another
        reader saved meanwhile for other archives is kept."""
        data = self._read(quiet=True)
        entry: dict[str, object] = {"used": time.time()}
        if place.readout is not None and (found := _relative(place.readout, roots)) is not None:
            entry["root"], entry["readout"] = found
        if place.speaker:
            entry["speaker"] = place.speaker
        if place.line:
            entry["line"] = place.line
        if place.statement is not None:
            entry["statement"] = place.statement
        if place.everywhere:
            entry["everywhere"] = True
        places = data["places"]
        places[_key(roots)] = entry
        if len(places) > PLACES_KEPT:
            def used(key: str) -> float:
                value = places[key].get("used") if isinstance(places[key], dict) else None
                return value if isinstance(value, (int, float)) else 0.0

            for key in sorted(places, key=used)[: len(places) - PLACES_KEPT]:
                del places[key]
        if theme:
            data["theme"] = theme
        try:
            # ASCII escapes: a name that is not UTF-8 (kept as surrogates) is written and read back as it is
            _write_atomically(self.file, json.dumps(data, ensure_ascii=True, indent=1))
        except OSError as error:
            self._notices.append(f"Where you left off was not saved ({self.file}: {error.strerror or error}).")
            return
        self._data = data

    def _read(self, *, quiet: bool = False) -> dict:
        empty: dict = {"version": 1, "places": {}}
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (FileNotFoundError, NotADirectoryError):  # never saved (or nowhere it could be)
            return empty
        except (OSError, ValueError) as error:
            if not quiet:
                why = error.strerror if isinstance(error, OSError) and error.strerror else "not valid JSON"
                self._notices.append(f"Where you left off last time could not be read ({self.file}: {why}).")
            return empty
        if not isinstance(data, dict) or not isinstance(data.get("places"), dict):
            return empty
        return data


def _key(roots: Sequence[str | Path]) -> str:
    """The archive's name: its folders, resolved and sorted, one a line."""
    return "\n".join(sorted({_resolved(root) for root in roots}))


def _resolved(root: str | Path) -> str:
    try:
        return str(Path(root).resolve())
    except (OSError, RuntimeError):
        return os.path.abspath(root)


def _relative(location: str, roots: Sequence[str | Path]) -> tuple[str, str] | None:
    """(resolved root, path inside it) for a readout listed as `location`."""
    for root in roots:
        prefix = str(Path(root))
        if location == prefix:
            return _resolved(root), "."
        if location.startswith(prefix.rstrip(os.sep) + os.sep):
            return _resolved(root), location[len(prefix.rstrip(os.sep)) + 1 :]
    return None


def _located(root: object, inside: object, roots: Sequence[str | Path]) -> str | None:
    """The listing's form of the readout saved as `inside` the resolved `root`."""
    if not isinstance(root, str) or not isinstance(inside, str):
        return None
    for given in roots:
        if _resolved(given) == root:
            return str(Path(given) / inside)
    return None


def _write_atomically(file: Path, text: str) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(prefix=".state-", suffix=".tmp", dir=file.parent)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temporary, file)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
