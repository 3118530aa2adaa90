"""Statements found by helper h817's mends of known errors in labelled sets: a short numbered heading on a line of
its own over the paragraph it heads ("3. Energy policy" / "Ivo Tarn expressed …"), kept a paragraph of its own by the
.txt loader, so the sentence under it keeps its speaker; a lead-in that is only "A personal statement by the Governor
of X, Y and Z:" over a quotation (the office's unnamed holder's), and "St X" with no office a place, no speaker; "The
discussion also touched the issue of …" (no "on") the meeting's next topic, which ends a report carried on.

Each test is a small invented readout (invented people and places); each fails without its rule.
"""
from __future__ import annotations

from readout_tui.loading import parse_document

from .test_patterns import assert_statements


def test_a_numbered_heading_on_its_own_line_does_not_swallow_the_speaker_below_it():
    """"2. Trade and energy" / "Ivo Tarn expressed …" (before: one paragraph, "2. Trade and energy Ivo Tarn …" no one's)."""
    document = parse_document(
        "Talks in Varnholm\n\n"
        "Prime Minister Mira Tosk met Ivo Tarn, the Eldan envoy, on Monday.\n\n"
        "1. The border\n"
        "The Prime Minister thanked the envoy for the swift reopening of the crossings.\n\n"
        "2. Trade and energy\n"
        "Ivo Tarn expressed strong interest in joint gas storage.\n"
    )
    assert_statements(document.body, [
        ("Mira Tosk", "indirect", "The Prime Minister thanked the envoy for the swift reopening of the crossings."),
        ("Ivo Tarn", "indirect", "Ivo Tarn expressed strong interest in joint gas storage."),
    ], title=document.title)


def test_a_lead_in_naming_the_author_of_a_statement_by_an_office_makes_the_quotation_the_holders():
    """"A personal statement by the Governor of X, Y and Z:" over a quotation: the office's unnamed holder (before: the
    King named inside the quotation)."""
    assert_statements((
        "Statement on the death of the King\n\n"
        "The following statement was issued by the Palace:\n\n"
        "“The King died peacefully this morning.”\n\n"
        "A personal statement by the Governor of Orlen, Tosk and Eldan Isles:\n\n"
        "“We are deeply saddened by the news of the passing of King Ansel.”"
    ), [
        ("the Governor of Orlen", "direct", "We are deeply saddened by the news of the passing of King Ansel."),
    ])


def test_a_saints_style_and_one_word_with_no_office_is_a_place_not_a_speaker():
    """"The community of St Orlen recalls …", an unmarked middle paragraph of a quotation: a place's, so the paragraph
    goes on with the quotation's speaker (before: read as a person "St Orlen" reporting, which broke the chain)."""
    assert_statements((
        "Statement on the death of the King\n\n"
        "A personal statement by the Governor of Orlen:\n\n"
        "“We are deeply saddened by the news of the passing of King Ansel.\n\n"
        "The community of St Orlen recalls with fondness the King’s visit here.\n\n"
        "We send our deepest condolences to the Royal Family.”"
    ), [
        ("the Governor of Orlen", "direct", "We are deeply saddened by the news of the passing of King Ansel."),
        ("the Governor of Orlen", "direct", "The community of St Orlen recalls with fondness the King’s visit here."),
        ("the Governor of Orlen", "direct", "We send our deepest condolences to the Royal Family."),
    ])


def test_the_discussion_touched_a_topic_with_no_on_ends_the_report_carried_on():
    """"The discussion also touched the issue of …" ("touched" with no "on"): the meeting's next topic, no one's, so the
    sentence after it is no longer the last speaker's report carried on (before: "A final decision … weeks." was his)."""
    assert_statements((
        "Talks in Varnholm\n\n"
        "Ivo Tarn expressed special interest in these issues. The discussion also touched the issue of the new "
        "radar base. A final decision on this issue can be expected in several weeks."
    ), [
        ("Ivo Tarn", "indirect", "Ivo Tarn expressed special interest in these issues."),
    ])
