"""Readings of real Belarusian presidential text of stop 35 (three-hundred-fifty-fourth): news of the Press Service of
the President of the Republic of Belarus (president.gov.by) and a mirror that re-publishes it.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_sentence_glued_to_a_closing_quotation_mark_is_a_sentence_of_its_own():
    """"… development of the army.”According to the President, this year …" (three-hundred-fifty-fourth
    belarus_president_2019-12-19_security_council): a mirror lost the space after the closing mark; the words after it
    are a sentence of their own, the President's "According to" statement."""
    body = (
        "President of Kaldoria Oren Vask hosted a meeting of the Security Council on 3 May.\n\n"
        "“Today we will review the defense plan of the country,” Oren Vask said as he opened the meeting. "
        "“We will hear the General Staff first.”According to the President, this year the plan was redone in full."
    )
    assert_statements(body, [
        ("Oren Vask", "direct", "Today we will review the defense plan of the country"),
        ("Oren Vask", "direct", "We will hear the General Staff first."),
        ("Oren Vask", "indirect", "According to the President, this year the plan was redone in full."),
    ], title="Meeting of the Security Council")


def test_a_closing_mark_before_a_lower_case_word_ends_no_sentence():
    """Guard: "the “open skies”policy" (a term's mark with its space lost, no full stop before it) and a full stop
    inside the mark before a lower-case word end no sentence: no statement is made of the narrative."""
    body = (
        "President of Kaldoria Oren Vask visited Vestra on 3 May.\n\n"
        "The visit followed the “open skies”policy of the two countries. "
        "The delegation saw the “old town.”and the harbour."
    )
    assert_statements(body, [], title="Working trip to Vestra")
