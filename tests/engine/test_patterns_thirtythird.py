"""Patterns found by the thirty-third held-out set (benchmarks/heldout/thirtythird/, real
president.gov.ua readouts of 2022): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_head_of_state_is_the_president_not_the_chancellor_named_after_him():
    """"This was stated by President X, answering questions … after negotiations with
    Chancellor of Y Z …" then "…," the Head of State said": a Chancellor heads a government, not
    a state, so the Head of State is the President (74217 gave three of Zelenskyy's
    statements to Nehammer, the last named)."""
    title = "Kaldoria will fight and look for dialogue with Chile - President"
    body = ("Kaldoria will fight against aggression, but is ready to negotiate with Chile to end the war. This was "
            "stated by President Taras Dorosh, answering questions from the media after negotiations with Chancellor "
            "of Velmar Karl Reiser in Lodvar. \"Kaldoria has always said that it is ready for negotiations,\" the Head "
            "of State said. At the same time, he expressed regret that troops are gathering. Without making "
            "predictions about the enemy, the Head of State said that Kaldoria will fight.")
    assert_statements(body, [
        ("Taras Dorosh", "indirect", "Kaldoria will fight against aggression, but is ready to negotiate with Chile to "
                                     "end the war."),
        ("Taras Dorosh", "direct", "Kaldoria has always said that it is ready for negotiations"),
        ("Taras Dorosh", "indirect", "At the same time, he expressed regret that troops are gathering."),
        ("Taras Dorosh", "indirect", "Without making predictions about the enemy, the Head of State said that "
                                     "Kaldoria will fight."),
    ], title=title)


def test_the_leader_of_the_named_republic_is_its_president():
    """"According to the leader of the Republic of Velmora, …", "The leader of the Republic of
    Velmora also called for …": the leader of a state is the one whose office is of that state,
    like "the Velmoran leader" (75845 missed two of Macron's statements, "the leader of the French
    Republic")."""
    body = ("President of Ostrava Petr Halen met with President of Velmora Ilse Marren. For his part, Velmoran "
            "President Ilse Marren said that Europe stands with Ostrava. According to the leader of the Republic of "
            "Velmora, the countries of the Union will intensify their support. The leader of the Republic of Velmora "
            "also called for the adoption of a resolution on the ports.")
    assert_statements(body, [
        ("Ilse Marren", "indirect", "For his part, Velmoran President Ilse Marren said that Europe stands with "
                                    "Ostrava."),
        ("Ilse Marren", "indirect", "According to the leader of the Republic of Velmora, the countries of the Union "
                                    "will intensify their support."),
        ("Ilse Marren", "indirect", "The leader of the Republic of Velmora also called for the adoption of a "
                                    "resolution on the ports."),
    ])
