"""Statements found by helper h830's mends of sixhundredtwentysecond (the Governor of California's office's releases
on foreign leaders): a broadcast's unnamed voices in a video's transcript ("ANCHOR:", "NARRATOR:") are labels of no
one, so they end a named speaker's turn; a participle that tells what a written text says right after its noun ("issued
the following statement congratulating X: “…”") is no verb of its own, and the verb that issued the text leads the
quotation in.

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_anchor_label_ends_the_named_speakers_turn():
    """"MARA OLVEN: …" then "ANCHOR: …": the anchor is a voice of the broadcast the transcript does not name, so the
    anchor's narration is no one's; before, it went on as Mara Olven's turn."""
    assert_statements((
        "Governor Tessa Marlow returned home Sunday following her trip to Veldoria. Watch the video below.\n\n"
        "GOVERNOR MARLOW: I want you to know that you have a partner in our state.\n\n"
        "MARA OLVEN: It is a formalization of a partnership so we can learn from one another.\n\n"
        "ANCHOR: Marlow, visiting the port city to meet with its mayor. The two signing an agreement on clean ports.\n\n"
        "NARRATOR: The Governor then toured a battery plant outside the capital."
    ), [
        ("Tessa Marlow", "direct", "I want you to know that you have a partner in our state."),
        ("Mara Olven", "direct", "It is a formalization of a partnership so we can learn from one another."),
    ])


def test_a_named_label_after_an_anchor_still_opens_a_turn():
    """Between two turns of one speaker, "ANCHOR: …" is no one's and the next named label opens a turn of its own
    (before, the anchor's sentence went on as the Governor's turn)."""
    assert_statements((
        "Governor Tessa Marlow met the President of Veldoria in the capital.\n\n"
        "GOVERNOR MARLOW: We have to live together across our differences.\n\n"
        "ANCHOR: The Governor has met with the President of Veldoria this morning.\n\n"
        "GOVERNOR MARLOW: There is no solution without cooperation."
    ), [
        ("Tessa Marlow", "direct", "We have to live together across our differences."),
        ("Tessa Marlow", "direct", "There is no solution without cooperation."),
    ])


def test_a_statement_congratulating_someone_before_a_colon_is_the_issuers_quotation():
    """"Governor X today issued the following statement congratulating Prime Minister Y: “…”": "congratulating" tells
    what the statement says, the quotation is the Governor's (before, no one's: the participle was taken for the
    lead-in's verb and had no subject)."""
    assert_statements((
        "EASTPORT — Governor Tessa Marlow today issued the following statement congratulating newly elected Veldorian "
        "Prime Minister Aldo Renn: “We warmly congratulate Prime Minister Aldo Renn on his party’s victory. Our state "
        "looks forward to strengthening our partnership.”"
    ), [
        ("Tessa Marlow", "direct", "We warmly congratulate Prime Minister Aldo Renn on his party’s victory. Our state "
                                   "looks forward to strengthening our partnership."),
    ])


def test_a_message_welcoming_someone_sent_before_a_colon_is_the_senders_quotation():
    """The same with "sent a message welcoming …:": the sender's quotation."""
    assert_statements((
        "Premier Ilse Varrow sent a message welcoming the new Ambassador of Veldoria, Jon Astby: “You will find in "
        "our province a true friend.”"
    ), [
        ("Ilse Varrow", "direct", "You will find in our province a true friend."),
    ])
