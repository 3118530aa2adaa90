"""Statements found by helper h783's set fivehundredeightyseventh (two Czech regions' own English news, the
Moravian-Silesian Region and the Pilsen Region): a verb of the manner of saying ("smiled") as the tag right after a
quotation's closing mark is the speaker's "said", and the participle that goes on after the speaker's office set off
by commas ("said X, Governor of Y, recalling that …") is the speaker's report, as after "said X, recalling that …".

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_smile_as_the_tag_after_a_quotation_names_its_speaker():
    """"“…,” smiled Ambassador X.": X's words (before, the quotation went to the speaker before it)."""
    assert_statements((
        "Governor Tomas Verlan met the Ambassador of Kastravia, Ilona Brenn, in Orvik.\n\n"
        "“We want to trade more with Kastravia,” said Governor Verlan.\n\n"
        "“For us, the number nine is a symbol of good luck,” smiled Ambassador Ilona Brenn."
    ), [
        ("Tomas Verlan", "direct", "We want to trade more with Kastravia"),
        ("Ilona Brenn", "direct", "For us, the number nine is a symbol of good luck"),
    ])


def test_a_smile_after_the_speaker_tags_the_quotation_too():
    """"“…,” the Ambassador smiled.": the same, the speaker before the verb."""
    assert_statements((
        "Governor Tomas Verlan met the Ambassador of Kastravia, Ilona Brenn, in Orvik.\n\n"
        "“We want to trade more with Kastravia,” said Governor Verlan.\n\n"
        "“For us, the number nine is a symbol of good luck,” the Ambassador smiled."
    ), [
        ("Tomas Verlan", "direct", "We want to trade more with Kastravia"),
        ("Ilona Brenn", "direct", "For us, the number nine is a symbol of good luck"),
    ])


def test_a_smile_with_no_quotation_is_narrative():
    """Guard: "The Ambassador smiled and thanked …" keeps its speech verb "thanked", and a bare "X smiled." is
    narrative: the manner verb tags only a quotation."""
    assert_statements((
        "Governor Tomas Verlan met the Ambassador of Kastravia, Ilona Brenn, in Orvik.\n\n"
        "The Ambassador smiled.\n\n"
        "Governor Verlan thanked her for the visit."
    ), [
        ("Tomas Verlan", "indirect", "Governor Verlan thanked her for the visit."),
    ])


def test_a_participle_after_the_speakers_office_aside_goes_on_reporting():
    """"“…,” said X, Governor of the Orvik Region, recalling that …": the participle's clause is X's report (before,
    the office between the name and "recalling" ended the sentence's reading at the name)."""
    assert_statements((
        "Governor Tomas Verlan met a delegation from Kastravia.\n\n"
        "“We want to cooperate at the business level,” said Tomas Verlan, Governor of the Orvik Region, recalling "
        "that the debate did not avoid the war in the north."
    ), [
        ("Tomas Verlan", "direct", "We want to cooperate at the business level"),
        ("Tomas Verlan", "indirect", "recalling that the debate did not avoid the war in the north."),
    ])


def test_an_aside_that_is_no_office_does_not_go_on():
    """Guard: "said X, a keen sailor, recalling …" — an aside that is no office is not skipped by this rule."""
    assert_statements((
        "Governor Tomas Verlan met a delegation from Kastravia.\n\n"
        "“We want to cooperate at the business level,” said Tomas Verlan, who chairs the council, before the "
        "delegation left."
    ), [
        ("Tomas Verlan", "direct", "We want to cooperate at the business level"),
    ])
