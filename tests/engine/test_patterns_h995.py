"""Helper h995 (sevenhundredfiftyfourth, the President of Guinea as outlets print him): a full stop whose space was lost
after an acronym in capitals, before a word only a sentence opens with ("… member countries of the AU.The AU chairperson
assured …"), ends the sentence, as one after a word in lower case ("London.This") already does; an outlet's or a
festival's name with a stop inside ("STL.News", "ASSK.Fest") stays one word."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_lost_space_after_an_acronym_ends_the_sentence():
    body = (
        "President Oren Valtis of Merovia, Chairperson of the AU, on Friday called President Tamsin Orlee in "
        "Ostria.This is contained in a "
        "statement issued by Mr Edvin Sarko, the Special Adviser to the President. Sarko said that President Valtis "
        "called on behalf of leaders of member countries of the AU.The AU chairperson assured the Ostrian president "
        "that all leaders stand with her.\n"
    )
    assert_statements(body, [
        ("Edvin Sarko", "indirect",
         "Sarko said that President Valtis called on behalf of leaders of member countries of the AU."),
        ("Oren Valtis", "indirect",
         "The AU chairperson assured the Ostrian president that all leaders stand with her."),
    ])


def test_a_name_with_a_stop_between_capitals_and_a_capitalised_word_stays_whole():
    # guard: "STL.News" is an outlet's name, no sentence's end; the sentence stays one, the speaker's
    body = (
        "Governor Tamsin Orlee told STL.News that the delegation would visit Ostria in May.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Governor Tamsin Orlee told STL.News that the delegation would visit Ostria in May."),
    ])


def test_an_office_before_a_titled_name_closed_by_when_it_acted():
    # "Chairperson of the AU, President X of Guinea on Friday called …": the office is X's, the day after his name and
    # country closing it as a comma would, so "The AU chairperson" later is he
    body = (
        "Chairperson of the Velmaran Union (VU), President Oren Valtis of Merovia on Friday called President Tamsin "
        "Orlee in Ostria. The VU chairperson assured the Ostrian president that all leaders stand with her.\n"
    )
    assert_statements(body, [
        ("Oren Valtis", "indirect",
         "The VU chairperson assured the Ostrian president that all leaders stand with her."),
    ])


def test_a_place_before_a_titled_name_is_no_office_of_his():
    # guard: "In Tarvik, Dr X on Friday …": the words before the comma are no office, and "the chairperson" stays
    # no one's known
    body = (
        "Speaking in Tarvik, Dr Oren Valtis on Friday called President Tamsin Orlee. Orlee said the union would meet "
        "in May.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Orlee said the union would meet in May."),
    ])
