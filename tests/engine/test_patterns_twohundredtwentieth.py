"""Readings of real Kremlin text of stop 30: a message named by what it conveys
("The congratulations reads, in particular:") as the lead-in to its quoted text.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_the_congratulations_reads_introduces_the_title_senders_words():
    """"The congratulations reads, in particular: / ”The election results … in your rule. / I am
    convinced that … in Eurasia.“" under "Vladimir Putin congratulated Nursultan Nazarbayev on his
    re-election …" (two-hundred-twentieth 34627): the message named by what it conveys, as "The
    message reads", its quoted paragraphs the title's sender's."""
    body = (
        "The congratulations reads, in particular:\n\n"
        "“The election results show that the people of Velania trust your rule.\n\n"
        "I am convinced that we shall further develop the relations of our two countries.”"
    )
    assert_statements(body, [
        ("Anton Brask", "direct", "The election results show that the people of Velania trust your rule."),
        ("Anton Brask", "direct", "I am convinced that we shall further develop the relations of our two countries."),
    ], title="Anton Brask congratulated Oren Vask on his re-election as President of Velania")


def test_the_condolences_say_introduces_the_title_senders_words():
    """The same lead-in with condolences: "The condolences say, in part:" under "X expressed condolences to Y …"."""
    body = (
        "The condolences say, in part:\n\n"
        "“I share the grief of all those who lost their loved ones in the flood.”"
    )
    assert_statements(body, [
        ("Anton Brask", "direct", "I share the grief of all those who lost their loved ones in the flood."),
    ], title="Anton Brask expressed condolences to President of Velania Oren Vask")


def test_a_joint_statements_text_stays_no_ones():
    """Guard: "The leaders … adopted a joint statement. The statement says: “…”": a joint text after a plural
    lead-in stays no one's, the wider list of written-text nouns notwithstanding."""
    body = (
        "The leaders of the two countries adopted a joint statement. The statement says:\n\n"
        "“The sides will expand their trade.”\n\n"
        "Mr Vask said that the talks had been useful."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said that the talks had been useful."),
    ], title="Anton Brask met with President of Velania Oren Vask")
