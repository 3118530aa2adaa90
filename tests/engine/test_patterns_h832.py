"""Statements found by helper h832's mends of sixhundredtwentythird (the Vietnam News Agency's English service): the
Vietnamese surname Tô written "To" after an office and before a given name ("President To Lam", "Deputy Minister To
Anh Dung") is a name's word, not the "to" of an office ("Ambassador to X"), so the person is found and "the President"
after it is theirs; a title-case headline's "Ambassador To <country>" and "Adviser To The President" stay offices.

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep the office's "To" where a nation or an article follows.
"""
from __future__ import annotations

from readout_tui.engine.name_runs import run_names

from .test_patterns import assert_statements


def test_the_surname_to_after_an_office_is_a_name():
    """"…, President To Van told Ambassador X …" and "the President said" after it: President To Van's (before, the
    given name alone was read as the office's "to", no one found, the statements left to another President)."""
    assert_statements(
        "Orlavia values its ties with Pelm as a priority, President To Van told Pelm's Ambassador Jonas Rask during "
        "a reception on 17 June.\n\n"
        "The Orlavian people remember the support of the Pelm people, the President said.\n\n"
        "The visit of President Ilse Dorn of Pelm next month will be a milestone.", [
            ("To Van", "indirect",
             "Orlavia values its ties with Pelm as a priority, President To Van told Pelm's Ambassador Jonas Rask "
             "during a reception on 17 June."),
            ("To Van", "indirect", "The Orlavian people remember the support of the Pelm people, the President said."),
        ])


def test_the_surname_to_before_two_given_names():
    """"Deputy Foreign Minister To Anh Minh stressed …": the surname opens the three-word name."""
    assert_statements(
        "Deputy Foreign Minister To Anh Minh stressed that Orlavia will host the forum in the spring.", [
            ("To Anh Minh", "indirect",
             "Deputy Foreign Minister To Anh Minh stressed that Orlavia will host the forum in the spring."),
        ])


def test_an_office_to_a_nation_or_an_article_stays_an_office():
    """A headline's title case: "Ambassador To Vietnam", "Envoy To Russia", "Adviser To The President" name no one
    called To."""
    assert run_names("Ambassador To Vietnam") == ()
    assert run_names("Envoy To Russia") == ()
    assert run_names("Adviser To The President") == ()
    assert [phrase.name for phrase in run_names("President To Lam")] == [("To", "Lam")]


def test_required_those_under_him_to_act_is_an_order():
    """"Prime Minister X has required newly-appointed Ambassadors … to work to …": an order, his (before, no one's)."""
    assert_statements(
        "Prime Minister Aldo Serra has required newly-appointed Ambassadors and heads of Orlavian missions abroad to "
        "work to deepen ties with their host countries.", [
            ("Aldo Serra", "indirect",
             "Prime Minister Aldo Serra has required newly-appointed Ambassadors and heads of Orlavian missions abroad "
             "to work to deepen ties with their host countries."),
        ])


def test_required_of_a_thing_is_no_order():
    """"The plan required funding …", "The President said the reform was required to support Pelm …": no order; only
    the saying is a statement."""
    assert_statements(
        "Prime Minister Aldo Serra received the Ambassador of Pelm.\n\n"
        "The programme required Pelm's support to reach the villages.\n\n"
        "Mr Serra said the reform was required to support Pelm's farmers.", [
            ("Aldo Serra", "indirect", "Mr Serra said the reform was required to support Pelm's farmers."),
        ])
