"""Whether the engine's work grows in step with the text: one long readout at x1, x2 and x4.

    python benchmarks/bench_linearity.py [PATH ...] [--size KB] [--repeat N]

PATH: readout files or folders (default: the bundled documents/). Their bodies are
joined, a blank line between, and repeated until the text holds at least --size KB
(default 500): that is the x1 readout. It is attributed whole at one, two and four
times that length, the engine's caches emptied before each pass, and the median
seconds of --repeat passes (default 3) are printed with the cost per MB.

The figure is the last line: the cost per MB at x4 over the cost at x1. It stays
near 1 while every step's work grows with the text. It nears 4 when some step
searches the whole text once per name, mention or sentence, which is quadratic:
such a step turns a 50 MB readout (the hostile tests open one) into hours. Stop
59's CI hung on exactly that, three rules each with a `text.find` per name; this
benchmark shows it in half a minute. Timings on a shared machine are noisy; the
ratio is steadier than the seconds, and a quadratic step is far outside the noise.

With --many-speakers the readout is not the bodies repeated but quotations of invented,
once-named speakers ("“We agree on the road,” Karodev said. “It is good,” said Lumetsa."),
a new name in each: a step that searches the text once per distinct name, which repeated
text hides (every name in it comes again), shows there. Stop 61 found one (a lone surname's
checks searched the whole text for each name, `engine/lone_words.py` now reads them once):
`--many-speakers --size 30 --repeat 1` gave 2.92 before, 1.01 after.

With --quotation-paragraphs the readout is paragraphs that are each one quotation or its
tag: a quotation cut by its tag at a paragraph break ("“We have the nurses,”" / "Dr. Karodev
said, “but …”"), a quotation whole then "The Minister Karodev said this in reply …", a lead-in
"Karodev said:" then the quotation: steps that look back at the paragraph before (its
statements, the text before it) show there if they scan all the statements or copy all
the text before. Stop 62 found both (`Attributor._found_in`, `_quote_cue`'s lead-in).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_engine import _empty_caches  # the sibling benchmark's cache reset

from readout_tui.engine import attribute
from readout_tui.loading import discover, load_document

_MULTIPLES = (1, 2, 4)


def long_readout(bodies: list[str], size_kb: int) -> str:
    """The bodies joined by blank lines, repeated until the text holds at least size_kb kilobytes."""
    joined = "\n\n".join(body.strip() for body in bodies if body.strip())
    if not joined:
        return ""
    repeats = max(1, -(-size_kb * 1000 // len(joined)))
    return "\n\n".join([joined] * repeats)


_SYLLABLES = ("ka", "ro", "dev", "lu", "met", "sa", "vin", "tor", "bel", "nik", "os", "tra", "mir", "zel", "ha", "quen")


def speaker_name(number: int) -> str:
    """An invented surname of its own for each number ("Karo", "Rodevlu", …), never a word of the lists."""
    parts = []
    while True:
        number, digit = divmod(number, len(_SYLLABLES))
        parts.append(_SYLLABLES[digit])
        if not number:
            break
    return ("Va" + "".join(parts)).capitalize()


def many_speakers_readout(size_kb: int) -> str:
    """Paragraphs of two quotations each, every one by a speaker named once, until the text holds size_kb kilobytes."""
    paragraphs, length, number = [], 0, 0
    while length < size_kb * 1000:
        paragraph = (f"“We agree on the road,” {speaker_name(number)} said. "
                     f"“It is good,” said {speaker_name(number + 1)}.")
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
        number += 2
    return "\n\n".join(paragraphs)


def quotation_paragraphs_readout(size_kb: int) -> str:
    """Paragraphs that are each one quotation or its tag, in three shapes by turns, each speaker named once, until the
    text holds size_kb kilobytes."""
    paragraphs, length, number = [], 0, 0
    while length < size_kb * 1000:
        name = speaker_name(number)
        shapes = [f"“We have the water of well {number} and we have the nurses,”",
                  f"Dr. {name} said, “but what we do not yet have is clean water in village {number}.”",
                  f"“We are grateful to the partners of district {number}.”",
                  f"The Minister {name} said this in reply to the words of welcome.",
                  f"Minister {name} said:",
                  f"“The road to the port of {number} will be built this year.”"]
        paragraphs += shapes
        length += sum(len(shape) + 2 for shape in shapes)
        number += 1
    return "\n\n".join(paragraphs)


def median_seconds(text: str, repeat: int) -> float:
    """The median time of `repeat` attributions of text, each from empty caches."""
    times = []
    for _ in range(repeat):
        _empty_caches()
        start = time.perf_counter()
        attribute(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", default=[str(Path(__file__).resolve().parent.parent / "documents")])
    parser.add_argument("--size", type=int, default=500, help="kilobytes of text at x1 (default 500)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--many-speakers", action="store_true",
                        help="quotations of invented once-named speakers instead of the bodies repeated")
    parser.add_argument("--quotation-paragraphs", action="store_true",
                        help="paragraphs each one quotation or its tag instead of the bodies repeated")
    args = parser.parse_args(argv)
    if args.quotation_paragraphs:
        return _report({m: quotation_paragraphs_readout(args.size * m) for m in _MULTIPLES}, args.repeat,
                       "quotation paragraphs")
    if args.many_speakers:
        return _report({m: many_speakers_readout(args.size * m) for m in _MULTIPLES}, args.repeat,
                       "distinct speakers")

    found = discover(args.paths)
    bodies = [d.body for d in (load_document(p) for p in found.files) if d.ok]
    base = long_readout(bodies, args.size)
    if not base:
        print("no readouts found", file=sys.stderr)
        return 1
    return _report({m: "\n\n".join([base] * m) for m in _MULTIPLES}, args.repeat, f"{len(bodies)} readouts joined")


def _report(texts: dict[int, str], repeat: int, what: str) -> int:
    """Each text attributed, its median seconds and cost per MB printed, then the ratio of the costs."""
    costs = {}
    for multiple, text in texts.items():
        megabytes = len(text.encode("utf-8")) / 1e6
        seconds = median_seconds(text, repeat)
        costs[multiple] = seconds / megabytes
        print(f"x{multiple}  {megabytes:6.2f} MB  {seconds:7.2f} s  {costs[multiple]:6.2f} s/MB"
              f"  (median of {repeat}, {what})")
    ratio = costs[_MULTIPLES[-1]] / costs[_MULTIPLES[0]]
    print(f"cost per MB, x{_MULTIPLES[-1]} / x{_MULTIPLES[0]}: {ratio:.2f}  (about 1: linear; near {_MULTIPLES[-1]}: quadratic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
