"""Statements found by helper h862 (sixhundredfortysixth, the CARICOM Secretariat's releases as caricom.org and the
Caribbean press print them):
- "For his part, X said Y was “…,” assuring Z that …": a participle after a quotation's closing mark goes on with
  the quotation's own speaker; the person after it is its object, never an inverted subject as in "“…,” said Z".
- "The following is the text of the message: / BEGINS: / … / ENDS.": a release's marker of where a printed text
  begins or ends is no one's words; the sender's text goes on after "BEGINS".
- "X took the opportunity to encourage Y’s participation in …": an occasion used to urge, as "to urge".
- "X met with Y, calling A-B cooperation “strong and meaningful.”": a tie between two parties written with a hyphen
  and no article, then what it is called, a view stated (as "calling the cooperation “…”").
- "“…,” X said, adding “…”.": the participle right before the second quotation, with no colon or comma, only
  introduces it (no one's words), as "adding: “…”".
- "(Kestria Secretariat, Port Vel, Velsk) The Secretary-General … reiterated …": an office's origin and place in
  brackets before a release's first sentence, in no sentence (the statement starts after it).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_participle_after_a_quotation_keeps_its_speaker():
    assert_statements((
        "Secretary General Ivo Tarvel met with Foreign Minister Odan Merel of Kestria in Velsk on Monday.\n\n"
        "For his part, Merel said the Community was “very much on Kestria’s mind,” assuring Tarvel that the "
        "cooperation would continue."
    ), [
        ("Odan Merel", "indirect", "For his part, Merel said the Community was “very much on Kestria’s mind,” "
                                   "assuring Tarvel that the cooperation would continue."),
    ])


def test_inverted_said_after_a_quotation_names_its_speaker():
    """Guard: "“…,” said Z" still gives the quotation to Z, the name after a finite speech verb."""
    assert_statements((
        "Secretary General Ivo Tarvel met with Foreign Minister Odan Merel of Kestria in Velsk on Monday.\n\n"
        "“The cooperation will continue,” said Tarvel."
    ), [
        ("Ivo Tarvel", "direct", "The cooperation will continue"),
    ])


_MESSAGE_LEAD = (
    "Minister Odan Merel expressed the deepest sympathy of Velsk to President Ivo Tarvel of Kestria.\n\n"
    "The following is the text of the message:\n\n"
    "BEGINS:\n\n"
)


def test_begins_and_ends_markers_are_no_ones_words():
    assert_statements((
        _MESSAGE_LEAD
        + "Excellency, the Government of Velsk extends its deepest sympathy to the people of Kestria.\n\n"
        "We stand ready to help in the recovery.\n\n"
        "ENDS.\n\n"
        "The Minister also met with the Ambassador of Kestria on Friday."
    ), [
        ("Odan Merel", "indirect", "Minister Odan Merel expressed the deepest sympathy of Velsk to President Ivo Tarvel "
                                   "of Kestria."),
        ("Odan Merel", "direct", "Excellency, the Government of Velsk extends its deepest sympathy to the people of "
                                 "Kestria."),
        ("Odan Merel", "direct", "We stand ready to help in the recovery."),
    ])


def test_a_short_message_paragraph_after_begins_stays_the_senders():
    """Guard: a short sentence of the message (not a marker) is still the sender's words."""
    assert_statements((
        _MESSAGE_LEAD
        + "Begin again, Kestria.\n\n"
        "We stand ready to help in the recovery."
    ), [
        ("Odan Merel", "indirect", "Minister Odan Merel expressed the deepest sympathy of Velsk to President Ivo Tarvel "
                                   "of Kestria."),
        ("Odan Merel", "direct", "Begin again, Kestria."),
        ("Odan Merel", "direct", "We stand ready to help in the recovery."),
    ])


def test_took_the_opportunity_to_encourage_is_an_urging():
    assert_statements((
        "Secretary General Ivo Tarvel ended her official visit to Kestria on Wednesday.\n\n"
        "The Secretary-General took the opportunity to encourage Kestria’s participation in the upcoming Trade "
        "Forum in Velsk."
    ), [
        ("Ivo Tarvel", "indirect", "The Secretary-General took the opportunity to encourage Kestria’s participation "
                                   "in the upcoming Trade Forum in Velsk."),
    ])


def test_took_the_opportunity_to_tour_is_no_statement():
    """Guard: an occasion used for an act ("to tour the port") says nothing."""
    assert_statements((
        "Secretary General Ivo Tarvel ended her official visit to Kestria on Wednesday.\n\n"
        "The Secretary-General took the opportunity to tour the port of Velsk."
    ), [])


def test_calling_a_hyphenated_tie_something_is_a_verdict():
    assert_statements((
        "Secretary General Ivo Tarvel concluded an official visit to Kestria on Tuesday.\n\n"
        "On Monday, Tarvel met with Foreign Minister Odan Merel, calling Velsk-Kestria cooperation “strong and "
        "meaningful.”"
    ), [
        ("Ivo Tarvel", "indirect", "On Monday, Tarvel met with Foreign Minister Odan Merel, calling Velsk-Kestria "
                                   "cooperation “strong and meaningful.”"),
    ])


def test_calling_at_a_hyphenated_place_is_no_statement():
    """Guard: a call made at a hyphenated place, with no quotation after it, says nothing."""
    assert_statements((
        "Secretary General Ivo Tarvel concluded an official visit to Kestria on Tuesday.\n\n"
        "On Monday, Tarvel met with Foreign Minister Odan Merel, calling at Velsk-Kestria harbour on the way."
    ), [])


def test_adding_right_before_a_quotation_only_introduces_it():
    assert_statements((
        "Secretary General Ivo Tarvel sent a message to the President of Kestria.\n\n"
        "“This opens a new chapter,” the secretary general said, adding “Kestrians can face the future with pride”."
    ), [
        ("Ivo Tarvel", "direct", "This opens a new chapter"),
        ("Ivo Tarvel", "direct", "Kestrians can face the future with pride"),
    ])


def test_adding_that_before_a_quotation_stays_a_report():
    """Guard: "adding that “…”" is still a report that goes on, its "that" clause quoted."""
    assert_statements((
        "Secretary General Ivo Tarvel sent a message to the President of Kestria.\n\n"
        "“This opens a new chapter,” Tarvel said, adding that “Kestrians can face the future with pride.”"
    ), [
        ("Ivo Tarvel", "direct", "This opens a new chapter"),
        ("Ivo Tarvel", "indirect", "adding that “Kestrians can face the future with pride.”"),
    ])


def test_bracketed_origin_dateline_is_in_no_statement():
    assert_statements((
        "(Kestria Secretariat, Port Vel, Greater Velsk) The Kestrian Community Secretary-General, Amb. Ivo Tarvel "
        "reiterated the Community’s solidarity with the people of Orsa."
    ), [
        ("Ivo Tarvel", "indirect", "The Kestrian Community Secretary-General, Amb. Ivo Tarvel reiterated the "
                                   "Community’s solidarity with the people of Orsa."),
    ])


def test_bracketed_aside_without_commas_stays_in_the_sentence():
    """Guard: a bracketed word with no comma list opening a paragraph is no dateline."""
    assert_statements((
        "Secretary-General Ivo Tarvel met the Ambassador of Orsa on Monday.\n\n"
        "(Separately) Tarvel reiterated the Community’s solidarity with the people of Orsa."
    ), [
        ("Ivo Tarvel", "indirect", "(Separately) Tarvel reiterated the Community’s solidarity with the people of Orsa."),
    ])
