"""Statements found by helper h861 (sixhundredfortyfifth, the Parliament of Uganda's Speakers' meetings as APO and the
press print them):
- "Speaker of Parliament, Anita Among and her Deputy …", "Deputy Speaker Among welcomed …", "Hon Among added that …",
  "Among urged …", "Among also reaffirmed …", "“…,” Among said, while meeting …": the surname Among, an English
  preposition, a name's last word after any capitalised word no function word is, and alone before a verb or an
  adverb of a subject (`phrases.PREPOSITION_SURNAMES`, `_surname_preposition_alone`; before, the preposition, no one).
- "Among on the other hand thanked …", "X has this morning re-echoed the need for …": asides of several words between
  a subject and its verb (`speech_subjects._ASIDE_BEFORE_VERB`) and "re-echoed" a speech verb as "echoed"
  (`lexicon.SPEECH_VERBS`; before, no statement).
- "China encourages … and also hopes that …, said Zhang.": a country's speech verb before an inverted tag that closes
  the sentence is inside the tagged person's report (`reported_speech._no_ones_cues_before_a_closing_tag`; before, only
  "said Zhang." was his); "X met with Y in Z Thursday, agreeing to deepen …": the two's accord, narrative
  (`reported_speech._MET_BEFORE_AGREEING`; before, X's).
- "… cooperation.Zhang, chairman of …, said …": a sentence glued to the one before with no space, its first word then a
  comma (`segments._SENTENCE_END`; before, one sentence); "Kampala, Uganda | THE INDEPENDENT | The Speaker …": a
  paper's dateline between bars in no sentence (`segments._OUTLET_BARRED_DATELINE`; before, in the first statement).

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


def test_a_countrys_verb_inside_a_report_closed_by_an_inverted_tag():
    assert_statements((
        "Velandia's top legislator Ivo Sand met with Ostrevian Speaker Marta Lind in Orsk on Thursday.\n\n"
        "Velandia encourages its companies to invest in Ostrevia, and also hopes that Ostrevia will help them, said Sand."
    ), [
        ("Ivo Sand", "indirect", "Velandia encourages its companies to invest in Ostrevia, and also hopes that Ostrevia "
                                 "will help them, said Sand."),
    ])


def test_a_sentence_glued_to_the_last_and_agreeing_after_a_meeting():
    assert_statements((
        "Velandia's top legislator Ivo Brandt met with Ostrevian Speaker Marta Lind in Orsk Thursday, agreeing to deepen "
        "parliamentary cooperation.Brandt, chairman of the Standing Committee of the National Assembly (NA), said "
        "relations have scored new achievements.Lind said the visit has increased her understanding of Velandia."
    ), [
        ("Ivo Brandt", "indirect", "Brandt, chairman of the Standing Committee of the National Assembly (NA), said "
                                 "relations have scored new achievements."),
        ("Marta Lind", "indirect", "Lind said the visit has increased her understanding of Velandia."),
    ])


def test_agreeing_with_no_meeting_before_stays_a_statement():
    """Guard: "X stressed …, agreeing with …" (no meeting named before the participle) is still X's."""
    assert_statements((
        "Speaker Marta Lind stressed the role of parliaments, agreeing with the delegates that trade must grow."
    ), [
        ("Marta Lind", "indirect", "Speaker Marta Lind stressed the role of parliaments, agreeing with the delegates that "
                                   "trade must grow."),
    ])


def test_a_papers_dateline_between_bars():
    assert_statements((
        "Orsk, Velandia | THE COURIER | The Speaker of Parliament Marta Lind has asked the new Ostrevian Ambassador Ivo "
        "Sand to help forge cooperation between the two parliaments."
    ), [
        ("Marta Lind", "indirect", "The Speaker of Parliament Marta Lind has asked the new Ostrevian Ambassador Ivo Sand "
                                   "to help forge cooperation between the two parliaments."),
    ])
