"""Patterns found by the ninety-first held-out set (real Kremlin news readouts, Oct 2021 - Mar 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements


def test_the_regional_head_is_the_governor_met():
    """"the regional head dwelled on …" in a report of a meeting with a governor: the region's head
    is its governor, not a second, unnamed speaker."""
    body = (
        "President Petr Halen met with Governor of Velmora Territory Anton Drass.\n\n"
        "The Governor said the region had cut unemployment. In conclusion, Anton Drass mentioned sports. "
        "In particular, the regional head dwelled on the construction of a new arena. "
        "He said Velmora had submitted a bid to host a skating championship."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "The Governor said the region had cut unemployment."),
        ("Anton Drass", "indirect", "In conclusion, Anton Drass mentioned sports."),
        ("Anton Drass", "indirect", "In particular, the regional head dwelled on the construction of a new arena."),
        ("Anton Drass", "indirect", "He said Velmora had submitted a bid to host a skating championship."),
    ])
    assert [s.name for s in attribute(body).speakers] == ["Anton Drass"]
