"""Readings of real Irish Government text of stop 32 (threehundredfirst): a lead-in ending in a colon
opened by a participle that names only what the words are on ("Commenting on the current situation, the
Taoiseach said:") and one whose subject is one person's two offices joined by "and" ("…, the Tánaiste and
Minister for Foreign Affairs and Trade Simon Coveney TD said:") says nothing of its own.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Update from the Premier on the harbour talks"


def test_commenting_on_a_topic_only_leads_in():
    """"Commenting on the current situation, the Taoiseach said: “The situation we now face … is very serious. …”"
    (threehundredfirst ireland_taoiseach_2017-01_stormont_update): the topic named, nothing of his own; only the
    quotation is his."""
    body = (
        "Premier Oren Vask met the harbour unions today.\n\n"
        "Commenting on the current situation, Premier Vask said:\n\n"
        "“The situation we now face in the harbour is very serious.”"
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "The situation we now face in the harbour is very serious."),
    ], title=TITLE)


def test_two_offices_joined_by_and_lead_in_unquoted_paragraphs():
    """"Speaking ahead of talks in Northern Ireland on 24 January, the Tánaiste and Minister for Foreign Affairs
    and Trade Simon Coveney TD said:" then four unquoted paragraphs (threehundredfirst ireland_dfa_2018-01-24_
    belfast_talks): "the Tánaiste and" is part of the subject, the opening says where and when only, and the
    paragraphs after are his words."""
    body = (
        "Speaking ahead of talks in Velbia on 24 January, the Vice-Premier and Minister for Foreign Affairs "
        "Oren Vask said:\n\n"
        "I will be in Velbia today for meetings with all of the main parties.\n\n"
        "I do not dispute that there are difficult negotiations ahead for the parties."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "I will be in Velbia today for meetings with all of the main parties."),
        ("Oren Vask", "direct", "I do not dispute that there are difficult negotiations ahead for the parties."),
    ], title=TITLE)


def test_noting_something_before_the_subject_stays_a_statement():
    """Guard: "Noting the progress of the talks, Premier Vask said:" — a speech verb whose object is what he
    noted: the opening is his indirect statement, as before; "commenting" and "responding" name a topic only."""
    body = (
        "Noting the progress of the talks, Premier Oren Vask said:\n\n"
        "“The harbour will reopen next week.”"
    )
    result = assert_statements(body, [
        ("Oren Vask", "indirect", "Noting the progress of the talks, Premier Oren Vask said"),
        ("Oren Vask", "direct", "The harbour will reopen next week."),
    ], title=TITLE)


def test_a_lead_in_between_reopened_paragraphs_ends_the_quotation():
    """"“… are exposed on a daily basis. / Minister Flanagan continued: / “My Department continues to advise all
    Irish citizens …”." (threehundredfirst ireland_dfa_2016-06-14_paris): the paragraphs of the quotation each
    open with a mark and the closing one comes last; the mark-less paragraph ending in a colon between them is
    the lead-in of the quotation reopened after it, no words of his."""
    body = (
        "Speaking from Velbia, Minister Oren Vask said:\n\n"
        "“I condemn this attack in the strongest terms.\n\n"
        "Minister Vask continued:\n\n"
        "“My Department continues to advise caution.”"
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "I condemn this attack in the strongest terms."),
        ("Oren Vask", "direct", "My Department continues to advise caution."),
    ], title=TITLE)


def test_a_quoted_paragraph_ending_in_a_colon_goes_on():
    """Guard: "“We have three priorities:" followed by paragraphs with no opening mark and a closing mark at the
    end: the middle paragraphs go on with the quotation, as before."""
    body = (
        "Minister Oren Vask said:\n\n"
        "“We have three priorities:\n\n"
        "Rebuilding the harbour and reopening the ferry line.\n\n"
        "Keeping the border open to trade.”"
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "We have three priorities:"),
        ("Oren Vask", "direct", "Rebuilding the harbour and reopening the ferry line."),
        ("Oren Vask", "direct", "Keeping the border open to trade."),
    ], title=TITLE)
