"""Statements found by helper h758's mends of the fiftieth stop's real set fivehundredsixtyninth (the Gyeongsang
provinces' and Daegu's releases in Korean outlets' English copies): a second quotation of one sentence led in by a
speech verb alone after the first ('Governor X stated, "…," adding, "…"'; 'He continued, "…," and added, "…"').

Each test is a small invented readout (invented people and places); the rule's tests fail without it, and guard tests
keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_participle_alone_leads_in_a_second_quotation():
    """'Governor X stated, "…," adding, "…"': "adding" and its comma, after the sentence's first quotation, lead the
    second one in, the same speaker's direct words (as "adding:" with a colon does); before, the second quotation was
    read as a phrase inside the first cue's report and given to no one."""
    assert_statements((
        "Governor Ida Morn of Velstrand attended the opening of the new council hall on June 5.\n\n"
        'Governor Morn stated, "The members worked hard for years without a hall of their own," adding, '
        '"I think the hall will be busy."'
    ), [
        ("Ida Morn", "direct", "The members worked hard for years without a hall of their own,"),
        ("Ida Morn", "direct", "I think the hall will be busy."),
    ])


def test_and_a_past_speech_verb_alone_leads_in_a_second_quotation():
    """'He continued, "…," and added, "…"': "and added" with its comma leads the second quotation in; the pronoun's
    speaker says both."""
    assert_statements((
        "Governor Ida Morn of Velstrand attended the opening of the new council hall on June 5.\n\n"
        'He continued, "I hope that the studies done here will serve the residents well," and added, '
        '"I am confident that the council will be trusted by the residents, and I wish all its members success."'
    ), [
        ("Ida Morn", "direct", "I hope that the studies done here will serve the residents well,"),
        ("Ida Morn", "direct", "I am confident that the council will be trusted by the residents, and I wish all its "
                               "members success."),
    ])


def test_a_phrase_quoted_inside_a_report_stays_in_it():
    """Guard: 'X said that some are attempting to “rewrite history,” and affirmed that …': the words between the
    quotation and the report's verb are more than a speech verb alone, so the quoted phrase stays inside X's report,
    one indirect statement."""
    assert_statements((
        "Governor Ida Morn of Velstrand received Ambassador Oren Kallas on Monday.\n\n"
        "Governor Morn said that some are attempting to “rewrite history,” and affirmed that the truth will prevail."
    ), [
        ("Ida Morn", "indirect", "Governor Morn said that some are attempting to “rewrite history,” and affirmed that "
                                 "the truth will prevail."),
    ])
