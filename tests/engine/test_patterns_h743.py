"""Statements found by helper h743's set fivehundredfiftyseventh (the Government of Somaliland's English releases): an
opening adverb of order before an office set off by commas ("First, the President of the Republic of X, briefed …"),
a news lead's present tense after an office and the name set off after it ("X’s Foreign Minister, Dr Y, hails …"), and a
party joined by "and" with no article ("the Minister and Delegation discussed …", a pair).

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_opening_adverb_of_order_is_no_name_before_an_office():
    """"First, the President of the Republic of Norvane, briefed …": "First" and its comma open the sentence, the
    office set off by commas is the subject, the President named before; before, "First" was a person holding it."""
    assert_statements((
        "The President of the Republic of Norvane, Ilona Brenn, today received the Kastravian Ambassador.\n\n"
        "First, the President of the Republic of Norvane, briefed the new Ambassador on the progress made by the "
        "country.\n\n"
        "Secondly, the President of the Republic of Norvane, thanked the Ambassador for the aid of Kastravia."
    ), [
        ("Ilona Brenn", "indirect", "First, the President of the Republic of Norvane, briefed the new Ambassador on "
                                    "the progress made by the country."),
        ("Ilona Brenn", "indirect", "Secondly, the President of the Republic of Norvane, thanked the Ambassador for "
                                    "the aid of Kastravia."),
    ])


def test_a_leads_present_tense_after_an_office_and_its_name_set_off():
    """"Norvane’s Foreign Minister, Dr Ilona Brenn, hails Norvane-Kastravia ties at a meeting …": a news lead's present
    tense, after the office that opens the sentence and the name set off after it, is her verb (it had needed a
    that-clause after it); guard: a present form after a list's comma is no verb of a name."""
    assert_statements((
        "Norvane’s Foreign Minister, Dr Ilona Brenn, hails Norvane-Kastravia ties at a meeting in Orsk with the "
        "Kastravian Minister for Trade, Pell Dunmore.\n\n"
        "The Minister of Foreign Affairs of Norvane, Dr Ilona Brenn, has met the Kastravian Minister in Orsk."
    ), [
        ("Ilona Brenn", "indirect", "Norvane’s Foreign Minister, Dr Ilona Brenn, hails Norvane-Kastravia ties at a "
                                    "meeting in Orsk with the Kastravian Minister for Trade, Pell Dunmore."),
    ])
    assert_statements((
        "Minister Pell Dunmore opened the new road to Orsk.\n\n"
        "The plan covers roads, bridges, ports and hails the new schools of the region."
    ), [])


def test_a_party_joined_by_and_with_no_article_makes_a_pair():
    """"In addition, the Minister and Delegation discussed …" (and "the Minister and delegation"): the two a pair, no
    statement; before, "the Minister and Delegation" was one office, the Minister's; guard: the Minister alone."""
    assert_statements((
        "The Foreign Minister of Norvane, Ilona Brenn, received a high level delegation of the Orsk Fund.\n\n"
        "The Minister welcomed the support being provided by the Fund.\n\n"
        "In addition, the Minister and Delegation discussed a number of security and development matters.\n\n"
        "Later the Minister and delegation discussed the refugee crisis."
    ), [
        ("Ilona Brenn", "indirect", "The Minister welcomed the support being provided by the Fund."),
    ])

