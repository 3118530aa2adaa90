"""Statements found by helper h705's set fivehundredtwentyseventh (the Government of Jersey's releases): a party's
capital letters set off by commas after a person's whole name ("The Groupe’s president, Name, UMP, discussed …").

Each test is a small invented readout (invented people and places); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_party_letters_after_an_office_and_a_name():
    """"The Groupe’s president, X, UMP, discussed ways …": the name's words, the party's letters between the name and
    the verb no subject of their own (before, the sentence was no one's)."""
    assert_statements((
        "On Wednesday the Minister for External Relations, Senator Alric Vantreau, met the friendship group of the "
        "Dorvish Parliament in Kelmarsh.\n\n"
        "The group’s president, Odile Brasquet, UMD, discussed ways in which the two islands could broaden their "
        "engagement with Dorvish politicians.\n\n"
        "Senator Vantreau said 'The meeting was very constructive.'"
    ), [
        ("Odile Brasquet", "indirect", "The group’s president, Odile Brasquet, UMD, discussed ways in which the two "
                                       "islands could broaden their engagement with Dorvish politicians."),
        ("Alric Vantreau", "direct", "The meeting was very constructive."),
    ])


def test_party_letters_after_a_name_that_opens_the_sentence():
    """"X, PNL, said that …": the member's words, as "X, MP, said that …" already were."""
    assert_statements((
        "Delegates of the Vester Assembly visited the port of Carrow on Monday.\n\n"
        "Mirela Stanciov, PNL, said that the port would double its ferry links next year."
    ), [
        ("Mirela Stanciov", "indirect", "Mirela Stanciov, PNL, said that the port would double its ferry links next "
                                        "year."),
    ])


def test_an_organisations_letters_stay_no_person():
    """Guard: "The Regional Monetary Fund, RMF, has stressed …": letters after an organisation, not after a person's
    name: no one's statement."""
    assert_statements((
        "The Minister of Finance, Tomas Reddal, met a mission of the Regional Monetary Fund in Carrow.\n\n"
        "The Regional Monetary Fund, RMF, has stressed the need for a new budget law."
    ), [])
