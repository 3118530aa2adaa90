"""Readings of the nineteenth styles set (`benchmarks/styles19/`): readouts in the styles of the corpus's own sources,
built around how speech is introduced in the middle of a long item.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_message_read_aloud_by_an_aide_is_its_owners():
    """"Gleb Saveliev's message of greetings … was read aloud at the opening session … by Presidential Aide Yana Orlik."
    then a quotation over two paragraphs (nineteenth styles dalvinia rural doctors greeting): the quoted message is the
    owner's (named before the possessive, by no office), not the reader's, nor no one's."""
    body = (
        "Orest Kalvane's message of greetings to the participants in the Congress of Foresters was read aloud at the "
        "opening session in Merel by Presidential Aide Talvo Brisk.\n\n"
        "“Dear friends, I warmly greet you on the opening of your congress.\n\n"
        "Our forests are our wealth, and I count on your experience.”\n\n"
        "After reading the message, Talvo Brisk told the delegates that the congress would be held every year."
    )
    assert_statements(body, [
        ("Orest Kalvane", "direct", "Dear friends, I warmly greet you on the opening of your congress."),
        ("Orest Kalvane", "direct", "Our forests are our wealth, and I count on your experience."),
        ("Talvo Brisk", "indirect",
         "After reading the message, Talvo Brisk told the delegates that the congress would be held every year."),
    ], title="Greetings to participants in the Congress of Foresters")


def test_a_quotation_the_reader_says_after_the_message_stays_the_readers():
    """Guard: after the same lead-in, a quotation with its own cue (`“…,” Talvo Brisk said.`) is the reader's."""
    body = (
        "Orest Kalvane's message of greetings to the participants in the Congress of Foresters was read aloud at the "
        "opening session in Merel by Presidential Aide Talvo Brisk.\n\n"
        "“The President asked me to tell you that he follows your work closely,” Talvo Brisk said."
    )
    assert_statements(body, [
        ("Talvo Brisk", "direct", "The President asked me to tell you that he follows your work closely,"),
    ], title="Greetings to participants in the Congress of Foresters")
