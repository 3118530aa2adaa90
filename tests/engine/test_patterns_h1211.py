"""Rules from the nine-hundred-twenty-fifth held-out set (the Governor of Zamfara State, Nigeria, and those at his
meetings, 2019-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "President Anton Kessel of Velmora received Governor Paul Odeko of Vimar State at the State House. "


def test_a_bare_weekday_and_town_after_the_apposition_before_the_verb():
    """"Zamfara State governor, X, Thursday in Abuja reiterated his support for …" (ThisDay 2019-01-03): the day, its
    "on" left out, and the town, after the comma that closes the name, as ", on Thursday" is. Before, no one's."""
    body = ("Vimar State governor, Paul Odeko, Thursday in Corvan reiterated his support for the declaration of a state "
            "of emergency in the state.")
    assert_statements(_MEETING + body, [
        ("Paul Odeko", "indirect", body),
    ])


def test_a_bare_weekday_set_off_by_two_commas_before_the_verb():
    """"X, Thursday, said …": the day set off by two commas with no "on", as ", yesterday," and ", on Thursday," are.
    Before, no one's."""
    body = "Odeko, Thursday, stressed that the state will host the summit."
    assert_statements(_MEETING + body, [
        ("Paul Odeko", "indirect", body),
    ])


def test_a_weekday_after_a_comma_with_no_subject_before_is_no_cue():
    """The guard: the day after the object's comma, then "and" and the verb ("received X, Thursday in Corvan and
    assured him …"): the verb the sentence's subject's, as before; and an inverted tag after the day ("…, Thursday,
    said the Minister") keeps its own subject."""
    body = ("President Anton Kessel received Governor Paul Odeko, Thursday in Corvan and assured him of support. "
            "The summit will open in Corvan on Thursday, said the Minister of Culture, Mara Ilves.")
    assert_statements(body, [
        ("Anton Kessel", "indirect", "President Anton Kessel received Governor Paul Odeko, Thursday in Corvan and "
         "assured him of support."),
        ("Mara Ilves", "indirect", "The summit will open in Corvan on Thursday, said the Minister of Culture, Mara "
         "Ilves."),
    ])


def test_solicited_for_someone_to_act_is_an_appeal():
    """"He also solicited for the international organisation to assist and include women and children in …" (The
    Nation 2019-08-08): Nigeria's "solicited for X to <verb>", an appeal as "appealed for X to". Before, "solicited"
    spoke only before support, help, views or a partnership."""
    body = "Odeko also solicited for the international organisation to assist and include women in the programme."
    assert_statements(_MEETING + body, [
        ("Paul Odeko", "indirect", body),
    ])


def test_solicited_for_bids_to_supply_is_no_appeal():
    """The guard: "solicited for bids to supply …", "solicited for funds to build …": a procurement act, no appeal to
    someone, no statement."""
    body = ("Governor Paul Odeko of Vimar State opened the new clinic on Monday. "
            "The ministry solicited for bids to supply the drugs. "
            "Odeko solicited for funds to build the wards.")
    assert_statements(body, [])


def test_sympathized_with_a_government_over_what_it_suffered():
    """"… the leader of the UNICEF delegation Dr X had sympathized with the state government over insecurity that
    consumed many lives, …" (Vanguard 2023-07-10): sympathy voiced to a government and what it suffered, as to a
    country ("with Ukraine over …"). Before, no one's."""
    body = ("Dr Mara Ilves, the head of the relief delegation, sympathized with the state government over the floods "
            "that displaced many families.")
    assert_statements(_MEETING + body, [
        ("Mara Ilves", "indirect", body),
    ])


def test_sympathized_with_a_governments_position_is_a_leaning():
    """The guard: "sympathized with the government's position on …", "with the government on many issues": a leaning,
    no sympathy voiced over a loss, no statement."""
    body = ("Dr Mara Ilves, the head of the relief delegation, sympathized with the government's position on taxes. "
            "Dr Ilves sympathized with the government on many issues.")
    assert_statements(_MEETING + body, [])


def test_the_ooni_is_the_monarch_named_before():
    """"The Ooni of Ife, Oba X, Ojaja II has named Governor Y … The Ooni said that …" (The Nation 2020-09-11): the
    Yoruba paramount ruler's title, the office of his throne as "the Oba" is; "the Alaafin" too. Before, no one's."""
    body = ("The Ooni of Zelan, Oba Tomas Arvel, visited Governor Paul Odeko in Corvan. "
            "The Ooni said that the governor's leadership is worth emulating. "
            "The Alaafin of Merrow, Oba Karl Dune, also came. The Alaafin said that peace has returned.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "The Ooni said that the governor's leadership is worth emulating."),
        ("Karl Dune", "indirect", "The Alaafin said that peace has returned."),
    ])
