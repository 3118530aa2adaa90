"""Readings of African presidencies' and regional bodies' English releases (styles29): "Amb." before a name, a High
Commissioner called "the envoy", and the one who chaired a session "under the chairmanship of X" called its
Chairperson (styles29 kwelisa_presidency_president_bids_farewell_to_ondugaran_high_commissioner,
ondugara_presidency_courtesy_call_by_lasec_secretary_general, lasec_council_of_ministers_opens_in_mbalusi).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

FAREWELL_CALL = ("President Maren Oskuva received a farewell call from the outgoing High Commissioner of Rindia, "
                 "H.E. Amb. Tello Varuma, who has completed his tour of duty.")


def test_amb_before_a_name_ends_no_sentence():
    """"She asked Amb. X to …", "congratulated Amb. Dr. X on …": the shortened "Ambassador" of African and regional
    bodies' releases is a title, its full stop no sentence's end (styles29 ondugara_presidency_courtesy_call)."""
    asked = "She asked Amb. Varuma to convey her best wishes to the President of Rindia."
    congratulated = "President Oskuva congratulated Amb. Dr. Lesa Kunde on her appointment as Secretary General."
    body = f"{FAREWELL_CALL}\n\n{asked}\n\n{congratulated}\n"
    assert_statements(body, [
        ("Maren Oskuva", "indirect", asked),
        ("Maren Oskuva", "indirect", congratulated),
    ])


def test_a_sentence_that_ends_with_the_ambassadors_title_still_ends():
    """Guard: "… received the Ambassador. She thanked him …": the word written out ends its sentence as before."""
    thanked = "She thanked him for his work in Ostavia."
    body = (f"President Maren Oskuva received the Ambassador. {thanked}\n")
    assert_statements(body, [
        ("Maren Oskuva", "indirect", thanked),
    ])


def test_a_high_commissioner_is_the_envoy():
    """"the outgoing High Commissioner of X, Amb. Y … The outgoing envoy said …": a High Commissioner is one
    Commonwealth state's ambassador to another, "the envoy" as an Ambassador is (styles29 kwelisa_presidency
    farewell)."""
    said = "The outgoing envoy said that he was leaving Ostavia with a heavy heart."
    recalled = "He recalled that he had arrived during the floods."
    body = f"{FAREWELL_CALL}\n\n{said} {recalled}\n"
    assert_statements(body, [
        ("Tello Varuma", "indirect", said),
        ("Tello Varuma", "indirect", recalled),
    ])


def test_an_ambassador_is_no_high_commissioner():
    """Guard: the other way round, "the High Commissioner" is still the one of that title, not an Ambassador named
    beside him."""
    said = "The High Commissioner said that his country would double its scholarships."
    body = ("President Maren Oskuva received the High Commissioner of Rindia, Tello Varuma, and the Ambassador of "
            f"Velmar, Ilse Marvanna.\n\n{said}\n")
    assert_statements(body, [
        ("Tello Varuma", "indirect", said),
    ])


def test_who_chaired_a_session_is_its_chairperson():
    """"The Session of the Council … opened under the chairmanship of Hon. X, Minister of …. In her opening
    statement, the Chairperson of the Council urged …": who chaired the session is the Chairperson the release
    then names (styles29 lasec_council_of_ministers)."""
    urged = "In her opening statement, the Chairperson of the Council urged Member States to pay their contributions."
    body = ("The Ordinary Session of the Council of Ministers of the Savelle Community opened today in Lorvik under "
            f"the chairmanship of Hon. Tessa Morluvi, Minister of Trade of Ostavia.\n\n{urged}\n")
    assert_statements(body, [
        ("Tessa Morluvi", "indirect", urged),
    ])


def test_a_chairman_named_stays_the_chairman():
    """Guard: where a Chairman is named by his title, "the Chairman" is he, not the one who chaired the session."""
    said = "The Chairman of the Board said that the bank would open two branches in Ostavia."
    body = ("The session opened today in Lorvik under the chairmanship of Hon. Tessa Morluvi, Minister of Trade of "
            f"Ostavia. The Chairman of the Board of the Savelle Bank, Ilo Vaskeri, presented the annual report.\n\n"
            f"{said}\n")
    assert_statements(body, [
        ("Ilo Vaskeri", "indirect", said),
    ])
