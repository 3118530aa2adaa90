"""Readings of real Belarusian presidential text of stop 36 (three-hundred-sixty-first): English news of the Press Service
of the President of the Republic of Belarus (a meeting, calls, messages of greetings and condolences).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_unquoted_words_said_as_he_met_are_his_with_no_first_person():
    """"There are no big issues in the bilateral cooperation …, President of the Republic of Belarus Aleksandr Lukashenko said
    as he met with Foreign Minister of Russia Sergei Lavrov on 16 June." (three-hundred-sixty-first
    belarus_president_2014-06-16_lavrov): the unquoted words before "said as he met with" are his direct words, the attribution
    clause left out, though they hold no first person (the seed's "I hope …, … said as he met with …" does)."""
    body = (
        "There are no open questions in the cooperation between the two ministries, President of Kaldoria Oren Vask said "
        "as he met with Foreign Minister of Vestra Mira Tal on 3 May.\n\n"
        "The President remarked that the joint programme is being carried out on schedule."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "There are no open questions in the cooperation between the two ministries"),
        ("Oren Vask", "indirect", "The President remarked that the joint programme is being carried out on schedule."),
    ], title="Oren Vask meets with Foreign Minister of Vestra Mira Tal")


def test_unquoted_words_said_in_the_message_are_the_senders():
    """"Belarus mourns together with Russia today, Belarus President Aleksandr Lukashenko said in the message of condolences
    which he sent to Russia President Vladimir Putin." (three-hundred-sixty-first belarus_president_2016-12_tu154_condolences):
    the words before "said in the message" are the sender's direct words."""
    body = (
        "Kaldoria grieves together with Vestra today, President of Kaldoria Oren Vask said in the message of condolences "
        "which he sent to President of Vestra Mira Tal.\n\n"
        "Oren Vask also expressed condolences to the families of the victims."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Kaldoria grieves together with Vestra today"),
        ("Oren Vask", "indirect", "Oren Vask also expressed condolences to the families of the victims."),
    ], title="President of Kaldoria expresses condolences to Vestra")


def test_a_phrase_before_said_as_he_met_that_says_something_stays_whole():
    """Guard: "Speaking about trade, President X said as he met with Y that …": the phrase before the cue is no words of his
    (a participle, and the cue has its own complement): the sentence stays one indirect statement."""
    body = (
        "Speaking about trade, President of Kaldoria Oren Vask said as he met with Foreign Minister of Vestra Mira Tal "
        "that the turnover had doubled.\n\n"
        "The sides discussed the schedule of further contacts."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Speaking about trade, President of Kaldoria Oren Vask said as he met with Foreign Minister "
         "of Vestra Mira Tal that the turnover had doubled."),
    ], title="Oren Vask meets with Foreign Minister of Vestra Mira Tal")
