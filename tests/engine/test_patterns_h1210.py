"""Rules from the nine-hundred-twenty-fourth held-out set (the Governor of Kericho County, Kenya, and those at his
meetings, 2016-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Governor Paul Odeko of Vimar County met a delegation of tea farmers on Monday. "


def test_nonetheless_between_subject_and_verb_speaks():
    """"He nonetheless argued that there was no reason for the country to have a single tea auction …" (The Standard,
    Kericho's governor): a concessive adverb between the subject and its speech verb, as "therefore" or "also". Before,
    no one's."""
    said = "He nonetheless argued that there was no reason to keep a single auction."
    assert_statements(_MEETING + said, [
        ("Paul Odeko", "indirect", said),
    ])


def test_nevertheless_between_subject_and_said_speaks():
    """"nevertheless" as "nonetheless": "He nevertheless said that …" is his."""
    said = "He nevertheless said that the farmers would be paid in full."
    assert_statements(_MEETING + said, [
        ("Paul Odeko", "indirect", said),
    ])


def test_nonetheless_with_no_speech_verb_is_narrative():
    """The guard: "The governor nonetheless visited the factory." has no speech verb, and a sentence opening
    "Nevertheless, the talks ended …" has a thing for its subject: no statement."""
    assert_statements(_MEETING + "The governor nonetheless visited the factory. "
                      "Nevertheless, the talks ended without a deal.", [])


def test_it_read_after_a_statement_is_no_ones():
    """"…, a statement from his office said." … "According to the statement, …" / "“He heard first-hand …,” it read."
    (News Unplug, a High Commissioner's Rift Valley visit): "it" is the statement named before, a body's text, so the
    quotation is no one's words. Before, it fell to the person named last."""
    body = ("Ambassador Tomas Verlan visited Zelan on Tuesday, a statement from his office said. He met Governor Paul "
            "Odeko of Vimar. According to the statement, the Ambassador also met the elders of the Arvel clan.\n\n"
            "“He heard the experiences of these communities and agreed to continue the dialogue,” it read.")
    assert_statements(body, [])


def test_he_said_after_a_statement_is_his():
    """The guard: a quotation tagged "he said" after "…, a statement said." is the person's own words, as before (only
    "it" is the text)."""
    body = ("Governor Paul Odeko of Vimar met the farmers on Monday, a statement said.\n\n"
            "“We will pay every farmer in full,” he said.")
    assert_statements(body, [
        ("Paul Odeko", "direct", "We will pay every farmer in full,"),
    ])
