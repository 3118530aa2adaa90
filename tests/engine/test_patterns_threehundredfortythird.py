"""Readings of real Ukrainian President's Office text of stop 35 (three-hundred-forty-third): English news of
president.gov.ua, 2021-2022, in the corpus's joined shape.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_stated_this_speaking_with_gives_only_the_occasion():
    """"The Head of State stated this, speaking with media representatives at the conference …" (three-hundred-forty-third
    72217): "this" and a participle of speaking say only where he spoke; the sentence is narrative, the lead his."""
    body = (
        "President of Kaldoria Oren Vask reiterates that Kaldoria is ready to negotiate in any format. "
        "The Head of State stated this, speaking with media representatives at the conference of ambassadors in Vestra. "
        "The President said that the talks were under way."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President of Kaldoria Oren Vask reiterates that Kaldoria is ready to negotiate in any format."),
        ("Oren Vask", "indirect", "The President said that the talks were under way."),
    ], title="Kaldoria is ready for talks - President")


def test_stated_this_then_a_that_clause_still_speaks():
    """Guard: "stated this, adding that …" is no occasion: the sentence stays his statement."""
    body = (
        "President of Kaldoria Oren Vask met with the ambassadors in Vestra. "
        "The President stated this, adding that the talks would go on."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President stated this, adding that the talks would go on."),
    ], title="President Vask met with the ambassadors")
