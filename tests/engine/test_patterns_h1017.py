"""Helper h1017 (sevenhundredseventysecond, the Chief Minister of Madhya Pradesh as outlets print him): a host who
"welcomed" a guest "with a bouquet, a shawl, and a memento" or "by offering" a gift greets him, an act, no report (as
"felicitated … with a shawl"); "welcomed" a thing, or a guest with words, still speaks."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_guest_welcomed_with_gifts_is_a_greeting():
    body = (
        "Chief Minister Arun Velkar met Governor Tomas Reyna in Pune on Monday.\n\n"
        "Velkar welcomed Reyna with a bouquet, a shawl, and a memento of the city.\n\n"
        "Velkar said that the state would open a trade office in Dorvel."
    )
    assert_statements(body, [
        ("Arun Velkar", "indirect", "Velkar said that the state would open a trade office in Dorvel."),
    ])


def test_a_guest_welcomed_by_offering_a_gift_is_a_greeting():
    body = (
        "Ambassador Tomas Reyna called on Chief Minister Arun Velkar at his residence office.\n\n"
        "Chief Minister Velkar welcomed Ambassador Reyna by offering the famous scarf of Marnek.\n\n"
        "Chief Minister Velkar also informed about the ongoing work in the state for natural farming."
    )
    assert_statements(body, [
        ("Arun Velkar", "indirect",
         "Chief Minister Velkar also informed about the ongoing work in the state for natural farming."),
    ])


def test_welcomed_a_thing_or_with_words_still_speaks():
    body = (
        "Chief Minister Arun Velkar met Governor Tomas Reyna in Pune on Monday.\n\n"
        "Velkar welcomed the decision of the council with satisfaction.\n\n"
        "Reyna welcomed the agreement with the two companies."
    )
    assert_statements(body, [
        ("Arun Velkar", "indirect", "Velkar welcomed the decision of the council with satisfaction."),
        ("Tomas Reyna", "indirect", "Reyna welcomed the agreement with the two companies."),
    ])
