"""Helper h1046 (sevenhundredninetysixth, Tianjin's leaders as outlets print them): an inverted attribution whose
speaker is "the <place>'s <office in lower case> <name>" ("…, said the city's deputy Party chief X."), and a part of
the day after the weekday that follows the inverted name ("…, said Prime Minister X on Tuesday afternoon during a
visit to …"); and a guest's coming joined by "and" to the passive "was welcomed by" its host ("a delegation visited
Varnow, and was warmly welcomed by Mayor X on February 29."), a reception, no report of the host's words."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_said_the_places_lower_case_office_and_name():
    body = (
        "Officials of Varnow met the press on Tuesday.\n\n"
        "Varnow will strive to contribute more to the region, said the city's deputy Party chief Oren Halvik on "
        "Tuesday night."
    )
    assert_statements(body, [
        ("Oren Halvik", "indirect",
         "Varnow will strive to contribute more to the region, said the city's deputy Party chief Oren Halvik on "
         "Tuesday night."),
    ])


def test_said_the_places_statement_stays_no_one():
    body = (
        "Officials of Varnow met the press on Tuesday.\n\n"
        "Varnow will strive to contribute more to the region, said the city's statement."
    )
    assert_statements(body, [])


def test_part_of_the_day_after_the_weekday_of_an_inverted_name():
    body = (
        "Prime Minister Lars Moberg visited Varnow.\n\n"
        "The eco-city could be replicable in other places, said Prime Minister Lars Moberg on Tuesday afternoon during "
        "a two-day visit to the site."
    )
    assert_statements(body, [
        ("Lars Moberg", "indirect",
         "The eco-city could be replicable in other places, said Prime Minister Lars Moberg on Tuesday afternoon "
         "during a two-day visit to the site."),
    ])


def test_a_delegation_that_visited_and_was_welcomed_is_received():
    body = (
        "Led by the Ostrava mayor Pia Lund, an Ostrava delegation visited Varnow, and was warmly welcomed by Varnow "
        "mayor Oren Halvik on February 29. Halvik said that the visit is \"pragmatic\"."
    )
    assert_statements(body, [
        ("Oren Halvik", "indirect", "Halvik said that the visit is \"pragmatic\"."),
    ])


def test_a_proposal_welcomed_by_the_mayor_stays_his():
    body = (
        "Mayor Oren Halvik met the Ostrava delegation.\n\n"
        "The proposal was welcomed by Mayor Oren Halvik on February 29."
    )
    assert_statements(body, [
        ("Oren Halvik", "indirect", "The proposal was welcomed by Mayor Oren Halvik on February 29."),
    ])
