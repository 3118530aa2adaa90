"""Statements found by helper h861 (sixhundredfortyfifth, the Parliament of Uganda's Speakers' meetings as APO and the
press print them):
- "Speaker of Parliament, Anita Among and her Deputy …", "Deputy Speaker Among welcomed …", "Hon Among added that …",
  "Among urged …", "Among also reaffirmed …", "“…,” Among said, while meeting …": the surname Among, an English
  preposition, a name's last word after any capitalised word no function word is, and alone before a verb or an
  adverb of a subject (`phrases.PREPOSITION_SURNAMES`, `_surname_preposition_alone`; before, the preposition, no one).
- "Among on the other hand thanked …", "X has this morning re-echoed the need for …": asides of several words between
  a subject and its verb (`speech_subjects._ASIDE_BEFORE_VERB`) and "re-echoed" a speech verb as "echoed"
  (`lexicon.SPEECH_VERBS`; before, no statement).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_surname_among_after_a_given_name_an_office_and_alone():
    assert_statements((
        "Speaker of Parliament, Marta Among and her Deputy, Paul Okot led the delegates of Velandia on a tour of "
        "Parliament.\n\n"
        "Among urged the delegates to share ideas on legislation.\n\n"
        "\"It means a lot to us,\" said Among.\n\n"
        "Hon Among added that the two parliaments should work together.\n\n"
        "Among also reaffirmed Parliament's readiness to host the summit in October."
    ), [
        ("Marta Among", "indirect", "Among urged the delegates to share ideas on legislation."),
        ("Marta Among", "direct", "It means a lot to us"),
        ("Marta Among", "indirect", "Hon Among added that the two parliaments should work together."),
        ("Marta Among", "indirect", "Among also reaffirmed Parliament's readiness to host the summit in October."),
    ])


def test_the_surname_among_after_a_closing_quotation():
    assert_statements((
        "Speaker of Parliament, Marta Among, met the High Commissioner of Velandia, Ivo Sand, at Parliament "
        "Building.\n\n"
        "“Unity is a crucial catalyst,” Among said, while meeting the High Commissioner."
    ), [
        ("Marta Among", "direct", "Unity is a crucial catalyst"),
    ])


def test_the_preposition_among_stays_a_preposition():
    """Guard: "Among other things", "Among those present" open no statement of the Speaker, and a lone "Among" names
    no one the readout has not named."""
    assert_statements((
        "Speaker Marta Among met Ivo Sand, the Ambassador of Velandia.\n\n"
        "Among other things, the two discussed trade.\n\n"
        "Among those present were members of the committee.\n\n"
        "Sand said Velandia was ready to invest."
    ), [
        ("Ivo Sand", "indirect", "Sand said Velandia was ready to invest."),
    ])


def test_asides_between_a_subject_and_its_verb():
    assert_statements((
        "Former Minister Tomas Berg paid a courtesy call on Speaker Marta Lind.\n\n"
        "Lind on the other hand thanked Berg for maintaining a close relationship with Parliament.\n\n"
        "Speaker of Parliament, Marta Lind, has this morning re-echoed the need for a united region."
    ), [
        ("Marta Lind", "indirect", "Lind on the other hand thanked Berg for maintaining a close relationship with "
                                   "Parliament."),
        ("Marta Lind", "indirect", "Speaker of Parliament, Marta Lind, has this morning re-echoed the need for a "
                                   "united region."),
    ])


def test_a_hosts_greeting_this_morning_stays_narrative():
    """Guard: the part of the day outside a perfect ("X, this morning welcomed the President of Y at State House")
    stays as it was: a host's greeting of guests, no statement."""
    assert_statements((
        "The President of the Republic of Velandia, Cde Dr Marta Lind, this morning welcomed the President of the "
        "Republic of Ostrevia, His Excellency Ivo Sand, at State House in Orsk at the start of a State Visit.\n\n"
        "After a tête-à-tête, the two Heads of State led their delegations in official talks."
    ), [])
