"""Statements found by helper h759's mends of the fiftieth stop's real set, fivehundredseventieth (the English releases of
Chongqing's Foreign Affairs Office and of two Shandong government bodies): a full-degree adverb between a subject and
its verb ("completely agreed"); a place's advantages or development introduced to a guest; a name's letter lost to a
question mark ("Kate?ina"); the leader whose instructions a place follows, spoken of inside a report carried on; and
"said, …" with no "that" as reported speech that a "He would …" carries on.

Each test is a small invented readout (invented people and places); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from readout_tui.engine import attribute

from .test_patterns import assert_statements


def test_completely_between_the_subject_and_its_verb():
    """"President Varo completely agreed to Lin Tao’s suggestion.": "completely", as "fully", stands between the
    subject and its verb of assent; before, the sentence was no one's and the "He pointed out …" after it went to the
    host."""
    assert_statements((
        "On July 9, Lin Tao, Director-General of the Department of Commerce of Norland Province, met with Ivo Varo, "
        "the president of the Trade Center.\n\n"
        "Lin Tao said the fair was the only one held abroad by the province. President Varo completely agreed to Lin "
        "Tao’s suggestion. He pointed out the Trade Center would continue to support the fair."
    ), [
        ("Lin Tao", "indirect", "Lin Tao said the fair was the only one held abroad by the province."),
        ("Ivo Varo", "indirect", "President Varo completely agreed to Lin Tao’s suggestion."),
        ("Ivo Varo", "indirect", "He pointed out the Trade Center would continue to support the fair."),
    ])


def test_a_places_advantages_introduced_to_a_guest():
    """"X introduced to Consul-General Y the city's regional advantages, development orientation, …" and "introduced
    the economic development of Z province": an account of a place put before the guest, as "introduced the situation";
    before, neither sentence was a statement."""
    assert_statements((
        "On April 2, Chen Ruo, director general of the Foreign Affairs Office of Harlow Municipal Government, met with "
        "Mila Dorn, the new Consul General of Vesland.\n\n"
        "Starting from history and culture, director-general Chen Ruo introduced to Consul-General Mila Dorn the "
        "city's regional advantages, development orientation and logistics. Consul-General Mila Dorn introduced the "
        "economic development of Vesland province."
    ), [
        ("Chen Ruo", "indirect", "Starting from history and culture, director-general Chen Ruo introduced to "
                                 "Consul-General Mila Dorn the city's regional advantages, development orientation "
                                 "and logistics."),
        ("Mila Dorn", "indirect", "Consul-General Mila Dorn introduced the economic development of Vesland province."),
    ])


def test_introducing_a_development_bank_is_no_account():
    """Guard: "introduced the development bank" names an institution brought in, no account of a place: no statement."""
    assert_statements((
        "The Governor met Mila Dorn, the Consul General of Vesland.\n\n"
        "The Governor introduced the development bank to the guests."
    ), [])


def test_a_letter_lost_to_a_question_mark_keeps_the_name_whole():
    """"Kate?ina Vosková" (a Czech "ř" an encoding could not hold): the question mark inside the capitalised word is
    read as a letter, so the name is one name and her statements hers, the name shown as written; before, the name
    broke at the mark, "Consul-General Kate?ina Vosková reviewed …" had no subject and "She" went to "Kate"."""
    body = (
        "On April 22, Wen Bo, director general of the Foreign Affairs Office, met with Kate?ina Vosková, the new "
        "Consul General of Vesland in Harlow.\n\n"
        "Consul-General Kate?ina Vosková reviewed the amicable exchanges between Vesland and Harlow in the past. She "
        "acknowledged the city's strategic position."
    )
    result = assert_statements(body, [
        ("Kate?ina Vosková", "indirect", "Consul-General Kate?ina Vosková reviewed the amicable exchanges between "
                                         "Vesland and Harlow in the past."),
        ("Kate?ina Vosková", "indirect", "She acknowledged the city's strategic position."),
    ])
    assert all("?" in alias for speaker in result.speakers for alias in speaker.aliases if "Vosk" in alias)


def test_a_question_mark_between_words_stays_a_question():
    """Guard: a question's mark glued to a lower-case word ("ready?yes") or ending a sentence is no lost letter: the
    text is read as written."""
    result = attribute("Mr. Odo Brann asked whether the port was ready? He said it was.\n\nWas it ready?yes, he said.")
    assert all("ĸ" not in s.text and "ĸ" not in (s.speaker or "") for s in result.statements)


def test_a_leaders_instructions_followed_inside_a_report_carried_on():
    """"Liu said, the zone is … . At present, following the important instructions of General Secretary X, the zone …
    is building …": the leader whose instructions the place follows is spoken of, not someone who acts, so the host's
    account goes on; before, the name stopped it."""
    assert_statements((
        "On October 3, Pell Arno inspected the Harlow Zone. Liu Jianwen, Director of the Harlow Zone, met with Pell "
        "Arno.\n\n"
        "Liu Jianwen welcomed Pell Arno and briefed her on the zone. Liu said, the zone is the only platform in Norland "
        "for trade with its neighbours. At present, following the important instructions of General Secretary Tam "
        "Orlin, the zone, seizing the opportunity, is building five new centres."
    ), [
        ("Liu Jianwen", "indirect", "Liu Jianwen welcomed Pell Arno and briefed her on the zone."),
        ("Liu Jianwen", "indirect", "Liu said, the zone is the only platform in Norland for trade with its neighbours."),
        ("Liu Jianwen", "indirect", "At present, following the important instructions of General Secretary Tam Orlin, "
                                    "the zone, seizing the opportunity, is building five new centres."),
    ])


def test_said_and_a_comma_then_he_would_goes_on():
    """"Mr. X said, Harlow is a city with opening. He would strengthen cooperation with Harlow.": "said" and a comma
    with no "that" and no quotation mark report what he said, as "said that" does, so "He would …" carries it on;
    before, only "said that" did."""
    assert_statements((
        "May 9, Wen Bo (Deputy Mayor of Harlow) met Mr. Andor Feld, the Mayor of Lisk.\n\n"
        "Mr. Andor Feld said, Harlow is a city with opening. He would strengthen cooperation with Harlow."
    ), [
        ("Andor Feld", "indirect", "Mr. Andor Feld said, Harlow is a city with opening."),
        ("Andor Feld", "indirect", "He would strengthen cooperation with Harlow."),
    ])
