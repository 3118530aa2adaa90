"""Attribution as JSON, Markdown or CSV: what `readout-tui export` prints.

Pure functions from Readouts to text, shared by the CLI and the app's export
command. The JSON shape is the one the attribution scorer reads.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import unicodedata
from collections.abc import Collection, Sequence

from readout_tui.model import KIND_LABELS, Readout, Speaker
from readout_tui.source_wording import SourceWording

FORMATS = ("json", "markdown", "csv")
EXTENSIONS = {"markdown": ".md", "json": ".json", "csv": ".csv"}
TITLE_STEM = 48
SPEAKER_STEM = 24
_NOT_IN_A_STEM = re.compile(r"[^a-z0-9]+")


def only_speaker(readout: Readout, query: str) -> Readout:
    """The readout with only the statements of speakers matching `query` (any alias)."""
    return only_speakers(readout, {s.name for s in readout.attribution.find_speakers(query)})


def only_speakers(readout: Readout, names: Collection[str]) -> Readout:
    """The readout with only the statements of the speakers named `names` (exactly
    `Speaker.name`: a readout's own speakers, or every name one person went by
    across an archive)."""
    attribution = readout.attribution._replace(
        speakers=tuple(s for s in readout.attribution.speakers if s.name in names),
        statements=tuple(s for s in readout.attribution.statements if s.speaker in names),
        mentions=tuple(m for m in readout.attribution.mentions if m.speaker in names),
    )
    return readout._replace(attribution=attribution)


def in_source_wording(readout: Readout, source: str) -> Readout:
    """The readout with each statement's text as `source` (its Markdown file, as
    written) words it: with the links, entities and line breaks the body left out
    (see `source_wording`), so an exported statement can be found in the file and
    keeps what it cites. Offsets still point into the body."""
    wording = SourceWording(source)
    statements = tuple(s._replace(text=wording.of(s.text)) for s in readout.attribution.statements)
    return readout._replace(attribution=readout.attribution._replace(statements=statements))


def render_view(readouts: Sequence[Readout], fmt: str, speakers: Collection[str] | None = None) -> str:
    """What a view shows, as an export: `readouts` whole, or only the statements
    of `speakers` (see `only_speakers`) in each. One readout is a JSON object,
    several a list, as with `readout-tui export`."""
    kept = readouts if speakers is None else [only_speakers(readout, speakers) for readout in readouts]
    return render(kept, fmt, as_list=len(kept) != 1)


def file_name(title: str, speakers: Sequence[str], fmt: str) -> str:
    """A name to offer for an export: `<title>[-<speaker>…].<ext>`, in lower-case
    ASCII letters, digits and dashes, each part cut at a word to stay short."""
    parts = [_stem(title, TITLE_STEM), *(_stem(speaker, SPEAKER_STEM) for speaker in speakers)]
    return ("-".join(part for part in parts if part) or "readout") + EXTENSIONS[fmt]


def _stem(text: str, length: int) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    stem = _NOT_IN_A_STEM.sub("-", ascii_text.casefold()).strip("-")
    if len(stem) <= length:
        return stem
    cut = stem[: length + 1]
    return cut.rsplit("-", 1)[0] if "-" in cut else stem[:length]


def path_text(path: os.PathLike[str] | str) -> str:
    """A path as text that is always valid UTF-8: a file name that is not UTF-8
    (surrogate escapes on POSIX) shows its bad bytes as U+FFFD instead of breaking
    the export."""
    return os.fsencode(path).decode("utf-8", "replace")


def _valid(text: str) -> str:
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def readout_dict(readout: Readout) -> dict:
    doc = readout.document
    return {
        "document": {
            "path": path_text(doc.path) if doc.path else None,
            "title": _valid(doc.title),
            "date": doc.date,
            "source": doc.source,
            "source_url": doc.source_url,
        },
        "speakers": [_speaker_dict(s, readout) for s in readout.attribution.speakers],
        "statements": [
            {
                "speaker": s.speaker,
                "kind": s.kind,
                "start": s.start,
                "end": s.end,
                "paragraph": s.paragraph,
                "text": s.text,
            }
            for s in readout.attribution.statements
        ],
        "notes": list(doc.notes),
        "error": doc.error,
    }


def _speaker_dict(speaker: Speaker, readout: Readout) -> dict:
    return {
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "slot": speaker.slot,
        "role": speaker.role,
        "statements": len(readout.attribution.by_speaker(speaker.name)),
    }


def to_json(readouts: Sequence[Readout], *, as_list: bool) -> str:
    data = [readout_dict(r) for r in readouts]
    return json.dumps(data if as_list else data[0], ensure_ascii=False, indent=2) + "\n"


def to_markdown(readouts: Sequence[Readout]) -> str:
    out: list[str] = []
    for readout in readouts:
        doc = readout.document
        out.append(f"# {_md_escape(doc.display_name)}\n")
        meta = " · ".join(x for x in (doc.date, doc.source, path_text(doc.path) if doc.path else None) if x)
        if meta:
            out.append(f"_{_md_escape(meta)}_\n")
        if doc.error:
            out.append(f"**Could not be read:** {_md_escape(doc.error)}\n")
            continue
        speakers = readout.attribution.speakers
        if speakers:
            out.append("## Speakers\n")
            for s in speakers:
                count = len(readout.attribution.by_speaker(s.name))
                office = f", {_md_escape(s.role)}" if s.role else ""  # (the office as the legend shows it)
                aliases = f" ({'; '.join(_md_escape(a) for a in s.aliases)})" if s.aliases else ""
                out.append(f"- **{_md_escape(s.name)}**{office}{aliases}: {count} statement{'s' * (count != 1)}")
            out.append("")
        out.append("## Statements\n")
        if not readout.attribution.statements:
            out.append("_No statements found._\n")
        for s in readout.attribution.statements:
            who = _md_escape(s.speaker) if s.speaker else "_unattributed_"
            out.append(f"- **{who}** ({KIND_LABELS[s.kind]}, ¶{s.paragraph}): {_md_escape(' '.join(s.text.split()))}")
        out.append("")
    return "\n".join(out)


def to_csv(readouts: Sequence[Readout]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["path", "title", "date", "speaker", "kind", "paragraph", "start", "end", "text"])
    for readout in readouts:
        doc = readout.document
        for s in readout.attribution.statements:
            writer.writerow([path_text(doc.path) if doc.path else "", _valid(doc.title), doc.date or "", s.speaker or "",
                             s.kind, s.paragraph, s.start, s.end, s.text])
    return buffer.getvalue()


def render(readouts: Sequence[Readout], fmt: str, *, as_list: bool) -> str:
    if fmt == "json":
        return to_json(readouts, as_list=as_list)
    if fmt == "markdown":
        return to_markdown(readouts)
    if fmt == "csv":
        return to_csv(readouts)
    raise ValueError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def _md_escape(text: str) -> str:
    return text.translate(_MD_SPECIAL)
