"""Statements found by helper h850 (sixhundredthirtyseventh, Yonhap's English service on South Korea's President and
foreign ministers):
- "Vice Foreign Minister X and his Kaldorian counterpart, Y, … X wished …, and the Kaldorian minister expressed
  appreciation": "the <nation> minister" is that nation's one vice or deputy minister when it has no minister
  (`people._vice_ministers_of`; before, no one).
- "X called it “very positive” and a “good idea,” …": a thing named by a pronoun, then what it is called in quotation
  marks, a view stated (`lexicon._COMPLEMENTS["call|called|…"]`; before, no statement).
- "… met An Soo-min, …; … and An replied that …": the Korean surname An before a hyphened given name, and alone, in
  capitals, inside a sentence before a lower-case verb (`phrases.SURNAME_ARTICLE`, `_surname_article_alone`; before,
  the article, no one).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_nations_minister_is_its_vice_minister_when_it_has_no_minister():
    assert_statements((
        "In the phone talks, Ostrevia's Vice Foreign Minister Mara Linde and her Kaldorian counterpart, Tomas Berg, "
        "noted that the two countries have kept up their dialogue, the ministry said.\n\n"
        "Linde wished for a successful hosting of the Games, and the Kaldorian minister expressed appreciation in "
        "turn, the ministry added."
    ), [
        ("Mara Linde", "indirect", "Linde wished for a successful hosting of the Games"),
        ("Tomas Berg", "indirect", "the Kaldorian minister expressed appreciation in turn, the ministry added."),
    ])


def test_the_nations_minister_stays_its_minister_beside_a_vice_minister():
    """Guard: where the nation has a minister, "the Kaldorian minister" is he, not its vice minister."""
    assert_statements((
        "Ostrevian Foreign Minister Mara Linde met Kaldorian Foreign Minister Tomas Berg and Kaldorian Vice Foreign "
        "Minister Ivo Sand in Orsk.\n\n"
        "The Kaldorian minister expressed appreciation for the invitation."
    ), [
        ("Tomas Berg", "indirect", "The Kaldorian minister expressed appreciation for the invitation."),
    ])


def test_called_it_and_a_quoted_verdict_is_a_view_stated():
    assert_statements((
        "President Ander Holm met reporters in Orsk on Tuesday.\n\n"
        "Holm called it \u201cvery positive\u201d and a \u201cgood idea,\u201d through which the two leaders renewed "
        "their ties once again."
    ), [
        ("Ander Holm", "indirect", "Holm called it \u201cvery positive\u201d and a \u201cgood idea,\u201d through "
                                   "which the two leaders renewed their ties once again."),
    ])


def test_called_it_without_a_quotation_stays_unread():
    """Guard: "called it quits", no quotation after the pronoun, says nothing."""
    assert_statements((
        "President Ander Holm met reporters in Orsk on Tuesday.\n\n"
        "After the vote, Holm called it quits and left the hall."
    ), [])


def test_the_surname_an_before_a_hyphened_given_name_and_alone():
    assert_statements((
        "During a dinner in Orsk, Foreign Minister Lee Dal-ho greeted An Soo-min, Kaldor's ambassador to Ostrevia.\n\n"
        "During their conversation, Lee said that talks without conditions were needed, and An replied that "
        "conditions should be created, an official said."
    ), [
        ("Lee Dal-ho", "indirect", "During their conversation, Lee said that talks without conditions were needed"),
        ("An Soo-min", "indirect", "An replied that conditions should be created, an official said."),
    ])


def test_the_article_an_stays_an_article():
    """Guard: "An Ostrevian delegation", "an official said": the article, no one named An."""
    assert_statements((
        "Foreign Minister Lee Dal-ho said that an accord was near, an official said.\n\n"
        "An Ostrevian delegation attended, and an envoy noted that the talks went well."
    ), [
        ("Lee Dal-ho", "indirect", "Foreign Minister Lee Dal-ho said that an accord was near, an official said."),
    ])
