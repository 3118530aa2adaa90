"""Rules from the eight-hundred-seventy-fifth held-out set (the Tigray Interim Administration's President and those
who speak at the office's meetings, 2021-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "President Ardo Venn of Kastravia met with Ambassador Tomas Pell of Orsa today. "


def test_on_his_behalf_between_subject_and_verb_is_a_filler():
    """"President Getachew on his behalf emphasized the need for …" (Addis Standard 2024-09-12): "on his behalf"
    with no "of" after it stands where "on his part" stands, and the subject before it speaks. Before, the
    sentence was given to no one."""
    body = (_MEETING + "Ambassador Pell reiterated his government’s commitment to the talks. "
            "President Venn on his behalf emphasized the need for international pressure to implement the agreement.")
    assert_statements(body, [
        ("Tomas Pell", "indirect", "Ambassador Pell reiterated his government’s commitment to the talks."),
        ("Ardo Venn", "indirect",
         "President Venn on his behalf emphasized the need for international pressure to implement the agreement."),
    ])


def test_on_her_behalf_likewise():
    """The same with "her"."""
    body = ("Foreign Minister Lena Osk met Ambassador Tomas Pell of Orsa today. "
            "Minister Osk on her behalf thanked Orsa for its support to the flood victims.")
    assert_statements(body, [
        ("Lena Osk", "indirect", "Minister Osk on her behalf thanked Orsa for its support to the flood victims."),
    ])


def test_on_behalf_of_a_body_before_the_verb_stays_as_it_was():
    """The guard: "on behalf of the government" before the verb was read before this rule, and still is."""
    body = (_MEETING + "President Venn on behalf of the government thanked Orsa for its support to the flood victims.")
    assert_statements(body, [
        ("Ardo Venn", "indirect",
         "President Venn on behalf of the government thanked Orsa for its support to the flood victims."),
    ])


def test_responded_to_questions_posed_by_journalists_is_narrative():
    """"After an hour-long discussion, Mr. Getachew responded to questions posed by journalists." (shemelisdesta
    2025-02-16): a press Q&A that took place, no topic and no words of his, as "answered questions from
    journalists". Before, the sentence was his statement."""
    body = (_MEETING + "After an hour-long discussion, President Venn responded to questions posed by journalists. "
            "He stated that a follow-up meeting is expected.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "He stated that a follow-up meeting is expected."),
    ])


def test_responded_to_questions_with_a_topic_or_words_stays_a_statement():
    """The guard: with a topic ("on the review") or words of his ("saying …") after it, he spoke."""
    body = (_MEETING + "President Venn responded to questions from journalists on the review. "
            "Later, President Venn responded to questions posed by journalists, saying the review was useful.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "President Venn responded to questions from journalists on the review."),
        ("Ardo Venn", "indirect",
         "Later, President Venn responded to questions posed by journalists, saying the review was useful."),
    ])
