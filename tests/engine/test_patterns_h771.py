"""Statements found by helper h771's set fivehundredseventyseventh (Mongolia's State Great Khural, Montsame's English
items): a national agency's dateline with its name between slashes ("Ulaanbaatar /MONTSAME/ "); an office closed by a
lower-case "parliament" ("the Speaker of parliament X received Y and congratulated him …"); "sent … thank you letters".

Each test is a small invented readout (invented people and places); each rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_agencys_slashed_dateline_opens_no_sentence():
    """"Velmora, Ostria /VELTAG/ On Friday, Speaker X received Y and congratulated him …": the dateline is in no sentence,
    so the subject opens its clause and the report after "received … and" is his (before, nothing was found); and
    "Velmora, Jan 19 /VELTAG/. X said …" starts the statement after the dateline."""
    assert_statements((
        "Velmora, Ostria /VELTAG/ On Friday, Speaker Orin Taskel received newly elected Prime Minister Bram Veddoc, "
        "and congratulated him on becoming the 12th Prime Minister. The Premier Bram Veddoc said the new cabinet "
        "will be formed soon.\n\n"
        "Velmora, Jan 19 /VELTAG/. Speaker Orin Taskel said that the session would open in March."
    ), [
        ("Orin Taskel", "indirect", "On Friday, Speaker Orin Taskel received newly elected Prime Minister Bram Veddoc, "
                                    "and congratulated him on becoming the 12th Prime Minister."),
        ("Bram Veddoc", "indirect", "The Premier Bram Veddoc said the new cabinet will be formed soon."),
        ("Orin Taskel", "indirect", "Speaker Orin Taskel said that the session would open in March."),
    ])


def test_an_office_closed_by_a_lower_case_parliament_is_the_names():
    """"The Speaker of parliament X received Y and congratulated him …", "the Chairman of the parliament X …": the
    office and the name one person, the subject of the report after "and" (before, the phrase began at the name, no
    clause's subject, and nothing was found)."""
    assert_statements((
        "The Speaker of parliament Orin Taskel received Ambassador Lisette Vardane and congratulated her on her "
        "appointment.\n\n"
        "On Monday, the Chairman of the parliament Hollis Brenmarch met Minister Ada Quell and thanked her for the "
        "invitation."
    ), [
        ("Orin Taskel", "indirect", "The Speaker of parliament Orin Taskel received Ambassador Lisette Vardane and "
                                    "congratulated her on her appointment."),
        ("Hollis Brenmarch", "indirect", "On Monday, the Chairman of the parliament Hollis Brenmarch met Minister Ada "
                                         "Quell and thanked her for the invitation."),
    ])


def test_thank_you_letters_sent_are_the_senders_statement():
    """"Speaker X have sent response thank you letters to them", "sent a thank-you note to …": letters of thanks, named
    by what they say, as congratulatory letters (before, no statement); a bare "sent a letter to" stays narrative."""
    assert_statements((
        "Speakers of three parliaments congratulated Orin Taskel on his re-election.\n\n"
        "In addition, Speaker Orin Taskel have sent response thank you letters to them.\n\n"
        "Minister Ada Quell sent a thank-you note to the volunteers. Minister Ada Quell also sent a letter to the "
        "mayor."
    ), [
        ("Orin Taskel", "indirect", "In addition, Speaker Orin Taskel have sent response thank you letters to them."),
        ("Ada Quell", "indirect", "Minister Ada Quell sent a thank-you note to the volunteers."),
    ])
