"""Rules from the two-hundred-fifty-sixth held-out set (en.kremlin.ru, 2002): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TITLE = "President Arvan Tolmen met with winners of the Velmar Teacher of the Year contest"


def test_supported_some_proposals_is_a_stance_taken():
    """"Mr Putin supported some proposals on installing computers in schools, ensuring Internet access, …"
    (two-hundred-fifty-sixth 27489): "supported" with proposals counted by "some" is a stance taken on them, as
    "supported the proposal"; before, only "the", "a" or a possessive were read before the noun."""
    body = ("Mr Tolmen supported some proposals on installing computers in schools and on allowing schools to set "
            "their own holidays.\n\n"
            "The meeting discussed the possibility of reinstating basic training in schools.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen supported some proposals on installing computers in schools and on "
                                     "allowing schools to set their own holidays."),
    ], title=_TITLE)


def test_supported_some_troops_is_not_a_stance():
    """Guard: "some" before a noun that is not a proposal or a view ("supported some local charities") is an
    action, no statement."""
    body = ("Mr Tolmen supported some local charities in the region last year.\n\n"
            "The meeting discussed the possibility of reinstating basic training in schools.")
    assert_statements(body, [], title=_TITLE)


_MEETING = "President Arvan Tolmen met with Defence Minister Oskar Vell"


def test_reported_consultations_focused_on_carry_the_report_on():
    """"The Defence Minister also informed Vladimir Putin about Russian-US consultations on strategic offensive arms
    reductions …. The consultations focused on the main elements of the future treaty …" (two-hundred-fifty-sixth
    42531): the consultations are the ones the minister reported about, not the meeting, so the sentence is his
    report carried on (an initial, "Jon K. Armon", between them); before, "The consultations focused on" ended the
    report as the meeting's own topic."""
    body = ("The Defence Minister also informed Arvan Tolmen about Velmar-Dornish consultations on arms reductions, "
            "namely, the drafting of agreements due to be signed during President Jon K. Armon’s visit this spring. "
            "The consultations focused on the main "
            "elements of the future treaty on arms reductions, proposed by Velmar.\n\n"
            "Mr Tolmen and Mr Vell also discussed the situation in the border region.")
    assert_statements(body, [
        ("Oskar Vell", "indirect", "The Defence Minister also informed Arvan Tolmen about Velmar-Dornish consultations "
                                   "on arms reductions, namely, the drafting of agreements due to be signed during "
                                   "President Jon K. Armon’s visit this spring."),
        ("Oskar Vell", "indirect", "The consultations focused on the main elements of the future treaty on arms "
                                   "reductions, proposed by Velmar."),
    ], title=_MEETING)


def test_meeting_focused_on_still_ends_the_report():
    """Guard: "The talks focused on …" when the sentence before reported on something else (no "about/on the
    talks" there) is the meeting's own next topic: the report ends."""
    body = ("The Defence Minister informed Arvan Tolmen about the state of the armed forces. The talks focused on "
            "the social status of military personnel.\n\n"
            "Mr Tolmen and Mr Vell also discussed the situation in the border region.")
    assert_statements(body, [
        ("Oskar Vell", "indirect", "The Defence Minister informed Arvan Tolmen about the state of the armed forces."),
    ], title=_MEETING)
