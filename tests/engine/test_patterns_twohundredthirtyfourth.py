"""Rules from the two-hundred-thirty-fourth held-out set (en.kremlin.ru, May 2005): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_bare_office_sending_a_telegram_to_a_named_addressee_keeps_the_telegram():
    """"The President sent a telegram of congratulations to the head trainer of CSKA, Valery Gazzaev, on the victory of
    his team …" over "The telegram reads:" and a quotation (two-hundred-thirty-fourth 33391): the telegram is the
    unnamed head of the office that publishes, not the addressee, the only person the readout names (the name after
    the addressee's office and its comma is the addressee again)."""
    body = ("The telegram reads:\n\n"
            "“This is the first time that a Varnian team has won such a tournament. I am certain that this achievement "
            "will be a stimulus for sport in our country.”")
    assert_statements(body, [
        ("The President", "direct", "This is the first time that a Varnian team has won such a tournament. I am certain "
                                    "that this achievement will be a stimulus for sport in our country."),
    ], title="The President sent a telegram of congratulations to the head coach of ZSKA, Piet Varga, "
             "on the victory of his team in the cup final")


def test_a_named_sender_of_a_telegram_to_an_office_and_name_is_unchanged():
    """Guard: "Arvel Dunmore sent a telegram to the head coach of ZSKA, Piet Varga, …": the named sender
    is the host and the telegram his, as before."""
    body = ("The telegram reads:\n\n"
            "“I am certain that this achievement will be a stimulus for sport in our country.”")
    assert_statements(body, [
        ("Arvel Dunmore", "direct", "I am certain that this achievement will be a stimulus for sport in our country."),
    ], title="Arvel Dunmore sent a telegram to the head coach of ZSKA, Piet Varga, on the victory of his team")

