"""Statements found by helper h712's set fivehundredthirtysecond (the Government of Sint Maarten's releases): a
meeting that was one person's occasion to highlight or emphasise something ("It was a great opportunity for Prime
Minister X to highlight …"), and an inverted agentless topic ("Also discussed was …") that ends a report, never
carries it on.

Each test is a small invented readout (invented people and places); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_occasion_to_highlight_is_the_speakers():
    """"It was a great opportunity for Prime Minister X to highlight the importance of …": what she highlighted, hers
    (before, only "to thank", "to stress", "to convey" … were read after such an occasion)."""
    assert_statements((
        "KELMAR POINT – Foreign Minister Arvid Tollensen arrived in Port Sable on Sunday for a working visit.\n\n"
        "It was a great opportunity for Prime Minister Mireille Dauvant to highlight the importance of the working "
        "relationship between the two governments.\n\n"
        "Prime Minister Dauvant stated that the joint commission remains the best forum for border questions."
    ), [
        ("Mireille Dauvant", "indirect", "It was a great opportunity for Prime Minister Mireille Dauvant to highlight "
                                         "the importance of the working relationship between the two governments."),
        ("Mireille Dauvant", "indirect", "Prime Minister Dauvant stated that the joint commission remains the best "
                                         "forum for border questions."),
    ])


def test_an_occasion_to_emphasise_after_the_meeting():
    """"The meeting was an opportunity for the Ambassador to emphasise …": the one the occasion was for speaks."""
    assert_statements((
        "Ambassador Teodor Varga met the honorary consuls of Lessaria in Orlen on Friday.\n\n"
        "The meeting was an opportunity for Ambassador Varga to emphasise the role of the consuls in trade promotion."
    ), [
        ("Teodor Varga", "indirect", "The meeting was an opportunity for Ambassador Varga to emphasise the role of the "
                                     "consuls in trade promotion."),
    ])


def test_an_occasion_for_a_group_stays_no_ones():
    """Guard: "It was an opportunity for the two ministers to highlight …": a pair, no one's statement."""
    assert_statements((
        "Minister Hanne Solberk received Minister Oskar Dremel in Vastra on Monday.\n\n"
        "It was an opportunity for the two ministers to highlight the progress of the ferry project.\n\n"
        "Minister Solberk said that the ferry would run from May."
    ), [
        ("Hanne Solberk", "indirect", "Minister Solberk said that the ferry would run from May."),
    ])


def test_also_discussed_was_ends_the_report():
    """"During the meeting the Prime Minister emphasized … . Also discussed was the significance of …": the
    meeting's next topic with no agent, though it opens with "Also" (before, carried on as hers)."""
    assert_statements((
        "PORT SABLE - Prime Minister Mireille Dauvant attended a bilateral meeting with the delegation of Lower "
        "Corvane.\n\n"
        "During the meeting the Prime Minister emphasized the importance of good relations with her neighbours. Also "
        "discussed was the significance of combatting cross-border crime, including the smuggling of fuel."
    ), [
        ("Mireille Dauvant", "indirect", "During the meeting the Prime Minister emphasized the importance of good "
                                         "relations with her neighbours."),
    ])


def test_also_discussed_at_the_meeting_were_ends_the_report():
    """"Also discussed at the meeting were …" after one person's report: no one's."""
    assert_statements((
        "Governor Lucan Mervaut received the Harbour Board of Orlen on Tuesday.\n\n"
        "The Governor stressed the need to dredge the northern channel. Also discussed at the meeting were pilotage "
        "fees and the new ferry timetable."
    ), [
        ("Lucan Mervaut", "indirect", "The Governor stressed the need to dredge the northern channel."),
    ])


def test_an_also_that_argues_still_carries_on():
    """Guard: "Also, the ports must …" after a report carries it on (an argument, not a topic)."""
    assert_statements((
        "Governor Lucan Mervaut received the Harbour Board of Orlen on Tuesday.\n\n"
        "The Governor stressed the need to dredge the northern channel. Also, the smaller ports must be given their "
        "share of the funds."
    ), [
        ("Lucan Mervaut", "indirect", "The Governor stressed the need to dredge the northern channel."),
        ("Lucan Mervaut", "indirect", "Also, the smaller ports must be given their share of the funds."),
    ])
