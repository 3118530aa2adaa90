"""Statements found by helper h716's set fivehundredthirtysixth (Colombia's Cancillería, its Embassy in Washington's
English releases):

- "… in democracy and freedom ", said the Minister in his report.": a quotation that lost its opening mark and whose
  comma stands after the closing mark (a straight mark between a space and a comma closes; quotes._role,
  quotes._comma_then_attribution widening the lost-opening-mark reading of ",” X said").
- "In addition, he explained the coordination that …:" before a quotation: what he explained, a noun object, is his
  indirect statement, only the colon leads in (sentence_reading._CONTENT_BEFORE_COLON widened with "explained").

Each test is a small invented readout (invented people and places); each rule's test fails without it.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Minister of Foreign Affairs, Dalia Verhoek, held a meeting with the Envoy of Ostrava, Piet Lanner."
_QUOTED = ("The meeting was good, it was broad and there are many actions that are going to be taken so that the people "
           "of the valley can live again in peace and freedom")


def test_a_quotation_that_lost_its_opening_mark_with_a_straight_mark_before_its_comma():
    """`… in peace and freedom ", said the Minister in his report.`: the whole paragraph is the Minister's words."""
    assert_statements(
        _OPENING + "\n\n" + _QUOTED + ' ", said the Minister in his report.',
        [("Dalia Verhoek", "direct", _QUOTED)],
    )


def test_a_quotation_that_lost_its_opening_mark_with_its_comma_after_a_curly_mark():
    """`… in peace and freedom”, said the Minister.`: the comma set outside the mark, the same reading."""
    assert_statements(
        _OPENING + "\n\n" + _QUOTED + "”, said the Minister.",
        [("Dalia Verhoek", "direct", _QUOTED)],
    )


def test_a_report_before_a_mark_with_its_comma_after_it_keeps_the_report():
    """`X said that …. Our two regions …", she added.`: the report stays X's indirect statement, the sentence
    after it her quoted words (the widening does not swallow the report)."""
    report = "Minister Verhoek said that the valley valued the support of Ostrava for its bid to host the fair."
    words = "Our two regions have never had a closer year in their relations"
    assert_statements(
        _OPENING + "\n\n" + report + " " + words + '", she added.',
        [("Dalia Verhoek", "indirect", report), ("Dalia Verhoek", "direct", words)],
    )


def test_explained_with_a_noun_object_before_a_colon_is_a_statement():
    """"In addition, she explained the coordination that is being developed so that the aid reaches the valley:
    “…”": the lead-in is her indirect statement, the quotation her words."""
    lead = "In addition, she explained the coordination that is being developed so that the aid reaches the valley"
    words = "There is very careful work, and the tasks needed for the aid to reach the people are advancing."
    assert_statements(
        _OPENING + "\n\n" + lead + ": “" + words + "”",
        [("Dalia Verhoek", "indirect", lead), ("Dalia Verhoek", "direct", words)],
    )


def test_explained_the_following_before_a_colon_only_leads_in():
    """"She explained the following: “…”": no content of its own, only the quotation is hers."""
    words = "There is very careful work, and the tasks needed for the aid to reach the people are advancing."
    assert_statements(
        _OPENING + "\n\nThe Minister explained the following: “" + words + "”",
        [("Dalia Verhoek", "direct", words)],
    )
