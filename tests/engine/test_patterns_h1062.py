"""Helper h1062 (eighthundredeighth, the President of Bougainville as regional papers and RNZ Pacific print him): a news
lead's present "says" after an office that opens the sentence with a place written at length after its "of" and the
holder's name set off by commas ("The President of the autonomous Velmarian province of Ostrava, X, says …"), as "said"
there already was; not when the sentence opens with a clause of its own before the name ("The mine was closed in the
province of Ostrava, X, says …" stays no one's)."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_present_says_after_an_office_of_a_long_place_and_the_name():
    body = (
        "The President of the autonomous Velmarian province of Ostrava, Tomas Kerrin, says he wants to hold "
        "reconciliations with all the parties to the conflict.\n\n"
        "He began by meeting with Sir Anton Berel, a former prime minister."
    )
    assert_statements(body, [
        ("Tomas Kerrin", "indirect",
         "The President of the autonomous Velmarian province of Ostrava, Tomas Kerrin, says he wants to hold "
         "reconciliations with all the parties to the conflict."),
    ])


def test_present_says_after_a_short_office_of_a_province():
    body = (
        "The President of the autonomous province, Tomas Kerrin, says talks with the mining company have started a "
        "dialogue.\n\n"
        "The mine was closed in 1988."
    )
    assert_statements(body, [
        ("Tomas Kerrin", "indirect",
         "The President of the autonomous province, Tomas Kerrin, says talks with the mining company have started a "
         "dialogue."),
    ])


def test_a_clause_before_the_place_and_name_is_no_office():
    body = (
        "The mine was closed in the province of Ostrava, Tomas Kerrin, says the report.\n\n"
        "Talks are due in June."
    )
    assert_statements(body, [])
