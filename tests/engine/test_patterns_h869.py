"""Statements found by helper h869 (sixhundredfiftythird, the ECCAS Commission as ANGOP, Gabonews and the Rwandan
President's site print it):
- "The President of the Varel Commission (VC), Tomas Edra, on Saturday in Kestport, Norvane, highlighted …": an
  office with its initials in brackets, its holder set off by commas, then an aside of when and where whose city is
  followed by its country, ", Norvane," (before, the country read as the end of a list, no subject found), and the
  same after a city's dateline set off by a hyphen ("Kestport - The President of …, X, …").

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_holder_then_an_aside_of_a_city_and_its_country_before_the_verb():
    assert_statements((
        "The President of the Varel Commission (VC), Tomas Edra, on Saturday in Kestport, Norvane, highlighted the "
        "importance of the summit on maritime security."
    ), [
        ("Tomas Edra", "indirect", "The President of the Varel Commission (VC), Tomas Edra, on Saturday in Kestport, "
                                   "Norvane, highlighted the importance of the summit on maritime security."),
    ])


def test_name_then_an_aside_of_a_city_and_its_country_before_the_verb():
    assert_statements((
        "Tomas Edra, on Monday in Kestport, Norvane, stressed the importance of the summit on maritime security."
    ), [
        ("Tomas Edra", "indirect", "Tomas Edra, on Monday in Kestport, Norvane, stressed the importance of the summit "
                                   "on maritime security."),
    ])


def test_a_city_dateline_with_a_hyphen_before_the_office_and_its_holder():
    assert_statements((
        "Kestport - The chairperson of the Commission, Tomas Edra, on Monday in Kestport, Norvane, stressed the "
        "importance of the summit."
    ), [
        ("Tomas Edra", "indirect", "Kestport - The chairperson of the Commission, Tomas Edra, on Monday in Kestport, "
                                   "Norvane, stressed the importance of the summit."),
    ])


def test_a_list_of_names_and_a_country_before_a_verb_is_no_one_aside():
    """Guard: a country after a list of names and no aside of where ("A, B, Norvane, stressed") finds no subject."""
    assert_statements((
        "The ministers received Pedro Lask, Maria Ruel, Norvane, and stressed the importance of the summit."
    ), [])
