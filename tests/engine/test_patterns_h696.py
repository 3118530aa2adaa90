"""Statements found by helper h696's set fivehundredtwentyfirst (the Isle of Man Government's releases):

- a quotation in single curly marks over several paragraphs, each reopened with ‘ and only the last one closed (the
  British convention): one direct statement per paragraph, the lead-in none (quotes._single_quote_left_open);
- "The treasury minister said: ‘…’" beside a Chief Minister: a portfolio's short style, no one named holding it, is
  one person known by the office (people._short_style_minister);
- "The Chief Minister commented: The Summit was …" in a copy that lost every quotation mark: the words after the colon
  are a quotation, its first sentence and each next one in the first person (quotes._unmarked_after_colon).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "The Chief Minister Mara Quillan has been in Carvell for her first meetings with the new government."
_FIRST = "It was good to have positive discussions with Ivo Tarrant around our constitutional relationship."
_MIDDLE = "There are clear mutual interests in achieving growth through new trading relationships."
_LAST = "We also discussed the need for the island to be fully consulted on policy that may affect our status."


def test_a_single_quoted_quotation_runs_on_over_paragraphs():
    """"X said: ‘… / ‘… / ‘…’": each paragraph reopened with ‘, only the last closed: one direct statement each."""
    assert_statements(
        _LEAD + "\n\nThe Chief Minister said: ‘" + _FIRST + "\n\n‘" + _MIDDLE + "\n\n‘" + _LAST + "’",
        [("Mara Quillan", "direct", _FIRST), ("Mara Quillan", "direct", _MIDDLE), ("Mara Quillan", "direct", _LAST)],
    )


def test_a_two_paragraph_single_quoted_quotation_with_an_apostrophe():
    """The same over two paragraphs, an apostrophe inside ("the island’s") no closing mark."""
    last = "In addition, we met senior members of the island’s government, meetings which were useful."
    assert_statements(
        _LEAD + "\n\nMs Quillan said: ‘" + _FIRST + "\n\n‘" + last + "’",
        [("Mara Quillan", "direct", _FIRST), ("Mara Quillan", "direct", last)],
    )


def test_a_single_mark_left_open_with_no_reopening_is_left_alone():
    """A ‘ never closed, the next paragraph not reopening it: no quotation made of it (the report stays whole)."""
    said = "The Chief Minister said the island’s ‘open door policy would continue for the coming year."
    assert_statements(
        _LEAD + "\n\n" + said + "\n\nThe talks lasted two hours.",
        [("Mara Quillan", "indirect", said)],
    )


_PAIR = "The Chief Minister and Treasury Minister of Tolmar were in Carvell last week."
_CM = "The island offers an excellent range of financial services."
_TM = "I was very glad to attend the harbour dinner last year."


def test_a_treasury_ministers_short_style_is_a_second_person():
    """"The treasury minister said: ‘…’" after the Chief Minister's words: the Treasury Minister's, not the Chief
    Minister's (a portfolio's short style, no one named holding it)."""
    assert_statements(
        _PAIR + "\n\nThe Chief Minister added: ‘" + _CM + "’\n\nThe treasury minister said: ‘" + _TM + "’",
        [("The Chief Minister", "direct", _CM), ("The treasury minister", "direct", _TM)],
    )


def test_a_named_treasury_minister_keeps_the_name():
    """Guard: a Treasury Minister the readout names is that person."""
    assert_statements(
        "Treasury Minister Ola Venn of Tolmar met bankers in Carvell.\n\nThe Treasury Minister said: ‘" + _TM + "’",
        [("Ola Venn", "direct", _TM)],
    )


_SUMMIT = "The Chief Minister Tarin Holm attended the Harbour Council summit in Velmont."
_USEFUL = "The Summit was constructive and informative for every member."
_EXAMPLE = "For example, the Velmont premier was able to give us an insight into current thinking."
_BENEFITS = "The island benefits from being an active member of the Council."
_NARRATIVE = "The Council meets twice a year."


def test_words_after_a_colon_with_no_marks_are_a_quotation():
    """"X commented: The Summit was … For example, … give us … He added: The island …": two quotations, the first
    running on over the sentence in the first person; the narrative after the second is no part of it."""
    assert_statements(
        _SUMMIT + "\n\nThe Chief Minister commented: " + _USEFUL + " " + _EXAMPLE + " He added: " + _BENEFITS
        + "\n\n" + _NARRATIVE,
        [("Tarin Holm", "direct", _USEFUL + " " + _EXAMPLE), ("Tarin Holm", "direct", _BENEFITS)],
    )


def test_a_colon_before_a_quotation_mark_is_left_to_the_marks():
    """Guard: "X commented: “…”" is read from its marks as before."""
    assert_statements(
        _SUMMIT + "\n\nThe Chief Minister commented: “" + _USEFUL + "”\n\n" + _NARRATIVE,
        [("Tarin Holm", "direct", _USEFUL)],
    )
