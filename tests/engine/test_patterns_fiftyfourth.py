"""Patterns found by the fiftyfourth held-out set (real Kremlin news readouts, 2002-2013).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_pointed_to_a_countrys_role_is_a_point_made():
    """"In turn, Mr Brask pointed to Ostrava’s constructive role in the region.": "pointed to"
    before a possessive name and a word of the point made (role, importance, need …) is said,
    as "pointed to the importance of …"."""
    body = (
        "President Petr Halen met with Velmoran Chancellor Anton Brask.\n\n"
        "President Halen called for closer economic ties.\n\n"
        "In turn, Mr Brask pointed to Ostrava’s constructive role in the region. "
        "He said relations were free of problems."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "President Halen called for closer economic ties."),
        ("Anton Brask", "indirect", "In turn, Mr Brask pointed to Ostrava’s constructive role in the region."),
        ("Anton Brask", "indirect", "He said relations were free of problems."),
    ])


def test_considered_this_as_is_an_opinion_held():
    """"In his turn, Mr Darin considered this as voting for large-scale investment": an opinion
    voiced in the talk, as "evaluated X as"."""
    body = (
        "President Petr Halen met with Velgas chairman Oleg Darin.\n\n"
        "Mr Halen suggested Velgas build a pipeline to the north.\n\n"
        "In his turn, Mr Darin considered this as voting for large-scale investment in Ostrava. "
        "He said the Kelm project would lay the basis for many other projects."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Mr Halen suggested Velgas build a pipeline to the north."),
        ("Oleg Darin", "indirect",
         "In his turn, Mr Darin considered this as voting for large-scale investment in Ostrava."),
        ("Oleg Darin", "indirect", "He said the Kelm project would lay the basis for many other projects."),
    ])


def test_considered_as_well_as_stays_no_opinion():
    """"Mr Darin considered the budget as well as the tariffs." is an examination, not an opinion
    (the guard of the rule above)."""
    body = (
        "President Petr Halen met with Velgas chairman Oleg Darin.\n\n"
        "Mr Darin considered the budget as well as the tariffs."
    )
    assert_statements(body, [])


def test_all_that_after_a_report_carries_it_on():
    """"The President said Ostrava pays its debts in full. All that testifies to the positive
    changes in the economy.": "All that" is what he just told, a thing, not a group acting, so
    the sentence carries his report on (as "That testifies …" does)."""
    body = (
        "President Petr Halen met with Velgas chairman Oleg Darin.\n\n"
        "The President said Ostrava pays its foreign debts in full and regularly. "
        "All that testifies to the positive changes in the Ostravan economy and its stability."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President said Ostrava pays its foreign debts in full and regularly."),
        ("Petr Halen", "indirect", "All that testifies to the positive changes in the Ostravan economy and its stability."),
    ])


def test_all_those_present_stay_a_group():
    """"All those present honoured …" after a report is a group acting, narrative (the guard of
    the rule above: only "all that" / "all this")."""
    body = (
        "President Petr Halen met with veterans of the Kelm fleet.\n\n"
        "The President said the fleet had served Ostrava well. "
        "All those present honoured the memory of the sailors."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President said the fleet had served Ostrava well."),
    ])
