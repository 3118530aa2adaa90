"""Readings of constructions the stop-34 helpers found and left alone (stop 34, helper d): "took the
opportunity to discuss …" (three-hundred-twenty-second ireland_taoiseach_2017-01-16_may_call), and others below.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

CALL_TITLE = "Premier speaks with Chancellor Vask by phone"
CALL_LEAD = "Premier Olaf Renn and Chancellor Mara Vask spoke by phone this evening.\n\n"


def test_took_the_opportunity_to_discuss_is_what_one_person_said():
    """"The Prime Minister also took the opportunity to discuss the speech on Brexit which she plans to deliver
    tomorrow." (three-hundred-twenty-second ireland_taoiseach_2017-01-16_may_call): an occasion used to speak, one
    subject discussing, as "discussed"."""
    body = CALL_LEAD + (
        "They discussed the current situation in the region. The Chancellor also took the opportunity to discuss "
        "the speech on trade which she plans to deliver tomorrow."
    )
    assert_statements(body, [
        ("Mara Vask", "indirect", "The Chancellor also took the opportunity to discuss the speech on trade which she "
         "plans to deliver tomorrow."),
    ], title=CALL_TITLE)


def test_took_the_opportunity_to_visit_stays_an_act():
    """Guard: "took the opportunity to visit the new port" is an act, no statement."""
    body = CALL_LEAD + (
        "They discussed the current situation in the region. The Premier took the opportunity to visit the new port."
    )
    assert_statements(body, [], title=CALL_TITLE)
