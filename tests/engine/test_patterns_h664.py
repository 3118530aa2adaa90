"""Statements found by helper h664's set fourhundredninetyfourth (the Republic of Iraq's Ministry of Foreign Affairs
releases): a minister who "received congratulations from Mr. X, head of the Y coalition, Mr. Z, head of …, and …"
(each sender's office in lower case, set off by commas: a list of senders, no one's statement); "The minister delivered
a speech in which he explained …" (the speech's content given by his own verb in the relative clause); and a comma
the page printed for a full stop before "The minister <verb>ed" ("… met with the ambassadors accredited to Lisbon,
The minister delivered …").

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_AFFIRMED = "The Minister affirmed that the Ministry will continue to build balanced relations with all countries."


def test_congratulations_from_a_list_of_senders_with_offices_in_lower_case():
    """"received congratulations from Mr. A, head of the B coalition, Mr. C, head of the D Front, and Mr. E, …": a list
    of senders, no one's statement (before, the first sender's: only capitalised offices made a list)."""
    assert_statements(
        "Foreign Minister Mr. Karel Dvorin received congratulations from Mr. Ansel Brit, head of the Unity coalition, "
        "Mr. Omar Teel, head of the Renewal Front, and Mr. Piet Voss, Secretary-General of the Civic Project, each "
        "separately on his assumption of office as Foreign Minister of Velmar. " + _AFFIRMED,
        [("Karel Dvorin", "indirect", _AFFIRMED)],
    )


def test_congratulations_from_one_sender_with_his_office_stays_his():
    """Guard: one sender and his office in lower case, no other name after it: still his conveyed congratulations."""
    sentence = ("Foreign Minister Karel Dvorin received congratulations from Mr. Ansel Brit, head of the Unity coalition, "
                "on his appointment.")
    assert_statements(sentence, [("Ansel Brit", "indirect", sentence)])


def test_speech_in_which_he_explained_is_his_statement():
    """"The minister delivered a speech in which he explained …": his statement (before, no one's: a speech "on" a topic
    was read, not one whose content a relative clause gives)."""
    speech = ("The minister delivered a speech in which he explained Velmar’s foreign policy and the principle of good "
              "neighbourliness.")
    assert_statements(
        "Foreign Minister Karel Dvorin met with the Arab ambassadors accredited to Lisbon.\n\n" + speech,
        [("Karel Dvorin", "indirect", speech)],
    )


def test_speech_in_which_he_was_welcomed_is_narrative():
    """Guard: a speech whose relative clause has no verb of his own ("in which he was …") stays narrative."""
    assert_statements(
        "Foreign Minister Karel Dvorin met with the Arab ambassadors accredited to Lisbon.\n\n"
        "The minister delivered a speech in which he was joined by the staff of the embassy.",
        [],
    )


def test_comma_for_a_full_stop_before_the_minister_opens_his_sentence():
    """"… met with the Arab ambassadors accredited to Lisbon, The minister delivered a speech in which he explained …":
    a capital "The" and an office in lower case after a comma open a new sentence, his statement from "The minister"
    on (before, no one's: "The minister" was read inside the sentence that named him, and so another person)."""
    speech = "The minister delivered a speech in which he explained Velmar’s foreign policy."
    assert_statements(
        "During his current visit to Lisbon Foreign Minister, Mr. Karel Dvorin and his delegation met with the Arab "
        "ambassadors accredited to Lisbon, " + speech + "\n\n"
        "The meeting was attended by Dr. Anton Bel, the Ambassador of Velmar in Lisbon.",
        [("Karel Dvorin", "indirect", speech)],
    )


def test_the_minister_said_after_a_comma_is_no_new_sentence():
    """Guard: "…, The minister said." (no verb in -ed after the office) cuts nothing: the attribution of the
    sentence before it, all one statement."""
    sentence = "Velmar will keep its embassy in Lisbon open, The minister said."
    assert_statements(
        "Foreign Minister Karel Dvorin met with the Arab ambassadors accredited to Lisbon.\n\n" + sentence,
        [("Karel Dvorin", "indirect", sentence)],
    )
