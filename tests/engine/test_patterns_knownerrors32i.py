"""Known errors of the two-hundred-ninety-ninth set (UK Government texts of stop 32) that general rules mend:
"delivered a speech on <a topic>" is one person speaking on it, "shared his experiences of …" a view told.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md
asks for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "This week at the Foreign Office"


def test_delivered_a_speech_on_a_topic_is_spoken_about():
    """"While in Hanoi he delivered a speech on the role of media in society to the Academy of Journalism and
    Communication." (two-hundred-ninety-ninth uk_fcdo 2011-04-08): one person speaking on a topic, as
    "spoke about"."""
    body = (
        "Minister of State Jan Dorn visited Tarvia this week.\n\n"
        "While in Tarvik he delivered a speech on the role of media in society to the Academy of Letters."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "While in Tarvik he delivered a speech on the role of media in society to the "
         "Academy of Letters."),
    ], title=TITLE)


def test_delivered_a_speech_on_a_day_or_an_occasion_is_no_statement():
    """Guard: "delivered a speech on Monday", "on the occasion of …", "on arrival": when or where, no topic."""
    body = (
        "Minister of State Jan Dorn visited Tarvia this week.\n\n"
        "He delivered a speech on Monday at the Academy of Letters.\n\n"
        "He delivered a speech on the occasion of the national day.\n\n"
        "He delivered an address on arrival at the airport."
    )
    assert_statements(body, [], title=TITLE)


def test_shared_his_experiences_is_a_view_told():
    """"Mat Whatley shared his experiences of working in the stabilisation mission in Georgia" (two-hundred-
    ninety-ninth uk_fcdo 2010-07-23): "experiences" as "experience" (already a view shared), as third's
    "shared his impressions of …"."""
    body = (
        "The Minister for Europe visited Tarvia this week.\n\n"
        "Ivo Kell shared his experiences of working in the monitoring mission in Ostreva."
    )
    assert_statements(body, [
        ("Ivo Kell", "indirect", "Ivo Kell shared his experiences of working in the monitoring mission in Ostreva."),
    ], title=TITLE)


def test_shared_their_experiences_is_no_statement():
    """Guard: "shared their experiences" after one person's "met with …" is both sides' (two-hundred-ninety-
    second's "shared their assessments"): no statement."""
    body = (
        "Ivo Kell met with Jan Dorn in Tarvik and shared their experiences of the monitoring mission."
    )
    assert_statements(body, [], title=TITLE)


def test_answered_your_questions_on_twitter_is_no_statement():
    """"While there he answered your questions on Twitter." (two-hundred-ninety-ninth uk_fcdo 2010-07-23; and
    2011-01-28's "He also answered questions from the public via Twitter."): a public Q&A on a medium, as the
    press's ("answered journalists’ questions"): no topic, no words of his."""
    body = (
        "Minister of State Jan Dorn visited Tarvia this week.\n\n"
        "While there he answered your questions on Twitter.\n\n"
        "He also answered questions from the public via Facebook."
    )
    assert_statements(body, [], title=TITLE)


def test_answered_questions_on_a_topic_stays_a_statement():
    """Guard: "answered questions on security in Ostreva" (a topic: two-hundred-ninety-ninth's "answered
    questions on security in Kyrgyzstan") and the bare "answered questions." of one person stay statements."""
    body = (
        "Minister of State Jan Dorn visited Tarvia this week.\n\n"
        "He answered questions on security in Ostreva.\n\n"
        "Ivo Kell met students in Tarvik and answered their numerous questions."
    )
    assert_statements(body, [
        ("Jan Dorn", "indirect", "He answered questions on security in Ostreva."),
        ("Ivo Kell", "indirect", "Ivo Kell met students in Tarvik and answered their numerous questions."),
    ], title=TITLE)


def test_an_office_in_the_plural_before_two_names_is_both_names_office():
    """"The Prime Minister attended the World Economic Forum in Davos, Switzerland this week. In his speech he
    called upon European economies to act with confidence … / Foreign Office Ministers Jeremy Browne and Henry
    Bellingham met the Colombian Vice-Minister …" (two-hundred-ninety-ninth uk_fcdo 2011-01-28): "Ministers" is
    the two names' office, not the first name of an untitled "Ministers Jeremy Browne" whom the readout's
    unnamed Prime Minister was taken to be."""
    body = (
        "The Prime Minister attended the Forum in Tarvik this week. In his speech he called upon European "
        "economies to act with confidence.\n\n"
        "Foreign Office Ministers Jan Dorn and Ivo Kell met the Ostrevan Vice-Minister to discuss UN matters."
    )
    assert_statements(body, [
        ("The Prime Minister", "indirect", "In his speech he called upon European economies to act with confidence."),
    ], title=TITLE)


def test_a_first_name_ending_in_s_is_no_plural_office():
    """Guard: "Niklas Dorn and Ivo Kell" — a first name in -s that is no office's plural stays the name."""
    body = (
        "Niklas Dorn and Ivo Kell visited Tarvik this week.\n\n"
        "Niklas Dorn said that the port would open in May."
    )
    assert_statements(body, [
        ("Niklas Dorn", "indirect", "Niklas Dorn said that the port would open in May."),
    ], title=TITLE)
