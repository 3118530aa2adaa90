"""Rules from the thousand-seventh held-out set (Ghana's Ahafo Regional Minister and those at the Minister's meetings,
2020-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_apostle_is_the_named_apostle():
    """"Apostle X, Area Head of the Church of …, delivered a heartfelt message … The Apostle went on to express sincere
    gratitude …" (newsghana 2025-06-05): a church's own office before a name, read back by the bare office, as "the
    Bishop" is. Before, no one's."""
    first = "Apostle Kwesi Mardon, Area Head of the Church of Orsel in Tamvar, delivered a message at the gathering."
    second = "The Apostle went on to express sincere gratitude for the appointment of the new Regional Minister."
    assert_statements(first + "\n\n" + second, [
        ("Kwesi Mardon", "indirect", second),
    ])


def test_the_pastor_is_the_named_pastor():
    """"Pastor X" read back as "The Pastor", as "Apostle" is."""
    first = "The Regional Minister received Pastor Ama Selwyn at his office in Tamvar on Monday."
    second = "The Pastor expressed gratitude for the support given to the church."
    assert_statements(first + "\n\n" + second, [
        ("Ama Selwyn", "indirect", second),
    ])


def test_the_apostle_of_a_saints_order_is_no_one():
    """The guard: "the Apostle" inside an order's name is no speaker, the man awarded it speaks."""
    first = "President Oren Valk awarded Ivo Marsk the Order of St Andrew the Apostle."
    second = "Ivo Marsk thanked the President for the award."
    assert_statements(first + "\n\n" + second, [
        ("Ivo Marsk", "indirect", second),
    ])
