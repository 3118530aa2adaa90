"""Rules from the nine-hundred-forty-fourth held-out set (Zambia's Northern Province, Kasama: the Provincial Minister,
Permanent Secretaries and visiting ministers at Paramount Chief Chitimukulu's palace, 2020-2025): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_chief_of_a_people_in_a_place_speaks():
    """"Paramount Chief X of the Bemba Speaking people in Northern Province has called on …", "… of the Bemba people in
    Northern Province has thanked …" (Lusaka Times 2021-02-06, TIO Zambia): the place the people live "in", as "of"
    it, still says whose ruler he is. Before, no statement (the place read as the subject)."""
    first = ("Paramount Chief Tamborazi of the Velu Speaking people in Upper Province has called on his fellow chiefs "
             "to support the farmers.")
    second = "Chief Lunato of the Kere people in Harn District has thanked the government for the new clinic."
    assert_statements(first + " " + second, [
        ("Tamborazi", "indirect", first),
        ("Lunato", "indirect", second),
    ])


def test_chief_of_a_people_of_two_places_speaks():
    """"… of the Bemba people of Kasama District of Northern Province has called on …" (Lusaka Times 2024-02-02, a page
    the store cut): a district and its province after the people, still the chief's. Before, no statement."""
    body = ("Paramount Chief Tamborazi of the Velu people of Harn District of Upper Province has called on politicians "
            "to stop tribal remarks.")
    assert_statements(body, [
        ("Tamborazi", "indirect", body),
    ])


def test_the_people_in_a_place_is_no_person():
    """The guard: "The voice of the Velu people in Upper Province has reached …": a thing before "of the … people in",
    no person: no statement."""
    body = ("Minister Paul Odeko visited the palace of Chief Tamborazi on Monday. "
            "The voice of the Velu people in Upper Province has reached the capital, the minister was told.")
    assert_statements(body, [])


def test_the_before_a_rulers_one_word_name_is_the_ruler():
    """"Paramount Chief Chitimukulu of the Bemba people has said … The Chitimukulu said that there was no way …" (Lusaka
    Times 2020-09-15): "the" before a ruler's one-word name, as before a title ("the Litunga"): the ruler named before.
    Before, a thing, no statement."""
    opening = "Paramount Chief Tamborazi has said that he refused to meet the opposition leader."
    said = "The Tamborazi said that there was no way he could meet those who insulted him."
    assert_statements(opening + " " + said, [
        ("Tamborazi", "indirect", opening),
        ("Tamborazi", "indirect", said),
    ])


def test_the_before_a_word_nobody_is_named_by_alone_is_no_one():
    """The guard: "The Odeko said …" where Odeko is only the surname of a two-word name ("Minister Paul Odeko"): no one
    is named by that word alone, so no speaker is guessed: no statement."""
    body = ("Minister Paul Odeko visited the palace of Chief Tamborazi on Monday. "
            "The Odeko said that the roads would be paved.")
    assert_statements(body, [])
