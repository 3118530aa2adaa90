"""Statements found by helper h793's set fivehundredninetysixth (Sri Lanka's Ministry of Foreign Affairs' media
releases):
- "X has called on the newly appointed Minister of Foreign Affairs Y at the Foreign Ministry." is a courtesy call: the
  office after "the" may follow a word of its tenure ("newly appointed", "visiting", "outgoing"), no appeal of X's
  (lexicon, "called on");
- "Congratulating Y on his appointment, X handed over a message of felicitation from …" is X's statement:
  "felicitation", congratulations in other words, handed over (lexicon, "handed");
- "They resolved to strengthen …" after one person's report is the two who met resolving together, no longer his
  report (carrying_on, `_THEY_TOGETHER`).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_called_on_the_newly_appointed_minister_is_a_courtesy_call():
    """Before, "X has called on the newly appointed Minister … Y at the Foreign Ministry." was X's statement."""
    assert_statements((
        "The Ambassador of Veldoria to Norvane Karel Ostrun has called on the newly appointed Minister of Foreign "
        "Affairs Imre Vasko at the Foreign Ministry.\n\n"
        "The Veldorian Ambassador apprised the Foreign Minister of the partnership between the two countries."
    ), [
        ("Karel Ostrun", "indirect",
         "The Veldorian Ambassador apprised the Foreign Minister of the partnership between the two countries."),
    ])


def test_called_on_the_visiting_minister_at_his_hotel_is_a_courtesy_call():
    """Before, "X called on the visiting Minister … Y at his hotel." was X's statement."""
    assert_statements((
        "Prime Minister Arno Teluk called on the visiting Minister of Trade of Veldoria Karel Ostrun at his hotel."
    ), [])


def test_called_on_the_newly_elected_government_to_act_stays_an_appeal():
    """Guard: "called on the newly elected government to release …" is an appeal, his statement."""
    assert_statements((
        "The Ambassador of Veldoria Karel Ostrun called on the newly elected government to release the detainees."
    ), [
        ("Karel Ostrun", "indirect",
         "The Ambassador of Veldoria Karel Ostrun called on the newly elected government to release the detainees."),
    ])


def test_handed_over_a_message_of_felicitation_is_a_statement():
    """Before, "Congratulating …, X handed over a message of felicitation from …" was no statement."""
    assert_statements((
        "The Ambassador of Veldoria Karel Ostrun met the Minister of Foreign Affairs Imre Vasko.\n\n"
        "Congratulating Minister Vasko on his appointment, Ambassador Ostrun handed over a message of felicitation "
        "from the Veldorian Foreign Minister Tomas Brell."
    ), [
        ("Karel Ostrun", "indirect",
         "Congratulating Minister Vasko on his appointment, Ambassador Ostrun handed over a message of felicitation "
         "from the Veldorian Foreign Minister Tomas Brell."),
    ])


def test_handed_over_the_documents_stays_narrative():
    """Guard: "handed over the documents of the agreement" carries no words of his; no statement."""
    assert_statements((
        "The Ambassador of Veldoria Karel Ostrun handed over the documents of the agreement to Minister Imre Vasko."
    ), [])


def test_they_resolved_after_his_report_is_no_longer_his():
    """Before, "They resolved to strengthen …" after the Minister's report was carried on as his."""
    assert_statements((
        "High Commissioner of Veldoria Karel Ostrun called on Foreign Minister Imre Vasko.\n\n"
        "The Foreign Minister discussed the growing relations between Norvane and Veldoria while expressing "
        "satisfaction over the ongoing cooperation. They resolved to strengthen people-to-people contacts as a means "
        "to strengthen the two-way ties."
    ), [
        ("Imre Vasko", "indirect",
         "The Foreign Minister discussed the growing relations between Norvane and Veldoria while expressing "
         "satisfaction over the ongoing cooperation."),
    ])
