"""What the probes that check a fragment's speaker share: the speakers the engine gave the
sentence that holds a fragment, and what kind of miss that is against the speaker expected.

    python benchmarks/probes/<class>_probe.py [SRC] [OUT.json]

(SRC: the `src` folder whose engine the probe runs, `src` by default; OUT.json: where its
table goes.)
"""
from __future__ import annotations

import sys
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
