"""Patterns found by the two-hundred-eighty-third held-out set (benchmarks/heldout/twohundredeightythird/:
President Obama's White House readouts of 2013-2015): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = ("Vice President Joe Vance met this morning with former Nordhavian Prime Minister Tomas Vell. The Vice "
            "President praised the courage of the Nordhavian army.\n\n")


def test_and_then_an_office_modifier_with_no_article_opens_the_second_of_a_pair():
    """"The Vice President and former Prime Minister discussed regional and international developments"
    (twohundredeightythird 2015-04): the two together, as "The Vice President and the former Prime
    Minister also discussed" is; "acting" and a name after it likewise."""
    body = (_MEETING + "The Vice President and former Prime Minister discussed regional developments. The Vice "
            "President and acting Foreign Minister Ruta Kalnin reviewed the border talks. The former Prime Minister "
            "expressed his gratitude for the aid.")
    assert_statements(body, [
        ("Joe Vance", "indirect", "The Vice President praised the courage of the Nordhavian army."),
        ("Tomas Vell", "indirect", "The former Prime Minister expressed his gratitude for the aid."),
    ])


def test_two_offices_of_one_person_joined_by_and_a_modifier_stay_one_person():
    """Guard: "Deputy Prime Minister and former Foreign Minister Ruta Kalnin" is one person's two offices
    (the "and" rule's "Senior Advisor and Infrastructure Coordinator Landrieu"), not a pair, with the
    modifier after "and" stepped over."""
    body = (_MEETING + "Deputy Prime Minister and former Foreign Minister Ruta Kalnin stressed the need for "
            "talks. Later, Senior Advisor and former Trade Envoy Ivo Marr noted the export figures.")
    assert_statements(body, [
        ("Joe Vance", "indirect", "The Vice President praised the courage of the Nordhavian army."),
        ("Ruta Kalnin", "indirect", "Deputy Prime Minister and former Foreign Minister Ruta Kalnin stressed the need for talks."),
        ("Ivo Marr", "indirect", "Later, Senior Advisor and former Trade Envoy Ivo Marr noted the export figures."),
    ])
