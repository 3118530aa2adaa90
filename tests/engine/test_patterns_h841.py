"""Statements found by helper h841 (sixhundredtwentyninth, the Government of The Bahamas' releases):
- "Prime Minister X accepted … from the Premier of <islands>, the Hon. Y. … “…,” the Premier told Prime Minister X."
  (the Bahamas Information Service): the bare "the Premier" is the one titled Premier, not the Prime Minister whom
  the office may also mean (before, the quotation went to the Prime Minister, the one told).
- "During the virtual courtesy call, “both sides acknowledged …”, the ministry noted." (the Bahamas' Ministry of
  Foreign Affairs): a body in lower case ("the ministry") telling the quotation after it makes it the body's, no
  one's (before, only "the Ministry" did, and the quotation went to the minister named before).
- "Commonwealth Secretary-General, Baroness X, QC, paid a courtesy call on … and assured him of …" (the Bahamas' BIS):
  an office, its holder set off by commas and the holder's honours' letters ("QC") before the verb: the holder is
  the subject (before, the letters hid the verb and the sentence was no one's).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_premier_is_the_one_titled_premier_not_the_prime_minister():
    """Before, the quotation was Dorin Makepeace's, the Prime Minister told."""
    assert_statements((
        "Prime Minister of Velmora, Dorin Makepeace, has accepted a donation of water pumps from the Premier of the "
        "Tarrow Islands, the Hon. Cassius Orrin.\n\n"
        "“We know what a flood does, and we stand ready to help again,” the Premier told Prime Minister Makepeace."
    ), [
        ("Cassius Orrin", "direct", "We know what a flood does, and we stand ready to help again,"),
    ])


def test_a_countrys_premier_is_still_picked_by_the_country():
    """Guard: "the Velmoran premier" is Velmora's head of government, the Prime Minister, though a Premier of
    another place is named too."""
    assert_statements((
        "Prime Minister of Velmora Dorin Makepeace met the Premier of the Tarrow Islands, Cassius Orrin.\n\n"
        "The Velmoran premier noted that trade had grown by a third last year."
    ), [
        ("Dorin Makepeace", "indirect", "The Velmoran premier noted that trade had grown by a third last year."),
    ])


def test_a_quotation_the_ministry_notes_in_lower_case_is_no_ones():
    """Before, the quotation was Arlo Penwick's, the minister named in the paragraph before."""
    assert_statements((
        "KELSTON — Minister of Foreign Affairs Arlo Penwick and Ambassador of Norvane Ilse Marrow met virtually on "
        "Thursday.\n\n"
        "During the virtual courtesy call, “both sides acknowledged the long friendship between the two countries”, "
        "the ministry noted."
    ), [])


def test_a_quotation_the_minister_notes_is_still_his():
    """Guard: "the minister noted", a person, still tells his own words."""
    assert_statements((
        "KELSTON — Minister of Foreign Affairs Arlo Penwick and Ambassador of Norvane Ilse Marrow met virtually on "
        "Thursday.\n\n"
        "During the virtual courtesy call, “we value the long friendship between the two countries”, "
        "the minister noted."
    ), [
        ("Arlo Penwick", "direct", "we value the long friendship between the two countries"),
    ])


def test_an_offices_holder_with_honours_letters_before_the_verb_is_the_subject():
    """Before, the sentence was no one's."""
    assert_statements((
        "Secretary-General of the Harbour League, Dame Orla Wenlock, QC, paid a courtesy call on Prime Minister "
        "Tobin Arkwright on Monday and assured him of the League’s commitment to the rebuilding of the islands."
    ), [
        ("Orla Wenlock", "indirect", "Secretary-General of the Harbour League, Dame Orla Wenlock, QC, paid a courtesy "
                                     "call on Prime Minister Tobin Arkwright on Monday and assured him of the "
                                     "League’s commitment to the rebuilding of the islands."),
    ])
