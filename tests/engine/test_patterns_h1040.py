"""Helper h1040 (sevenhundredninetieth, Heilongjiang province's leaders and officials as their pages print them): the
one name of a person met, with his capitalised office of a place in apposition ("… met with Savina, Chief of Gubin
District, Yakutsk City, Russia, May 19."), is a person who speaks, though one word."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_one_name_met_with_its_capitalised_office_speaks():
    body = (
        "Tomas Verlek, Chief of Ostrel District met with Marvina, Chief of Kolbeck District, Dornia, May 19.\n\n"
        "Marvina expressed gratitude to the hospitality of Ostrel District. She hoped that it would promote trade."
    )
    assert_statements(body, [
        ("Marvina", "indirect", "Marvina expressed gratitude to the hospitality of Ostrel District."),
        ("Marvina", "indirect", "She hoped that it would promote trade."),
    ])


def test_a_place_met_with_before_its_description_is_no_one():
    body = (
        "Governor Tomas Verlek met with Kolbeck, capital of Dornia, on May 19.\n\n"
        "Verlek said that the talks were useful."
    )
    assert_statements(body, [
        ("Tomas Verlek", "indirect", "Verlek said that the talks were useful."),
    ])
