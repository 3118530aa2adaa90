"""Statements found by helper h672 (known errors of the labelled sets under 0.95): a present or progressive speech verb
after an office that opens the sentence and its holder's name set off by commas ("The Foreign Minister, X, believes that
…", "Minister of …, Senator Dr. X, is hoping that …"), as a past form there already was.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Prime Minister Hana Relt received the Foreign Minister of Ostria, Jonas Veller, in Tarvik on Monday.\n\n"


def test_present_opinion_verb_after_an_office_and_its_holder_set_off():
    """"The Foreign Minister, X, believes that …": the present form after the apposition of the office that opens
    the sentence, as after "X, minister of roads, believes that …"; before, no statement ("believes" read as a
    possible noun after a comma)."""
    assert_statements(
        _MEETING + "The Foreign Minister of Ostria, Jonas Veller, believes that the new ferry line will double trade.",
        [("Jonas Veller", "indirect", "The Foreign Minister of Ostria, Jonas Veller, believes that the new ferry line "
                                      "will double trade.")],
    )


def test_progressive_speech_verb_after_an_office_and_its_holder_set_off():
    """"Minister of …, Senator Dr. X, is hoping that …" (a Barbados release's style): the progressive's subject is
    the name set off after its office, as "Minister X is hoping that …" is; before, no statement."""
    assert_statements(
        _MEETING + "Minister of Foreign Affairs and Foreign Trade of Ostria, Senator Dr. Jonas Veller, is hoping that "
                   "the cooperation in fisheries will continue.",
        [("Jonas Veller", "indirect", "Minister of Foreign Affairs and Foreign Trade of Ostria, Senator Dr. Jonas "
                                      "Veller, is hoping that the cooperation in fisheries will continue.")],
    )


def test_progressive_after_a_describing_aside_is_the_named_subject():
    """"X, a veteran of many talks, is calling for …": the name before a describing aside, as before a past form."""
    assert_statements(
        _MEETING + "Jonas Veller, a veteran of many such talks, is calling for a joint coast guard.",
        [("Jonas Veller", "indirect", "Jonas Veller, a veteran of many such talks, is calling for a joint coast guard.")],
    )


def test_present_form_after_a_list_is_no_statement():
    """Guard: a plural noun after a comma ("…, ports and hopes that …" has no person before it): no statement."""
    assert_statements(
        _MEETING + "The plan covers roads, bridges, ports, and hopes that trade will grow are high.",
        [],
    )
