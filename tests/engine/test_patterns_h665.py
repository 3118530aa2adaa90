"""Statements found by helper h665's set fourhundredninetyfifth (Timor-Leste: the Government's and the Presidency's
releases): a title-case headline whose verb is a bare form after a lone office ("President Get Updated On …"); "spoke at
<place> about <topic>"; a sentence-opening pronoun after a sentence that names one person only, as the owner of its
topic ("A key focus was the PM’s visit to … . He also spoke …"); a plural noun of people "welcomed by" a host; "referred that" (said that); "Endorses" and other headline verbs of a stance.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_WEEKLY = (
    "President Ada Lorn today held her regular meeting with Prime Minister Ben Taro at the Palace.\n\n"
    "The President reaffirmed that the Government remains committed to joining the regional bloc next year.\n\n"
    "The President also signaled her intention to review the budget of every public institution."
)
_WEEKLY_STATEMENTS = [
    ("Ada Lorn", "indirect", "The President reaffirmed that the Government remains committed to joining the regional "
                             "bloc next year."),
    ("Ada Lorn", "indirect", "The President also signaled her intention to review the budget of every public "
                             "institution."),
]


def test_bare_headline_verb_after_a_lone_office_names_no_one():
    """"President Get Updated On PM’s Trip, …": "Get" (the release's slip for "Gets") parts the office from what
    follows; before, the run made a person "Get Updated", who took the body's bare "The President"."""
    assert_statements(_WEEKLY, _WEEKLY_STATEMENTS,
                      title="President Get Updated On PM’s Europe Trip, Reaffirms Bloc Bid And Budget Priorities")


def test_gets_is_a_headline_verb():
    """"President Gets Updated On …": the present tense, as "Meets" (before, a person "Gets Updated")."""
    assert_statements(_WEEKLY, _WEEKLY_STATEMENTS,
                      title="President Gets Updated On PM’s Europe Trip, Reaffirms Bloc Bid And Budget Priorities")


def test_spoke_at_a_place_about_a_topic():
    """"Prime Minister X also spoke at the Lakeside Forum about …": the place between the verb and its topic, as
    "spoke to … leaders about …"; before, no statement."""
    assert_statements(
        "President Ada Lorn held a meeting with Prime Minister Ben Taro.\n\n"
        "Prime Minister Taro also spoke at the Lakeside Forum about building peace in the region.",
        [("Ben Taro", "indirect", "Prime Minister Taro also spoke at the Lakeside Forum about building peace in the "
                                  "region.")],
    )


def test_spoke_at_a_place_without_a_topic_is_narrative():
    """Guard: "spoke at the launch of the programme" says where, not what: no statement."""
    assert_statements(
        "President Ada Lorn held a meeting with Prime Minister Ben Taro.\n\n"
        "Prime Minister Taro spoke at the launch of the programme.",
        [],
    )


def test_pronoun_after_a_sentence_about_one_owner_is_the_owner():
    """"A key focus was the PM’s visit to the summit in Geneva. He also spoke at … about …": the sentence before names
    the Prime Minister only, as the owner of its topic; "He" is he, not the President who spoke last (before, the
    President's)."""
    assert_statements(
        "President Omar Lind held a meeting with Prime Minister Ben Taro, who briefed the President on his trips. "
        "President Lind said the talks were useful.\n\n"
        "A key focus was the PM’s visit to the summit in Geneva. He also spoke at the Lakeside Forum about building "
        "peace in the region.",
        [("Omar Lind", "indirect", "President Lind said the talks were useful."),
         ("Ben Taro", "indirect", "He also spoke at the Lakeside Forum about building peace in the region.")],
    )


def test_pronoun_after_an_offices_possessive_keeps_the_speaker():
    """Guard: "… the Deputy Head of the President’s Office stressed. He noted …": an office's "of the President’s",
    in a sentence that reports speech, is no owner; "He" stays the one who spoke."""
    assert_statements(
        "President Omar Lind met the envoys. Deputy Head of the Office of the President Ivo Marr briefed the envoys "
        "on the tribunal.\n\n"
        "Ivo Marr stressed that the Deputy Head of the President’s Office leads the work. He noted that nine states "
        "had joined the group.",
        [("Ivo Marr", "indirect", "Deputy Head of the Office of the President Ivo Marr briefed the envoys on the "
                                  "tribunal."),
         ("Ivo Marr", "indirect", "Ivo Marr stressed that the Deputy Head of the President’s Office leads the work."),
         ("Ivo Marr", "indirect", "He noted that nine states had joined the group.")],
    )


def test_people_welcomed_by_a_host_is_no_statement():
    """"The children were welcomed by the Prime Minister, X, accompanied by …": a plural noun of people received by a
    host, as "They were welcomed by …"; before, the Prime Minister's statement."""
    assert_statements(
        "Some seventy children from remote villages visited the Palace today.\n\n"
        "The children were welcomed by the Prime Minister, Ben Taro, accompanied by the Minister of Culture, Ana Vey.",
        [],
    )


def test_a_thing_welcomed_by_an_agent_stays_his_statement():
    """Guard: "The proposal was welcomed by Prime Minister X.": a thing welcomed in words, the agent's statement."""
    assert_statements(
        "The ministers met in Lakeport.\n\nThe proposal was welcomed by Prime Minister Ben Taro.",
        [("Ben Taro", "indirect", "The proposal was welcomed by Prime Minister Ben Taro.")],
    )


def test_referred_that_reports_speech():
    """"The Prime Minister referred that the Government is …" (a translation's "referiu que"): said that; before, no
    statement ("referred" spoke only with "to")."""
    assert_statements(
        "Prime Minister Ben Taro received Minister Ana Vey at the Palace.\n\n"
        "The Prime Minister referred that the Government is currently discussing the Program to be sent to the "
        "Parliament.",
        [("Ben Taro", "indirect", "The Prime Minister referred that the Government is currently discussing the Program "
                                  "to be sent to the Parliament.")],
    )


def test_referred_to_stays_a_statement():
    """Guard: "referred to the importance of …" speaks, as before."""
    assert_statements(
        "Prime Minister Ben Taro received Minister Ana Vey at the Palace.\n\n"
        "The Prime Minister referred to the importance of the new port.",
        [("Ben Taro", "indirect", "The Prime Minister referred to the importance of the new port.")],
    )


def test_endorses_is_a_headline_verb():
    """"Lorn Endorses Lakeland’s Accession … during Meeting with Ben Taro": "Endorses" parts the subject from what
    follows, as "Meets" does; before, one person "Lorn Endorses" took the body's "Lorn stated …"."""
    result = assert_statements(
        "President Ada Lorn and Prime Minister Ben Taro held a bilateral meeting.\n\n"
        "Lorn stated that her country supports the accession plan.",
        [("Ada Lorn", "indirect", "Lorn stated that her country supports the accession plan.")],
        title="Lorn Endorses Lakeland’s Accession to the Bloc during Meeting with Ben Taro",
    )
    assert all(s.speaker is None or "Endorses" not in s.speaker for s in result.statements)
