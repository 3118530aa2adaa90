"""Statements found by helper h804 (known errors of low sets): a Chinese surname that is also an English pronoun
("He", "You"), capitalised alone right after a lower-case word ("“…,” said He.", "…, said You."), is the surname of
one the readout names in full, not the pronoun.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_said_he_after_a_quotation_is_the_surname_he():
    """"“…,” said He." after the other's sentence: Vice Minister He's words (before, the pronoun, read as the last
    subject: the guest)."""
    assert_statements((
        "Vice Minister He Lantong of Corvelle received Trade Envoy Mara Tesk of Ulbania on Friday.\n\n"
        "Tesk thanked the Vice Minister for the welcome and said Ulbania hoped to sell more wool to Corvelle.\n\n"
        "\u201cOur market is open to Ulbania,\u201d said He. Mr He added that the port fees would be cut in May."
    ), [
        ("Mara Tesk", "indirect",
         "Tesk thanked the Vice Minister for the welcome and said Ulbania hoped to sell more wool to Corvelle."),
        ("He Lantong", "direct", "Our market is open to Ulbania"),
        ("He Lantong", "indirect", "Mr He added that the port fees would be cut in May."),
    ])


def test_said_you_after_a_quotation_is_the_surname_you():
    """"“…,” said You.": Director You's words (before, "You" opened no phrase and the quotation was no one's)."""
    assert_statements((
        "Director You Peiran of the Foreign Affairs Office of Marl Province received Consul Ida Brannock on Monday.\n\n"
        "Ms Ida Brannock said her country would open a visa office in the provincial capital.\n\n"
        "\u201cTourists are the best bridge between our peoples,\u201d said You."
    ), [
        ("Ida Brannock", "indirect",
         "Ms Ida Brannock said her country would open a visa office in the provincial capital."),
        ("You Peiran", "direct", "Tourists are the best bridge between our peoples"),
    ])


def test_said_you_ending_a_reported_sentence_is_the_surname_you():
    """"…, said You." with no quotation marks, then "He added …": both Governor You's (before, neither was his: the
    first no one's, the second the official named before)."""
    assert_statements((
        "Governor You Hanbo of Tellan Province met Mayor Oskar Vinter of Bramsby on Tuesday. Secretary-General "
        "Petra Lund of the provincial government attended the meeting.\n\n"
        "Tellan and Bramsby have traded in fish and timber for twenty years, which has served both well, said You. "
        "He added that a new rail line to Bramsby would open next year."
    ), [
        ("You Hanbo", "indirect",
         "Tellan and Bramsby have traded in fish and timber for twenty years, which has served both well, said You."),
        ("You Hanbo", "indirect", "He added that a new rail line to Bramsby would open next year."),
    ])


def test_he_opening_a_sentence_stays_the_pronoun():
    """Guard: "He said …" at a sentence's start is the pronoun, the one named before (no one is named He)."""
    assert_statements((
        "Minister Karl Avensen met Ambassador Lotte Brin of Solmark on Monday.\n\n"
        "Minister Avensen welcomed the Ambassador. He said the two countries would sign a fisheries accord."
    ), [
        ("Karl Avensen", "indirect", "Minister Avensen welcomed the Ambassador."),
        ("Karl Avensen", "indirect", "He said the two countries would sign a fisheries accord."),
    ])


def test_wanted_the_ambassadors_to_is_a_request():
    """"Dr X wanted the ambassadors to look for investors …": a request of those addressed, X's indirect statement
    (before, "wanted" made a statement only before "to know whether …")."""
    assert_statements((
        "President Dr Lena Orsk of Pelmar received five newly appointed ambassadors at the State House on Monday.\n\n"
        "Dr Orsk wanted the ambassadors to bring investors in farming and solar power to the islands."
    ), [
        ("Lena Orsk", "indirect",
         "Dr Orsk wanted the ambassadors to bring investors in farming and solar power to the islands."),
    ])


def test_wanted_to_do_something_is_no_request():
    """Guard: "X wanted to see the new harbour" (a wish of one's own, no one addressed) stays narrative."""
    assert_statements((
        "President Dr Lena Orsk of Pelmar received Ambassador Tor Malvik on Monday.\n\n"
        "Dr Orsk wanted to see the new harbour before the rains. Dr Orsk said Pelmar would build two more piers."
    ), [
        ("Lena Orsk", "indirect", "Dr Orsk said Pelmar would build two more piers."),
    ])


def test_ended_with_the_announcement_of_is_an_announcement():
    """"X ended with the announcement of a conference on …": what he announced, his indirect statement (before, "ended"
    made one only before "by <saying>")."""
    assert_statements((
        "Minister-president Aldo Vrenk received the consular corps at the Arden Palace on Friday.\n\n"
        "Minister-president Vrenk ended with the announcement of a regional summit on river transport in the spring."
    ), [
        ("Aldo Vrenk", "indirect",
         "Minister-president Vrenk ended with the announcement of a regional summit on river transport in the spring."),
    ])


def test_ended_with_the_signing_is_no_announcement():
    """Guard: "The visit ended with the signing of an accord" (no announcement) stays narrative."""
    assert_statements((
        "Minister-president Aldo Vrenk received Governor Lise Amand on Friday.\n\n"
        "Minister-president Vrenk ended with the signing of an accord on river transport. "
        "Governor Amand said the accord would help both regions."
    ), [
        ("Lise Amand", "indirect", "Governor Amand said the accord would help both regions."),
    ])


def test_the_who_chief_is_the_who_official_named_beside_its_initials():
    """"“…,” the WHO chief said." and "The WHO chief also assured …" after "World Health Organization (WHO)
    Representative in X, Dr. Y,": Y's (before, "WHO" was read as the pronoun "who", the phrase as a bare "chief", and the
    words given to the Minister and to another official)."""
    assert_statements((
        "World Health Organization (WHO) Representative in Marvel, Dr. Oren Kast, called on the Minister of Health, "
        "Dr. Lia Dorne, in Pellby on Monday. Director of Hospitals Dr. Sam Ruel was also present.\n\n"
        "Dr. Dorne thanked the WHO for its help during the cholera outbreak.\n\n"
        "\u201cEvery district will have clean water by the end of the year,\u201d the WHO chief said.\n\n"
        "The WHO chief also assured the Minister that the organization would train two hundred nurses."
    ), [
        ("Lia Dorne", "indirect", "Dr. Dorne thanked the WHO for its help during the cholera outbreak."),
        ("Oren Kast", "direct", "Every district will have clean water by the end of the year"),
        ("Oren Kast", "indirect",
         "The WHO chief also assured the Minister that the organization would train two hundred nurses."),
    ])


def test_who_in_lower_case_stays_the_pronoun():
    """Guard: the relative "who" after a name ("X, who chairs the committee, said …") is read as before."""
    assert_statements((
        "Councillor Bram Odell, who chairs the transport committee, said the city would buy ten new buses."
    ), [
        ("Bram Odell", "indirect",
         "Councillor Bram Odell, who chairs the transport committee, said the city would buy ten new buses."),
    ])


def test_welcomed_a_delegation_to_a_place_is_hosting():
    """"X welcomed a delegation of the Y Police Service to the academy on Friday.": a host's act, narrative (before,
    "welcomed" made it X's statement); his later "said …" is his."""
    assert_statements((
        "Commandant of the Police College of Arven, Mr Joss Pallant, welcomed a delegation of the Velm Police Service "
        "to the college on Monday.\n\n"
        "Mr Pallant said the college trained six hundred officers a year."
    ), [
        ("Joss Pallant", "indirect", "Mr Pallant said the college trained six hundred officers a year."),
    ])


def test_welcomed_a_delegations_proposal_is_still_a_statement():
    """Guard: "X welcomed the delegation's proposal to open …" (a stance on what was proposed) stays X's statement."""
    assert_statements((
        "Mayor Tomas Vell welcomed the delegation's proposal to open a trade office in the port."
    ), [
        ("Tomas Vell", "indirect", "Mayor Tomas Vell welcomed the delegation's proposal to open a trade office in the port."),
    ])
