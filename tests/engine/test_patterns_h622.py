"""Statements found by helper h622's set fourhundredsixtysecond (the Government Offices of Iceland's English news of
the Ministry for Foreign Affairs): a headline whose two joined subjects take the verb's bare form ("Foreign Minister and
Negotiations Committee Meet With …") names no person "Meet", and "furthermore" between a subject and its speech verb
("Minister X furthermore raised the … issue", "He furthermore described his ideas …").

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_MEETING = ("Foreign Minister Halvard Ostrem of Norrvale met Trade Commissioner Odile Sauvetaire in Kressholm "
            "yesterday.\n\n")


@pytest.mark.parametrize("verb", ["Meet", "Hold Talks", "Sign"])
def test_a_headline_verb_after_two_joined_subjects_names_no_one(verb):
    """"Foreign Minister and Negotiations Committee Meet With EU Enlargement Commissioner" (government.is): the bare
    headline verb after a subject joined by "and" parts it from its object, as "Meets" does; before, the run made one
    person "Meet" with the office "Foreign Minister and Negotiations Committee", who took the body's "the foreign
    minister"."""
    title = f"Foreign Minister and Trade Committee {verb} With Pellamy Commissioner"
    body = (_MEETING + "During the meeting with Ms Sauvetaire, the foreign minister stressed that Norrvale was ready "
            "to open its market to Pellamy cheese.")
    assert_statements(body, [
        ("Halvard Ostrem", "indirect", "During the meeting with Ms Sauvetaire, the foreign minister stressed that "
                                       "Norrvale was ready to open its market to Pellamy cheese."),
    ], title=title)


def test_a_single_subjects_bare_verb_is_still_read_as_before():
    """Guard: with no "and" before it, a bare "Meet" is not taken for a plural verb ("Foreign Minister to Meet …" is
    the future headline's rule, unchanged); the body's statement stays the foreign minister's."""
    body = (_MEETING + "The foreign minister stressed that Norrvale was ready to open its market to Pellamy cheese.")
    assert_statements(body, [
        ("Halvard Ostrem", "indirect",
         "The foreign minister stressed that Norrvale was ready to open its market to Pellamy cheese."),
    ], title="Foreign Minister to Meet Pellamy Commissioner")


@pytest.mark.parametrize("sentence", [
    "Minister Ostrem furthermore raised the fisheries issue, as a ruling on the quotas is expected next week.",
    "He furthermore described his ideas for the continued development of regional cooperation.",
])
def test_furthermore_between_the_subject_and_its_speech_verb(sentence):
    """"Minister X furthermore raised the Icesave issue, …", "He furthermore described his ideas for …"
    (government.is): "furthermore" sits between the subject and its verb as "moreover" does; before, the sentence
    had no statement."""
    body = (_MEETING + "Minister Ostrem thanked Pellamy for its support. " + sentence)
    assert_statements(body, [
        ("Halvard Ostrem", "indirect", "Minister Ostrem thanked Pellamy for its support."),
        ("Halvard Ostrem", "indirect", sentence),
    ])


def test_a_bodys_own_people_after_its_then_and_a_named_speaker():
    """"The ministers discussed the euro area situation in light of the debt-crisis in some of its Member States and
    Westerwelle stressed that …" (government.is): what "its" opens is a body's own, no one who speaks with the one
    named after "and"; before, "Member States and Westerwelle" was read as one group and the clause was no one's."""
    body = (_MEETING + "The ministers discussed the debt crisis in some of its Member States and Sauvetaire stressed "
            "that the Union was determined to overcome the current difficulties.")
    assert_statements(body, [
        ("Odile Sauvetaire", "indirect",
         "Sauvetaire stressed that the Union was determined to overcome the current difficulties."),
    ])


def test_two_people_joined_by_and_still_speak_together():
    """Guard: "Minister X and Commissioner Y stressed …" with no "its" before them stays a group's statement."""
    body = (_MEETING + "Minister Ostrem and Commissioner Sauvetaire stressed that the talks would go on.")
    assert_statements(body, [])
