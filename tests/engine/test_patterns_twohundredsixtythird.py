"""Readings of real Kremlin text of stop 31 (2002): the points a speaker announces as "the following"
and then gives one by one ("First, …", "Second, …", "And third, …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President Oren Vask met with Kastravia's President Tomas Brel"


def test_the_points_announced_as_the_following_are_the_speakers():
    """"Vladimir Putin noted the following three gains of the past summit. First, it was very important that the
    Presidents personally discussed problems of the Caspian region. / Second, they agreed on personal contact in the
    Caspian G5 format. / And third, the five Caspian leaders reached an understanding that …" (two-hundred-sixty-third
    42863): the points he announced, one sentence or paragraph each, are his statements, whoever acts in them."""
    body = (
        "The two leaders agreed that the summit had positive results.\n\n"
        "Oren Vask noted the following three gains of the past summit. First, it was very important that the "
        "Presidents personally discussed problems of the Velden region.\n\n"
        "Second, they agreed on personal contact in the Velden G5 format.\n\n"
        "And third, the five Velden leaders reached an understanding that all issues can be settled only through "
        "negotiations.\n\n"
        "Oren Vask and Tomas Brel also gave much attention to bilateral relations."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask noted the following three gains of the past summit."),
        ("Oren Vask", "indirect", "First, it was very important that the Presidents personally discussed problems "
                                  "of the Velden region."),
        ("Oren Vask", "indirect", "Second, they agreed on personal contact in the Velden G5 format."),
        ("Oren Vask", "indirect", "And third, the five Velden leaders reached an understanding that all issues can "
                                  "be settled only through negotiations."),
    ], title=TITLE)


def test_ordinal_sentences_after_a_statement_that_announces_no_points_stay_narrative():
    """Guard: the statement before announces no points ("noted the progress in trade"): "First, the two leaders
    toured …", "Second, they signed …" tell what the pair did, no one's words."""
    body = (
        "Oren Vask noted the progress in trade. First, the two leaders toured the Velden shipyard.\n\n"
        "Second, they signed an agreement on fisheries.\n\n"
        "Oren Vask and Tomas Brel also gave much attention to bilateral relations."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask noted the progress in trade."),
    ], title=TITLE)


def test_approving_an_idea_is_a_statement():
    """"Vladimir Putin approved the idea of appointing effective managers to state-owned companies subject to
    privatisation." (two-hundred-sixty-third 27439): a stance taken on an idea put to him at a meeting, as
    "supported the idea" is."""
    body = (
        "Oren Vask approved the idea of appointing effective managers to state-owned companies.\n\n"
        "The meeting also discussed a new bankruptcy bill."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask approved the idea of appointing effective managers to state-owned "
                                  "companies."),
    ], title=TITLE)


def test_approving_a_document_stays_narrative():
    """Guard: "approved the Regulation on …", "approved a list of instructions": an executive act, no one's words."""
    body = (
        "Oren Vask approved the Regulation on the State Prize. He also approved a list of instructions to the "
        "Government.\n\n"
        "The meeting also discussed a new bankruptcy bill."
    )
    assert_statements(body, [], title=TITLE)


def test_a_body_estimating_is_not_more_of_the_report():
    """"President Putin expressed concern with the fact that drug addiction was becoming a nationwide social disaster.
    Russian security agencies now estimate the number of drug users, mostly young people, at 3 million."
    (two-hundred-sixty-third 27435): the agencies' figures, their account, not more of his words."""
    body = (
        "President Vask expressed concern with the fact that drug addiction was becoming a nationwide social "
        "disaster. Kastravian security agencies now estimate the number of drug users, mostly young people, at "
        "3 million.\n\n"
        "The meeting ended."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask expressed concern with the fact that drug addiction was becoming "
                                  "a nationwide social disaster."),
    ], title=TITLE)


def test_a_body_acting_otherwise_still_carries_the_report():
    """Guard: a body as the subject with another verb ("agencies now seize more drugs …") is what the report is
    about, carried on as before."""
    body = (
        "President Vask expressed concern with the fact that drug addiction was becoming a nationwide social "
        "disaster. Kastravian security agencies now seize more drugs than ever.\n\n"
        "The meeting ended."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask expressed concern with the fact that drug addiction was becoming "
                                  "a nationwide social disaster."),
        ("Oren Vask", "indirect", "Kastravian security agencies now seize more drugs than ever."),
    ], title=TITLE)
