"""Statements found by helper h829's mends of sixhundredtwentyfirst (the East African Community's organs' releases and
the papers' copies): a judge's style "His Lordship" alone is the judge named with it, as "His Worship" is a mayor;
a court's "Judge President" is one office, and one of its judges (the Justice named); "called on X to bid him
farewell" is a farewell call, no appeal.

Each test is a small invented readout (invented people and courts); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_his_lordship_alone_is_the_judge_named_with_the_style():
    """"His Lordship Justice X … expressed …" then "His Lordship commended …": the style alone is the judge's, as
    "His Worship" is the mayor's; before, the second sentence had no speaker."""
    assert_statements((
        "The Speakers of the region paid a courtesy call on the Court in Varnholm.\n\n"
        "His Lordship Justice Oren Maltavi in his remarks, expressed his gratitude to the Speakers for their visit.\n\n"
        "His Lordship commended the member states for implementing the decisions of the Court."
    ), [
        ("Oren Maltavi", "indirect",
         "His Lordship Justice Oren Maltavi in his remarks, expressed his gratitude to the Speakers for their visit."),
        ("Oren Maltavi", "indirect",
         "His Lordship commended the member states for implementing the decisions of the Court."),
    ])


def test_the_judge_president_is_the_justice_named():
    """"… the Judge President of the Court … Justice X expressed … The Judge President also informed …": the court's
    presiding judge, one office (not "the President" of anything), is the Justice named; before, no one."""
    assert_statements((
        "The Speakers of the region paid a courtesy call on the Judge President of the Regional Court of Justice.\n\n"
        "Justice Oren Maltavi expressed his gratitude to the Speakers for their visit.\n\n"
        "The Judge President also informed the Speakers that the Court is composed of eleven judges."
    ), [
        ("Oren Maltavi", "indirect", "Justice Oren Maltavi expressed his gratitude to the Speakers for their visit."),
        ("Oren Maltavi", "indirect",
         "The Judge President also informed the Speakers that the Court is composed of eleven judges."),
    ])


def test_called_on_someone_to_bid_him_farewell_is_a_farewell_call():
    """"X today called on President Y to bid him farewell as the term … comes to an end": the caller bids the one
    called on farewell, a courtesy call (narrative); before, an appeal of X's."""
    assert_statements((
        "Outgoing Assembly Speaker, Tomas Velder today called on President Arno Kessel to bid him farewell as the term "
        "of the Assembly comes to an end.\n\n"
        "The outgoing speaker outlined achievements of the Assembly, including passing more than thirty laws."
    ), [
        ("Tomas Velder", "indirect",
         "The outgoing speaker outlined achievements of the Assembly, including passing more than thirty laws."),
    ])


def test_called_on_citizens_to_bid_farewell_to_someone_is_still_an_appeal():
    """Guard: "called on citizens to bid farewell to …": no pronoun of the one called on, an appeal stays X's."""
    assert_statements((
        "President Arno Kessel called on all citizens to bid farewell to the late poet at the national theatre."
    ), [
        ("Arno Kessel", "indirect",
         "President Arno Kessel called on all citizens to bid farewell to the late poet at the national theatre."),
    ])


def test_an_office_before_a_comma_with_no_space_is_the_names():
    """"Outgoing Assembly Speaker,Tomas Velder today called on …" (the comma's space left out): the office before it is
    still the name's, so "The outgoing speaker outlined …" is he; before, no one."""
    assert_statements((
        "Outgoing Assembly Speaker,Tomas H. Velder today called on President Arno Kessel at his office.\n\n"
        "The outgoing speaker outlined achievements of the Assembly, including passing more than thirty laws."
    ), [
        ("Tomas H. Velder", "indirect",
         "The outgoing speaker outlined achievements of the Assembly, including passing more than thirty laws."),
    ])
