"""Rules from the eight-hundred-thirty-first held-out set (the Speaker of the Provincial Assembly of the Punjab, as
Pakistani papers print the Speaker's meetings): invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_a_bare_speech_verb_after_a_name_behind_its_office_is_said():
    """"Head of the delegation, David McAllister appreciate the legislation …" (nation 2017-04-22): the paper's bare
    "appreciate" for "appreciated" after a name that opens the sentence behind its office set off by a comma is the
    report's verb, and "He also lauded …" after it stays with that person. Before, the sentence was no one's and the
    next went to the speaker before."""
    body = ("A delegation led by Mr Osk Varen called on Speaker Ivo Marr on Friday. "
            "Speaking on the occasion, Ivo Marr said that Tarnland was a friend of Varnia. "
            "Head of the delegation, Osk Varen appreciate the legislation done by the Assembly. "
            "He also lauded the efforts made by the government.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Speaking on the occasion, Ivo Marr said that Tarnland was a friend of Varnia."),
        ("Osk Varen", "indirect", "Head of the delegation, Osk Varen appreciate the legislation done by the Assembly."),
        ("Osk Varen", "indirect", "He also lauded the efforts made by the government."),
    ])


@pytest.mark.parametrize("verb", ["appreciate", "stress", "congratulate"])
def test_a_bare_speech_verb_after_an_opening_name_is_said(verb):
    """The same slip with the name opening the sentence and other verbs of the list."""
    body = f"Minister Lena Osk met the Tarn delegation. Lena Osk {verb} the work of the Assembly of Varnia."
    assert_statements(body, [
        ("Lena Osk", "indirect", f"Lena Osk {verb} the work of the Assembly of Varnia."),
    ])


@pytest.mark.parametrize("opening", ["Both sides stress", "We appreciate", "Ivo Marr and Lena Osk appreciate",
                                     "Delegates of Tarnland appreciate"])
def test_a_bare_verb_after_a_group_or_a_first_person_stays_no_ones(opening):
    """The guard: a bare verb after a group, a pair or "we" is the right form, no slip, and no one's report."""
    body = f"Minister Lena Osk met Speaker Ivo Marr. {opening} the work of the Assembly of Varnia."
    assert_statements(body, [])


def test_a_report_after_a_paragraph_opened_by_carrying_on_goes_on():
    """"… said that exchanges … would prove beneficial." / "China is playing the role of a true … friend … . He further
    stated that … . Under the leadership of Chief Minister X, the province … has once again embarked …" (brecorder
    2024-05-25): the paragraph opens with a sentence that carries on the Speaker's report of the paragraph before, then
    his report goes on over the next sentence, in which no one acts or speaks, as it would if it opened the paragraph.
    Before, the last sentence was no one's (the same sentences in one paragraph with the report were his)."""
    body = ("Speaker Ivo Marr met Consul General Pol Vek at the Assembly Chamber.\n\n"
            "Speaker Ivo Marr said that exchanges of delegations would prove beneficial for both countries.\n\n"
            "Trade between the two provinces is growing every year. He further stated that under the leadership of "
            "Prime Minister Aran Dol, "
            "work has begun on new dimensions of trade. "
            "Under the leadership of Chief Minister Lena Osk, the province has once again embarked on the path of "
            "development. During the conversation, the Speaker further stated that the port holds significance.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Speaker Ivo Marr said that exchanges of delegations would prove beneficial for both countries."),
        ("Ivo Marr", "indirect", "Trade between the two provinces is growing every year."),
        ("Ivo Marr", "indirect", "He further stated that under the leadership of Prime Minister Aran Dol, work has "
                                 "begun on new dimensions of trade."),
        ("Ivo Marr", "indirect", "Under the leadership of Chief Minister Lena Osk, the province has once again embarked on "
                                 "the path of development."),
        ("Ivo Marr", "indirect", "During the conversation, the Speaker further stated that the port holds significance."),
    ])


def test_a_paragraph_opened_by_another_ones_act_does_not_go_on():
    """The guard: when the paragraph's first sentence is someone's act (the Consul General's visit), it carries on no
    report, and the narrative sentence after the Speaker's report stays the readout's."""
    body = ("Speaker Ivo Marr met Consul General Pol Vek at the Assembly Chamber.\n\n"
            "Speaker Ivo Marr said that exchanges of delegations would prove beneficial for both countries.\n\n"
            "Pol Vek visited the new hall of the Assembly. He further stated that work has begun on new dimensions of "
            "trade. Later the delegation toured the library of the Assembly and the gardens.")
    result = assert_statements(body, [
        ("Ivo Marr", "indirect", "Speaker Ivo Marr said that exchanges of delegations would prove beneficial for both countries."),
        ("Pol Vek", "indirect", "He further stated that work has begun on new dimensions of trade."),
    ])
    assert not any("library" in s.text for s in result.statements)
