"""Readings of real Kremlin text of stop 30: a guest "welcomed by" a host at a place, a reception
and no statement of the host's.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask made an official visit to Kastravia"


def test_a_guest_welcomed_by_a_host_at_a_place_is_no_statement():
    """"Mr Putin was welcomed by King of Belgium Albert II at Melsbrook Airport, from where they went to the
    royal residence of Laken Palace." (two-hundred-twenty-sixth 34180): the passive of a host's act, as
    "King Albert II welcomed Mr Putin at Melsbrook Airport" is, not the King's words."""
    body = (
        "Mr Vask was welcomed by King of Kastravia Tomas III at Velden Airport, from where they went to the "
        "royal residence of Marsk Palace. "
        "The two leaders then held talks."
    )
    assert_statements(body, [], title=TITLE)


def test_a_proposal_welcomed_by_a_leader_at_a_summit_stays_his_statement():
    """Guard: the thing welcomed is no person ("The proposal was welcomed by President X at the summit"):
    the agent's approval, a statement as "President X welcomed the proposal" is."""
    body = (
        "The Kastravian proposal was welcomed by President Ilse Marrow at the Velden summit. "
        "The two leaders then held talks."
    )
    assert_statements(body, [
        ("Ilse Marrow", "indirect", "The Kastravian proposal was welcomed by President Ilse Marrow at the Velden summit."),
    ], title=TITLE)


def test_a_lower_case_quoted_object_of_the_verb_stays_in_the_indirect_sentence():
    """"In his telegram of congratulations to the royal family, Mr Putin wished “happiness, health and many years
    working for the good and the prosperity of the Spanish state and its people.”" (two-hundred-twenty-sixth
    34357): a phrase in lower case right after the verb, with no colon or comma leading it in, is the verb's
    object; the sentence is one indirect statement (GOLD-FORMAT: partial quotes stay in the reported sentence)."""
    body = (
        "In his telegram to the royal family, Mr Vask wished “happiness, health and many years of work for the "
        "good of the Kastravian state and its people.”\n\n"
        "Mr Vask then held talks with the Prime Minister."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "In his telegram to the royal family, Mr Vask wished “happiness, health and many "
                                  "years of work for the good of the Kastravian state and its people.”"),
    ], title=TITLE)


def test_a_quotation_led_in_by_a_colon_stays_direct():
    """Guard: a colon leads the quotation in ("Mr X said: “…”"): his words quoted apart, a direct statement."""
    body = (
        "In his telegram to the royal family, Mr Vask wrote: “happiness and health to all the people of "
        "Kastravia.”\n\n"
        "Mr Vask then held talks with the Prime Minister."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "happiness and health to all the people of Kastravia."),
    ], title=TITLE)


def test_a_lower_case_quotation_after_called_stays_the_speakers_words():
    """Guard: "called" names a thing by the quotation ("a project which the Governor called “a laboratory of our
    friendship”"): not the verb's object in a report, so the quotation keeps its direct reading."""
    body = "The talks touched on the station at Velden, a project which Mr Vask called “a laboratory of our friendship”."
    assert_statements(body, [
        ("Oren Vask", "direct", "a laboratory of our friendship"),
    ], title=TITLE)
