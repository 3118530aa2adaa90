"""Readings of the fifteenth styles set (benchmarks/styles15): invented readouts in the house styles of offices no
earlier set imitated (a Central Asian presidency's press service, a Gulf foreign ministry, a Baltic prime minister's
office, an Andean and an Eastern European foreign ministry in translation, a Francophone African presidency, a
Caribbean community secretariat, a North African royal cabinet, a South Asian prime minister's office …).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_asg_is_the_assistant_secretary_general():
    """"The ASG later briefed the Ambassador …" (fifteenth styles ancom_secretariat: a community secretariat's
    release): the initials are the Assistant Secretary-General's office, as "the SG" is the Secretary-General's."""
    body = (
        "The Secretary-General, Dr. Mona Keel, received the Ambassador of Ostria, Ms. Ada Brun, on Monday.\n\n"
        "Also present was the Assistant Secretary-General, Mr. Colin Ashby.\n\n"
        "The ASG later briefed the Ambassador on the single market programme."
    )
    assert_statements(body, [
        ("Colin Ashby", "indirect", "The ASG later briefed the Ambassador on the single market programme."),
    ], title="Secretary-General receives Ambassador of Ostria")

