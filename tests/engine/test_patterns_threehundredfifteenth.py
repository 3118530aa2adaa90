"""Readings of real text of stop 34 (three-hundred-fifteenth): news of the President of Ukraine (president.gov.ua)
from the Poroshenko presidency and Zelensky's first years.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_us_office_opening_a_sentence_is_one_phrase():
    """"The U.S. President discussed President Poroshenko's initiative …" (three-hundred-fifteenth ua_30960): "The"
    opens the sentence, and no sentence is "The U.S." alone, so "U.S." is the office's adjective, not a sentence's
    end (which left "President discussed …", the bare office, to the Ukrainian principal)."""
    body = (
        "The U.S. President discussed President Vask\u2019s initiative on a humanitarian mission for Vestra.\n\n"
        "Oren Vask expressed gratitude to the United States for its support."
    )
    assert_statements(body, [
        ("Tom Reyes", "indirect",
         "The U.S. President discussed President Vask\u2019s initiative on a humanitarian mission for Vestra."),
        ("Oren Vask", "indirect", "Oren Vask expressed gratitude to the United States for its support."),
    ], title="President of Kaldoria Oren Vask had a phone conversation with President of the United States Tom Reyes")


def test_a_lower_case_the_us_before_a_name_still_ends_a_sentence():
    """Guard: "… announced by the U.S. President Vask welcomed …": a lower-case "the U.S." may end a sentence, and
    here does; the next sentence is the President's own."""
    body = (
        "President of Kaldoria Oren Vask met with business leaders in Vestra.\n\n"
        "New tariffs were announced by the U.S. President Vask welcomed the talks on them."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask welcomed the talks on them."),
    ], title="President Vask met with business leaders")


def test_the_body_and_office_a_guest_was_named_with_is_that_guest():
    """"In turn, UWC President Paul Grod congratulated … “…,” the UWC President noted." (three-hundred-fifteenth uwc):
    the office with the body's name before it is the one named so, not the President who publishes."""
    body = (
        "President of Kaldoria Oren Vask met with representatives of the Vestran Business Council.\n\n"
        "In turn, VBC President Ana Lind thanked President Vask for the meeting.\n\n"
        "\u201cWe are ready to invest in Kaldoria,\u201d the VBC President noted."
    )
    assert_statements(body, [
        ("Ana Lind", "indirect", "In turn, VBC President Ana Lind thanked President Vask for the meeting."),
        ("Ana Lind", "direct", "We are ready to invest in Kaldoria"),
    ], title="President of Kaldoria met with representatives of the VBC")


def test_the_bare_office_after_a_guest_named_with_a_body_stays_the_host():
    """Guard: the bare "the President" (no body's name before the office) is not the guest named "VBC President …":
    it stays the President who publishes."""
    body = (
        "President of Kaldoria Oren Vask met with representatives of the Vestran Business Council.\n\n"
        "VBC President Ana Lind thanked President Vask for the meeting.\n\n"
        "\u201cWe will welcome every investor,\u201d the President noted."
    )
    assert_statements(body, [
        ("Ana Lind", "indirect", "VBC President Ana Lind thanked President Vask for the meeting."),
        ("Oren Vask", "direct", "We will welcome every investor"),
    ], title="President of Kaldoria met with representatives of the VBC")


def test_the_us_office_with_a_lower_case_word_after_it_goes_on():
    """"President Poroshenko expressed hope that the given Act would be … signed by the U.S. President already in the
    nearest time." (three-hundred-fifteenth ua_30960): "the U.S. President" with no name after it, a lower-case word
    going on, is the office, not a sentence's end; the statement runs to its full stop."""
    body = (
        "President of Kaldoria Oren Vask had a phone conversation with President of the United States Tom Reyes.\n\n"
        "President Vask expressed hope that the Act would be signed by the U.S. President already in the nearest time."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "President Vask expressed hope that the Act would be signed by the U.S. President already in the nearest time."),
    ], title="President Vask spoke with President Reyes")
