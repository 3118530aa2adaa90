"""Statements found by helper h621's set fourhundredsixtyfirst (the Government of Jamaica's releases): "the
Governor-General" of a release that names its principal only as "Sir X", never by his office, and a sentence opened by
a perfect participle's passive ("Having been briefed by the Minister …, the diplomats will be guests …"), whose agent
reports nothing.

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_DINNER = ("“Our islands value every friendship,” Sir Aldous Fenwright told the annual dinner for the Diplomatic Corps "
           "at Carrow House on Friday.\n\nThe dinner formed part of the diplomatic week.\n\n")


def test_the_governor_general_is_the_untitled_principal():
    """"Sir X told the dinner … The Governor-General noted that …": the knight, whom the release never titles, is the
    Governor-General, as the untitled principal is "the President" (before, the sentence was no one's)."""
    assert_statements(_DINNER + (
        "The Governor-General noted that the week gave the diplomats a chance to meet the Government."
    ), [
        ("Aldous Fenwright", "direct", "Our islands value every friendship,"),
        ("Aldous Fenwright", "indirect", "The Governor-General noted that the week gave the diplomats a chance to meet "
                                         "the Government."),
    ])


def test_a_titled_governor_general_stays_the_one_titled():
    """Guard: a Governor-General named with the office is "the Governor-General", not the untitled host."""
    assert_statements(
        "Orla Venn received the Governor-General of Tessaly, Dame Mira Castel, at her office on Monday.\n\n"
        "The Governor-General thanked her for the warm welcome.", [
            ("Mira Castel", "indirect", "The Governor-General thanked her for the warm welcome."),
        ])


_DIPLOMATIC_DAY = ("Minister of Foreign Affairs Corvin Delacroix has announced that Norrvale will host a Diplomatic Day "
                   "on Thursday.\n\n")


def test_having_been_briefed_by_the_minister_is_not_his_statement():
    """"Having been briefed by the Minister and taken part in …, the diplomats will be guests …": the clause tells what
    was done to the diplomats, the sentence's subject; the Minister reports nothing in it (before, it was his)."""
    assert_statements(_DIPLOMATIC_DAY + (
        "Having been briefed by the Minister and taken part in the ceremony the day before, the diplomats will be "
        "guests of the Governor at his residence."
    ), [
        ("Corvin Delacroix", "indirect", "Minister of Foreign Affairs Corvin Delacroix has announced that Norrvale "
                                         "will host a Diplomatic Day on Thursday."),
    ])


def test_a_past_passive_with_the_minister_as_agent_stays_his():
    """Guard: "The diplomats were briefed by the Minister on …" reports what he told them: his statement."""
    assert_statements(_DIPLOMATIC_DAY + (
        "The diplomats were briefed by the Minister on the new visa rules."
    ), [
        ("Corvin Delacroix", "indirect", "Minister of Foreign Affairs Corvin Delacroix has announced that Norrvale "
                                         "will host a Diplomatic Day on Thursday."),
        ("Corvin Delacroix", "indirect", "The diplomats were briefed by the Minister on the new visa rules."),
    ])
