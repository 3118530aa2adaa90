"""Readings of known errors of the labelled sets of the corpus's own sources (stop 37): "… with American actor X and
producer Y … The actor said he was looking forward to …" (thirty-ninth ukraine_president 75161), a performer named
by his profession and then called by it.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

FILM_TITLE = "The Head of the Office spoke with a film actor"


def test_the_actor_is_the_named_actor():
    """"Andriy Yermak talked online with American actor Robert De Niro and producer Jane Rosenthal … The actor said
    he was looking forward to that opportunity." (thirty-ninth ukraine_president 75161): "the actor" is the person
    named as an actor, as "the rector" is the named rector."""
    body = (
        "Head of the Office Ivan Dorosh talked online with Velchian actor Marko Lenart and producer Ada Voss.\n\n"
        "Ivan Dorosh invited Marko Lenart to visit the country. The actor said he was looking forward to that "
        "opportunity."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "Ivan Dorosh invited Marko Lenart to visit the country."),
        ("Marko Lenart", "indirect", "The actor said he was looking forward to that opportunity."),
    ], title=FILM_TITLE)


def test_an_actor_of_a_film_stays_narrative():
    """Guard: "the actors of the film said" is a group of unnamed actors, no statement."""
    body = (
        "Head of the Office Ivan Dorosh talked online with Velchian actor Marko Lenart and producer Ada Voss.\n\n"
        "Ivan Dorosh invited Marko Lenart to visit the country. The actors of the film said they were looking "
        "forward to that opportunity."
    )
    assert_statements(body, [
        ("Ivan Dorosh", "indirect", "Ivan Dorosh invited Marko Lenart to visit the country."),
    ], title=FILM_TITLE)
