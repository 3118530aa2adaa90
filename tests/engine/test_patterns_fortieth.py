"""Patterns found by the fortieth held-out set (benchmarks/heldout/fortieth/, White House
readouts 2024-25): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_made_reference_to_is_a_speech_act():
    """"He made special reference to the role played by …" (fortieth/ Barzani): referred to,
    mentioned, a statement of one person ("referred to" already is); "made reference to" bare too.
    "made progress", "made a visit" stay acts."""
    body = ("Security Advisor Tomas Ekberg met today with Prime Minister Ilse Varga of Ostrava. Mr. Ekberg expressed "
            "appreciation for the partnership between Ostrava and the United States. He made special reference to "
            "the role played by the river brigades in the flood response. Prime Minister Varga made reference to "
            "the new border crossing. The two sides made progress on the trade agreement.")
    assert_statements(body, [
        ("Tomas Ekberg", "indirect", "Mr. Ekberg expressed appreciation for the partnership between Ostrava and the "
                                     "United States."),
        ("Tomas Ekberg", "indirect", "He made special reference to the role played by the river brigades in the "
                                     "flood response."),
        ("Ilse Varga", "indirect", "Prime Minister Varga made reference to the new border crossing."),
    ])


def test_a_name_that_is_a_past_verbs_object_does_not_join_the_next_subject():
    """"The leaders discussed Rafah and the President reiterated his clear position." (fortieth/
    Netanyahu-4): "Rafah" is what they discussed, the object of the clause before; the President
    speaks alone in the clause after " and " (no comma). "The President of Ostrava and the Prime
    Minister agreed" stays a pair."""
    body = ("President Dana Arlen spoke today with Prime Minister Ilse Varga of Ostrava. The leaders discussed "
            "Dunmore and the President reiterated his clear position on the river border. The Prime Minister and the "
            "President agreed to stay in touch.")
    assert_statements(body, [
        ("Dana Arlen", "indirect", "the President reiterated his clear position on the river border."),
    ])
