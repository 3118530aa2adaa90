"""Statements found by helper h816's mends on the sixhundredtwelfth set (Luxembourg's government in English): a
country's possessive before "head of diplomacy" ("Luxembourg's head of diplomacy stressed …") is that country's foreign
minister, and "presented, on behalf of X, a distinction to Y" hands a thing over, no topic told.

Each test is a small invented readout (invented people and places); each fails without its rule.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_countrys_possessive_before_head_of_diplomacy_is_its_foreign_minister():
    """"Varnland's head of diplomacy stressed that …": the foreign minister named before (before, no phrase read, nothing)."""
    assert_statements((
        "Talks in Tessa\n\n"
        "The Minister for Foreign Affairs and Foreign Trade, Ivo Marrek, joined a video call of the ministers.\n\n"
        "Varnland's head of diplomacy stressed that the safety of civilians must come first."
    ), [
        ("Ivo Marrek", "indirect",
         "Varnland's head of diplomacy stressed that the safety of civilians must come first."),
    ])


def test_the_chief_of_diplomacy_after_a_countrys_possessive_too():
    """"Varnland’s chief of diplomacy underlined …" (curly apostrophe), the same office."""
    assert_statements((
        "Talks in Tessa\n\n"
        "Varnland's Foreign Minister Ivo Marrek received his guest on Monday.\n\n"
        "Varnland’s chief of diplomacy underlined the value of close ties between the two ports."
    ), [
        ("Ivo Marrek", "indirect",
         "Varnland’s chief of diplomacy underlined the value of close ties between the two ports."),
    ])


def test_presented_on_behalf_of_someone_a_thing_handed_over_is_no_statement():
    """"X presented, on behalf of the Grand Duke, a high distinction to Y": an award handed over (before, taken as
    "presented on" a topic, an indirect statement)."""
    assert_statements((
        "An award in Tessa\n\n"
        "Prime Minister Lena Dorsk welcomed Prime Minister Aron Vell for a working visit.\n\n"
        "As part of a ceremony, Prime Minister Dorsk presented, on behalf of the Grand Duke, a high distinction to "
        "Prime Minister Vell for his work.\n\n"
        "Prime Minister Dorsk said: “Aron Vell has been a true friend of our country.”"
    ), [
        ("Lena Dorsk", "direct", "Aron Vell has been a true friend of our country."),
    ])
