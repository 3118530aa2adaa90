"""Helper h1028 (sevenhundredeightyfirst, the Governor of Punjab's meetings as Pakistan's papers print them): "termed"
with a thing named and then "a"/"an" and what it is called ("He termed Trump-Imran meeting a success in the context of
…") is a view stated, as "called it a success"; an article after a preposition ("termed the talks with a delegation")
is no such naming."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_termed_a_thing_a_success_is_a_view_stated():
    body = (
        "KESSAR - The Consul General of Norland, Ms Ilva Tarrow, called on Provincial Governor Rashid Omberly at the "
        "Governor's House on Tuesday.\n\n"
        "Omberly said relations between the two countries had entered a new phase.\n\n"
        "He termed Varn-Ostel meeting a success in the context of the river talks."
    )
    assert_statements(body, [
        ("Rashid Omberly", "indirect", "Omberly said relations between the two countries had entered a new phase."),
        ("Rashid Omberly", "indirect", "He termed Varn-Ostel meeting a success in the context of the river talks."),
    ])


def test_termed_the_visit_a_milestone_is_a_view_stated():
    body = (
        "Provincial Governor Rashid Omberly received the Ambassador of Tarsia at the Governor's House on Monday.\n\n"
        "The Governor termed the visit an important milestone for both provinces."
    )
    assert_statements(body, [
        ("Rashid Omberly", "indirect", "The Governor termed the visit an important milestone for both provinces."),
    ])


def test_an_article_after_a_preposition_names_nothing():
    body = (
        "Provincial Governor Rashid Omberly received the Ambassador of Tarsia at the Governor's House on Monday.\n\n"
        "Omberly welcomed the Ambassador.\n\n"
        "The provincial bank, chaired by Omberly, termed the loans at a fixed rate for a decade.\n\n"
        "The visit was termed a success by the local press."
    )
    assert_statements(body, [
        ("Rashid Omberly", "indirect", "Omberly welcomed the Ambassador."),
    ])


def test_the_office_then_its_place_written_before_it_is_the_holder():
    body = (
        "KESSAR: Varnland Governor Idris Pellam Qorvath on Wednesday telephoned the Corps Commander, Kessar, "
        "Lieutenant General Omar Tessly.\n\n"
        "The Governor Varnland inquired about his and his family's welfare. He said that the attack had tainted our "
        "values."
    )
    assert_statements(body, [
        ("Idris Pellam Qorvath", "indirect", "The Governor Varnland inquired about his and his family's welfare."),
        ("Idris Pellam Qorvath", "indirect", "He said that the attack had tainted our values."),
    ])


def test_the_place_glued_before_a_name_is_cut_when_written_before_the_office():
    body = (
        "KESSAR: Governor Varnland Idris Pellam Qorvath on Thursday visited the Consulate General of Tarsia.\n\n"
        "Varnland Governor Idris Pellam Qorvath said the people of the province stood with the people of Tarsia."
    )
    result = assert_statements(body, [
        ("Idris Pellam Qorvath", "indirect",
         "Varnland Governor Idris Pellam Qorvath said the people of the province stood with the people of Tarsia."),
    ])
    assert {s.speaker for s in result.statements} == {"Idris Pellam Qorvath"}


def test_a_names_last_word_before_an_office_is_no_place():
    body = (
        "Governor Khan met the delegation of Tarsia on Monday. Later Imran Khan Governor of the bank arrived.\n\n"
        "Governor Khan said the province welcomed investors."
    )
    result = assert_statements(body, [
        ("Governor Khan", "indirect", "Governor Khan said the province welcomed investors."),
    ])
    assert {s.speaker for s in result.statements} == {"Khan"}  # (a person, not the office of a place "Khan")
