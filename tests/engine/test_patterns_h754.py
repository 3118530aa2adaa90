"""Statements found by helper h754 (fivehundredsixtyseventh, a defence ministry's releases): "The <nationality>
<office> in <country>, <Name> met …", the name's closing comma left out before the verb of the call, still gives the
opening office to the name, so that "The <nationality> <office> emphasized …" later is his.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_opening_office_before_a_name_left_unclosed_is_the_names():
    """"The Velmari Ambassador in Orsk, Ina Roshe met the Defence Secretary …" (no comma after the name): the office
    is hers, and "The Velmari Ambassador emphasized …" is her statement; before, no one held it and it was lost."""
    assert_statements((
        "The Velmari Ambassador in Orsk, Ina Roshe met the Defence Secretary Brandt Tull at the Ministry today.\n\n"
        "The Velmari Ambassador emphasized Velmar's steady support for Orsk in maritime security."
    ), [
        ("Ina Roshe", "indirect", "The Velmari Ambassador emphasized Velmar's steady support for Orsk in maritime "
                                  "security."),
    ])


def test_office_has_called_on_with_the_name_unclosed_is_the_names():
    """"The Velmari Ambassador in Orsk, Ina Roshe has called on …": the perfect of the call counts as "met" does."""
    assert_statements((
        "The Velmari Ambassador in Orsk, Ina Roshe has called on the Defence Secretary Brandt Tull on Monday.\n\n"
        "The Velmari Ambassador praised the navy's work against smuggling."
    ), [
        ("Ina Roshe", "indirect", "The Velmari Ambassador praised the navy's work against smuggling."),
    ])


def test_a_place_before_a_name_is_no_office():
    """Guard: "In Orsk, Ina Roshe met …" opens with a place, no office: she is still the one who speaks after, by
    her pronoun, and no office is made up."""
    assert_statements((
        "In Orsk, Ina Roshe met the Defence Secretary Brandt Tull on Monday.\n\n"
        "She said the talks were useful."
    ), [
        ("Ina Roshe", "indirect", "She said the talks were useful."),
    ])


def test_went_on_saying_is_speech_carried_on():
    """"The Defence Secretary went on saying the gains …": the gerund for "went on to say" (a readout's slip), the
    speaker's indirect statement; before, it was lost."""
    assert_statements((
        "Defence Secretary Brandt Tull met Velmar's envoy Ina Roshe on Monday.\n\n"
        "The Defence Secretary went on saying the gains over such efforts were shared with the region."
    ), [
        ("Brandt Tull", "indirect", "The Defence Secretary went on saying the gains over such efforts were shared "
                                    "with the region."),
    ])


def test_went_on_a_visit_is_no_speech():
    """Guard: "went on a tour of the port" is a journey, no speech."""
    assert_statements((
        "Defence Secretary Brandt Tull met Velmar's envoy Ina Roshe on Monday.\n\n"
        "The Defence Secretary then went on a tour of the naval dockyard."
    ), [])


def test_unclosed_quotation_ends_at_its_comma_before_said_at_the_meeting():
    """"“The Army … as necessary, Gen Tull said at the meeting." with no closing mark: the quotation ends at the comma,
    the occasion after "said" no part of it (as ", Gen Tull said." already was); before, the attribution was in it."""
    assert_statements((
        "General Brandt Tull briefed envoys in Orsk on Monday.\n\n"
        "“The armed forces of Orsk will always uphold the Constitution. The Army is always prepared to protect the "
        "State as necessary, Gen Tull said at the meeting."
    ), [
        ("Brandt Tull", "indirect", "General Brandt Tull briefed envoys in Orsk on Monday."),
        ("Brandt Tull", "direct", "The armed forces of Orsk will always uphold the Constitution. The Army is always "
                                  "prepared to protect the State as necessary"),
    ])


def test_agentless_passive_before_and_a_speaker_is_cut_off():
    """"The importance of … was discussed during the session and Defence Secretary Tull assured …": the passive
    with no agent is no one's statement (GOLD-FORMAT), the statement starts at the speaker's office; before, all of
    the sentence was his."""
    assert_statements((
        "Defence Secretary Brandt Tull met Velmar's envoy Ina Roshe on Monday.\n\n"
        "The importance of joint efforts against smuggling was discussed during the session and Defence Secretary "
        "Tull assured Orsk's fullest cooperation."
    ), [
        ("Brandt Tull", "indirect", "Defence Secretary Tull assured Orsk's fullest cooperation."),
    ])

