"""Rules from the nine-hundred-thirty-seventh held-out set (the Governor of Khomas Region, Namibia, and the meetings
of the region and its capital's mayors, 2021-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_CALL = ("The Mayor of Veldhaven, Dr. Arno Kessel, received the Ambassador of Norland, Mr. Pavel Ostrin, on Monday.\n\n"
         "“The people of Norland value this friendship,” Mr. Ostrin said.\n\n")


def test_the_city_added_is_the_bodys_words():
    """"“Therefore in this context, the two sides appreciate …,” the City added." (Namibia Economist 2021-03-26): a
    city's government as the tag's plain subject, the body's words, no one's. Before, the last person's (Ostrin's)."""
    assert_statements(_CALL + "“We will open a trade office in the spring,” the City added.", [
        ("Pavel Ostrin", "direct", "The people of Norland value this friendship"),
    ])


def test_the_municipality_and_the_city_of_a_place_said():
    """"the municipality said" in lower case and "the City of Veldhaven said in a statement": a city's government too,
    the body's words, no one's. Before, the last person's."""
    assert_statements(_CALL + "“The new road opens in May,” the municipality said.\n\n"
                      "“We will open a trade office in the spring,” the City of Veldhaven said in a statement.", [
                          ("Pavel Ostrin", "direct", "The people of Norland value this friendship"),
                      ])


def test_the_city_mayor_still_speaks():
    """The guard: "said the City Mayor, Dr. X" (inverted) and "the City Mayor added" (an office after the city's word)
    are the mayor, a person, as before."""
    assert_statements(_CALL + "“We share a long history,” said the City Mayor, Dr. Arno Kessel.\n\n"
                      "“Our cities will twin next year,” the City Mayor added.", [
                          ("Pavel Ostrin", "direct", "The people of Norland value this friendship"),
                          ("Arno Kessel", "direct", "We share a long history"),
                          ("Arno Kessel", "direct", "Our cities will twin next year"),
                      ])
