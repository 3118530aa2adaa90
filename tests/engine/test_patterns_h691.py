"""Statements found by helper h691's set fivehundrednineteenth (Saba, the Yemen News Agency, in English): an office in
lower case after a nation's adjective before a name and its comma ("the Veloran acting ambassador to Kastravia, X,") is
the name's, so that a later "The Veloran acting ambassador reaffirmed …" is his; how the office is held ("acting",
"interim", "outgoing") between the nation's adjective and the office stays inside the description; an office whose
body's initials are followed by the place it is held in ("… (ODHA) in Kastravia, X") or that "newly-appointed" opens is
the name's too.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_ENVOY_SAID = "The Veloran ambassador reaffirmed his country's support for the peace talks in Kastravia."


def test_nations_lower_office_before_a_name_and_its_comma():
    """"met … with the Veloran acting ambassador to Kastravia, Ardo Renhal. … The Veloran acting ambassador
    reaffirmed …": the office before his name is his, the description after it means him (not the host)."""
    assert_statements(
        "Foreign Minister Tomas Pell met in Kestral with the Veloran ambassador to Kastravia, Ardo Renhal.\n\n"
        + _ENVOY_SAID,
        [("Ardo Renhal", "indirect", _ENVOY_SAID)],
    )


def test_nations_lower_office_with_no_posting_place():
    """"the Veloran ambassador, Ardo Renhal." then "The Veloran ambassador said …": the same with no place after the
    office."""
    said = "The Veloran ambassador said that his government welcomed the new talks."
    assert_statements(
        "Foreign Minister Tomas Pell received in Kestral the Veloran ambassador, Ardo Renhal.\n\n" + said,
        [("Ardo Renhal", "indirect", said)],
    )


def test_nations_lower_office_guard_when_the_name_opens_the_main_clause():
    """Guard: "With the Veloran ambassador, Tomas Pell discussed …": the name after the comma is the sentence's
    subject, no apposition, so the ambassador's description is not his (the later "The Veloran ambassador said" is
    the envoy no one named, one person known by the office, h764)."""
    said = "The Veloran ambassador said that his government welcomed the new talks."
    lead = "During his meeting with the Veloran ambassador, Foreign Minister Tomas Pell stressed the value of the talks."
    result = assert_statements(lead + "\n\n" + said, [("Tomas Pell", "indirect", lead),
                                                       ("The Veloran ambassador", "indirect", said)])
    assert all(s.speaker != "Tomas Pell" for s in result.statements if s.text.startswith("The Veloran"))


def test_office_modifier_between_the_nation_and_the_office_in_a_subject():
    """"The Iranian acting ambassador reaffirmed …" after "the Iranian acting ambassador to Kastravia, Ardo Renhal":
    the whole description, the nation's adjective included, is the subject (a nation the tables know), not "The
    Iranian" of no office, which went to the host."""
    said = "The Iranian acting ambassador reaffirmed his country's solidarity to the Kastravian people."
    assert_statements(
        "Minister of Foreign Affairs, Tomas Pell, met here in the capital Kestral with the Iranian acting ambassador to "
        "Kastravia, Ardo Renhal.\n\n" + said,
        [("Ardo Renhal", "indirect", said)],
    )


def test_office_with_its_bodys_initials_and_posting_place_before_the_name():
    """"the Director of the Office for Development and Humanitarian Aid (ODHA) in Kastravia, Lena Osk." then "The
    Director pointed out …": the place after the initials is no part of the office, which is hers."""
    said = "The Director pointed out that the aid convoys would resume next week."
    assert_statements(
        "Prime Minister Tomas Pell met on Monday with the Director of the Office for Development and Humanitarian Aid "
        "(ODHA) in Kastravia, Lena Osk.\n\n" + said,
        [("Lena Osk", "indirect", said)],
    )


def test_newly_appointed_hyphened_before_the_office_before_the_name():
    """"the newly-appointed Director of the Office for Development and Humanitarian Aid, Lena Osk." then "The
    Director pointed out …": "newly-appointed" with its hyphen opens the office as "newly appointed" does."""
    said = "The Director pointed out that the aid convoys would resume next week."
    assert_statements(
        "Prime Minister Tomas Pell met on Monday with the newly-appointed Director of the Office for Development and "
        "Humanitarian Aid, Lena Osk.\n\n" + said,
        [("Lena Osk", "indirect", said)],
    )
