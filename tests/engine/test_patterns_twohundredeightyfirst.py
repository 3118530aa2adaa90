"""Rules from the two-hundred-eighty-first held-out set (president.gov.ua English news, March-June 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_honour_of_the_title_is_no_presidents_holder():
    """Title "President presented the Order of the Golden Star to the servicemen …" (two-hundred-eighty-first
    75313): "the Golden Star", a phrase that opens with its own "the", is what the honour is called, not a person
    holding the bare "President" of the title. Before, every body's "the President" went to "Golden Star"."""
    body = ("President Dan Kessel presented the Orders of the Silver Oak to soldiers of Ostria. \"We owe them our "
            "freedom,\" he said. The President expressed gratitude to every defender of Ostria.")
    assert_statements(body, [
        ("Dan Kessel", "direct", "We owe them our freedom,"),
        ("Dan Kessel", "indirect", "The President expressed gratitude to every defender of Ostria."),
    ], title="President presented the Order of the Silver Oak to the soldiers")


def test_a_guest_named_in_the_title_is_still_a_person():
    """Guard: a name with no article in the title ("President met Lem Varko") is still a person who may speak."""
    body = ("President Dan Kessel met Lem Varko in Ostran. Lem Varko said that the talks had been useful. "
            "The President expressed gratitude to every defender of Ostria.")
    assert_statements(body, [
        ("Lem Varko", "indirect", "Lem Varko said that the talks had been useful."),
        ("Dan Kessel", "indirect", "The President expressed gratitude to every defender of Ostria."),
    ], title="President met Lem Varko of the Silver Oak Fund")
