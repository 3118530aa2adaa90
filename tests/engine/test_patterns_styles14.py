"""Readings of the fourteenth styles set (benchmarks/styles14): invented readouts in the house styles of small
territories, sub-national governments and regional secretariats no earlier set imitated (a Gibraltar-style HM
Government, a Jersey-style Government, an Indian state's CMO, a Malaysian state, a Canadian province, a Bermuda-style
Cabinet Office, an OECS-style Commission, a German Land's State Chancellery …).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_cm_is_the_chief_minister():
    """"The CM informed that …" (fourteenth styles varunpradesh_cmo: an Indian state's releases): the initials are the
    Chief Minister's office, as "the SG" is the Secretary-General's."""
    body = (
        "Varunagar, May 3: Hon'ble Chief Minister Shri Ramesh Kadam today met a delegation from Oltaria led by "
        "Mr. Pavel Dronik at the Secretariat.\n\n"
        "Mr. Dronik conveyed that Oltarian firms wished to invest in the State.\n\n"
        "The CM informed that land had been set aside for foreign investors."
    )
    assert_statements(body, [
        ("Pavel Dronik", "indirect", "Mr. Dronik conveyed that Oltarian firms wished to invest in the State."),
        ("Ramesh Kadam", "indirect", "The CM informed that land had been set aside for foreign investors."),
    ], title="CM meets delegation from Oltaria")
