"""Helper h997 (sevenhundredfiftysixth, Qinghai's and Xining's leaders as machine-translated releases print them): a
hotel's name before the speaker ("on the third floor of the Outer Armenia Grand Hotel Ostrune in the meeting room, X shook
hands …. He said that …") is a place, not the man "He" means."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_hotels_name_is_no_one_he_can_mean():
    body = (
        "The morning of March 16th, the head of the delegation of Velmar province Doren Kalvik "
        "visited the editors and reporters.\n\n"
        "on the third floor of the Outer Armenia Grand Hotel Ostrune in the meeting room, Doren Kalvik shook hands with the "
        "editors and reporters. He said that the session ended well.\n"
    )
    assert_statements(body, [
        ("Doren Kalvik", "indirect", "He said that the session ended well."),
    ])


def test_a_person_named_after_a_hotel_still_speaks():
    # guard: a hotel named before a person who then speaks leaves his words his
    body = (
        "Minister Ilona Brenn met Governor Oren Balt at the Tarvik Grand Hotel on 12 March.\n\n"
        "Governor Balt said that the talks had been useful.\n"
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "Governor Balt said that the talks had been useful."),
    ])


def test_a_name_before_a_from_the_phrase_speaks():
    # "X from the World Bank said …", "…, Vice Mayor X from the national media press conference said that …": the
    # phrase's object is no subject, the verb is the name's (speech_subjects._subject_before_a_from_phrase)
    body = (
        "Minister Oren Balt met the press in Tarvik on Monday.\n\n"
        "in the evening of July 6th, Lake race will start on the occasion, Tarvik City Vice Mayor Ilona Brenn from the "
        "national media press conference said that the city will open the race to all.\n\n"
        "Marek Doss from the Velmar Development Bank said that the loan would be signed in May.\n"
    )
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "in the evening of July 6th, Lake race will start on the occasion, Tarvik City Vice "
                                    "Mayor Ilona Brenn from the national media press conference said that the city will "
                                    "open the race to all."),
        ("Marek Doss", "indirect", "Marek Doss from the Velmar Development Bank said that the loan would be signed in May."),
    ])


def test_a_delegation_from_a_city_stays_a_group():
    # guard: "A delegation from the city of X said …" is a group's, no one's; nor a letter from a person
    body = (
        "Minister Oren Balt met the press in Tarvik on Monday.\n\n"
        "A delegation from the city of Ostrune said that the fair had been a success.\n\n"
        "Minister Balt said that the city would host the fair again.\n"
    )
    assert_statements(body, [
        ("Oren Balt", "indirect", "Minister Balt said that the city would host the fair again."),
    ])
