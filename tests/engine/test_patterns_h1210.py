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
