"""Build an archive of N readouts for benchmarks: years of readouts from several offices.

    python benchmarks/make_corpus.py N DIR [--source PATH] [--seed S]

The readouts are the bundled documents (or those of any folder, `--source`) written
again and again with varied titles and dates, in folders by office and year, in the
formats of their sources: .txt and .md with a YAML front matter, .yaml with a body
key, and every seventh plain-text one without front matter (undated, as real
archives have). DIR must not exist or be empty: nothing is ever overwritten.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

import yaml

from readout_tui.loading import discover, load_document
from readout_tui.model import Document
from readout_tui.samples import bundled_samples

OFFICES = ("kastravia-mfa", "veloria-presidency", "lirea-government", "norvane-defence", "northern-union")
PLACES = ("Arvenna", "Halsby", "Sarn", "Orm", "Velgrad", "Lirebourg", "Kestow", "Pellmar", "Ostrava", "Dunmere")
OCCASIONS = ("talks", "telephone call", "working visit", "consultations", "summit", "plenary session", "briefing")
FIRST_DAY = dt.date(2000, 1, 1)
DAYS = (dt.date(2025, 12, 31) - FIRST_DAY).days
PLAIN_EVERY = 7
_SLUG = re.compile(r"[^a-z0-9]+")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int, metavar="N")
    parser.add_argument("folder", type=Path, metavar="DIR")
    parser.add_argument("--source", type=Path, default=bundled_samples(), help="readouts to copy (default: bundled)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.folder.exists() and (not args.folder.is_dir() or any(args.folder.iterdir())):
        parser.error(f"{args.folder} exists and is not an empty folder")
    sources = [document for document in map(load_document, discover([args.source]).files) if document.ok]
    if not sources:
        parser.error(f"no readable readouts in {args.source}")
    written = make_corpus(args.count, args.folder, sources, random.Random(args.seed))
    print(f"wrote {args.count:,} readouts ({written / 1e6:.1f} MB) to {args.folder}")
    return 0


def make_corpus(count: int, folder: Path, sources: list[Document], rng: random.Random) -> int:
    """Write `count` readouts under `folder`; returns the bytes written."""
    written = 0
    for number in range(count):
        source = sources[number % len(sources)]
        date = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
        title = f"{source.title} ({rng.choice(OCCASIONS)}, {rng.choice(PLACES)}, no. {number + 1})"
        plain = source.format == "txt" and number % PLAIN_EVERY == 0
        text = _readout(source, title, None if plain else date.isoformat())
        path = folder / rng.choice(OFFICES) / str(date.year) / f"{_slug(source.title)}-{number + 1}.{_suffix(source)}"
        path.parent.mkdir(parents=True, exist_ok=True)
        written += path.write_text(text, encoding="utf-8")
    return written


def _readout(source: Document, title: str, date: str | None) -> str:
    fields: dict[str, object] = {"title": title}
    if date is not None:
        fields["date"] = date
    if source.source:
        fields["source"] = source.source
    if source.participants:
        fields["participants"] = [
            {"name": p.name, "aliases": list(p.aliases), **({"role": p.role} if p.role else {})}
            for p in source.participants
        ]
    if source.format == "yaml":
        return _dump({**fields, "body": source.body + "\n"})
    if date is None:
        return f"{title}\n\n{source.body}\n"
    return f"---\n{_dump(fields)}---\n\n{source.body}\n"


def _dump(value: dict[str, object]) -> str:
    return yaml.safe_dump(value, allow_unicode=True, sort_keys=False, width=1000)


def _suffix(source: Document) -> str:
    return {"md": "md", "yaml": "yaml"}.get(source.format, "txt")


def _slug(title: str) -> str:
    return _SLUG.sub("-", title.casefold()).strip("-")[:48].rstrip("-") or "readout"


if __name__ == "__main__":
    sys.exit(main())
