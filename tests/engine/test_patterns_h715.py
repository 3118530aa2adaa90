"""Statements found by helper h715's set fivehundredthirtyfifth (the Government of Equatorial Guinea's Press and
Information Office, its English releases):

- "We made a visit …. The talks went …”, declared the Head of State": a quotation that lost its opening mark and whose
  closing mark stands right after a word, the comma after the mark, is read back to where its first-person words begin,
  as ",” X said" was (quotes._comma_then_attribution, widening the lost-opening test of paragraph_quotes).

Each test is a small invented readout (invented people and places); each rule's test fails without it.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The President of Korvania, Ilan Meseret, returned to Velmar on Sunday after a state visit to Tarsova."
_FIRST = "We made a state visit at the invitation of President Oda Renn."
_SECOND = "The visit took place in the capital, and several agreements were signed, strengthening our relations"
_LOST_OPENING = _FIRST + " " + _SECOND + "”, declared the President, before the press."


def test_a_quotation_that_lost_its_opening_mark_with_the_comma_after_the_mark():
    """"We made …. The visit took place …”, declared the President": both sentences are his words, from the
    paragraph's start."""
    assert_statements(
        _OPENING + "\n\n" + _LOST_OPENING,
        [("Ilan Meseret", "direct", _FIRST + " " + _SECOND)],
    )


_ENVOY = "The ambassador of Korvania to Dessaland, Petro Halvik, offered a lunch for his colleagues on Monday."
_ADDED = ("Where we stand today is thanks to our own people. Dessaland is speaking about Korvania, the region is "
          "speaking about Korvania")


def test_the_same_with_added_and_the_name_after_the_verb():
    """"… today is thanks to …. Dessaland is speaking about …”, added Halvik.": the words from "Where we stand"."""
    assert_statements(
        _ENVOY + "\n\n" + _ADDED + "”, added Halvik.",
        [("Petro Halvik", "direct", _ADDED)],
    )


def test_a_closing_mark_after_a_title_with_its_opening_mark_is_no_lost_opening():
    """"… the “Open Doors” programme, said Halvik." has its opening mark: a title, and the sentence is his report."""
    sentence = "Halvik said the “Open Doors”, a programme of the ministry, had brought many investors to the country."
    assert_statements(
        _ENVOY + "\n\n" + sentence,
        [("Petro Halvik", "indirect", sentence)],
    )
