"""Known errors of labelled Ukrainian President sets (stop 33) that general rules mend: "They" with a present
verb of help given, between two statements of one person, carries that person's report on.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md
asks for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

TITLE = "Adviser: Norvia has become a symbol of freedom"


@pytest.mark.parametrize("verb", ["provide", "also provide", "send", "support"])
def test_they_with_a_present_verb_of_help_carries_the_report_on(verb):
    """"He also stated that many leaders are already visiting our country, …. They also provide practical
    assistance. The United Kingdom is the leader in this regard …" (hundred-ninth, Mykhailo Podolyak on
    Ukraine 24): what those he speaks of do now, his words carried on."""
    body = (
        "Adviser Jan Dorn said this in an interview. He also stated that many leaders are already visiting our "
        f"country, thus expressing solidarity with Norvia. They {verb} practical assistance. Estavia is the "
        "leader in this regard, combining all programs. \"Any visit today emphasizes that Norvia has become a "
        "symbol of freedom,\" Jan Dorn summed up."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "He also stated that many leaders are already visiting our country, thus "
                                 "expressing solidarity with Norvia."),
        ("Jan Dorn", "indirect", f"They {verb} practical assistance."),
        ("Jan Dorn", "indirect", "Estavia is the leader in this regard, combining all programs."),
        ("Jan Dorn", "direct", "Any visit today emphasizes that Norvia has become a symbol of freedom,"),
    ], title=TITLE)


def test_they_with_a_past_verb_of_help_is_still_the_readout():
    """Guard: "They provided …", in the past, tells what the people who met did; it is not carried on."""
    body = (
        "Adviser Jan Dorn met the ambassadors. He also stated that many leaders are already visiting our "
        "country. They provided practical assistance to the delegation. \"Any visit today matters,\" Jan Dorn "
        "summed up."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "He also stated that many leaders are already visiting our country."),
        ("Jan Dorn", "direct", "Any visit today matters,"),
    ], title=TITLE)
