"""Statements found by helper h766's mends of the fiftieth stop's real set fivehundredseventyfourth (city halls'
English releases): a speech verb's participle after "while" with no comma ("X accepted the offer while assuring Y
that …"), also in a clause after a semicolon, and a known city's name before "Mayor" ("Prague Mayor accepted …").

Each test is a small invented readout (invented people, invented or real city names); the rules' tests fail without
them, and guard tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_speech_participle_after_while_is_the_subjects_report():
    """"Mayor Osso accepted the offer while assuring Quill that …": the participle of "assure" after "while" goes on
    with the clause's subject, as after ", assuring"; before, no cue had a subject and the sentence was no one's."""
    assert_statements((
        "On Monday, Velm Mayor Tarik Osso spoke with Dara Quill, Mayor of Norvik.\n\n"
        "Mayor Osso accepted the offer while assuring Quill that the city will help."
    ), [
        ("Tarik Osso", "indirect", "Mayor Osso accepted the offer while assuring Quill that the city will help."),
    ])


def test_a_while_participle_after_a_semicolon_is_the_new_clauses_subjects():
    """"Mayor Quill invited Mayor Osso to visit Norvik; Velm Mayor accepted the offer while assuring Quill that …":
    the clause after the semicolon is the mayor's who opens it, not Quill's, and "he said" after it is his too;
    before, the whole sentence and the quotation after it were Quill's."""
    assert_statements((
        "On Monday, Velm Mayor Tarik Osso spoke with Dara Quill, Mayor of Norvik.\n\n"
        "Mayor Quill invited Mayor Tarik Osso to visit Norvik; Velm Mayor accepted the offer while assuring Quill that "
        "the city will help. \"We will help,\" he said."
    ), [
        ("Dara Quill", "indirect", "Mayor Quill invited Mayor Tarik Osso to visit Norvik"),
        ("Tarik Osso", "indirect", "Velm Mayor accepted the offer while assuring Quill that the city will help."),
        ("Tarik Osso", "direct", "We will help"),
    ])


def test_a_while_participle_that_opens_the_sentence_is_no_ones():
    """Guard: "While expressing gratitude for the meeting, Mayor Osso accepted the offer.": the participle opens the
    sentence, no clause before it to go on with; the sentence stays no one's (accepting is no speech)."""
    assert_statements((
        "On Monday, Velm Mayor Tarik Osso spoke with Dara Quill, Mayor of Norvik.\n\n"
        "While expressing gratitude for the meeting, Mayor Osso accepted the offer."
    ), [])


def test_a_known_city_before_mayor_is_the_mayors_city():
    """"Norvik Mayor Dara Quill spoke with Prague Mayor Tarik Osso." then "Prague Mayor said that …": a city the word
    lists know ("Prague") before "Mayor" is that mayor's city, as an unknown place is ("Norvik Mayor"); before, it was
    read as a body's word and dropped, the bare "Mayor" taken for the first mayor named."""
    assert_statements((
        "On Monday, Norvik Mayor Dara Quill spoke with Prague Mayor Tarik Osso.\n\n"
        "Prague Mayor said that the city would help.\n\n"
        "Norvik Mayor thanked him for the support."
    ), [
        ("Tarik Osso", "indirect", "Prague Mayor said that the city would help."),
        ("Dara Quill", "indirect", "Norvik Mayor thanked him for the support."),
    ])


def test_a_known_city_elsewhere_is_still_no_name():
    """Guard: "the Mayor of Prague" and "Prague City Hall" keep their readings: the office of the city, and a body,
    no Mr Prague."""
    assert_statements((
        "On Monday, Tarik Osso, the Mayor of Prague, received Dara Quill, Mayor of Norvik, at Prague City Hall.\n\n"
        "The Mayor of Prague said that the city would help."
    ), [
        ("Tarik Osso", "indirect", "The Mayor of Prague said that the city would help."),
    ])


def test_municipalities_end_a_body_not_a_name():
    """"the President of the Federation of Canadian Municipalities, Dara Quill,": a plural of what a body gathers
    after "of" and a nation ends the body's name, so the office is its holder's and the office later is she; before,
    a Mr Municipalities took the office and her words."""
    assert_statements((
        "Tarik Osso met with the President of the Federation of Canadian Municipalities, Dara Quill.\n\n"
        "The President of the Federation of Canadian Municipalities thanked him for the meeting."
    ), [
        ("Dara Quill", "indirect", "The President of the Federation of Canadian Municipalities thanked him for the "
                                   "meeting."),
    ])


def test_cities_end_a_body_not_a_name():
    """"Velm Mayor and the Head of Association of Ukrainian Cities, Tarik Osso,": "Cities" after "of" and a nation
    ends the body's name, so the office is his and the office later is he; before, a Mr Cities held it and took his
    words."""
    assert_statements((
        "Velm Mayor and the Head of Association of Ukrainian Cities, Tarik Osso, met with Dara Quill, the Mayor of "
        "Norvik.\n\n"
        "The Head of Association of Ukrainian Cities thanked her for the meeting."
    ), [
        ("Tarik Osso", "indirect", "The Head of Association of Ukrainian Cities thanked her for the meeting."),
    ])


def test_the_focus_of_the_talks_is_no_report_carried_on():
    """"Dr. Osso introduced the main priorities … The focus of the talks was the cooperation between …": the meeting's
    focus told with the noun first, as "was a subject of discussion" is, the readout's account, not more of the report
    before it."""
    assert_statements((
        "Deputy Mayor of Norvik, Dr. Tarik Osso received the President of Velm, Dara Quill, in the building of Norvik "
        "Municipality. Dr. Osso introduced the main priorities for the development of the city. The focus of the talks "
        "was the cooperation between Norvik and Velmstad in the field of culture."
    ), [
        ("Tarik Osso", "indirect", "Dr. Osso introduced the main priorities for the development of the city."),
    ])


def test_an_office_others_elected_the_name_to_is_his():
    """"the deputies … elected Tarik Osso, the leader of the "Unity", "Forward" list, as the new chairman of the Velm
    City Council." then "The newly elected chairman of the Velm City Council emphasized that …": the office after
    "as" is the one the name was elected to, his, so the chairman later is he; before, the office was no one's and
    the sentence had no speaker."""
    assert_statements((
        "On Friday, the deputies of the Velm City Council elected Tarik Osso, the leader of the \"Unity\", \"Forward\" "
        "list, as the new chairman of the Velm City Council.\n\n"
        "The newly elected chairman of the Velm City Council emphasized that changes were needed in the capital."
    ), [
        ("Tarik Osso", "indirect", "The newly elected chairman of the Velm City Council emphasized that changes were "
                                   "needed in the capital."),
    ])


def test_a_name_after_elected_with_no_office_after_as_takes_none():
    """Guard: "The council named Tarik Osso as its guest of honour." then "The Mayor of Velm, Dara Quill, said …":
    "as" before no office gives the name none; the mayor's words stay hers."""
    assert_statements((
        "The council named Tarik Osso as its guest of honour. The Mayor of Velm, Dara Quill, said that the city was "
        "proud.\n\n"
        "The Mayor added that the festival would open on Friday."
    ), [
        ("Dara Quill", "indirect", "The Mayor of Velm, Dara Quill, said that the city was proud."),
        ("Dara Quill", "indirect", "The Mayor added that the festival would open on Friday."),
    ])
