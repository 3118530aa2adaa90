"""Readings of real Belarusian text of stop 35 (three-hundred-thirty-eighth): news of the President of the Republic of
Belarus (president.gov.by) and BelTA.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_telegram_to_the_addressee_is_the_senders_after_the_addressees_words():
    """"X has sent birthday greetings to Y." … "Y inquired …" … "The congratulatory telegram to Y wished him good
    health …" (three-hundred-thirty-eighth belarus_president_2022-07-06_nazarbayev): a message addressed to Y is
    never Y's; the sender is the one who sent it, Y's statements in between passed over."""
    body = (
        "Kaldorian President Oren Vask has sent birthday greetings to Mira Tal.\n\n"
        "Oren Vask and Mira Tal discussed the situation in the region. Mira Tal inquired in detail about the harvest.\n\n"
        "The congratulatory telegram to Mira Tal wished her good health and many happy returns of the day."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Kaldorian President Oren Vask has sent birthday greetings to Mira Tal."),
        ("Mira Tal", "indirect", "Mira Tal inquired in detail about the harvest."),
        ("Oren Vask", "indirect",
         "The congratulatory telegram to Mira Tal wished her good health and many happy returns of the day."),
    ], title="Telephone conversation with Mira Tal")


def test_a_telegram_to_the_addressee_with_no_sender_before_stays_unattributed():
    """Guard: no one is said to have sent a message, only the addressee spoke: "The congratulatory telegram to Y
    wished …" is given to nobody (never to the addressee)."""
    body = (
        "Kaldorian President Oren Vask met with Mira Tal.\n\n"
        "Mira Tal inquired in detail about the harvest.\n\n"
        "The congratulatory telegram to Mira Tal wished her good health and many happy returns of the day."
    )
    assert_statements(body, [
        ("Mira Tal", "indirect", "Mira Tal inquired in detail about the harvest."),
    ], title="Meeting with Mira Tal")


def test_an_example_after_a_report_is_the_reporters_whoever_acts_in_it():
    """"Aleksandr Lukashenko said that Minsk has recently hosted a number of significant political events. This week,
    for example, the President of Turkmenistan will visit Belarus." (three-hundred-thirty-eighth
    belarus_president_2017-10-06_lebedev): a sentence that opens by giving an example illustrates the report before
    it, though another person acts in it."""
    body = (
        "President Oren Vask met with Secretary General Mira Tal on 6 October.\n\n"
        "Oren Vask said that the capital has recently hosted many important events. This week, for example, the "
        "President of Ostria will visit Kaldoria."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask said that the capital has recently hosted many important events."),
        ("Oren Vask", "indirect", "This week, for example, the President of Ostria will visit Kaldoria."),
    ], title="Meeting with Secretary General Mira Tal")


def test_an_example_after_what_the_sides_discussed_stays_narrative():
    """Guard: after what a pair discussed there is no one's report to illustrate: "This year, for example, …" stays
    unattributed."""
    body = (
        "President Oren Vask met with Secretary General Mira Tal on 6 October.\n\n"
        "The sides discussed cooperation in industry. This year, for example, the President of Ostria will visit "
        "the new plant."
    )
    assert_statements(body, [], title="Meeting with Secretary General Mira Tal")
