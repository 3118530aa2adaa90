"""Patterns found by helper h648's set fourhundredeightysecond (the Government of Antigua and Barbuda's releases: the
Ministry of Foreign Affairs, the Office of the Prime Minister, the Governor General, as news sites carried them word for
word): "Prime Minister X whose delegation comprises A and B, said that …" is the Prime Minister's, the names inside the
"whose" aside his delegation; "took the opportunity to request that …" is a request made.

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

DELEGATION = (
    "TARVIK, Norland – 14th February 2023……..Prime Minister Pel Varro is today in Vostra for the Heads meeting.\n\n"
    "Prime Minister Varro whose delegation also comprises Minister for Works, the Hon. Mara Lunt and Ambassador "
    "Dr. Tod Rinn, said that other issues on the agenda include health and security.\n\n"
    "He noted that there are also a number of engagements with partners."
)


def test_a_whose_aside_with_no_comma_leaves_the_verb_to_the_name_before_it():
    """"Prime Minister Varro whose delegation also comprises …, the Hon. Mara Lunt and Ambassador Dr. Tod Rinn, said
    that …": the names inside the aside are his delegation; before, the pair before "said" took the verb and the
    sentence was no one's, and the "He" after it went astray."""
    assert_statements(DELEGATION, [
        ("Pel Varro", "indirect", "Prime Minister Varro whose delegation also comprises Minister for Works, the Hon. "
                                  "Mara Lunt and Ambassador Dr. Tod Rinn, said that other issues on the agenda include "
                                  "health and security."),
        ("Pel Varro", "indirect", "He noted that there are also a number of engagements with partners."),
    ])


def test_a_whose_aside_with_its_comma():
    """Guard: the same aside set off by a comma (", whose delegation comprises A and B, said …"), read right before
    the rule too, stays the Prime Minister's."""
    body = ("Prime Minister Pel Varro, whose delegation comprises the Hon. Mara Lunt and Ambassador Tod Rinn, said that "
            "the talks would cover trade.")
    assert_statements(body, [
        ("Pel Varro", "indirect", body),
    ])


def test_a_whose_aside_keeps_a_named_speaker_after_it():
    """Guard: a "whose" aside before a named subject of its own ("In Vostra, whose port reopened, Minister Mara Lunt
    said …") does not open the sentence with a person: the named minister speaks."""
    body = "In Vostra, whose port reopened last week, Minister Mara Lunt said that trade would recover."
    assert_statements(body, [
        ("Mara Lunt", "indirect", body),
    ])


def test_took_the_opportunity_to_request():
    """"He also took the opportunity to request that …": a request made, as "requested" (before, no statement)."""
    body = ("Ambassador Tod Rinn thanked the visitors for their support. He also took the opportunity to request that "
            "Norland work with the region on the crisis in Vostra.")
    assert_statements(body, [
        ("Tod Rinn", "indirect", "Ambassador Tod Rinn thanked the visitors for their support."),
        ("Tod Rinn", "indirect", "He also took the opportunity to request that Norland work with the region on the "
                                 "crisis in Vostra."),
    ])


def test_took_the_opportunity_to_visit_is_no_statement():
    """Guard: "took the opportunity to visit the port" is an act, not a request or any speech."""
    body = "Ambassador Tod Rinn also took the opportunity to visit the port of Vostra."
    assert_statements(body, [])
