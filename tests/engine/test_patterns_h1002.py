"""Helper h1002 (KE59: KE57's M3 and W1 groups, a description or office not tied to its holder): a bare office
that opens the sentence, then "and the" and a second office before the holder's name set off by commas ("Tarsk Mayor
and the Head of the Association of Cities, Ivo Brenn, met …"), is one holder's two offices, so a later "The Mayor said
…" is his; not when the first office has its own article ("The Taoiseach and the Prime Minister of Velm, …": two
people). And a titled one-word "name" that is the place the same office is written "of" in the text ("Governor Tarsh
informed …" after "Governor of Tarsh Ivo Brenn …") is that office's holder, no one named "Tarsh"."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_bare_opening_office_and_the_second_office_are_one_holders():
    body = (
        "Tarsk Mayor and the Head of the Association of Cities, Ivo Brenn, met a delegation of Velm on Monday.\n\n"
        "The Mayor said that Tarsk would share its experience of rebuilding bridges.\n\n"
        "Tarsk Mayor expressed his gratitude to the guests for their visit.\n"
    )
    assert_statements(body, [
        ("Ivo Brenn", "indirect", "The Mayor said that Tarsk would share its experience of rebuilding bridges."),
        ("Ivo Brenn", "indirect", "Tarsk Mayor expressed his gratitude to the guests for their visit."),
    ])


def test_first_office_with_its_article_stays_another_person():
    # guard: "The Taoiseach and the Prime Minister of Velm, X," are two people; "The Taoiseach" is not X
    body = (
        "The Taoiseach and the Prime Minister of Velm, Ivo Brenn, spoke by phone this evening.\n\n"
        "The Taoiseach said that the border would stay open.\n"
    )
    assert_statements(body, [
        ("The Taoiseach", "indirect", "The Taoiseach said that the border would stay open."),
    ])


def test_office_before_the_place_it_is_written_of_is_that_holder():
    # "Governor Tarsh" after "Governor of Tarsh Ivo Brenn": the office of that place, no one named "Tarsh"
    body = (
        "Governor of Tarsh Ivo Brenn and Chief Minister Oleg Varko called on Prime Minister Ana Vesk here.\n\n"
        "Governor Tarsh informed Prime Minister about various welfare projects of the province.\n\n"
        "He asked Prime Minister to resolve problems of the business community.\n"
    )
    assert_statements(body, [
        ("Ivo Brenn", "indirect",
         "Governor Tarsh informed Prime Minister about various welfare projects of the province."),
        ("Ivo Brenn", "indirect", "He asked Prime Minister to resolve problems of the business community."),
    ])


def test_titled_one_word_name_with_no_office_of_it_stays_a_name():
    # guard: "Governor Tarsh" where the text never writes "Governor of Tarsh" is a governor named Tarsh
    body = (
        "Governor Ivo Tarsh met Prime Minister Ana Vesk here.\n\n"
        "Governor Tarsh informed Prime Minister about various welfare projects of the province.\n"
    )
    assert_statements(body, [
        ("Ivo Tarsh", "indirect",
         "Governor Tarsh informed Prime Minister about various welfare projects of the province."),
    ])
