"""Readings of real Finnish government text of stop 33 (three-hundred-ninth): releases of the Office of the President
of the Republic of Finland, the Ministry for Foreign Affairs and the Prime Minister's Office.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_regarded_it_important_is_a_view_stated():
    """"President Niinistö regarded it important, that NATO continues to keep its partners updated."
    (three-hundred-ninth finland_president_2022-01-07_stoltenberg): one person's judgement of "it", as "deemed it
    necessary"; "regard" spoke only before "as"."""
    body = (
        "President of Kaldoria Oren Vask had a phone call with Secretary General Mira Tal on Friday.\n\n"
        "President Vask regarded it important, that the alliance keeps its partners informed."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask regarded it important, that the alliance keeps its partners informed."),
    ], title="President Vask spoke with Secretary General Tal")


def test_regarded_without_a_judgement_stays_narrative():
    """Guard: "regarded the old fortress with interest" has no "it" and adjective, nor "as": no statement."""
    body = (
        "President of Kaldoria Oren Vask visited Vestra on Friday.\n\n"
        "President Vask regarded the old fortress with interest."
    )
    assert_statements(body, [], title="President Vask visited Vestra")


def test_the_object_of_keep_before_a_participle_is_no_speaker():
    """"… that NATO continues to keep its partners updated." (three-hundred-ninth finland_president_2022-01-07_stoltenberg):
    "its partners updated" after "keep" is an object and its state, no clause of another speaker; the sentence is
    the President's to its end."""
    body = (
        "President of Kaldoria Oren Vask had a phone call with Secretary General Mira Tal on Friday.\n\n"
        "President Vask stressed, that the alliance must keep its members informed."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask stressed, that the alliance must keep its members informed."),
    ], title="President Vask spoke with Secretary General Tal")


def test_a_person_after_keep_still_speaks_in_a_clause_of_his_own():
    """Guard: "…, and Secretary General Tal informed him …" still opens Tal's own statement; only the words right
    after "keep" are held to be an object."""
    body = (
        "President of Kaldoria Oren Vask had a phone call with Secretary General Mira Tal on Friday.\n\n"
        "President Vask asked to keep the talks going, and Secretary General Tal informed him about the summit."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask asked to keep the talks going"),
        ("Mira Tal", "indirect", "Secretary General Tal informed him about the summit."),
    ], title="President Vask spoke with Secretary General Tal")


def test_a_titled_surname_label_before_a_whole_quotation_holds_that_paragraph_only():
    """"President Niinistö: “I feel that the work that began in this group on 10 March is receiving its finishing
    touches. …”" (three-hundred-ninth finland_president_2022-05-05_party_leaders): a title and a lone surname, a colon
    and a quotation that fills the paragraph are his words there, no transcript's turn; the release's narrative after
    it ("An equivalent meeting last took place on 10 March. The President will continue …") is no one's."""
    body = (
        "President of Kaldoria Oren Vask met with the leaders of parties on Thursday.\n\n"
        "President Vask: “I want to thank everyone who contributed to this work.”\n\n"
        "An equivalent meeting last took place on 10 March. The President will continue discussions on Friday."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "I want to thank everyone who contributed to this work."),
    ], title="President Vask met party leaders")


def test_a_titled_surname_label_without_quotation_marks_still_opens_a_turn():
    """Guard: "President Vask: Good afternoon, colleagues." with no quotation marks is a transcript's turn, and the
    paragraph after it, in the first person, is still his."""
    body = (
        "President of Kaldoria Oren Vask met with the leaders of parties on Thursday.\n\n"
        "President Vask: Good afternoon, colleagues.\n\n"
        "We have a lot to discuss today."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Good afternoon, colleagues."),
        ("Oren Vask", "direct", "We have a lot to discuss today."),
    ], title="President Vask met party leaders")


def test_opened_his_thinking_on_is_a_view_set_out():
    """"In addition, President Niinistö opened his thinking on the Helsinki Spirit to President Biden."
    (three-hundred-ninth finland_president_2021-12-13_biden): his thinking set out to another, as "shared his views on"."""
    body = (
        "President of Kaldoria Oren Vask had a phone call with President of Vestra Mira Tal on Monday.\n\n"
        "In addition, President Vask opened his thinking on the Harbour Spirit to President Tal."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "In addition, President Vask opened his thinking on the Harbour Spirit to President Tal."),
    ], title="President Vask spoke with President Tal")


def test_opened_his_office_stays_narrative():
    """Guard: "opened his office on Monday" names no thought after "his": an act, no statement."""
    body = (
        "President of Kaldoria Oren Vask visited Vestra on Monday.\n\n"
        "President Vask opened his office on Monday."
    )
    assert_statements(body, [], title="President Vask visited Vestra")
