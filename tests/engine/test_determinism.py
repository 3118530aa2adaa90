"""The same readout gives the same attribution in every process: nothing may hang
on the order Python happens to keep a set of strings in (it changes with
PYTHONHASHSEED from one run to the next)."""
from __future__ import annotations

import json
import os
import subprocess
import sys

READOUT = (
    "UN Secretary-General Ilvo Marren met the Foreign Minister of Lirea. "
    "Secretary General Marren said that the talks were useful. "
    "UN Secretary General Ilvo Marren stressed that aid must reach the coast."
)

SCRIPT = (
    "import json, sys\n"
    "from readout_tui.engine import attribute\n"
    "a = attribute(sys.stdin.read())\n"
    "print(json.dumps([[s.name, s.role, list(s.aliases)] for s in a.speakers]"
    " + [[s.speaker, s.kind, s.start, s.end] for s in a.statements]))\n"
)


def _attribution_under(seed: int) -> list:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run([sys.executable, "-c", SCRIPT], input=READOUT, env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_attribution_does_not_depend_on_hash_order():
    first = _attribution_under(1)
    assert first[0][0] == "Ilvo Marren"  # the readout does name him: the test reads something
    for seed in (2, 3, 4, 5, 6):
        assert _attribution_under(seed) == first
