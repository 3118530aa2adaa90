"""What the probes that check a fragment's speaker share: the speakers the engine gave the
sentence that holds a fragment, and what kind of miss that is against the speaker expected.

    python benchmarks/probes/<class>_probe.py [SRC] [OUT.json]

(SRC: the `src` folder whose engine the probe runs, `src` by default; OUT.json: where its
table goes.)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence


def engine_from_argv(default: str = "src") -> None:
    """Put the engine of the `src` folder named first on the command line (or `default`) first on the path."""
    sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else default)


def out_path(name: str) -> str:
    """Where a probe writes its table: the second argument, or a file of its name in /tmp."""
    return sys.argv[2] if len(sys.argv) > 2 else f"/tmp/{name}_probe_out.json"


def speakers_over(statements: Sequence, body: str, start0: int, fragment: str) -> list[str | None]:
    """The speakers of the statements after `start0` that overlap the fragment (or reach within
    three characters of its end: the sentence's closing mark)."""
    pos = body.find(fragment, start0)
    assert pos >= 0, fragment
    end = pos + len(fragment)
    return [s.speaker for s in statements if s.end > start0 and s.start < end + 3 and s.end > pos]


def miss_kind(expected: str | None, got: list[str | None],
              same: Callable[[str, str], bool] = lambda want, had: want == had) -> str:
    """'' when the fragment went to the expected speaker (no one's, when None is expected);
    else 'false', 'missing', 'unresolved' (speech given to no one) or 'wrong speaker'."""
    if expected is None:
        return "" if all(g is None for g in got) else "false"
    if not got:
        return "missing"
    if any(g is not None and same(expected, g) for g in got):
        return ""
    if all(g is None for g in got):
        return "unresolved"
    return "wrong speaker"


def things_made_people(names: Sequence[str], things: Sequence[str]) -> list[str]:
    """The names among `names` that hold one of `things` (a bridge, a cathedral): things the engine made people of."""
    return [name for name in names if any(thing.casefold() in name.casefold() for thing in things)]


def print_misses(rows: Sequence[tuple], misses: int, heading: Callable[[tuple], str], label: str = "") -> None:
    """The count of cases missed and of each kind of miss, then each case missed (`heading` of its
    row) with its fragments' misses. A row is (case number, …, fragments' results, kinds missed)."""
    kinds = Counter(kind for *_, bad in rows for kind in bad)
    print(f"{label + ': ' if label else ''}cases {len(rows)} misses {misses} kinds {dict(kinds)}")
    for row in rows:
        if row[-1]:
            print(f"#{row[0]} {heading(row)}")
            for fragment, expected, got, kind in row[-2]:
                if kind:
                    print(f"    {kind}: '{fragment}' expected {expected} got {got}")


def sentence_miss_kind(expected: str | None, got: str | None) -> str:
    """A sentence's miss, when the speaker it got is not the one expected: 'missed' (none got),
    'false' (none expected) or 'speaker' (another)."""
    return "missed" if got is None else "false" if expected is None else "speaker"


def report_sentence_misses(results: Sequence[tuple], show: Callable[[str], str] = str) -> Counter:
    """Each case missed, (case number, layout, case name, …, sentences missed), with its sentences'
    misses, a sentence printed as `show` gives it; returns the count of misses by the case's class
    (its name before "/") and the kind of miss."""
    kinds: Counter = Counter()
    for i, ctx, name, _, bad in results:
        if not bad:
            continue
        print(f"#{i} {ctx} {name}")
        for sentence, want, got in bad:
            kind = sentence_miss_kind(want, got)
            kinds[(name.split('/')[0], kind)] += 1
            print(f"    [{kind}] want={want} got={got}: {show(sentence)}")
    return kinds


def dump_sentence_misses(results: Sequence[tuple], path: str) -> None:
    """The sentences each case missed, by case number, as JSON (the notes' "engine before" column)."""
    with open(path, "w") as out:
        json.dump({str(r[0]): [[s, w, g] for s, w, g in r[4]] for r in results}, out)
