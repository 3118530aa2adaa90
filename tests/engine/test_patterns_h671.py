"""Statements found by helper h671's set fivehundredfirst (Kuwait News Agency, KUNA, as MENAFN, the Kuwait Times and the
Arab Times print it): a style of highness before a prince's office and name ("His Highness the Crown Prince Sheikh X"),
which names his office, not only the style the court's princes share; and an agency's credit in brackets after a
paragraph's last sentence ("… (KUNA)"), which is no one's words.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_COURT = (
    "His Highness the Emir Sheikh Rashid Al-Tamri Al-Qadhi received His Highness the Crown Prince Sheikh Faris "
    "Al-Tamri Al-Qadhi at Qasr Palace yesterday. His Highness the Crown Prince briefed His Highness the Emir on the "
    "results of his latest visit to Velora.\n\n"
    "His Highness the Crown Prince extolled the deep-rooted relations between the two countries.\n\n"
    "The cabinet discussed a letter from His Highness Sheikh Rashid and the talks held by His Highness Sheikh Faris."
)


def test_style_of_highness_before_the_office_names_the_crown_prince():
    """"His Highness the Crown Prince Sheikh Y" is the Crown Prince by his office, and "His Highness Sheikh X" later
    does not make the Emir one too: before, the name run's office was the style "highness", which the Emir also bears,
    and both of Y's reports went to the Emir."""
    assert_statements(_COURT, [
        ("Faris Al-Tamri Al-Qadhi", "indirect", "His Highness the Crown Prince briefed His Highness the Emir on the "
                                                "results of his latest visit to Velora."),
        ("Faris Al-Tamri Al-Qadhi", "indirect", "His Highness the Crown Prince extolled the deep-rooted relations "
                                                "between the two countries."),
    ])


def test_emir_stays_the_emir_beside_the_crown_prince():
    """Guard: the bare "His Highness the Emir" after both are named is the Emir, not the Crown Prince."""
    body = _COURT.replace("His Highness the Crown Prince extolled", "His Highness the Emir extolled")
    assert_statements(body, [
        ("Faris Al-Tamri Al-Qadhi", "indirect", "His Highness the Crown Prince briefed His Highness the Emir on the "
                                                "results of his latest visit to Velora."),
        ("Rashid Al-Tamri Al-Qadhi", "indirect", "His Highness the Emir extolled the deep-rooted relations between the "
                                                 "two countries."),
    ])


def test_majesty_the_king_alone_stays_the_sovereign():
    """Guard: with no name after it, "His Majesty the King" is still read by its style, the King who publishes, not
    a foreign king named later."""
    body = ("His Majesty King Tarik III received the Prime Minister of Ostrand, Mr Per Vallin, at the Royal Palace. "
            "Mr Vallin conveyed the greetings of His Majesty King Harald IX of Ostrand.\n\n"
            "His Majesty the King reiterated the Kingdom's resolve to deepen the partnership with Ostrand.")
    assert_statements(body, [
        ("Per Vallin", "indirect", "Mr Vallin conveyed the greetings of His Majesty King Harald IX of Ostrand."),
        ("Tarik III", "indirect", "His Majesty the King reiterated the Kingdom's resolve to deepen the partnership "
                                  "with Ostrand."),
    ])


def test_agency_credit_in_brackets_is_no_ones_words():
    """"… (KUNA)" after a paragraph's last sentence: an agency's credit, not a sentence the last speaker goes on with
    (before, "(VNA)" was a statement of the minister)."""
    body = ("VELORA CITY, Oct 26: Foreign Minister Sheikh Omar Al-Nadi attended a reception at the Ostrand Embassy. "
            "Sheikh Omar commended the ties between the two countries. He stressed the depth of these relations in "
            "all fields. (VNA)")
    assert_statements(body, [
        ("Omar Al-Nadi", "indirect", "Sheikh Omar commended the ties between the two countries."),
        ("Omar Al-Nadi", "indirect", "He stressed the depth of these relations in all fields."),
    ])


def test_a_bracket_inside_the_last_sentence_stays():
    """Guard: a bracket that ends the last sentence is part of it ("… the Organisation (OTO)")."""
    body = ("Foreign Minister Sheikh Omar Al-Nadi attended a reception at the Ostrand Embassy. "
            "Sheikh Omar commended the work of the Ostrand Trade Organisation (OTO)")
    assert_statements(body, [
        ("Omar Al-Nadi", "indirect", "Sheikh Omar commended the work of the Ostrand Trade Organisation (OTO)"),
    ])


def test_participle_after_a_call_received_is_the_calls_frame():
    """"X received a telephone call from Y, expressing sincere congratulations …": the caller's greeting in the frame
    of the call, narrative (as "received a call from Y to congratulate him"); before, the receiver's statement. What
    each then says is theirs."""
    body = ("VELORA CITY, April 9 (VNA) -- His Highness the Emir Sheikh Rashid Al-Tamri received Tuesday evening a "
            "telephone call from Ostrand's Emir Sheikh Karim Al-Hadi, expressing sincere congratulations to the Emir "
            "on the holiday.\n\n"
            "In the call, Sheikh Karim hoped many happy returns of the occasion.\n\n"
            "Meanwhile, His Highness the Emir thanked Sheikh Karim for this good initiative.")
    assert_statements(body, [
        ("Karim Al-Hadi", "indirect", "In the call, Sheikh Karim hoped many happy returns of the occasion."),
        ("Rashid Al-Tamri", "indirect", "Meanwhile, His Highness the Emir thanked Sheikh Karim for this good "
                                        "initiative."),
    ])


def test_participle_after_a_call_received_by_no_one_named_stays():
    """Guard: a participle after "received" with no call from anyone is still the subject's ("X received the
    delegation, expressing her thanks …")."""
    body = ("President Ilona Brenn received the delegation of Ostrand at the Palace, expressing her thanks for the "
            "support of Ostrand.")
    assert_statements(body, [
        ("Ilona Brenn", "indirect", "President Ilona Brenn received the delegation of Ostrand at the Palace, "
                                    "expressing her thanks for the support of Ostrand."),
    ])


def test_it_noted_that_after_a_body_keeps_the_clause_inside_its_words():
    """"The cabinet praised … It noted that King X has briefed the cabinet …": "It" is the body, and the clause after
    "that" is inside what it noted, not the King's own report (as after "The cabinet noted that …"); before, the
    sentence was the King's."""
    body = ("The Ostrand cabinet praised the strong ties with Velora. It noted that King Harald IX has briefed the "
            "cabinet about the content of a letter he received from His Highness Sheikh Rashid Al-Tamri.\n\n"
            "King Harald IX stressed the depth of the ties.")
    assert_statements(body, [
        ("Harald IX", "indirect", "King Harald IX stressed the depth of the ties."),
    ])


def test_it_noted_after_a_speaker_still_goes_on_with_him():
    """Guard: "It noted that …" with no one named in its clause, right after one person's report, goes on with him as
    before."""
    body = "Minister Ida Morn said the ties were strong. It noted that the ties were strong."
    assert_statements(body, [
        ("Ida Morn", "indirect", "Minister Ida Morn said the ties were strong."),
        ("Ida Morn", "indirect", "It noted that the ties were strong."),
    ])
