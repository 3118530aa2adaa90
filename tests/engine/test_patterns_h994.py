"""Helper h994 (hard77, names and offices that look like other words): a given name that is also a modal ("Will
Brennick, who took up his post in March, said …", "the Ambassador of Sorvenna, Will Brennick, at his office") is the
first word of the name, not the modal that ended the phrase and left the surname alone; a question's "Will Tessaly
join …?" and a surname "Will" after a first name stay as they were."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_given_name_will_before_a_surname_names_the_person():
    body = (
        "The Minister of Trade received the Ambassador of Sorvenna, Will Brennick, at her office on Monday.\n\n"
        "Will Brennick, who took up his post in March, said Sorvenna hoped to send a trade mission in the autumn.\n\n"
        "He also conveyed an invitation from his government for the minister to visit Sorvenna.\n"
    )
    assert_statements(body, [
        ("Will Brennick", "indirect", "Will Brennick, who took up his post in March, said Sorvenna hoped to send "
                                      "a trade mission in the autumn."),
        ("Will Brennick", "indirect", "He also conveyed an invitation from his government for the minister to "
                                      "visit Sorvenna."),
    ])


def test_a_given_name_will_at_a_sentence_end_then_the_surname_alone():
    body = (
        "The Minister of State received today the Ambassador of Sorvenna to the country, Will Hastrand.\n\n"
        "Hastrand conveyed the greetings of the Sorvennan Foreign Minister to his host.\n"
    )
    assert_statements(body, [
        ("Will Hastrand", "indirect", "Hastrand conveyed the greetings of the Sorvennan Foreign Minister to his host."),
    ])


def test_a_questions_will_before_a_place_stays_a_modal():
    # guard: "Will Tessaly join …?" (a bare verb after the capitalised word) is no name "Will Tessaly": the question
    # stays in the President's report, carried on as before the rule
    body = (
        "President Ilse Varrow said the union must widen its markets.\n\n"
        "Will Tessaly join the union this year? President Varrow said the talks would decide.\n"
    )
    assert_statements(body, [
        ("Ilse Varrow", "indirect", "President Ilse Varrow said the union must widen its markets."),
        ("Ilse Varrow", "indirect", "Will Tessaly join the union this year?"),
        ("Ilse Varrow", "indirect", "President Varrow said the talks would decide."),
    ])


def test_a_spokesperson_of_a_lower_case_body_then_the_bare_office():
    body = (
        "The Director of the Harbour Board, Mr. Tomas Evrell, received the relief goods on Tuesday.\n\n"
        "The spokesperson of the authority, Ms. Ilka Dorvane, told reporters that 900 families were still in camps.\n\n"
        "The spokesperson added that the list of the camps would be published every Monday.\n"
    )
    assert_statements(body, [
        ("Ilka Dorvane", "indirect", "The spokesperson of the authority, Ms. Ilka Dorvane, told reporters that 900 "
                                     "families were still in camps."),
        ("Ilka Dorvane", "indirect", "The spokesperson added that the list of the camps would be published every "
                                     "Monday."),
    ])


def test_a_head_of_a_lower_case_body_is_not_a_spokesperson():
    # guard: "the head of the authority, X," is read as before (an office of a body, not a spokesperson's)
    body = (
        "The head of the authority, Mr. Tomas Evrell, told reporters that 900 families were still in camps.\n\n"
        "The head of the authority added that the list of the camps would be published every Monday.\n"
    )
    assert_statements(body, [
        ("Tomas Evrell", "indirect", "The head of the authority, Mr. Tomas Evrell, told reporters that 900 families "
                                     "were still in camps."),
        ("Tomas Evrell", "indirect", "The head of the authority added that the list of the camps would be published "
                                     "every Monday."),
    ])


def test_a_named_chamber_acting_ends_a_report_carried_on():
    body = (
        "President Ilse Varrow said the inquiry into the collapse would report in May.\n\n"
        "The Orvish Mining Chamber also sent a wreath to the Embassy on behalf of its members.\n"
    )
    assert_statements(body, [
        ("Ilse Varrow", "indirect", "President Ilse Varrow said the inquiry into the collapse would report in May."),
    ])


def test_the_head_of_a_chamber_who_sent_and_said_still_speaks():
    # guard: a chamber's head, a person, before "also sent … and said" is read as before (not a body acting)
    body = (
        "President Ilse Varrow said the inquiry into the collapse would report in May.\n\n"
        "The head of the Orvish Mining Chamber, Mr. Pavo Lentz, also sent a wreath and said the miners would be "
        "remembered.\n"
    )
    assert_statements(body, [
        ("Ilse Varrow", "indirect", "President Ilse Varrow said the inquiry into the collapse would report in May."),
        ("Pavo Lentz", "indirect", "The head of the Orvish Mining Chamber, Mr. Pavo Lentz, also sent a wreath and said "
                                   "the miners would be remembered."),
    ])


def test_an_envoys_office_to_the_country_before_a_name():
    body = (
        "The Minister of State received today at the Ministry's headquarters Ambassador of Sorvenna to the country, "
        "Jan Hastrand.\n\n"
        "For his part, the Ambassador expressed his appreciation for the support he has received.\n"
    )
    assert_statements(body, [
        ("Jan Hastrand", "indirect", "For his part, the Ambassador expressed his appreciation for the support he has "
                                     "received."),
    ])


def test_an_envoys_office_to_a_named_state_is_read_as_before():
    # guard: "the Ambassador of Sorvenna to Qarrand, X," (a named state after "to") is read as it was
    body = (
        "The Minister of State received today the Ambassador of Sorvenna to Qarrand, Jan Hastrand.\n\n"
        "For his part, the Ambassador expressed his appreciation for the support he has received.\n"
    )
    assert_statements(body, [
        ("Jan Hastrand", "indirect", "For his part, the Ambassador expressed his appreciation for the support he has "
                                     "received."),
    ])
