"""Helper h1145 (eighthundredseventysecond, the Lieutenant Governor of Puducherry as the papers print the office): a
written text that opens the sentence with its sender after "from" ("A release from Raj Nivas said the
Lieutenant-Governor complimented …") is the channel of the person's account, as "A release said …" is; "greeted him on
his assuming office" is congratulated, as "greeted him on his appointment"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_release_from_a_house_opens_the_persons_account():
    body = (
        "Lieutenant-Governor Arvel Dostan of Marenport called on Prime Minister Kiro Valenz in Ostrava.\n\n"
        "A release from Raj Nivas said the Lieutenant-Governor complimented Mr. Valenz for his third term as the Prime "
        "Minister of the country."
    )
    assert_statements(body, [
        ("Arvel Dostan", "indirect",
         "A release from Raj Nivas said the Lieutenant-Governor complimented Mr. Valenz for his third term as the Prime "
         "Minister of the country."),
    ])


def test_release_from_an_office_of_a_holder_opens_the_persons_account():
    body = (
        "Minister Tarya Holm of Veloria met Prime Minister Kiro Valenz in Ostrava.\n\n"
        "A release from the office of the Lt Governor said the minister thanked Mr. Valenz for his support."
    )
    assert_statements(body, [
        ("Tarya Holm", "indirect",
         "A release from the office of the Lt Governor said the minister thanked Mr. Valenz for his support."),
    ])


def test_release_from_a_ministry_with_no_person_after_it_stays_no_ones():
    # guard: the sender's text tells of the talks, no person's account follows its verb
    body = (
        "Minister Tarya Holm of Veloria met Prime Minister Kiro Valenz in Ostrava.\n\n"
        "A release from the ministry said the talks were held in a warm atmosphere."
    )
    assert_statements(body, [])


def test_greeted_on_assuming_office_is_congratulated():
    body = (
        "The Lt Governor of Marenport, Arvel Dostan, on Saturday met Prime Minister Kiro Valenz in Ostrava and greeted "
        "him on his assuming office for a second consecutive term."
    )
    assert_statements(body, [
        ("Arvel Dostan", "indirect",
         "The Lt Governor of Marenport, Arvel Dostan, on Saturday met Prime Minister Kiro Valenz in Ostrava and greeted "
         "him on his assuming office for a second consecutive term."),
    ])


def test_greeted_on_arrival_stays_narrative():
    # guard: a greeting on arriving is a welcome, no statement
    body = (
        "The Lt Governor of Marenport, Arvel Dostan, on Saturday met Prime Minister Kiro Valenz in Ostrava and greeted "
        "him on his arrival at the airport."
    )
    assert_statements(body, [])
