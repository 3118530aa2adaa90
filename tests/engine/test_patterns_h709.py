"""Statements found by helper h709's set fivehundredthirtyfirst (Pakistan's Foreign Office releases, as PPI's
official-text service, the DNA wire and others print them word for word):

- "ISLAMABAD, JAN 17 /DNA/ – Foreign Minister, X, … received a telephone call from …": a wire's dateline with the month
  abbreviated in capitals and the agency between slashes is no one's words (segments._DATELINE), and the office that
  opens the sentence after it is the enclosed name's (name_offices._past_a_capitals_dateline), so "the Foreign
  Minister" later is X, not the caller;
- "Islamabad, March 25, 2022 (PPI-OT):Foreign Secretary X met … and thanked them …": a wire's dateline in mixed case
  with its initials and a colon is in no sentence (segments._AGENCY_COLON_DATELINE), so the statement opens with its
  speaker;
- "Welcoming the adoption of the resolution on “…”, the Foreign Secretary stressed that …": the resolution's quoted
  title is no one's words (sentence_reading._NAMING_NOUN_BEFORE); the sentence is the Foreign Secretary's report.

Each test is a small invented readout (invented people and places); each rule's test fails without it.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_CALL_AFTER_SLASHED_DATELINE = ("KORVAD, MAR 3 /NWA/ – Foreign Minister, Ilse Varnholt, who is currently leading the "
                                "delegation of Tarsmark to the Coastal Forum, received a telephone call from the Foreign "
                                "Minister of Belmora, Oren Kastel, today.")
_UNDERSCORED = ("The Foreign Minister firmly underscored that the incident on the border was a serious breach of the "
                "sovereignty of Tarsmark.")
_ADDED = "The Foreign Minister added that Tarsmark reserved the right to respond."


def test_the_office_after_a_slashed_wire_dateline_is_the_enclosed_names():
    """"KORVAD, MAR 3 /NWA/ – Foreign Minister, X, … received a call from the Foreign Minister of Y, Z": "the Foreign
    Minister" after it is X."""
    assert_statements(
        _CALL_AFTER_SLASHED_DATELINE + "\n\n" + _UNDERSCORED + " " + _ADDED,
        [("Ilse Varnholt", "indirect", _UNDERSCORED), ("Ilse Varnholt", "indirect", _ADDED)],
    )


_STRESSED_AFTER_SLASHED_DATELINE = "Foreign Minister Ilse Varnholt stressed that the talks would resume in May."


def test_a_slashed_wire_dateline_is_in_no_statement():
    """"KORVAD, MAR 3 /NWA/ – Foreign Minister X stressed that …": the statement opens with its speaker."""
    assert_statements(
        "KORVAD, MAR 3 /NWA/ – " + _STRESSED_AFTER_SLASHED_DATELINE,
        [("Ilse Varnholt", "indirect", _STRESSED_AFTER_SLASHED_DATELINE)],
    )


_MET_AND_THANKED = ("Foreign Secretary Ida Morn met the Heads of Missions of the Coastal Union in Korvad today and thanked "
                    "them for the successful conclusion of the ministerial session.")


def test_a_wire_dateline_with_a_colon_is_in_no_sentence():
    """"Korvad, March 25, 2022 (NWA-OT):Foreign Secretary X met … and thanked them …": X's statement, no dateline."""
    assert_statements(
        "Korvad, March 25, 2022 (NWA-OT):" + _MET_AND_THANKED,
        [("Ida Morn", "indirect", _MET_AND_THANKED)],
    )


def test_a_wire_dateline_with_a_colon_and_a_space_is_in_no_sentence():
    """The same dateline with a space after its colon."""
    assert_statements(
        "Korvad, May 01, 2020 (NWA-OT): " + _MET_AND_THANKED,
        [("Ida Morn", "indirect", _MET_AND_THANKED)],
    )


_WELCOMING_THE_RESOLUTION = ("Welcoming the adoption of the resolution on “Peace and Security on the Northern Coast”, "
                             "the Foreign Secretary stressed that the text reflected the Union’s deep interest in the "
                             "peace of the region.")


def test_a_resolutions_quoted_title_is_no_ones_words():
    """"Welcoming the adoption of the resolution on “…”, the Foreign Secretary stressed that …": her report, whole."""
    assert_statements(
        _MET_AND_THANKED + " " + _WELCOMING_THE_RESOLUTION,
        [("Ida Morn", "indirect", _MET_AND_THANKED), ("Ida Morn", "indirect", _WELCOMING_THE_RESOLUTION)],
    )
