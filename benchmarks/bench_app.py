"""How fast the reader answers on a large archive: headless, in one run, JSON and a table.

    python benchmarks/bench_app.py [--corpora DIR] [--sizes 1000,10000,100000] [--runs 5]
                                   [--start-rounds 11] [--json FILE]

Archives of each size are built once under DIR with make_corpus.py (from the bundled
readouts) and reused. Every start is a fresh process, timed from the moment it is
launched, as a user starts the reader; the starts are made in rounds (the empty app,
then each size cold and warm; 11 rounds, as a start takes under a second), and each
start's ratio is to the empty app of its own round, made beside it: the ratio given is
the median of those (a VM whose speed drifts over minutes slows a round alike). The
other measures are repeated `--runs` times (or half as many sessions, each of many
keystrokes):

  empty     an empty Textual app, launch to first painted frame: the floor on this machine
  cold      launch to the first readout's text painted, with an empty cache
  warm      the same, with the cache a full earlier session left (titles of every readout)
  filter    applying and clearing a speaker filter on a 200 KB readout, as a reader does:
            Enter in the filter box (which moves the focus to the text), then Esc, each
            to the painted frame; every speaker in turn, most statements first
  move      moving the sidebar selection at the largest size (j to the painted frame
            with the cursor moved; and to the readout's text), with the cache warm and
            attribution running in the background, as it does after a start; then
            again with the background work stopped
  narrow    a letter typed in the title box at the largest size, to the painted frame
            showing the narrowed list (background work stopped, letters 50 ms apart)
  archive   the view across readouts at 10,000 readouts with the cache warm (every
            readout attributed in an earlier session): Ctrl+A with a speaker filter
            set, to the painted frame listing all that person's statements from every
            readout; a person in a tenth of the readouts, then the one in the most;
            and a search of every readout for a word (Ctrl+F, Enter)
  rss       peak resident memory of any reader process at the largest size

Before the first start the reader's bytecode is written (`compileall`), as any
install has it (pip compiles what it installs; Python writes it on the first run):
with PYTHONDONTWRITEBYTECODE set, as on some CI machines, every start would compile
the reader's 40 modules again (~65 ms) while Textual's came compiled.

"Painted" means the frame was composed and rendered to terminal output (as a real
terminal driver does; the headless driver then discards it). Keystroke timings run
with TEXTUAL_FPS=1000 so that Textual's 60 Hz frame clock adds no wait of its own:
they are the work a keystroke costs, to compare with a 16 ms frame. Every figure is
the median of several runs; the start-up times are also given as a ratio to the
empty app's.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SIZE = (120, 40)
FILTER_READOUT_BYTES = 200_000
KEYSTROKES = 40
ARCHIVE_SIZE = 10_000
ARCHIVE_PEOPLE = ("lukashenko", "ilona brenn")
"""A person who speaks in a tenth of the bench archive's readouts, and the one who speaks in the most."""
ARCHIVE_SEARCH = "sovereignty"
ARCHIVE_TURNS = 5


# The parent: build, launch, collect -----------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpora", type=Path, default=Path(tempfile.gettempdir()) / "readout-tui-bench")
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--start-rounds", type=int, default=11,
                        help="rounds of starts (each a few tenths of a second): the empty app, each size cold and warm")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--path", help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.path, args.cache_dir, Path(args.out))

    import readout_tui

    compileall.compile_dir(Path(readout_tui.__file__).parent, quiet=1)
    sizes = [int(size) for size in args.sizes.split(",")]
    args.corpora.mkdir(parents=True, exist_ok=True)
    corpora = {size: corpus(args.corpora, size) for size in sizes}
    long_folder = long_readout(args.corpora)
    work = Path(tempfile.mkdtemp(prefix="bench-", dir=args.corpora))
    try:
        results = measure(args, corpora, long_folder, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)  # the caches of every start: ~50 MB a run
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    print()
    print(table(results))
    return 0


def measure(args: argparse.Namespace, corpora: dict[int, Path], long_folder: Path, work: Path) -> dict:
    """Every figure, from starts of the reader in `work` (their caches)."""
    sizes = list(corpora)
    largest = max(sizes)
    results: dict = {"machine": machine(), "runs": args.runs, "sizes": {}}
    rss: list[int] = []
    children_rss: list[int] = []

    say("each size: one full session to fill its cache")
    fills = {size: launch("fill", corpora[size], work / f"warm-{size}", work) for size in sizes}
    # The starts are interleaved, round after round (the empty app, then each size
    # cold and warm): a VM whose speed drifts over minutes slows every kind alike,
    # and the ratios to the empty app compare starts made side by side.
    empty: list[float] = []
    cold: dict[int, list[dict]] = {size: [] for size in sizes}
    warm: dict[int, list[dict]] = {size: [] for size in sizes}
    for run in range(args.start_rounds):
        say(f"starts, round {run + 1} of {args.start_rounds}: the empty app, then each size cold and warm")
        empty.append(launch("empty", None, None, work)["painted"])
        for size in sizes:
            cold[size].append(launch("first", corpora[size], work / f"cold-{size}-{run}", work))
            warm[size].append(launch("first", corpora[size], work / f"warm-{size}", work))
    results["start_rounds"] = args.start_rounds
    results["empty_app_first_paint_s"] = statistics.median(empty)
    results["empty_runs_s"] = [round(painted, 3) for painted in empty]
    for size in sizes:
        starts = (*cold[size], *warm[size], fills[size])
        rss.extend(run["rss_kb"] for run in starts if size == largest)
        children_rss.extend(run["children_rss_kb"] for run in starts if size == largest)
        results["sizes"][size] = {
            "cold_first_readout_s": statistics.median(run["painted"] for run in cold[size]),
            "warm_first_readout_s": statistics.median(run["painted"] for run in warm[size]),
            # each start against the empty app of its own round, then the median
            "cold_ratio": statistics.median(run["painted"] / e for run, e in zip(cold[size], empty)),
            "warm_ratio": statistics.median(run["painted"] / e for run, e in zip(warm[size], empty)),
            "cold_runs_s": [round(run["painted"], 3) for run in cold[size]],
            "warm_runs_s": [round(run["painted"], 3) for run in warm[size]],
            "full_session_titles_s": fills[size]["titles_done"],
        }
    say(f"{largest:,} readouts: moving the selection and narrowing, cache warm")
    keys = [launch("keys", corpora[largest], work / f"warm-{largest}", work) for _ in range(max(args.runs // 2, 1))]
    rss.extend(run["rss_kb"] for run in keys)
    children_rss.extend(run["children_rss_kb"] for run in keys)
    say("200 KB readout: applying and clearing a speaker filter")
    filters = [launch("filter", long_folder, None, work) for _ in range(max(args.runs // 2, 1))]
    results["move_selection_ms"] = summary([ms for run in keys for ms in run["move_ms"]])
    results["move_selection_idle_ms"] = summary([ms for run in keys for ms in run["move_idle_ms"]])
    results["move_to_readout_text_ms"] = summary([ms for run in keys for ms in run["move_text_ms"]])
    results["narrow_keystroke_ms"] = summary([ms for run in keys for ms in run["narrow_ms"]])
    results["filter_apply_ms"] = summary([ms for run in filters for ms in run["apply_ms"]])
    results["filter_clear_ms"] = summary([ms for run in filters for ms in run["clear_ms"]])
    results["filter_readout_kb"] = filters[0]["readout_kb"]
    if ARCHIVE_SIZE in corpora:
        say(f"{ARCHIVE_SIZE:,} readouts: one session attributing every readout, then the view across readouts")
        attributed_cache = work / f"attributed-{ARCHIVE_SIZE}"
        attributed = launch("attributed", corpora[ARCHIVE_SIZE], attributed_cache, work)
        archive = [launch("archive", corpora[ARCHIVE_SIZE], attributed_cache, work) for _ in range(max(args.runs // 2, 1))]
        rss.extend(run["rss_kb"] for run in archive if ARCHIVE_SIZE == largest)
        results["archive"] = {
            "size": ARCHIVE_SIZE,
            "attribute_all_s": round(attributed["attributed_s"], 1),
            **{
                key: {**summary([ms for run in archive for ms in run[key]]), **archive[0][f"{key}_found"]}
                for key in ("archive_person_ms", "archive_busiest_person_ms", "archive_search_ms")
            },
        }
    results["peak_rss_mb"] = round(max(rss) / 1024, 1)
    results["peak_rss_indexing_process_mb"] = round(max(children_rss) / 1024, 1)
    results["largest"] = largest
    return results


def corpus(root: Path, size: int) -> Path:
    folder = root / f"corpus-{size}"
    if not folder.is_dir():
        say(f"building an archive of {size:,} readouts in {folder}")
        subprocess.run([sys.executable, str(HERE / "make_corpus.py"), str(size), str(folder)], check=True)
    return folder


def long_readout(root: Path) -> Path:
    """A folder holding one readout of over 200 KB: the bundled readouts' paragraphs
    over and over, so that the engine finds their speakers in it."""
    sys.path.insert(0, str(REPO / "src"))
    from readout_tui.loading import discover, load_document
    from readout_tui.samples import bundled_samples

    folder = root / "long-readout"
    target = folder / "long-readout.txt"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        bodies = [load_document(path).body for path in discover([bundled_samples()]).files]
        parts = ["Readout of the very long plenary session", ""]
        while sum(len(part.encode()) for part in parts) < FILTER_READOUT_BYTES:
            parts.extend(body + "\n" for body in bodies if body)
        target.write_text("\n".join(parts), encoding="utf-8")
    return folder


def launch(mode: str, path: Path | None, cache_dir: Path | None, work: Path) -> dict:
    out = work / f"{mode}-{time.monotonic_ns()}.json"
    command = [sys.executable, str(Path(__file__).resolve()), "--child", mode, "--out", str(out)]
    if path is not None:
        command += ["--path", str(path)]
    if cache_dir is not None:
        command += ["--cache-dir", str(cache_dir)]
    env = {**os.environ, "TEXTUAL_ANIMATIONS": "none"}
    if mode in ("keys", "filter", "archive"):
        env["TEXTUAL_FPS"] = "1000"
    started = time.monotonic()
    subprocess.run(command, check=True, env=env, stdin=subprocess.DEVNULL)
    result = json.loads(out.read_text())
    if mode in ("empty", "first") and "painted_at" not in result:
        raise SystemExit(f"the {mode} run on {path} painted nothing")
    if "painted_at" in result:
        result["painted"] = result["painted_at"] - started
    return result


def summary(values: list[float]) -> dict:
    values = sorted(values)
    return {
        "median": round(statistics.median(values), 2),
        "p90": round(values[int(0.9 * (len(values) - 1))], 2),
        "max": round(values[-1], 2),
        "count": len(values),
    }


def machine() -> dict:
    import platform

    import textual

    return {"python": platform.python_version(), "textual": textual.__version__, "cpus": os.cpu_count(),
            "platform": platform.platform()}


def table(results: dict) -> str:
    empty = results["empty_app_first_paint_s"]
    rows = [
        ("Empty Textual app, first paint", f"{empty:.2f} s", "1.0×", "(reference)"),
    ]
    for size, figures in results["sizes"].items():
        cold, warm = figures["cold_first_readout_s"], figures["warm_first_readout_s"]
        cold_goal = "≤ 2 s" if int(size) >= 100_000 else ("≤ 1.5× empty" if int(size) == 10_000 else "")
        warm_goal = "≤ 1 s" if int(size) >= 100_000 else ("≤ 1.5× empty" if int(size) == 10_000 else "")
        rows.append((f"{int(size):,} readouts, first readout shown, cold", f"{cold:.2f} s",
                     f"{figures['cold_ratio']:.2f}×", cold_goal))
        rows.append((f"{int(size):,} readouts, first readout shown, warm", f"{warm:.2f} s",
                     f"{figures['warm_ratio']:.2f}×", warm_goal))
    kb = results["filter_readout_kb"]
    largest = f"{results['largest']:,}"
    for label, key, goal in (
        (f"Apply a speaker filter ({kb} KB readout)", "filter_apply_ms", "≤ 16 ms"),
        (f"Clear the speaker filter ({kb} KB readout)", "filter_clear_ms", "≤ 16 ms"),
        (f"Move the sidebar selection ({largest} readouts)", "move_selection_ms", "≤ 16 ms"),
        ("… with the background attribution stopped (Esc)", "move_selection_idle_ms", "≤ 16 ms"),
        (f"… and see that readout's text ({largest})", "move_to_readout_text_ms", ""),
        (f"Narrow the list, one letter ({largest})", "narrow_keystroke_ms", ""),
    ):
        figures = results[key]
        rows.append((label, f"{figures['median']:.1f} ms", f"p90 {figures['p90']:.1f} ms", goal))
    if "archive" in results:
        archive = results["archive"]
        size = f"{archive['size']:,}"
        for label, key, goal in (
            ("All readouts, one person", "archive_person_ms", "≤ 1 s"),
            ("All readouts, the busiest person", "archive_busiest_person_ms", "≤ 1 s"),
            ("Search every readout for a word", "archive_search_ms", ""),
        ):
            figures = archive[key]
            found = f"{figures['statements']:,} statements, {figures['readouts']:,} readouts"
            rows.append((f"{label} ({size}, warm; {found})", f"{figures['median']:.0f} ms", f"p90 {figures['p90']:.0f} ms",
                         goal))
    rows.append((f"Peak RSS ({largest} readouts)", f"{results['peak_rss_mb']:.0f} MB", "", "≤ 300 MB"))
    rows.append(("… and of its indexing process", f"{results['peak_rss_indexing_process_mb']:.0f} MB", "", ""))
    for size, figures in results["sizes"].items():
        titles = f"{figures['full_session_titles_s']:.1f} s"
        rows.append((f"Titles of all {int(size):,} read, cold (background)", titles, "", ""))
    header = ("Measure (median)", "Result", "Ratio / p90", "Goal")
    widths = [max(len(str(row[i])) for row in (header, *rows)) for i in range(4)]
    lines = ["| " + " | ".join(str(cell).ljust(width) for cell, width in zip(row, widths)) + " |"
             for row in (header, *rows)]
    lines.insert(1, "| " + " | ".join("-" * width for width in widths) + " |")
    return "\n".join(lines)


def say(message: str) -> None:
    print(f"· {message}", file=sys.stderr, flush=True)


# The children: one start each, timed from inside --------------------------


def child(mode: str, path: str | None, cache_dir: str | None, out: Path) -> int:
    if mode == "empty":
        result = run_empty()
    else:
        result = run_reader(mode, Path(path), Path(cache_dir) if cache_dir else None)
    result["rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result["children_rss_kb"] = max(result.get("children_rss_kb", 0), children_peak_kb())
    out.write_text(json.dumps(result))
    os._exit(0)  # do not wait for background threads to finish their batch


def children_peak_kb() -> int:
    """The largest peak resident size (VmHWM) among this process's children: the
    indexing process. (getrusage's figure for children would start from the
    parent's own peak, which a child inherits across fork and exec on Linux.)"""
    peak = 0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                if b"readout_tui.app.background" not in Path(f"/proc/{pid}/cmdline").read_bytes():
                    continue  # not yet the indexer (a child between fork and exec shares our memory)
                status = Path(f"/proc/{pid}/status").read_text()
            except OSError:
                continue
            for line in status.splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]))
    return peak


def run_empty() -> dict:
    from textual.app import App

    result: dict = {}

    class Empty(App[None]):
        def _display(self, screen, renderable) -> None:
            super()._display(screen, renderable)
            if renderable is not None and "painted_at" not in result:
                renderable.render_segments(self.console)
                result["painted_at"] = time.monotonic()
                self.exit()

    Empty().run(headless=True, size=SIZE)
    return result


def run_reader(mode: str, path: Path, cache_dir: Path | None) -> dict:
    import asyncio

    from readout_tui.app.first_readout_process import FirstReadoutProcess

    first_readout = FirstReadoutProcess.start([path])  # as `readout-tui` does, before Textual loads

    from textual import events

    from readout_tui.app.app import ReadoutApp
    from readout_tui.app.widgets.readout_list import ReadoutList
    from readout_tui.cache import ReadoutCache

    result: dict = {}

    class Timed(ReadoutApp):
        """The reader, noting when each frame is painted and what it shows."""

        CSS_PATH = str(Path(sys.modules[ReadoutApp.__module__].__file__).parent / ReadoutApp.CSS_PATH)

        def __init__(self) -> None:
            cache = ReadoutCache(cache_dir, protected=[path]) if cache_dir is not None else None
            super().__init__([path], cursor_blink=False, cache=cache, first_readout=first_readout)
            self.waiting: list[tuple[callable, asyncio.Future]] = []
            self.scan_done = False

        def _show_readout(self, readout, *, keep_place: bool = False) -> None:
            super()._show_readout(readout, keep_place=keep_place)
            self.showing = readout

        def _display(self, screen, renderable) -> None:
            super()._display(screen, renderable)
            if renderable is None:
                return
            renderable.render_segments(self.console)
            now = time.monotonic()
            if mode == "first" and getattr(self, "showing", None) is not None and "painted_at" not in result:
                result["painted_at"] = now
                self.exit()
            for waiting in list(self.waiting):
                condition, future = waiting
                if condition() and not future.done():
                    future.set_result(now)
                    self.waiting.remove(waiting)

        def on_readout_app_scan_finished(self, message) -> None:
            super().on_readout_app_scan_finished(message)
            self.scan_done = True

        def expect(self, condition) -> asyncio.Future:
            """The time of the first frame painted once `condition` holds."""
            future = asyncio.get_running_loop().create_future()
            self.waiting.append((condition, future))
            return future

    app = Timed()
    if mode == "first":
        app.run(headless=True, size=SIZE)
        return result

    def type_into(box, text: str) -> None:
        """Leave `text` in the box as typing it would: the cursor after it."""
        box.value = ""
        box.insert_text_at_cursor(text)

    async def until(condition, timeout: float = 600) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(mode)
            await asyncio.sleep(0.01)

    async def keystroke(key: str, character: str | None, *conditions) -> list[float]:
        """Milliseconds from the key to the first frame painted after each condition."""
        frames = [app.expect(condition) for condition in conditions]
        started = time.monotonic()
        app.post_message(events.Key(key, character))
        return [(await frame - started) * 1000 for frame in frames]

    async def archive_view() -> None:
        """Ctrl+A with each of ARCHIVE_PEOPLE as the filter, to the frame showing all
        their statements; then a search of every readout."""
        from readout_tui.app.widgets.archive_view import ArchiveView

        await until(lambda: app.scan_done and app._indexed)  # nothing left to attribute: the cache is warm
        await asyncio.sleep(0.5)
        archive = app.query_one(ArchiveView)
        box = app.query_one("#filter-input")

        def shown() -> bool:
            return archive.display and archive.gathered is not None and archive.gathered.done

        def found(key: str) -> None:
            gathered = archive.gathered
            result[f"{key}_found"] = {"readouts": len(gathered.found), "statements": gathered.statements,
                                      "not_read": gathered.not_read}

        for key, person in zip(("archive_person_ms", "archive_busiest_person_ms"), ARCHIVE_PEOPLE):
            box.focus()
            type_into(box, person)
            await asyncio.sleep(0.1)
            await keystroke("enter", "\r", lambda: app.speaker_filter is not None)
            await asyncio.sleep(0.2)
            result[key] = []
            for _ in range(ARCHIVE_TURNS):
                result[key] += await keystroke("ctrl+a", "\x01", shown)
                found(key)
                await keystroke("ctrl+a", "\x01", lambda: not archive.display)
                await asyncio.sleep(0.2)
        app.set_speaker_filter(None)
        await keystroke("ctrl+a", "\x01", lambda: archive.display)
        result["archive_search_ms"] = []
        for _ in range(ARCHIVE_TURNS):
            await keystroke("ctrl+f", "\x06", lambda: app.query_one("#find-input").has_focus)
            app.query_one("#find-input").value = ARCHIVE_SEARCH
            await asyncio.sleep(0.1)
            result["archive_search_ms"] += await keystroke(
                "enter", "\r", lambda: shown() and archive.gathered.query.words == (ARCHIVE_SEARCH,)
            )
            found("archive_search_ms")
            archive.show_hint()
            await asyncio.sleep(0.2)

    async def sample_children() -> None:
        while True:
            result["children_rss_kb"] = max(result.get("children_rss_kb", 0), children_peak_kb())
            await asyncio.sleep(0.25)

    async def drive() -> None:
        asyncio.get_running_loop().create_task(sample_children())
        async with app.run_test(headless=True, size=SIZE):
            started = time.monotonic()
            await until(lambda: getattr(app, "showing", None) is not None)
            if mode == "fill":
                await until(lambda: app.scan_done)
                result["titles_done"] = time.monotonic() - started
                return
            if mode == "attributed":
                await until(lambda: app.scan_done and app._indexed)
                result["attributed_s"] = time.monotonic() - started
                return
            if mode == "archive":
                await archive_view()
                return
            readouts = app.query_one(ReadoutList)
            if mode == "keys":
                await until(lambda: app.scan_done)
                await asyncio.sleep(0.5)
                result["move_ms"], result["move_text_ms"], result["move_idle_ms"] = [], [], []
                for timings in ("move_ms", "move_idle_ms"):
                    if timings == "move_idle_ms":
                        app.action_stop_indexing()  # the same, with no attribution going on
                        await asyncio.sleep(0.5)
                    for _ in range(KEYSTROKES):
                        entry = app.library[readouts.cursor + 1]
                        moved, text = await keystroke(
                            "j", "j", lambda: readouts.entry is entry, lambda: app._shown == entry.path
                        )
                        result[timings].append(moved)
                        if timings == "move_ms":
                            result["move_text_ms"].append(text)
                        await asyncio.sleep(0.05)
                result["narrow_ms"] = []
                for word in ("talks", "lirea", "2019"):
                    app.query_one("#title-search").focus()
                    await asyncio.sleep(0.05)
                    for count, letter in enumerate(word, 1):
                        typed = word[:count]
                        result["narrow_ms"] += await keystroke(letter, letter, lambda t=typed: app.library.query == t)
                        await asyncio.sleep(0.05)
                    for count in range(len(word) - 1, -1, -1):
                        typed = word[:count]
                        result["narrow_ms"] += await keystroke(
                            "backspace", None, lambda t=typed: app.library.query == t
                        )
                        await asyncio.sleep(0.05)
            elif mode == "filter":
                readout = app.readout
                result["readout_kb"] = round(len(readout.document.body.encode()) / 1000)
                by_speaker = readout.attribution.by_speaker
                speakers = sorted(readout.attribution.speakers, key=lambda s: -len(by_speaker(s.name)))
                result["speakers"] = [len(by_speaker(s.name)) for s in speakers]
                box = app.query_one("#filter-input")
                result["apply_ms"], result["clear_ms"] = [], []
                for turn in range(KEYSTROKES // 2):
                    box.focus()
                    type_into(box, speakers[turn % len(speakers)].name)
                    await asyncio.sleep(0.1)
                    result["apply_ms"] += await keystroke("enter", "\r", lambda: app.speaker_filter is not None)
                    await asyncio.sleep(0.1)
                    result["clear_ms"] += await keystroke("escape", None, lambda: app.speaker_filter is None)
                    await asyncio.sleep(0.1)

    asyncio.run(drive())
    return result


if __name__ == "__main__":
    sys.exit(main())
