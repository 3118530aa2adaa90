"""Patterns found by a probe of the forms a speech verb takes around its subject
(benchmarks/probes/verb_forms.md): progressive, perfect with an adverb of time, emphatic and
negated "do", wishes voiced, "was clear with Y that".

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President Brask held talks with Prime Minister Lund"
INTRO = "President of Vestria Anton Brask held talks with Prime Minister of Norland Ivo Lund in Vestgard.\n\n"


def test_a_speech_verb_in_the_progressive_has_its_subject_speak():
    """"The President is calling on Congress to …", "X was stressing that …", "has been urging …":
    the -ing form after a form of "be" is a progressive (never a passive's participle), its
    subject the speaker; not a group ("They were urging …") nor a person after a preposition
    ("The letter to Prime Minister Lund is asking …": the letter's)."""
    body = INTRO + (
        "President Brask is calling on the Norland parliament to ratify the treaty.\n\n"
        "The talks began at noon.\n\n"
        "The Prime Minister was stressing that Norland's budget must be balanced.\n\n"
        "The talks began at noon.\n\n"
        "The Vestrian President has been urging the partners to act for months.\n\n"
        "The talks began at noon.\n\n"
        "They were urging the banks to lower the rates.\n\n"
        "The talks began at noon.\n\n"
        "The letter to Prime Minister Lund is asking for more grain."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "President Brask is calling on the Norland parliament to ratify the treaty."),
        ("Ivo Lund", "indirect", "The Prime Minister was stressing that Norland's budget must be balanced."),
        ("Anton Brask", "indirect", "The Vestrian President has been urging the partners to act for months."),
    ], title=TITLE)


def test_a_perfect_with_an_adverb_of_time_before_its_speech_verb():
    """"X has often noted that …", "has previously urged …", "has long called for …": the adverbs of
    a perfect's span of time sit between the subject and its verb, as "repeatedly" does."""
    body = INTRO + (
        "Prime Minister Lund has often noted that Vestria is Norland's key partner.\n\n"
        "The talks began at noon.\n\n"
        "President Brask has long called for a stronger customs union.\n\n"
        "The talks began at noon.\n\n"
        "The President had previously urged Norland to open its market."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "Prime Minister Lund has often noted that Vestria is Norland's key partner."),
        ("Anton Brask", "indirect", "President Brask has long called for a stronger customs union."),
        ("Anton Brask", "indirect", "The President had previously urged Norland to open its market."),
    ], title=TITLE)


def test_a_wish_voiced_with_would_like_to_or_wishes_to():
    """"X would like to thank …", "X wishes to express …": a wish voiced now, the infinitive said as he
    says it; "I would like to thank …" in a transcript stays the speaker's direct words."""
    body = INTRO + (
        "President Brask would like to thank Norland for its hospitality.\n\n"
        "The talks began at noon.\n\n"
        "The Prime Minister wishes to express his gratitude to the Vestrian people.\n\n"
        "Ivo Lund: I would like to thank the President for the invitation."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "President Brask would like to thank Norland for its hospitality."),
        ("Ivo Lund", "indirect", "The Prime Minister wishes to express his gratitude to the Vestrian people."),
        ("Ivo Lund", "direct", "I would like to thank the President for the invitation."),
    ], title=TITLE)


def test_a_wish_for_others_voiced_with_would_like():
    """"The President would like Norland to join …", "would like to see the talks go on": one person's
    wish for others voiced (the eighty-first set's "The President would like Ukraine to have …"),
    as "hopes"; not a group's ("People would like …")."""
    body = INTRO + (
        "The President would like Norland to join the energy project.\n\n"
        "The talks began at noon.\n\n"
        "Prime Minister Lund would like to see the customs talks resume in May."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President would like Norland to join the energy project."),
        ("Ivo Lund", "indirect", "Prime Minister Lund would like to see the customs talks resume in May."),
    ], title=TITLE)


def test_an_emphatic_do_before_a_plain_speech_verb():
    """"The President did stress that …", "The Prime Minister, however, did mention …": the plain form
    after an emphatic "did" is a speech verb (the plain forms are no cue words: "stress" is a noun too);
    "did not comment on …" says nothing."""
    body = INTRO + (
        "The President did stress that Vestria would not send troops.\n\n"
        "The talks began at noon.\n\n"
        "The Prime Minister, however, did mention the problems at the border.\n\n"
        "The talks began at noon.\n\n"
        "President Brask did not comment on the incident."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President did stress that Vestria would not send troops."),
        ("Ivo Lund", "indirect", "The Prime Minister, however, did mention the problems at the border."),
    ], title=TITLE)


def test_a_view_held_in_the_negative_is_stated():
    """"X did not agree that the talks had failed", "does not believe that …": a view stated in the
    negative, as "did not exclude …" (eighty-ninth); not "did not comment on …"."""
    body = INTRO + (
        "Prime Minister Lund did not agree that the talks had failed.\n\n"
        "The talks began at noon.\n\n"
        "President Brask does not believe that sanctions will help.\n\n"
        "The talks began at noon.\n\n"
        "The Prime Minister did not comment on the report."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "Prime Minister Lund did not agree that the talks had failed."),
        ("Anton Brask", "indirect", "President Brask does not believe that sanctions will help."),
    ], title=TITLE)


def test_was_clear_with_a_listener_that():
    """"The President was clear with the Prime Minister that …": "was clear that …" with the one told
    between (a position stated plainly, as "made it clear to Y that …")."""
    body = INTRO + (
        "The President was clear with the Prime Minister that Vestria would not waver."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President was clear with the Prime Minister that Vestria would not waver."),
    ], title=TITLE)


def test_a_plain_form_after_did_and_an_aside_is_a_verb():
    """"The President, however, did not rule out …", "The Prime Minister, in turn, did not deny that …":
    "did" before the plain form makes it a verb, so the subject before the aside speaks, as with a past
    form ("The President, however, stressed …")."""
    body = INTRO + (
        "The President, however, did not rule out new talks in May.\n\n"
        "The talks began at noon.\n\n"
        "The Prime Minister, in turn, did not deny that the border would close."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President, however, did not rule out new talks in May."),
        ("Ivo Lund", "indirect", "The Prime Minister, in turn, did not deny that the border would close."),
    ], title=TITLE)
