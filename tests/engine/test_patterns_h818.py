"""Statements found by helper h818's mends on the sixhundredthirteenth set (Nigeria's Ministry of Foreign Affairs as the
papers print it): a quotation run over paragraphs whose last paragraph a body tells ("…,’ the Ministry of Foreign Affairs
said.") is no one's, every paragraph of it; and "A statement from the minister's spokesman, X on Wednesday read: “…”"
gives the quoted words to the spokesman named after the office.

Each test is a small invented readout (invented people and places); the first and third fail without their rules,
the second guards what the first must keep.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_over_paragraphs_that_a_body_tells_is_no_ones():
    """"‘… / …,’ the Ministry of Foreign Affairs said.": the Ministry's words (before, both paragraphs the Minister's,
    the person last named)."""
    assert_statements((
        "Minister receives envoy\n\n"
        "Minister of Foreign Affairs Oren Valdek received the Ambassador of Kastravia, Ilse Marrow, on Tuesday.\n\n"
        "‘The Honourable Minister of Foreign Affairs, H.E. Oren Valdek also received in audience the envoy of Tarnia, "
        "today, 4 May 2021.\n\n"
        "‘The meeting exchanged views on a wide range of bilateral issues and discussed ways to enhance cooperation "
        "between Varnland and Kastravia,’ the Ministry of Foreign Affairs said."
    ), [])


def test_a_quotation_a_single_paragraph_body_tells_stays_no_ones():
    """The same quotation in one paragraph was already no one's: the rule keeps it so."""
    assert_statements((
        "Minister receives envoy\n\n"
        "Minister of Foreign Affairs Oren Valdek received the Ambassador of Kastravia, Ilse Marrow, on Tuesday.\n\n"
        "‘The meeting exchanged views on a wide range of bilateral issues,’ the Ministry of Foreign Affairs said."
    ), [])


def test_a_statement_from_a_spokesman_named_after_his_office_is_his():
    """"A statement from the minister’s spokesman, X on Wednesday read: “… / …”": the spokesman's words (before, the
    Minister's, named last)."""
    assert_statements((
        "Minister meets envoy in New York\n\n"
        "Varnland’s Foreign Minister, Oren Valdek, has held talks with Kastravia’s Deputy Foreign Minister, Ilse Marrow.\n\n"
        "A statement from the minister’s spokesman, Teodor Brask on Wednesday read: “Today, the Honourable Minister "
        "held a constructive bilateral discussion with Ilse Marrow.\n\n"
        "“They explored opportunities for mutual cooperation in advancing regional security.”"
    ), [
        ("Teodor Brask", "direct", "Today, the Honourable Minister held a constructive bilateral discussion with Ilse Marrow."),
        ("Teodor Brask", "direct", "They explored opportunities for mutual cooperation in advancing regional security."),
    ])
