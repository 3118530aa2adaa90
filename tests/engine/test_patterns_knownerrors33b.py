"""Known errors of labelled Ukrainian President sets (stop 33) that general rules mend: "They" with a present
verb of help given, between two statements of one person, carries that person's report on; so do "That is
why …", a consequence drawn, "In particular, …" where no one acts, and "They" with a present verb or a modal, even with a cue word of their own.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md
asks for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

TITLE = "Adviser: Norvia has become a symbol of freedom"


@pytest.mark.parametrize("verb", ["provide", "also provide", "send", "support"])
def test_they_with_a_present_verb_of_help_carries_the_report_on(verb):
    """"He also stated that many leaders are already visiting our country, …. They also provide practical
    assistance. The United Kingdom is the leader in this regard …" (hundred-ninth, Mykhailo Podolyak on
    Ukraine 24): what those he speaks of do now, his words carried on."""
    body = (
        "Adviser Jan Dorn said this in an interview. He also stated that many leaders are already visiting our "
        f"country, thus expressing solidarity with Norvia. They {verb} practical assistance. Estavia is the "
        "leader in this regard, combining all programs. \"Any visit today emphasizes that Norvia has become a "
        "symbol of freedom,\" Jan Dorn summed up."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "He also stated that many leaders are already visiting our country, thus "
                                 "expressing solidarity with Norvia."),
        ("Jan Dorn", "indirect", f"They {verb} practical assistance."),
        ("Jan Dorn", "indirect", "Estavia is the leader in this regard, combining all programs."),
        ("Jan Dorn", "direct", "Any visit today emphasizes that Norvia has become a symbol of freedom,"),
    ], title=TITLE)


def test_they_with_a_past_verb_of_help_is_still_the_readout():
    """Guard: "They provided …", in the past, tells what the people who met did; it is not carried on."""
    body = (
        "Adviser Jan Dorn met the ambassadors. He also stated that many leaders are already visiting our "
        "country. They provided practical assistance to the delegation. \"Any visit today matters,\" Jan Dorn "
        "summed up."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "He also stated that many leaders are already visiting our country."),
        ("Jan Dorn", "direct", "Any visit today matters,"),
    ], title=TITLE)


RADIO = "Head of Office: Norvia has never had such support"


def test_that_is_why_between_two_statements_carries_the_report_on():
    """"The Head of the President's Office also stressed the importance of ensuring Ukraine's energy security, ….
    That is why our state must receive concrete guarantees of its energy security, which is an integral part of
    Europe's energy security. Andriy Yermak noted that …" (hundred-seventy-second 72401): the consequence he
    draws, his report carried on, though "guarantees" is a cue word."""
    body = (
        "Head of Office Jan Dorn spoke at an online meeting. Jan Dorn also stressed the importance of ensuring "
        "Norvia's energy security. That is why our state must receive concrete guarantees of its energy security, "
        "which is an integral part of Estavia's energy security. Jan Dorn noted that Norvia is carrying out real "
        "reforms."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "Jan Dorn also stressed the importance of ensuring Norvia's energy security."),
        ("Jan Dorn", "indirect", "That is why our state must receive concrete guarantees of its energy security, "
                                 "which is an integral part of Estavia's energy security."),
        ("Jan Dorn", "indirect", "Jan Dorn noted that Norvia is carrying out real reforms."),
    ], title=RADIO)


def test_that_is_why_between_two_speakers_is_no_ones():
    """Guard: between one person's statement and another's, "That is why …" is carried to neither."""
    body = (
        "Head of Office Jan Dorn spoke at an online meeting. Jan Dorn stressed the importance of ensuring "
        "Norvia's energy security. That is why our state must receive concrete guarantees of its energy security. "
        "Minister Otto Lind noted that Norvia is carrying out real reforms."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "Jan Dorn stressed the importance of ensuring Norvia's energy security."),
        ("Otto Lind", "indirect", "Minister Otto Lind noted that Norvia is carrying out real reforms."),
    ], title=RADIO)


HOUSING = "A comprehensive approach to restoring housing is needed"


def test_they_with_a_modal_and_a_cue_word_carries_the_report_on():
    """"Zelenskyy said that any projects to restore or develop housing infrastructure should be aimed at ensuring
    that Ukrainians return home. They must also provide opportunities to address the issue of providing permanent
    housing for the Ukrainian military, …" (two-hundred-eighty-first 74369): what the projects must do, his words
    carried on, though "address the issue" is a cue."""
    body = (
        "President Jan Dorn held a meeting on housing. Dorn said that any projects to restore housing should be "
        "aimed at ensuring that Norvians return home. They must also provide opportunities to address the issue of "
        "providing permanent housing for the military. Dorn also noted that the work must start this year."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "Dorn said that any projects to restore housing should be aimed at ensuring that "
                                 "Norvians return home."),
        ("Jan Dorn", "indirect", "They must also provide opportunities to address the issue of providing permanent "
                                 "housing for the military."),
        ("Jan Dorn", "indirect", "Dorn also noted that the work must start this year."),
    ], title=HOUSING)


def test_they_in_the_past_with_a_cue_word_is_still_the_readout():
    """Guard: "They discussed the issue …", in the past, tells what the people who met did; it is not carried on."""
    body = (
        "President Jan Dorn held a meeting on housing. Dorn said that any projects to restore housing should be "
        "aimed at ensuring that Norvians return home. They discussed the issue of providing permanent housing for "
        "the military. Dorn also noted that the work must start this year."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "Dorn said that any projects to restore housing should be aimed at ensuring that "
                                 "Norvians return home."),
        ("Jan Dorn", "indirect", "Dorn also noted that the work must start this year."),
    ], title=HOUSING)


TREATY = "A multilateral treaty on security guarantees is being drafted"


def test_in_particular_with_a_country_and_a_cue_word_carries_the_report_on():
    """"Mykhailo Podolyak reminded that Ukraine would like to see the permanent members of the UN Security Council
    as the main guarantors of its security, …. In particular, Italy has already expressed interest in participating
    in such a treaty. The treaty will be open …" (ninety-seventh 73965): a detail of his report, carried on, though
    "expressed interest" is a cue."""
    body = (
        "Adviser Jan Dorn spoke on television. Jan Dorn reminded that Norvia would like to see its neighbours as "
        "the main guarantors of its security. In particular, Estavia has already expressed interest in participating "
        "in such a treaty. Jan Dorn added that the treaty will be open for any country."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "Jan Dorn reminded that Norvia would like to see its neighbours as the main "
                                 "guarantors of its security."),
        ("Jan Dorn", "indirect", "In particular, Estavia has already expressed interest in participating in such a "
                                 "treaty."),
        ("Jan Dorn", "indirect", "Jan Dorn added that the treaty will be open for any country."),
    ], title=TREATY)


def test_in_particular_the_interlocutors_discussed_is_the_readout():
    """Guard (seventy-second 71597): "In particular, the interlocutors discussed the idea of …" between two
    statements of one person tells what the people who met did; it is not carried on."""
    body = (
        "President Jan Dorn had a phone call with President Otto Lind. Jan Dorn noted that Norvia values the "
        "support. In particular, the interlocutors discussed the idea of creating a regional platform. Jan Dorn "
        "added that the work will go on."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "Jan Dorn noted that Norvia values the support."),
        ("Jan Dorn", "indirect", "Jan Dorn added that the work will go on."),
    ], title=TREATY)
