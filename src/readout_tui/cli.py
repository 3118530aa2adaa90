"""The `readout-tui` command: the reader, and `export` for scripts.

`readout-tui [PATH...]` opens the app; `readout-tui export PATH...` prints the
attribution. Every failure the user can cause (a bad path, an unreadable file)
ends in a one-line message on stderr and a non-zero exit, never a traceback.
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from readout_tui import __version__

_EXPORT_HELP = "print who said what in readouts, as JSON, Markdown or CSV"
_CACHE_HELP = "delete the cache of readouts already read and attributed"
_SPEAKERS_HELP = "list every person who speaks in readouts, merged across them, with their statements"


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="readout-tui",
        description="A terminal reader for diplomatic meeting readouts that shows who said what.",
        epilog="Commands: 'readout-tui export --help' (" + _EXPORT_HELP + "); "
               "'readout-tui speakers --help' (" + _SPEAKERS_HELP + "); "
               "'readout-tui cache clear' (" + _CACHE_HELP + ").",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="readout files or folders (.txt, .md, .yaml); default: ./documents or the samples")
    parser.add_argument("--speaker", metavar="NAME", help="start with the view narrowed to this speaker")
    parser.add_argument("--no-cache", action="store_true",
                        help="neither use nor update the cache of readouts already read and attributed")
    parser.add_argument("--no-state", action="store_true",
                        help="start at the newest readout, not where you left off, and do not remember this session")
    parser.add_argument("--version", action="version", version=f"readout-tui {__version__}")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="readout-tui export", description=_EXPORT_HELP + ".")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="readout files or folders")
    parser.add_argument("--format", choices=("json", "markdown", "csv"), default="json",
                        help="json (one object per readout), markdown (for people to read) or csv; "
                             "default: %(default)s")
    parser.add_argument("--speaker", metavar="NAME",
                        help="keep only this speaker's statements (any alias, case-insensitive)")
    parser.add_argument("-o", "--output", metavar="FILE",
                        help="write to FILE instead of standard output (never replaces a file without --force)")
    parser.add_argument("--force", action="store_true",
                        help="with --output: replace an existing file, or write inside the documents folder")
    return parser


def _speakers_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="readout-tui speakers", description=_SPEAKERS_HELP + ".")
    parser.add_argument("paths", nargs="+", metavar="PATH", help="readout files or folders")
    parser.add_argument("--format", choices=("table", "json"), default="table",
                        help="table (for people to read) or json; default: %(default)s")
    parser.add_argument("--top", type=int, metavar="N", help="only the N people with most statements")
    parser.add_argument("--no-cache", action="store_true", help="read every file afresh, without the cache")
    return parser


def _cache_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="readout-tui cache", description="The cache of readouts already read.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("clear", help=_CACHE_HELP, description=_CACHE_HELP + ".")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args[:1] == ["export"]:
            return export(_export_parser().parse_args(args[1:]))
        if args[:1] == ["speakers"]:
            return speakers(_speakers_parser().parse_args(args[1:]))
        if args[:1] == ["cache"]:
            return cache(_cache_parser().parse_args(args[1:]))
        options = _app_parser().parse_args(args)
        from readout_tui.app import run

        return run(options.paths, options.speaker, use_cache=not options.no_cache, use_state=not options.no_state)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def export(options: argparse.Namespace) -> int:
    from readout_tui.export import only_speaker, render
    from readout_tui.loading import discover
    from readout_tui.readouts import quoting_the_source, read_readout

    found = discover(options.paths)
    for message in found.errors:
        _complain(message)
    for path, reason in found.skipped:
        _complain(f"skipped {path}: {reason}")
    readouts = []
    failed = bool(found.errors)
    for path in found.files:
        readout = read_readout(Path(path))
        if readout.document.error:
            _complain(f"{path}: {readout.document.error}")
            failed = True
            continue
        readouts.append(only_speaker(readout, options.speaker) if options.speaker else readout)
    if not readouts:
        if not failed:
            _complain("no readouts found in " + ", ".join(options.paths))
        return 1
    if options.speaker and not any(readout.attribution.speakers for readout in readouts):
        count = f"{len(readouts)} readout{'s' * (len(readouts) != 1)}"
        _complain(f"no speaker matches “{options.speaker}” in the {count} read (nothing to export)")
    as_list = len(found.files) > 1 or any(Path(p).is_dir() for p in options.paths)
    text = render(quoting_the_source(readouts, options.format), options.format, as_list=as_list)
    if options.output:
        from readout_tui.writing import WriteRefused, why_not_written, write_export

        try:
            written = write_export(Path(options.output), text, force=options.force,
                                   protected=[Path(p) for p in options.paths])
        except (WriteRefused, OSError) as error:
            _complain(f"not written: {why_not_written(Path(options.output), error)}")
            return 1
        _complain(f"wrote {len(readouts)} readout{'s' * (len(readouts) != 1)} to {written}")
    else:
        sys.stdout.write(text)
    return 1 if failed else 0


def cache(options: argparse.Namespace) -> int:
    from readout_tui.cache import CACHE_FILE, clear, default_folder

    folder = default_folder()
    try:
        removed = clear(folder)
    except OSError as error:
        _complain(f"could not delete the cache in {folder}: {error.strerror or error}")
        return 1
    print(f"deleted the cache {removed[0]}" if removed else f"no cache to delete ({folder / CACHE_FILE})")
    return 0


def speakers(options: argparse.Namespace) -> int:
    import json

    from readout_tui.archive import merge_speakers
    from readout_tui.export import path_text
    from readout_tui.loading import discover
    from readout_tui.readouts import read_many

    found = discover(options.paths)
    for message in found.errors:
        _complain(message)
    readouts = [r for r in read_many(found.files, use_cache=not options.no_cache) if r.document.ok]
    if not readouts:
        _complain("no readouts found in " + ", ".join(options.paths))
        return 1
    people = merge_speakers(readouts)[: options.top] if options.top else merge_speakers(readouts)
    if options.format == "json":
        data = [
            {"name": p.name, "aliases": sorted(p.aliases), "roles": sorted(p.roles),
             "statements": p.statement_count,
             "readouts": [path_text(r.document.path) if r.document.path else None for r in p.sources]}
            for p in people
        ]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return 1 if found.errors else 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"Speakers in {len(readouts)} readouts", title_justify="left")
    table.add_column("Person", style="bold", no_wrap=True)
    table.add_column("Also named", overflow="fold")
    table.add_column("Statements", justify="right")
    table.add_column("Readouts", justify="right")
    for person in people:
        aliases = sorted(person.aliases, key=lambda a: (len(a), a))
        shown = "; ".join(aliases[:6]) + (f"; … {len(aliases) - 6} more" if len(aliases) > 6 else "")
        table.add_row(Text(person.name), Text(shown), str(person.statement_count), str(len(person.sources)))
    Console().print(table)  # Text cells: names are data, never markup
    return 1 if found.errors else 0


def _complain(message: str) -> None:
    print(f"readout-tui: {' '.join(str(message).split())}", file=sys.stderr)
