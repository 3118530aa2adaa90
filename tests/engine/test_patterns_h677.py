"""Statements found by helper h677's set fivehundredfifth (Oman: the Foreign Ministry's pages and ONA's items as the Oman
Observer prints them): a style of address and an office, "and", then a bare surname ("His Majesty the Sultan and X
exchanged … and reviewed …") is two people; "prayed to the Almighty Allah to …" is a wish voiced; an agency's credit
glued to its dash ("–ONA", "--ONA") after the last sentence is in no statement.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_style_and_office_then_a_bare_surname_is_a_pair():
    """"His Majesty the Sultan and Quorrelby exchanged cordial talks and reviewed …": the Sultan and the Premier
    together, no one's statement (before, one description "His Majesty the Sultan and Quorrelby", the Sultan's words)."""
    assert_statements((
        "Marvella: His Majesty Sultan Idrenn bin Talvor on Tuesday received a phone call from Ansel Quorrelby, Prime "
        "Minister of Ostravia.\n\n"
        "During the telephonic conversation, His Majesty the Sultan and Quorrelby exchanged cordial talks and reviewed "
        "the strong relations between the two friendly countries.\n\n"
        "The Ostravian Premier expressed his most sincere greetings to His Majesty the Sultan on the National Day."
    ), [
        ("Ansel Quorrelby", "indirect", "The Ostravian Premier expressed his most sincere greetings to His Majesty the "
                                        "Sultan on the National Day."),
    ])


def test_office_and_office_holder_named_stays_one_person():
    """Guard: "Acting President and Prime Minister X said …": one person of two offices, an office word after "and"."""
    assert_statements((
        "Acting President and Prime Minister Ludo Farrenkamp said that the elections would be held in the spring."
    ), [
        ("Ludo Farrenkamp", "indirect", "Acting President and Prime Minister Ludo Farrenkamp said that the elections "
                                        "would be held in the spring."),
    ])


def test_prayed_to_the_almighty_to_is_a_wish_voiced():
    """"His Majesty the Sultan prayed to the Almighty Allah to spare mankind …": the Sultan's indirect statement, as
    "wished" (before, missed); "prayed at the Grand Mosque" stays narrative."""
    assert_statements((
        "Marvella: His Majesty Sultan Idrenn bin Talvor has exchanged phone calls with President Mirela Vostrak of "
        "Calderra.\n\n"
        "His Majesty the Sultan wished the people of Calderra further progress and prosperity.\n\n"
        "His Majesty the Sultan prayed to the Almighty Allah to spare mankind the evils of pandemics and diseases.\n\n"
        "Later, His Majesty prayed at the Grand Mosque."
    ), [
        ("Idrenn bin Talvor", "indirect", "His Majesty the Sultan wished the people of Calderra further progress and "
                                          "prosperity."),
        ("Idrenn bin Talvor", "indirect", "His Majesty the Sultan prayed to the Almighty Allah to spare mankind the "
                                          "evils of pandemics and diseases."),
    ])


def test_agency_credit_glued_to_its_dash_is_in_no_statement():
    """"… will grow and prosper. –ONA" and "… further progress. --ONA": the agency's credit after the last sentence, its
    dash glued to it or doubled, is a sentence of its own and no one's words (before, kept in the Sultan's statement)."""
    assert_statements((
        "Marvella: His Majesty Sultan Idrenn bin Talvor on Tuesday received a phone call from Ansel Quorrelby, Prime "
        "Minister of Ostravia.\n\n"
        "His Majesty hoped that relations between the two peoples will grow and prosper. –MNA\n\n"
        "He also wished the friendly people of Ostravia further progress. --MNA"
    ), [
        ("Idrenn bin Talvor", "indirect", "His Majesty hoped that relations between the two peoples will grow and "
                                          "prosper."),
        ("Idrenn bin Talvor", "indirect", "He also wished the friendly people of Ostravia further progress."),
    ])
