"""Statements found by helper h834's mends of sixhundredtwentyfifth (a Chinese city's and region's English releases on
their leaders' meetings): an office in lower case of a body's organ named in lower case before the body ("member of the
standing committee of the Party Committee of Ostria"), an office fronted with "As …" and an aside on its place before
the reporter who acts, then reports under his name, and a paragraph of what a group should do or is urged to after the
report that told it what it should do.

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep the narrator's sentences no one's.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_lower_case_office_of_an_organ_of_a_body_before_a_second_office():
    """"X, member of the standing committee of the Party Committee of Ostria and secretary of …, sent greetings": his
    (before, no one's: the long aside not read as his office)."""
    assert_statements(
        "On March 3rd, Hao Lindan, member of the standing committee of the Party Committee of Ostria and secretary of "
        "the Party Committee of Velm, sent New Year greetings to the engineers of the Velm Rail Works.", [
            ("Hao Lindan", "indirect",
             "On March 3rd, Hao Lindan, member of the standing committee of the Party Committee of Ostria and secretary "
             "of the Party Committee of Velm, sent New Year greetings to the engineers of the Velm Rail Works."),
        ])


def test_a_second_persons_office_after_and_is_no_aside():
    """"X, and the head of the delegation of the Y, Z, welcomed …": two people acting together, no statement."""
    assert_statements(
        "The Chair of the Velm Water Board, Ida Korre, and the head of the delegation of the Ostrian Rail Union in Velm, "
        "Pavo Linn, welcomed the guests.", [])


def test_an_office_fronted_with_as_and_an_aside_then_the_report_under_his_name():
    """"As the Mayor of Velm, the current rotating city, X presided … . X said that … . Velm has …": the sentences on
    his city after his report are his."""
    assert_statements(
        "The fourth meeting of the River Cities Alliance was recently held in Tarn.\n\n"
        "As the Mayor of Velm, the current rotating city, Hao Lindan presided over the meeting and gave a speech. "
        "Hao Lindan said that the cities along the river have deepened cooperation since 2015. "
        "Velm has actively joined the construction of the river port and has achieved substantial results. "
        "Velm City has taken the port conference as the starting point.", [
            ("Hao Lindan", "indirect",
             "Hao Lindan said that the cities along the river have deepened cooperation since 2015."),
            ("Hao Lindan", "indirect",
             "Velm has actively joined the construction of the river port and has achieved substantial results."),
            ("Hao Lindan", "indirect", "Velm City has taken the port conference as the starting point."),
        ])


def test_paragraphs_of_what_the_group_should_do_after_his_prescription():
    """"X emphasized that all delegates should …" / "Delegates should …" / "In addition, delegates are encouraged to
    …": his (before, no one's)."""
    assert_statements(
        "The delegation of Ostria held a plenary meeting in Tarn on May 21.\n\n"
        "Hao Lindan, Party secretary of Ostria, has been elected as the head of the delegation.\n\n"
        "Hao emphasized that all delegates should enhance their sense of responsibility.\n\n"
        "Delegates should seriously consider the reports of the session.\n\n"
        "In addition, delegates are encouraged to put forward motions in light of Ostria's conditions.", [
            ("Hao Lindan", "indirect", "Hao emphasized that all delegates should enhance their sense of responsibility."),
            ("Hao Lindan", "indirect", "Delegates should seriously consider the reports of the session."),
            ("Hao Lindan", "indirect",
             "In addition, delegates are encouraged to put forward motions in light of Ostria's conditions."),
        ])


def test_delegates_encouraged_with_no_prescription_before_are_no_ones():
    """A paragraph urging delegates after narrative (no one told them what they should do): no one's."""
    assert_statements(
        "Hao Lindan met the delegates of Ostria in Tarn.\n\n"
        "The delegates arrived in Tarn on Monday.\n\n"
        "In addition, delegates are encouraged to put forward motions in light of Ostria's conditions.", [])
