"""Statements found by helper h796's set hard66 (invented summits and envoys' talks, long statements and their
bounds): a joint statement read out after a paragraph whose subject it is ("The joint statement adopted … reads:")
is no one's words; "Minister Y welcomed his guest" makes Y the host, so "the visiting minister" is the other; "…,
and the invitation was accepted" is no part of the inviter's statement.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_joint_statement_read_out_after_its_own_lead_in_is_no_ones():
    """"The joint statement adopted at the end of the session reads:" / "“…" / "“…”": the text of several, not the
    words of the secretary named last (before, both quoted paragraphs were hers)."""
    result = run(
        "The Harbour Commission of Pellany and Drost met in Vosk on 3 June. The session was co-chaired by Deputy "
        "Minister of Pellany Arne Tolvik and Deputy Minister of Drost Hanna Reuss. The Commission's secretary, "
        "Ilse Marran, kept the record.\n\n"
        "The joint statement adopted at the end of the session reads:\n\n"
        "“The harbour of Vosk belongs to both our peoples.\n\n"
        "“The Commission will meet twice a year.”"
    )
    assert [(s.speaker, s.text) for s in result.statements if s.speaker is not None] == []


def test_a_quotation_after_one_persons_lead_in_paragraph_is_still_hers():
    """Guard: a paragraph that ends "… Ms X said:" before the quotation gives it to X, as before."""
    assert_statements((
        "The Harbour Commission of Pellany and Drost met in Vosk on 3 June.\n\n"
        "At the end of the session, the secretary Ilse Marran said:\n\n"
        "“The harbour of Vosk belongs to both our peoples.”"
    ), [
        ("Ilse Marran", "direct", "The harbour of Vosk belongs to both our peoples."),
    ])


def test_the_one_who_welcomed_his_guest_is_the_host_so_the_visiting_minister_is_the_other():
    """"X held talks in Brill with Y. / Minister Y welcomed his guest …" then "the visiting minister said: “…”": X's
    (before, X, named first, was taken for the host and the quotation went to Y)."""
    assert_statements((
        "Foreign Minister of Orvany Lise Hartig held talks in Brill on Tuesday with Foreign Minister of Pelmark "
        "Anton Dravic.\n\n"
        "Minister Dravic welcomed his guest and said that Pelmark counted on Orvany's support.\n\n"
        "After the talks, the visiting minister said: “Our two countries will open a joint consulate in the north.”"
    ), [
        ("Anton Dravic", "indirect",
         "Minister Dravic welcomed his guest and said that Pelmark counted on Orvany's support."),
        ("Lise Hartig", "direct", "Our two countries will open a joint consulate in the north."),
    ])


def test_the_visiting_minister_is_still_the_guest_when_the_first_named_welcomed_him():
    """Guard: "X received Y. / X welcomed his guest …": X, the principal, is the host already; "the visiting
    minister" is Y, as before."""
    assert_statements((
        "Foreign Minister of Pelmark Anton Dravic received Foreign Minister of Orvany Lise Hartig in Brill on "
        "Tuesday.\n\n"
        "Minister Dravic welcomed his guest and said that Pelmark counted on Orvany's support.\n\n"
        "After the talks, the visiting minister said: “Our two countries will open a joint consulate in the north.”"
    ), [
        ("Anton Dravic", "indirect",
         "Minister Dravic welcomed his guest and said that Pelmark counted on Orvany's support."),
        ("Lise Hartig", "direct", "Our two countries will open a joint consulate in the north."),
    ])


def test_the_invitation_accepted_after_and_is_no_part_of_the_inviters_statement():
    """"She invited X to …, and the invitation was accepted.": her statement ends at the comma (before, the
    agentless clause was kept in it)."""
    assert_statements((
        "President of Orvany Lise Hartig received President of Pelmark Anton Dravic in Brill on Tuesday.\n\n"
        "President Hartig invited President Dravic to open the new bridge at Kell in May, and the invitation was "
        "accepted."
    ), [
        ("Lise Hartig", "indirect", "President Hartig invited President Dravic to open the new bridge at Kell in May"),
    ])


def test_a_passive_among_the_things_spoken_of_stays_in_the_statement():
    """Guard: "expressed satisfaction with …, new schools were opened, and the old law was replaced.": the last of
    the things he spoke of, a passive whose subject answers no act of his, stays his."""
    assert_statements((
        "President of Orvany Lise Hartig received President of Pelmark Anton Dravic in Brill on Tuesday.\n\n"
        "President Dravic expressed satisfaction with the changes in the north as new roads were built, new schools "
        "were opened, and the old land law was replaced."
    ), [
        ("Anton Dravic", "indirect",
         "President Dravic expressed satisfaction with the changes in the north as new roads were built, new schools "
         "were opened, and the old land law was replaced."),
    ])


def test_the_visiting_envoy_is_the_one_the_text_sends_on_a_visit():
    """"Special Envoy X, who is on a working visit to Brill, held talks with Y, the Envoy of …" then, after Y's
    sentence, "The visiting envoy agreed …": X's (before, X, named first, was taken for the host and the sentence went
    to Y, an envoy too)."""
    assert_statements((
        "Special Envoy of Orvany for the Lakes, Lise Hartig, who is on a working visit to Brill, held talks on "
        "Tuesday with Anton Dravic, the Envoy of the Lakes Council.\n\n"
        "Ms Hartig said that Orvany was ready to host the next round of talks.\n\n"
        "Mr Dravic welcomed the offer and said that the Council would send two engineers.\n\n"
        "The visiting envoy agreed and proposed that the donors meet in May."
    ), [
        ("Lise Hartig", "indirect", "Ms Hartig said that Orvany was ready to host the next round of talks."),
        ("Anton Dravic", "indirect",
         "Mr Dravic welcomed the offer and said that the Council would send two engineers."),
        ("Lise Hartig", "indirect", "The visiting envoy agreed and proposed that the donors meet in May."),
    ])


def test_the_visiting_envoy_is_not_a_visitor_of_another_office():
    """Guard: the one the text sends on a visit holds no envoy's office ("Minister X, who is on a visit to …"):
    "the visiting envoy" is read as before, by the host's exclusion (the envoy who is not the host)."""
    assert_statements((
        "Special Envoy of Orvany for the Lakes Lise Hartig received in Brill on Tuesday Minister of Trade of Pelmark "
        "Anton Dravic, who is on a working visit to Brill, and Special Envoy of Pelmark Ivo Santer.\n\n"
        "Ms Hartig said that Orvany was ready to host the next round of talks.\n\n"
        "The visiting envoy agreed and proposed that the donors meet in May."
    ), [
        ("Lise Hartig", "indirect", "Ms Hartig said that Orvany was ready to host the next round of talks."),
        ("Ivo Santer", "indirect", "The visiting envoy agreed and proposed that the donors meet in May."),
    ])
