"""Statements found by helper h650's set hard55 (constructions found missed in real pages): "X in an impromptu remarks
thanked …" with no commas, "took the podium and began by welcoming …", "read a letter from Y and stressed …", a name
holding an English verb ("H.E. Sovanrith Say Monirath"), "One particular concern that the ambassador shared … is …".

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_remarks_between_subject_and_verb_without_commas():
    """"Governor X in an impromptu remarks thanked …", "The Governor in his closing words wished …": where he spoke,
    set between the subject and the verb with no commas, as "in their discussions" (before, no speaker)."""
    assert_statements((
        "The Governor of Halmere Province, Teofil Brandqvist, hosted a dinner on 3 May for a delegation from "
        "Ostveld.\n\n"
        "Governor Brandqvist in an impromptu remarks thanked the delegation for its visit.\n\n"
        "The Governor in his closing words wished the guests a safe journey home."
    ), [
        ("Teofil Brandqvist", "indirect", "Governor Brandqvist in an impromptu remarks thanked the delegation for its "
                                          "visit."),
        ("Teofil Brandqvist", "indirect", "The Governor in his closing words wished the guests a safe journey home."),
    ])


def test_took_the_podium_and_began_by_welcoming():
    """"X took the podium and began by welcoming …": "began" after "and" is the subject's second verb, a past form as
    "opened" is (before, read as a noun after "and": no speaker)."""
    assert_statements((
        "The Ambassador of Corvalia, Miret Ostandel, hosted a reception on 4 June.\n\n"
        "Ambassador Ostandel took the podium and began by welcoming the guests from the diplomatic corps."
    ), [
        ("Miret Ostandel", "indirect", "Ambassador Ostandel took the podium and began by welcoming the guests from "
                                       "the diplomatic corps."),
    ])


def test_read_a_letter_and_stressed():
    """"Minister X read a letter from President Y and stressed that …": "read" is the subject's verb, and "stressed"
    its second (before, the sentence had no subject: no speaker)."""
    assert_statements((
        "The Minister of Water of Pelvania, Odalric Semmering, addressed the basin summit on 9 April.\n\n"
        "Minister Semmering read a letter from President Aurel Dastmoor and stressed that no country could meet "
        "the drought alone."
    ), [
        ("Odalric Semmering", "indirect", "Minister Semmering read a letter from President Aurel Dastmoor and "
                                          "stressed that no country could meet the drought alone."),
    ])


def test_a_verb_word_inside_a_name():
    """"H.E. Sovanrith Say Monirath welcomed …", "H.E. Say Monirath assured …": a capitalised verb's bare form
    between an honorific or a given name and another name's word is part of the name (before, read as a title's verb:
    no person, no speaker)."""
    assert_statements((
        "The Vice Governor of Phum Reaksa Province, H.E. Sokhavirak Say Sophanith, received investors from Dornholm on "
        "2 March.\n\n"
        "H.E. Sokhavirak Say Sophanith welcomed the investors and said that land had been set aside for a new zone.\n\n"
        "H.E. Say Sophanith assured them that power would be supplied from the first year."
    ), [
        ("Sokhavirak Say Sophanith", "indirect", "H.E. Sokhavirak Say Sophanith welcomed the investors and said that land had "
                                            "been set aside for a new zone."),
        ("Sokhavirak Say Sophanith", "indirect", "H.E. Say Sophanith assured them that power would be supplied from the "
                                            "first year."),
    ])


def test_a_title_verb_after_a_plural_stays_a_verb():
    """Guard: "Ministers Say Talks Went Well" (a title's verb after a plural) makes no person "Say Talks"."""
    result = assert_statements((
        "Minister Halvard Presk met Minister Jonna Vexholm in Tarlen on 5 May.\n\n"
        "Minister Presk said that the talks had gone well."
    ), [
        ("Halvard Presk", "indirect", "Minister Presk said that the talks had gone well."),
    ], title="Ministers Say Talks Went Well")
    assert all("Say" not in (s.speaker or "") for s in result.statements)


def test_one_particular_concern_that_the_ambassador_shared():
    """"One particular concern that the ambassador shared with the minister is …": the point he raised, named by
    what it is (before, no speaker)."""
    assert_statements((
        "The Ambassador of Ferrenta, Caspar Oudelaan, called on the Minister of Interior of Valdoria, Irma "
        "Kestrova, on 7 July.\n\n"
        "One particular concern that the ambassador shared with the minister is the long wait for student visas."
    ), [
        ("Caspar Oudelaan", "indirect", "One particular concern that the ambassador shared with the minister is the "
                                        "long wait for student visas."),
    ])


def test_one_concern_that_both_sides_raised_is_no_ones():
    """Guard: "One concern that both sides raised was …": a group's, no one's statement."""
    assert_statements((
        "Minister Odile Varnet met Minister Kaspar Rindahl in Sollen on 2 May.\n\n"
        "One concern that both sides raised was the state of the border road."
    ), [])
