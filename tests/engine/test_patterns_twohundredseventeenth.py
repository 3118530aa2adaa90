"""Rules from the two-hundred-seventeenth held-out set (en.kremlin.ru, November 2000): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MESSAGE = "President Arvan Tolmen sent a message to Dornian President Kael Ostrav"


def test_it_after_the_message_goes_on_with_the_senders_words():
    """"The message underlined the importance of developing a constructive dialogue between Iraq and the United
    Nations Organisation …" and then "It confirmed Russia’s determination to develop contacts with Iraq …"
    (two-hundred-seventeenth 39729): "It", the subject of a speech verb right after a statement whose subject is
    the message, is the message going on, its sender's words. Before, "It" was no one and the sentence was lost."""
    body = ("The message underlined the importance of a constructive dialogue between Dornia and its neighbours.\n\n"
            "It confirmed Ostria’s determination to develop contacts with Dornia.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "The message underlined the importance of a constructive dialogue between "
                                     "Dornia and its neighbours."),
        ("Arvan Tolmen", "indirect", "It confirmed Ostria’s determination to develop contacts with Dornia."),
    ], title=_MESSAGE)


def test_it_after_a_persons_statement_is_no_one():
    """Guard: "It" after a statement whose subject is a person, not a message ("Mr Tolmen said …. It stressed …":
    "it" cannot be the person), or after a narrative sentence about the message, stays no one's."""
    body = ("Mr Tolmen said that the talks had been useful.\n\n"
            "It stressed the need for new talks.\n\n"
            "The message was delivered by the Foreign Minister. It confirmed the plans for a visit.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Mr Tolmen said that the talks had been useful."),
    ], title=_MESSAGE)
