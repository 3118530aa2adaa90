"""Readings of real Ukrainian government text (Cabinet of Ministers and Ministry of Foreign Affairs) of
stop 32: a counterpart phrase fronted before the sentence's subject ("In a conversation with his Danish
counterpart, X thanked …") is not "his counterpart, Y" in apposition, so X keeps his own country and
office; and "made a point of" a wrong done (a crime, a violation) stresses it.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Prime Minister of Ostrevia held a conversation with Prime Minister of Velania"


def test_a_fronted_counterpart_phrase_is_not_the_subjects_apposition():
    """"In a conversation with his Danish counterpart, Denys Shmyhal thanked for …" (two-hundred-ninety-fourth,
    kmu 2023-06-15): "his" is the subject named after the comma, not a counterpart named in apposition; so he
    keeps the country of his office, and "the Prime Minister stressed" earlier still means him, the readout's
    own Prime Minister, not the guest."""
    body = (
        "On Thursday, Prime Minister of Ostrevia Taras Velyk and Prime Minister of Velania Ilse Marr held a "
        "conversation.\n\n"
        "Taras Velyk also informed Ilse Marr about the situation in the flooded regions.\n\n"
        "\"One of the top priorities now is to restore the water supply,\" the Prime Minister stressed.\n\n"
        "In a conversation with his Velanian counterpart, Taras Velyk thanked for the support of the coalition."
    )
    assert_statements(body, [
        ("Taras Velyk", "indirect", "Taras Velyk also informed Ilse Marr about the situation in the flooded regions."),
        ("Taras Velyk", "direct", "One of the top priorities now is to restore the water supply"),
        ("Taras Velyk", "indirect", "In a conversation with his Velanian counterpart, Taras Velyk thanked for the support "
                                    "of the coalition."),
    ], title=TITLE)


def test_a_counterpart_named_in_apposition_still_takes_the_country():
    """Guard: "Taras Velyk met with his Velanian counterpart, Ilse Marr, …" names the counterpart after the comma
    (someone named before it in the sentence, no verb right after the name): she is of Velania, and "the
    Velanian Prime Minister" means her."""
    body = (
        "Prime Minister Taras Velyk met with his Velanian counterpart, Ilse Marr, in the capital.\n\n"
        "The Velanian Prime Minister praised the reforms."
    )
    assert_statements(body, [
        ("Ilse Marr", "indirect", "The Velanian Prime Minister praised the reforms."),
    ], title="Taras Velyk met with Ilse Marr")



def test_a_counterpart_set_off_by_two_commas_still_takes_the_country():
    """Guard: "At the talks, his Velanian counterpart, Ilse Marr, praised …" (no name before it in the sentence,
    but the name closed by a second comma: apposition, as hard21's "… and his Koranthi counterpart, Dauren
    Esmet, agreed"): she is of Velania, and "the Velanian Prime Minister" means her, not the principal."""
    body = (
        "Prime Minister Taras Velyk met Prime Minister Ilse Marr in the capital.\n\n"
        "At the talks, his Velanian counterpart, Ilse Marr, praised the reforms.\n\n"
        "\"We will stand together,\" the Velanian Prime Minister said."
    )
    assert_statements(body, [
        ("Ilse Marr", "indirect", "At the talks, his Velanian counterpart, Ilse Marr, praised the reforms."),
        ("Ilse Marr", "direct", "We will stand together"),
    ], title="Taras Velyk met Ilse Marr")


MFA_TITLE = "Foreign Minister Taras Velyk met with Foreign Minister of Velania Ilse Marr"


def test_made_a_point_of_a_crime_stresses_it():
    """"The Minister made a point of the crime against humanity committed by militants in Mariupol, where, in
    particular, a large Greek minority lives." (two-hundred-ninety-fourth, mfa 32563): "made a point of" a wrong
    done (a crime, violations, attacks) stresses it, as "made a point of the need …" does."""
    body = (
        "Foreign Minister Taras Velyk met with Foreign Minister of Velania Ilse Marr in Brussels.\n\n"
        "Taras Velyk briefed Ilse Marr on the attacks against civilians. The Minister made a point of the crime "
        "against humanity committed by militants in the port city."
    )
    assert_statements(body, [
        ("Taras Velyk", "indirect", "Taras Velyk briefed Ilse Marr on the attacks against civilians."),
        ("Taras Velyk", "indirect", "The Minister made a point of the crime against humanity committed by militants "
                                    "in the port city."),
    ], title=MFA_TITLE)


def test_made_a_point_of_a_visit_stays_an_effort():
    """Guard: "made a point of the visit to the port" (an effort, or at most the visit made much of) stays
    narrative, as the rule for "made a point of the X being …" left it."""
    body = (
        "Foreign Minister Taras Velyk met with Foreign Minister of Velania Ilse Marr in Brussels.\n\n"
        "Taras Velyk briefed Ilse Marr on the attacks against civilians. The Minister made a point of the visit "
        "to the port city."
    )
    assert_statements(body, [
        ("Taras Velyk", "indirect", "Taras Velyk briefed Ilse Marr on the attacks against civilians."),
    ], title=MFA_TITLE)
