"""What a readout says about itself: title, date, source, participants.

The keys come from hand-written or scraped YAML, so every value is checked: a wrong
type is dropped with a note rather than stopping the document from loading, since the
body is what the reader is for.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Participant
from .cleanup import scrub, squeeze, tidy

FIELDS = ("title", "date", "source", "source_url", "participants")
# Keys the White House archive scraper writes that a reader has no use for: silently
# accepted, so that 1,395 scraped readouts do not each carry the same note.
_SCRAPER_KEYS = frozenset({"tags", "modified_time", "published_time"})

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?")
_WRITTEN_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d.%m.%Y", "%Y/%m/%d")


@dataclass(frozen=True)
class Metadata:
    title: str | None = None
    date: str | None = None
    source: str | None = None
    source_url: str | None = None
    participants: tuple[Participant, ...] = ()
    body: str | None = None
    notes: tuple[str, ...] = ()


def read_metadata(value: object, *, where: str, with_body: bool = False) -> Metadata:
    """The fields of a front matter (or, `with_body`, of a whole YAML readout).
    `where` names the source in notes: "front matter" or "YAML"."""
    if value is None:
        return Metadata()
    if not isinstance(value, dict):
        return Metadata(notes=(f"{where} ignored: expected keys and values, found {_kind(value)}",))
    notes: list[str] = []
    known = set(FIELDS) | ({"body"} if with_body else set())
    unknown = sorted(str(key) for key in value if key not in known and key not in _SCRAPER_KEYS)
    if unknown:
        notes.append(f"{where}: ignored unknown key(s): {', '.join(unknown)}")
    fields: dict[str, object] = {}
    for key in ("title", "source", "source_url") + (("body",) if with_body else ()):
        if value.get(key) is not None:
            fields[key] = _text(value[key], f"{where}: ignored {key}", notes, keep_lines=key == "body",
                                field=f"{where}: {key}")
    if value.get("date") is not None:
        fields["date"] = normalise_date(value["date"])
        if fields["date"] is None:
            notes.append(f"{where}: ignored date {_shorten(value['date'])!r}: not a date")
    if value.get("participants") is not None:
        fields["participants"] = _participants(value["participants"], f"{where}: ignored participant", notes)
    return Metadata(**fields, notes=tuple(notes))  # type: ignore[arg-type]


def normalise_date(value: object) -> str | None:
    """ISO `YYYY-MM-DD`, the day as the readout gives it (a time zone is not converted
    away: a readout dated the 21st in Washington is about the 21st)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if (iso := _ISO_DATE.fullmatch(text)) is not None:
        try:
            return dt.date(*map(int, iso.groups())).isoformat()
        except ValueError:
            return None
    for form in _WRITTEN_DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return None


def clean_text(value: str) -> str:
    """A one-line field as the reader shows it (YAML escapes such as `\\_` give
    non-breaking spaces, and `\\e` an escape character)."""
    return tidy(value)


def _text(value: object, ignored: str, notes: list[str], *, keep_lines: bool = False, field: str = "") -> str | None:
    """A field's text, one line (but with `keep_lines`): as `clean_text` makes it, and the control characters
    it shows as symbols noted under `field` (a YAML escape, "\\e[31m" in a quoted title, makes one after the
    file's own scrubbing, as the body's are)."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float, dt.date)):
        notes.append(f"{ignored}: expected text, found {_kind(value)}")
        return None
    if keep_lines:
        return str(value)
    text, found = scrub(str(value))
    notes.extend(f"{field}: {note}" for note in found.notes())
    return squeeze(text)


def _participants(value: object, ignored: str, notes: list[str]) -> tuple[Participant, ...]:
    if not isinstance(value, list):
        notes.append(f"{ignored}s: expected a list, found {_kind(value)}")
        return ()
    found: list[Participant] = []
    for number, entry in enumerate(value, start=1):
        participant = _participant(entry)
        if participant is None:
            notes.append(f"{ignored} {number}: expected a name, or a mapping with name, aliases, role")
        else:
            found.append(participant)
    return tuple(found)


def _participant(entry: object) -> Participant | None:
    if isinstance(entry, str):
        return Participant(clean_text(entry)) if entry.strip() else None
    if not isinstance(entry, dict) or not isinstance(entry.get("name"), str) or not entry["name"].strip():
        return None
    aliases = entry.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [aliases]
    role = entry.get("role")
    if not isinstance(aliases, list) or not all(isinstance(alias, str) for alias in aliases):
        return None
    if role is not None and not isinstance(role, str):
        return None
    return Participant(
        name=clean_text(entry["name"]),
        aliases=tuple(clean_text(alias) for alias in aliases if alias.strip()),
        role=clean_text(role) if role and role.strip() else None,
    )


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"a {type(value).__name__}" if value is not None else "nothing"


def _shorten(value: object, limit: int = 40) -> str:
    text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
