"""Statements found by helper h887's mends of sixhundredsixtyeighth (the States of Guernsey as its press prints it):
"says this in-person meeting will …" ("this" a determiner before a hyphened compound, no "said this in …" occasion),
"wrote again to tell … that …" (how often he wrote, before the letter's words), and "wrote to <whom> to <speech verb>"
(a letter's addressee before what it was written to say).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what the rule must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_says_this_before_a_hyphened_compound_is_no_occasion():
    """"X says this in-person meeting will help …": "this" the determiner of "in-person meeting", not "said this in
    Varnholm" (`reported_speech._WHERE_ONLY`); before, the sentence before was given to her and this one to no one."""
    assert_statements(
        "The Commissioner for Ports has been in Varnholm.\n\n"
        "President of the Harbour Board, Deputy Anna Berrow, says this in-person meeting will help the islands trade "
        "more.", [
            ("Anna Berrow", "indirect",
             "President of the Harbour Board, Deputy Anna Berrow, says this in-person meeting will help the islands "
             "trade more."),
        ])


def test_said_this_in_a_place_is_still_the_occasion():
    """Guard: "She said this in Varnholm on Monday." only tells where the words before were said (no statement of
    its own), as before."""
    assert_statements(
        "“The harbour will reopen in spring,” Deputy Anna Berrow said.\n\n"
        "She said this in Varnholm on Monday.", [
            ("Anna Berrow", "direct", "The harbour will reopen in spring,"),
        ])


def test_wrote_again_to_tell_that():
    """"X wrote again to tell the Prime Minister that …": "again" only how often (lexicon `_COMPLEMENTS`'s
    "wrote"); before, no statement."""
    assert_statements(
        "Deputy Anna Berrow met the envoy of Ostria in June.\n\n"
        "But yesterday Deputy Berrow wrote again to tell the Prime Minister that a hasty exit would be disorderly.", [
            ("Anna Berrow", "indirect",
             "But yesterday Deputy Berrow wrote again to tell the Prime Minister that a hasty exit would be "
             "disorderly."),
        ])


def test_wrote_to_whom_to_thank():
    """"X wrote to the President to congratulate him …", "has written to the Lord Chancellor to thank him …",
    "had written to the Prime Minister again recently to reiterate …": whom the letter went to, then what it was
    written to say (`lexicon._WRITTEN_TO_SPEAK`); before, none."""
    assert_statements(
        "Deputy Anna Berrow met the envoy of Ostria in June.\n\n"
        "Deputy Berrow wrote to the President to congratulate him on his election.\n\n"
        "Deputy Berrow has written to the Lord Chancellor to thank him for his visit.\n\n"
        "Deputy Berrow had written to the Prime Minister again recently to reiterate her support for the treaty.", [
            ("Anna Berrow", "indirect", "Deputy Berrow wrote to the President to congratulate him on his election."),
            ("Anna Berrow", "indirect",
             "Deputy Berrow has written to the Lord Chancellor to thank him for his visit."),
            ("Anna Berrow", "indirect",
             "Deputy Berrow had written to the Prime Minister again recently to reiterate her support for the treaty."),
        ])


def test_wrote_to_a_body_to_meet_is_no_statement():
    """Guard: "X wrote to the Harbour Board to arrange a visit." a letter sent for an act, no verb of speech after
    "to": no statement, as before."""
    assert_statements(
        "Deputy Anna Berrow met the envoy of Ostria in June.\n\n"
        "Deputy Berrow wrote to the Harbour Board to arrange a visit in July.", [])
