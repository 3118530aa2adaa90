"""Statements found by helper h808's mends of sixhundredsixth (the Autonomous Province of Vojvodina's English
releases): two office-holders each named after their own office and joined by "and" ("President of the Assembly, X
and President of the Government, Y discussed …") are a pair, no one's statement; "supported the European way of
our country" is a stance taken, as "supported the proposal"; "There were more than forty participants at the
meeting." after a quotation is the readout's account, no report carried on.

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_two_office_holders_each_named_after_an_office_and_joined_by_and_are_a_pair():
    """"Place, date- President of the Regional Assembly, X and President of the Regional Government, Y discussed
    today …": each name set off after its office, "and" with no comma before it; the two together, no one's
    statement (before, the second name's)."""
    assert_statements((
        "Velmora, 12 May- President of the Regional Assembly, Tarsen Ilvo and President of the Regional Government, "
        "Mira Kolvaj discussed today the cooperation of the two institutions.\n\n"
        "President Ilvo expressed his belief that the Government would continue its projects."
    ), [
        ("Tarsen Ilvo", "indirect",
         "President Ilvo expressed his belief that the Government would continue its projects."),
    ])


def test_one_office_holder_named_after_her_office_still_speaks_alone():
    """Guard: "President of the Regional Government, Y said …" with no one joined by "and" stays Y's."""
    assert_statements((
        "Velmora, 12 May- President of the Regional Government, Mira Kolvaj said today that the budget would grow."
    ), [
        ("Mira Kolvaj", "indirect",
         "Velmora, 12 May- President of the Regional Government, Mira Kolvaj said today that the budget would grow."),
    ])


def test_supported_the_european_way_of_a_country_is_a_stance_taken():
    """"Moreover, the Vice-president of the Parliament supported the European way of our country and she especially
    expressed her satisfaction with …": a stance taken on a country's course toward the Union, so the whole sentence
    is hers (before, only the part after "and she")."""
    assert_statements((
        "Ostrava, 24 November – Deputy Ilan Brek talked with Anna Torvesová, Vice-president of the Parliament of "
        "Kelmaria.\n\n"
        "Moreover, the Vice-president of the Parliament supported the European way of our country and she "
        "especially expressed her satisfaction with the position of the minority."
    ), [
        ("Anna Torvesová", "indirect",
         "Moreover, the Vice-president of the Parliament supported the European way of our country and she "
         "especially expressed her satisfaction with the position of the minority."),
    ])


def test_how_many_attended_after_a_quotation_is_the_readouts_account():
    """"“…”, said X. There were more than forty participants at the meeting.": how many attended, told by the
    readout, not more of X's words (before, X's indirect statement)."""
    assert_statements((
        "There was a presentation on the priorities of the office in Brussels.\n\n"
        "“We raised the bar high and we are sure that the region can record a three-digit result“ , said Pavel "
        "Dornik, head of the regional office in Brussels. There were more than forty participants at the meeting."
    ), [
        ("Pavel Dornik", "direct",
         "We raised the bar high and we are sure that the region can record a three-digit result"),
    ])
