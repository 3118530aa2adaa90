"""Rules from the hundred-ninety-sixth held-out set (en.kremlin.ru, January-April 2013): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_issued_an_order_to_begin_is_a_statement():
    """"Commander-in-Chief of the Russian Armed Forces Vladimir Putin issued an order to begin the large-scale military
    exercises in the Black Sea area." (hundred-ninety-sixth 17763): an order given, as "ordered … to begin". Before,
    nothing."""
    body = ("Commander-in-Chief of the Normian Armed Forces Arvel Dunmore issued an order to begin large-scale "
            "exercises in the northern district.\n\n"
            "The exercises will involve up to 5,000 servicemen and 20 ships.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Commander-in-Chief of the Normian Armed Forces Arvel Dunmore issued an order to begin large-scale "
         "exercises in the northern district."),
    ])


def test_issued_an_executive_order_to_establish_is_no_statement():
    """The guard: "issued an executive order to establish …", "issued an order of merit" are acts, no statement;
    only "issued an order to <verb>" with no word between "an" and "order" is read."""
    body = ("President Arvel Dunmore issued an executive order to establish a new university in the Northern Region.\n\n"
            "The ministry issued an order of merit to ten teachers.")
    assert_statements(body, [])


def test_fronted_in_his_message_before_said_in_particular_is_a_lead_in():
    """"In his message of congratulations the President said, in particular:" (hundred-ninety-sixth 17402): the words
    that introduce the quoted message, as "The President said, in particular, in his telegram:", with the message named
    before the subject; they belong to no statement (GOLD-FORMAT). Before, given to the President as a statement."""
    body = ("President Arvel Dunmore congratulated Bishop Tomas Reyl on the anniversary of his consecration.\n\n"
            "In his message of congratulations the President said, in particular:\n\n"
            "“Your tireless work has earned you undisputed authority among the faithful.”")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "President Arvel Dunmore congratulated Bishop Tomas Reyl on the anniversary of his consecration."),
        ("Arvel Dunmore", "direct", "Your tireless work has earned you undisputed authority among the faithful."),
    ])


def test_fronted_in_his_message_with_what_was_said_is_a_statement():
    """The guard: "In his message the President said that the talks had been useful." says what was said: a statement
    still; only the bare lead-in ("said, in particular:") is left out."""
    body = ("President Arvel Dunmore did not attend the forum in person.\n\n"
            "In his message the President said that the forum had become an important platform.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "In his message the President said that the forum had become an important platform."),
    ])
