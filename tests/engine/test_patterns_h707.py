"""Statements found by helper h707 (fivehundredtwentyninth: the Hong Kong SAR Government's press releases and its news
site, stop 48): a surname that is also a conjunction, a portfolio's "chief", a visit concluded by meetings, a courtesy
call made to learn, and quoted terms inside a sentence whose cue follows a quoted phrase.

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_surname_that_is_also_so_after_a_first_name_and_a_courtesy_title():
    """"Secretary for Trade Kenneth So attended …" and "Mr So said …": the Cantonese surname "So", after a first name or
    "Mr", is the man's name, not the conjunction that opens sentences (before, no one was named and neither of his
    statements was found)."""
    assert_statements((
        "Secretary for Trade & Industry Kenneth So attended the Ministers Responsible for Trade Meeting in Velmora "
        "today.\n\n"
        "Mr So said Tarvel strongly supports the agenda of widening regional economic integration.\n\n"
        "Noting that open markets are the best safeguard against protectionism, he said Tarvel looks forward to "
        "joining hands with other economies."
    ), [
        ("Kenneth So", "indirect", "Mr So said Tarvel strongly supports the agenda of widening regional economic "
                                  "integration."),
        ("Kenneth So", "indirect", "Noting that open markets are the best safeguard against protectionism, he said "
                                  "Tarvel looks forward to joining hands with other economies."),
    ])


def test_a_sentence_opening_so_stays_a_conjunction():
    """Guard: "So Mr Tam stressed that …" after a sentence's end: the opening "So" is the conjunction, no name's."""
    assert_statements((
        "Secretary for Trade Aldo Tam met the Consul General of Quenland, Mrs Ilse Brannvik, today.\n\n"
        "The two sides reviewed the trade figures. So Mr Tam stressed that the port must stay open."
    ), [
        ("Aldo Tam", "indirect", "So Mr Tam stressed that the port must stay open."),
    ])


def test_the_finance_chief_is_the_financial_secretary():
    """"Financial Secretary X … The finance chief also met Chancellor Y to exchange views …" and, in the next
    paragraph, "He underlined …": "the finance chief" is the one whose office is of finance, the subject of that
    sentence, so "He" is he, not the Chancellor he met (before, "the finance chief" was no one and "He" the last man
    named)."""
    assert_statements((
        "Financial Secretary Arlen Vosk concluded his visit in Tarvik by first paying a courtesy call on Ambassador "
        "Oren Balt.\n\n"
        "Mr Vosk said that the city's financial system is sound and resilient.\n\n"
        "The finance chief also met Velorian Chancellor of the Exchequer Piet Rammel to exchange views on green "
        "finance.\n\n"
        "He underlined the deep links between the two financial centres."
    ), [
        ("Arlen Vosk", "indirect", "Mr Vosk said that the city's financial system is sound and resilient."),
        ("Arlen Vosk", "indirect", "He underlined the deep links between the two financial centres."),
    ])


def test_the_justice_chief_says_as_the_secretary_for_justice():
    """"Secretary for Justice X … The justice chief stressed that …": the chief of that portfolio is the Secretary
    for Justice (before, an unnamed "justice chief" of his own)."""
    assert_statements((
        "Secretary for Justice Arlen Vosk met the Procurator-General of Velmora, Mr Oren Balt, today.\n\n"
        "The justice chief stressed that the two legal systems must keep exchanging experience."
    ), [
        ("Arlen Vosk", "indirect", "The justice chief stressed that the two legal systems must keep exchanging "
                                   "experience."),
    ])


def test_a_visit_concluded_by_meeting_officials_is_no_statement():
    """"X concluded his visit today by meeting officials of …": a visit ended with meetings, an act, as "began his trip
    by visiting" is (before, "concluded … by …ing" was read as closing with words)."""
    assert_statements((
        "Secretary for Development Arlen Vosk concluded his Tarvik visit today by meeting officials of the Ministry of "
        "Commerce.\n\n"
        "He thanked the ministry for its support in fostering mutual recognition of qualifications."
    ), [
        ("Arlen Vosk", "indirect", "He thanked the ministry for its support in fostering mutual recognition of "
                                   "qualifications."),
    ])


def test_a_visit_concluded_by_expressing_confidence_stays_a_statement():
    """Guard: "X concluded by expressing his confidence that …": closing with words, a statement."""
    assert_statements((
        "Secretary for Development Arlen Vosk met the Mayor of Tarvik, Mr Oren Balt, today.\n\n"
        "Mr Vosk concluded by expressing his confidence that the two cities will work together."
    ), [
        ("Arlen Vosk", "indirect", "Mr Vosk concluded by expressing his confidence that the two cities will work "
                                   "together."),
    ])


def test_a_courtesy_call_made_to_understand_is_no_appeal():
    """"Mr X then called on Minister of the Embassy Y to understand the latest situation of …": a courtesy call and
    the caller's own purpose, to learn, not an appeal to Y (before, "called on … to understand" was read as urging)."""
    assert_statements((
        "Secretary for Commerce Arlen Vosk began his visit to Tarvik today.\n\n"
        "Mr Vosk then called on Minister of the Velorian Embassy in Tarvel Oren Balt to understand the latest "
        "situation of Velorian-Tarvelian relations.\n\n"
        "Mr Vosk said he looks forward to fostering closer bilateral ties."
    ), [
        ("Arlen Vosk", "indirect", "Mr Vosk said he looks forward to fostering closer bilateral ties."),
    ])


def test_a_call_on_a_president_to_release_stays_an_appeal():
    """Guard: "X called on President Y to release the prisoners": an appeal, X's statement."""
    assert_statements((
        "Secretary for Commerce Arlen Vosk met the Ambassador of Velmora, Mr Oren Balt, today.\n\n"
        "Mr Vosk called on President Ivo Starn to release the detained traders."
    ), [
        ("Arlen Vosk", "indirect", "Mr Vosk called on President Ivo Starn to release the detained traders."),
    ])


def test_quoted_terms_after_a_cue_that_follows_a_quoted_phrase():
    """"Describing Mr X as a “young and talented leader”, Mr Y praised him for his dedication to the “one country, two
    systems” policy in spite of …": the quoted phrase and the quoted term are parts of Y's reported sentence, his whole
    (before, the term after the cue cut the cue's clause short and the phrase alone was given as his direct words)."""
    assert_statements((
        "Chief Executive Arlen Vosk met Minister of Foreign Affairs Oren Balt in Tarvik today.\n\n"
        "Describing Mr Vosk as a “young and talented leader”, Mr Balt praised him for his dedication to the “one "
        "country, two systems” policy in spite of the complex environment."
    ), [
        ("Oren Balt", "indirect", "Describing Mr Vosk as a “young and talented leader”, Mr Balt praised him for his "
                                  "dedication to the “one country, two systems” policy in spite of the complex "
                                  "environment."),
    ])


def test_a_quotation_with_a_term_after_its_cue_stays_direct():
    """Guard: "“We are ready to help,” Mr Y said, recalling the “one country” policy.": a quotation of his own words,
    opened with a capital, stays his direct statement."""
    assert_statements((
        "Chief Executive Arlen Vosk met Minister of Foreign Affairs Oren Balt in Tarvik today.\n\n"
        "“We are ready to help the city in every way,” Mr Balt said, recalling the “one country” policy of the "
        "nation."
    ), [
        ("Oren Balt", "direct", "We are ready to help the city in every way"),
        ("Oren Balt", "indirect", "recalling the “one country” policy of the nation."),
    ])
