"""Rules from the hundred-ninety-third held-out set (en.kremlin.ru, September-October 2000): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TITLE = "Arvan Tolmen sent a personal message to Prime Minister Kesh Dorrel of Ostria"


def test_a_message_set_off_from_its_verb_by_its_carrier_is_the_senders():
    """"The message, delivered through Russian Prime Minister Mikhail Kasyanov currently on a visit to London, said, in
    part, that …" (39126): the title's sender wrote it, the aside only names who carried it. Before, nothing."""
    body = ("The message, delivered through Foreign Minister Sela Varn currently on a visit to Lond, said, in part, "
            "that the two leaders had achieved a great deal.\n\n"
            "Mr Tolmen expressed hope that trade would grow.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect",
         "The message, delivered through Foreign Minister Sela Varn currently on a visit to Lond, said, in part, "
         "that the two leaders had achieved a great deal."),
        ("Arvan Tolmen", "indirect", "Mr Tolmen expressed hope that trade would grow."),
    ], title=_TITLE)


def test_a_carried_message_with_no_speech_verb_is_no_statement():
    """"The message, delivered by X, was well received.": no one speaks (the guard reads only a speech verb's subject)."""
    body = ("The message, delivered by Foreign Minister Sela Varn, was well received.\n\n"
            "Mr Tolmen expressed hope that trade would grow.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen expressed hope that trade would grow."),
    ], title=_TITLE)
