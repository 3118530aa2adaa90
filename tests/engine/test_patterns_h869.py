"""Statements found by helper h869 (sixhundredfiftythird, the ECCAS Commission as ANGOP, Gabonews and the Rwandan
President's site print it):
- "The President of the Varel Commission (VC), Tomas Edra, on Saturday in Kestport, Norvane, highlighted …": an
  office with its initials in brackets, its holder set off by commas, then an aside of when and where whose city is
  followed by its country, ", Norvane," (before, the country read as the end of a list, no subject found), and the
  same after a city's dateline set off by a hyphen ("Kestport - The President of …, X, …").
- "In his turn, the Norvanian ambassador X, who will chair …, considers it essential to ensure that …": a present
  form of a view held after a relative aside, its that-clause given as "it" and a judging word, and the sentence
  opened by "In his turn," (before, a present form after a comma was a verb only before "that", after a name that
  opens the sentence).

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


def test_present_view_held_of_it_after_a_relative_aside_and_in_his_turn():
    assert_statements((
        "Tomas Edra spoke first.\n\n"
        "In his turn, the Norvanian ambassador Pell Varo, who will chair the Commission for the next five years, "
        "considers it essential to ensure that the organisation is seen as a common area."
    ), [
        ("Pell Varo", "indirect", "In his turn, the Norvanian ambassador Pell Varo, who will chair the Commission for "
                                  "the next five years, considers it essential to ensure that the organisation is seen "
                                  "as a common area."),
    ])


def test_present_view_held_of_it_after_an_apposition():
    assert_statements((
        "Pell Varo, the Norvanian diplomat, considers it essential to ensure that the region is at peace."
    ), [
        ("Pell Varo", "indirect", "Pell Varo, the Norvanian diplomat, considers it essential to ensure that the region "
                                  "is at peace."),
    ])


def test_present_form_after_a_list_before_it_judged_is_no_one():
    """Guard: a present form after a list of things ("the roads, the bridges, considers it …") stays a noun's."""
    assert_statements((
        "The ministers inspected the roads, the bridges, the schools, considers it essential."
    ), [])
