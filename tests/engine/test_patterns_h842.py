"""Statements found by helper h842 (sixhundredthirtieth, the Yerevan City Hall's English releases):
- "՞…՞, said the Mayor." (a page typed on an Armenian keyboard layout): the Armenian question mark `՞` (U+055E) stands
  for a double quotation mark, so the quotation is found whole (before, only its last sentence, as an unquoted
  "…, said X.").
- "<City> Mayor X met with <City2> Mayor Y … The mayor of <City2> noted …": the office that names a capital is not
  held by one whose own office the words before it place in another capital (before, X, the first mayor named).

Each test is a small invented readout (invented people; the capitals are the lexicon's); the rule's test fails
without it, and the guard keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_armenian_question_marks_enclose_a_quotation():
    """Before, only "I am also sure …" was the Mayor's direct statement."""
    assert_statements((
        "Mayor Arno Velikyan met with the Vice Governor of Dalmark Irina Sosnova.\n\n"
        "՞Our partnership is really successful. I am also sure that this meeting will give a new quality to our "
        "projects՞, said the Mayor."
    ), [
        ("Arno Velikyan", "direct", "Our partnership is really successful. I am also sure that this meeting will give "
                                    "a new quality to our projects"),
    ])


def test_the_mayor_of_a_capital_is_not_the_mayor_of_another():
    """Before, "The mayor of Lisbon" was Arno Velikyan, the Athens Mayor named first."""
    assert_statements((
        "Athens Mayor Arno Velikyan met with Lisbon Mayor Tomas Rendeiro in Lisbon.\n\n"
        "The mayor specifically said that cooperation with Lisbon is very important.\n\n"
        "The mayor of Lisbon, in his turn, noted that the sides have an impressive potential."
    ), [
        ("Arno Velikyan", "indirect", "The mayor specifically said that cooperation with Lisbon is very important."),
        ("Tomas Rendeiro", "indirect", "The mayor of Lisbon, in his turn, noted that the sides have an impressive "
                                       "potential."),
    ])


def test_the_mayor_of_his_own_capital_is_still_he():
    """Guard: the office names the capital his own office is placed in: his statement."""
    assert_statements((
        "Athens Mayor Arno Velikyan met with the Ambassador of Dalmark Tomas Rendeiro.\n\n"
        "The mayor of Athens noted that the city is open to new projects."
    ), [
        ("Arno Velikyan", "indirect", "The mayor of Athens noted that the city is open to new projects."),
    ])
