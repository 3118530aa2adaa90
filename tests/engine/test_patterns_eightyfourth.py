"""Patterns found by the eightyfourth held-out set (benchmarks/heldout/eightyfourth/, real en.kremlin.ru
readouts of 2016-2020): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_unquoted_message_text_after_the_message_reads_is_the_senders():
    """"X expressed condolences … / The message reads: / <the message, no quote marks>": each
    paragraph of the message is the sender's direct statement, as it is when quoted; the
    message goes on while its paragraphs speak as "I" / "we" or of things and people other than
    the sender (kremlin_58425: four paragraphs missed)."""
    body = ("Arlen Voss expressed his deep condolences following the death of Governor of Karvia Ivo Relk.\n\n"
            "The message reads:\n\n"
            "Ivo Relk was a true leader for his people. He served his region with courage.\n\n"
            "The death of Ivo Relk is a great loss for all of us.\n\n"
            "I would like to once again express my condolences to his family and friends.")
    assert_statements(body, [
        ("Arlen Voss", "indirect", "Arlen Voss expressed his deep condolences following the death of Governor of Karvia Ivo Relk."),
        ("Arlen Voss", "direct", "Ivo Relk was a true leader for his people. He served his region with courage."),
        ("Arlen Voss", "direct", "The death of Ivo Relk is a great loss for all of us."),
        ("Arlen Voss", "direct", "I would like to once again express my condolences to his family and friends."),
    ])


def test_unquoted_message_text_ends_where_the_readout_tells_of_the_sender_again():
    """The message printed without quote marks ends at a paragraph in the readout's own voice
    about its sender ("Arlen Voss also signed an executive order …"): an act, no statement."""
    body = ("Arlen Voss sent his congratulations to President of Karvia Ivo Relk on his 60th birthday.\n\n"
            "The message reads, in part:\n\n"
            "You enjoy deserved authority among your compatriots and abroad.\n\n"
            "Arlen Voss also signed an executive order awarding Ivo Relk the Order of Friendship.")
    assert_statements(body, [
        ("Arlen Voss", "indirect", "Arlen Voss sent his congratulations to President of Karvia Ivo Relk on his 60th birthday."),
        ("Arlen Voss", "direct", "You enjoy deserved authority among your compatriots and abroad."),
    ])


def test_unquoted_message_text_after_a_sent_message_which_reads():
    """"Earlier, X sent a message to Y, which reads:" over an unquoted paragraph: the sender's
    words (the subject of "sent"), not the addressee's."""
    body = ("Arlen Voss met with Ivo Relk, head of the Karvia Games.\n\n"
            "Earlier, Arlen Voss sent a message to the participants of the Karvia Games, which reads:\n\n"
            "The Karvia Games have become a true festival of sport and friendship.")
    assert_statements(body, [
        ("Arlen Voss", "direct", "The Karvia Games have become a true festival of sport and friendship."),
    ])


def test_a_quoted_message_after_the_message_reads_is_unchanged():
    """Guard: a quoted message after "The message reads:" stays the sender's, its words within
    the quote marks; the narrative paragraph after it stays no one's."""
    body = ("Arlen Voss sent a message of greetings to President of Karvia Ivo Relk.\n\n"
            "The message reads:\n\n"
            "“I am confident that our cooperation will continue to grow.”\n\n"
            "Arlen Voss also signed an executive order awarding Ivo Relk the Order of Friendship.")
    assert_statements(body, [
        ("Arlen Voss", "indirect", "Arlen Voss sent a message of greetings to President of Karvia Ivo Relk."),
        ("Arlen Voss", "direct", "I am confident that our cooperation will continue to grow."),
    ])


def test_a_second_gerund_after_a_preposition_is_no_verb_of_the_subject():
    """"X signed an executive order awarding Y the Order for his contribution to strengthening
    relations between A and B and guaranteeing stability …": "guaranteeing" is the second gerund
    "to" governs, a thing done, not a verb X shares after "and"; the sentence is an act
    (kremlin_54901, given to Putin)."""
    body = ("Arlen Voss met with President of Karvia Ivo Relk.\n\n"
            "Arlen Voss also signed an executive order awarding Ivo Relk the Order of Friendship for his "
            "contribution to strengthening relations between Dorania and Karvia and guaranteeing stability "
            "in the region.\n\n"
            "Arlen Voss signed a decree on developing the ports and promising support to fishermen.")
    assert_statements(body, [])


def test_a_speech_verb_after_and_still_speaks_after_a_gerund_object():
    """Guard: "X spoke about developing the ports and stressed that …" (a finite verb after the
    gerund pair's "and") and "X thanked Y …, noting … and stressing …" (participles no
    preposition governs) stay X's words."""
    body = ("Arlen Voss met with President of Karvia Ivo Relk.\n\n"
            "Mr Relk thanked Arlen Voss for the invitation, noting the progress in trade and stressing the "
            "need for new projects.\n\n"
            "Mr Relk spoke about developing the ports and stressed that fishermen need support.")
    assert_statements(body, [
        ("Ivo Relk", "indirect", "Mr Relk thanked Arlen Voss for the invitation, noting the progress in trade and stressing "
                                 "the need for new projects."),
        ("Ivo Relk", "indirect", "Mr Relk spoke about developing the ports and stressed that fishermen need support."),
    ])


def test_work_under_way_opening_a_sentence_is_no_name_in_a_report():
    """"Mr X said that … Work is actively underway to prepare for the sowing campaign. The
    agribusiness sector accounted for …": a capitalised "Work" before "is … underway" (or "is
    being done", "in progress") is a noun, the state of a work, no one's name; the sentence
    carries the governor's report on (kremlin_51639, the sentence left out of the report)."""
    body = ("Arlen Voss met with Governor of Karvia Region Ivo Relk.\n\n"
            "Mr Relk said that industrial production grew by 2 percent in 2015. Work is actively underway "
            "to prepare for the spring sowing campaign. Construction is being completed on schedule. "
            "The agribusiness sector accounted for 10 percent of the gross regional product.")
    assert_statements(body, [
        ("Ivo Relk", "indirect", "Mr Relk said that industrial production grew by 2 percent in 2015."),
        ("Ivo Relk", "indirect", "Work is actively underway to prepare for the spring sowing campaign."),
        ("Ivo Relk", "indirect", "Construction is being completed on schedule."),
        ("Ivo Relk", "indirect", "The agribusiness sector accounted for 10 percent of the gross regional product."),
    ])


def test_a_lone_capitalised_noun_shown_a_thing_by_its_predicate_goes_on_with_a_report():
    """The class of reports carried on over sentences with no speech verb: a lone capitalised word
    opening a sentence is no one's name when the words after it show a thing: a noun made from a
    verb ("Construction has begun …"), an amount that changed ("Exports rose by 20 percent", "Grain
    harvest reached a record …"), a noun and its object ("Demand for housing remains high"), a thing
    done ("Funding has been allocated …"). (Probes of this set's kind of governor's report; in the
    corpus, fourteenth's "Qualification and inspection measures were carried out, …" and hard13's
    "Radiation levels in the region remain normal." now go on with their reports, as their gold has
    it.)"""
    body = ("Arlen Voss had a working meeting with Governor of Karvia Region Ivo Relk.\n\n"
            "Mr Relk said that industrial production grew by 2 percent in 2015. Construction has begun on a new "
            "hospital. Exports rose by 20 percent. Grain harvest reached a record 5 million tonnes. Demand for "
            "housing remains high. Funding has been allocated for the new school.")
    assert_statements(body, [
        ("Ivo Relk", "indirect", "Mr Relk said that industrial production grew by 2 percent in 2015."),
        ("Ivo Relk", "indirect", "Construction has begun on a new hospital."),
        ("Ivo Relk", "indirect", "Exports rose by 20 percent."),
        ("Ivo Relk", "indirect", "Grain harvest reached a record 5 million tonnes."),
        ("Ivo Relk", "indirect", "Demand for housing remains high."),
        ("Ivo Relk", "indirect", "Funding has been allocated for the new school."),
    ])


def test_a_verbal_noun_before_will_still_ends_a_report():
    """Guard: "Collaboration will continue …" after a report is the readout's own word on what
    comes next, not the reporter's (a noun in "-tion" before "will" is not read as the report's)."""
    body = ("Arlen Voss had a working meeting with Governor of Karvia Region Ivo Relk.\n\n"
            "Mr Relk said that industrial production grew by 2 percent in 2015.\n\n"
            "Collaboration will continue at the next meeting.")
    assert_statements(body, [
        ("Ivo Relk", "indirect", "Mr Relk said that industrial production grew by 2 percent in 2015."),
    ])


def test_a_present_tense_passive_with_no_agent_goes_on_with_a_report():
    """"Mr X said that … Special attention is paid to young families. Priority is given to rural
    areas.": a thing done now, in the present tense, with no agent, is how the region works, the
    report's; a past passive after the report ("Attention was drawn to …") stays the readout's
    word on the talks, no one's (a probe of the class of reports carried on)."""
    body = ("Arlen Voss had a working meeting with Governor of Karvia Region Ivo Relk.\n\n"
            "Mr Relk said that industrial production grew by 2 percent in 2015. Special attention is paid to "
            "young families. Priority is given to rural areas.\n\n"
            "Attention was drawn to the need for new roads.")
    assert_statements(body, [
        ("Ivo Relk", "indirect", "Mr Relk said that industrial production grew by 2 percent in 2015."),
        ("Ivo Relk", "indirect", "Special attention is paid to young families."),
        ("Ivo Relk", "indirect", "Priority is given to rural areas."),
    ])
