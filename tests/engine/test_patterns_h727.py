"""Statements found by helper h727's mend of fivehundredfortysixth's (the Texas Governor's releases') errors:

- "championed" a place's merits to a guest ("The Governor championed Varnia’s business-friendly policies …",
  "championed Varnia as the best state for business"): a view voiced, as "touted" (lexicon._COMPLEMENTS); not
  "championed the passage of …", a law backed (narrative).
- "kicked off the meeting touting …": the talk named, then a speech participle with no "by", what was said first
  (lexicon._OPENS_OR_CLOSES_WITH_WORDS, now bound whole to "kicked off" and "wound up"); not "began the visit
  touring …".
- a quotation with no attribution is not the words of the last subject when it names that person by office and
  surname ("“Today’s meeting with Prime Minister Sorel was very productive …”"): the subject before, the host
  (sentence_reading._last_subject_not_named_inside).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MET = "Governor Tam Keller today met with Prime Minister Ama Sorel of Varnia at the Governor’s Mansion in Orlen."


def test_championed_a_places_policies_is_a_statement():
    said = ("The Governor championed Dalmark’s business-friendly policies and favorable regulatory climate that help "
            "attract companies from around the world.")
    assert_statements(_MET + "\n\n" + said, [("Tam Keller", "indirect", said)])


def test_championed_a_place_as_the_best_is_a_statement():
    said = "Governor Keller championed Dalmark as the best state for business, with low taxes and a skilled workforce."
    assert_statements(_MET + "\n\n" + said, [("Tam Keller", "indirect", said)])


def test_championed_the_passage_of_a_law_stays_narrative():
    assert_statements(
        _MET + "\n\nAs a senator, Governor Keller championed the passage of the Clean Rivers Act in 2009.",
        [],
    )


def test_kicked_off_the_meeting_with_a_speech_participle_is_a_statement():
    said = ("Governor Keller kicked off the meeting touting the work of Dalmark’s ports, which continue to move "
            "record volumes of grain.")
    assert_statements(_MET + "\n\n" + said, [("Tam Keller", "indirect", said)])


def test_began_the_visit_touring_a_plant_stays_narrative():
    assert_statements(
        _MET + "\n\nPrime Minister Sorel began her visit touring the new grain terminal in Orlen.",
        [],
    )


def test_a_bare_quotation_naming_the_last_subject_is_the_hosts():
    quoted = ("Today’s meeting with Prime Minister Sorel was very productive, and I was honored to have her here in "
              "Dalmark. I look forward to continue working with Prime Minister Sorel.")
    assert_statements(
        _MET + " Prime Minister Sorel met with the Governor while in Dalmark for the Grain Forum. "
        "The two leaders discussed trade and energy.\n\n“" + quoted + "”",
        [("Tam Keller", "direct", quoted)],
    )


def test_a_bare_quotation_not_naming_the_last_subject_stays_theirs():
    quoted = "Our farmers and your ports can feed half a continent, and I was honored to be here."
    assert_statements(
        _MET + " Prime Minister Sorel met with the Governor while in Dalmark for the Grain Forum. "
        "The two leaders discussed trade and energy.\n\n“" + quoted + "”",
        [("Ama Sorel", "direct", quoted)],
    )
