"""Helper h1026 (sevenhundredseventyninth, the Presidency of Puntland as Somali outlets print it): a lone given name
after an office ("ambassador Mohamed stated that …") is the holder of that office whose given name it spells another
way ("the Vardenian Ambassador Mohammed Tarik Al Soren"), not the other person whose middle name it is ("President
Abdelkarim Mohamed Ali Vosk"); "X welcomed Y who landed in Z" is a guest met on his arrival, a reception, no words;
"unveiled his enthusiasm on …" is a feeling made known, as "expressed"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_given_name_in_another_spelling_after_an_office_is_its_holder():
    body = (
        "A delegation led by the Vardenian Ambassador Mohammed Tarik Al Soren reached Kestrel.\n\n"
        "The ambassador met President Abdelkarim Mohamed Ali Vosk at his office.\n\n"
        "“We are delighted to see the delegation,” president Vosk said.\n\n"
        "On the other hand ambassador Mohamed stated that they will soon start new projects in Marlow."
    )
    assert_statements(body, [
        ("Abdelkarim Mohamed Ali Vosk", "direct", "We are delighted to see the delegation,"),
        ("Mohammed Tarik Al Soren", "indirect", "On the other hand ambassador Mohamed stated that they will soon "
                                                "start new projects in Marlow."),
    ])


def test_a_middle_name_after_the_office_its_bearer_holds_stays_his():
    # guard: the office before the lone word is the middle name's bearer's own; no one else holds it
    body = (
        "The Vardenian Ambassador Mohammed Tarik Al Soren met President Abdelkarim Mohamed "
        "Ali Vosk at his office.\n\n"
        "President Mohamed said that the two countries will soon start new projects in Marlow."
    )
    assert_statements(body, [
        ("Abdelkarim Mohamed Ali Vosk", "indirect", "President Mohamed said that the two countries will soon start "
                                                    "new projects in Marlow."),
    ])


def test_a_guest_welcomed_who_landed_is_a_reception():
    body = (
        "Kestrel(Marlow24)-Marlow State President, Said Omar Vosk on Thursday welcomed former Tarnish President, "
        "Ahmed Ali Keld who landed in Kestrel town in a surprise visit.\n\n"
        "Vosk and his Government received Keld and his delegation at the airport."
    )
    assert_statements(body, [])


def test_a_welcome_with_words_of_its_own_stays_a_statement():
    # guard: "welcomed" before no arrival, and "welcomed …, who arrived …, and stressed …": still reports
    body = (
        "Marlow State President Said Omar Vosk welcomed the decision of the Tarnish parliament.\n\n"
        "Former Tarnish President Ahmed Ali Keld, who arrived in Kestrel on Thursday, stressed that the two states "
        "must work together."
    )
    assert_statements(body, [
        ("Said Omar Vosk", "indirect", "Marlow State President Said Omar Vosk welcomed the decision of the Tarnish "
                                       "parliament."),
        ("Ahmed Ali Keld", "indirect", "Former Tarnish President Ahmed Ali Keld, who arrived in Kestrel on Thursday, "
                                       "stressed that the two states must work together."),
    ])


def test_a_feeling_unveiled_is_voiced():
    body = (
        "Marlow President Said Omar Vosk received a delegation of envoys in Kestrel.\n\n"
        "The President has finally unveiled his enthusiasm on helpful results from a conference that will open in "
        "Kestrel."
    )
    assert_statements(body, [
        ("Said Omar Vosk", "indirect", "The President has finally unveiled his enthusiasm on helpful results from a "
                                       "conference that will open in Kestrel."),
    ])


def test_a_portrait_unveiled_is_no_statement():
    # guard: "unveiled" before a thing, no feeling, is an act
    body = (
        "Marlow President Said Omar Vosk received a delegation of envoys in Kestrel.\n\n"
        "The President unveiled his portrait at the state house in Kestrel."
    )
    assert_statements(body, [])
