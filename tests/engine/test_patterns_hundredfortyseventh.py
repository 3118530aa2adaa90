"""Rules from the hundred-forty-seventh held-out set (president.gov.ua, Mar - Jun 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_first_lady_title_opening_a_sentence_is_no_sequence_adverb():
    """"First Lady Olena Zelenska spoke at the Ukrainian House … and spoke about the humanitarian situation
    …" (75357): the opening "First" is the title's, not "First, …"; the second verb shares her as subject."""
    body = ("First Lady Mira Kovac spoke at the Zarovian House in the framework of the Trade Forum in Lorna "
            "(Velland) and spoke about the humanitarian situation in Zarovia. "
            "The President's wife joined the conversation via video call.")
    assert_statements(body, expected=[
        ("Mira Kovac", "indirect", "First Lady Mira Kovac spoke at the Zarovian House in the framework of the Trade "
                                   "Forum in Lorna (Velland) and spoke about the humanitarian situation in Zarovia."),
    ])


def test_first_deputy_title_opening_a_sentence_shares_its_subject_with_the_second_verb():
    """The same for any ordinal title: "First Deputy Prime Minister X arrived … and noted that …"."""
    body = ("First Deputy Prime Minister Tom Berg arrived in Lorna and noted that the new bridge would open in May. "
            "He then visited the port.")
    assert_statements(body, expected=[
        ("Tom Berg", "indirect", "First Deputy Prime Minister Tom Berg arrived in Lorna and noted that the new bridge "
                                 "would open in May."),
    ])


def test_sequence_adverb_first_with_a_comma_still_skipped():
    """Guard: "First, …" stays an opening adverb, the subject after its comma."""
    body = ("President of Velland Ana Ruiz met with the governors. "
            "First, the President arrived at the plant and noted that production had doubled.")
    assert_statements(body, expected=[
        ("Ana Ruiz", "indirect", "First, the President arrived at the plant and noted that production had doubled."),
    ])


def test_noun_object_before_a_colon_is_a_statement_of_its_own():
    """"In addition, Olena Zelenska noted the great role of Ukrainian women in this war, each of whom does her
    best for the victory: “…”" (75665): what she noted is her indirect statement, only the colon leads in the
    quotation (GOLD-FORMAT's "X noted the importance of Y and stressed: “…”")."""
    body = ("First Lady of Zarovia Mira Kovac gave an interview to a TV channel. "
            "In addition, Mira Kovac noted the great role of Zarovian women in this war, each of whom does her best "
            "for the victory: \"I have always been convinced that Zarovian women are the best.\"")
    assert_statements(body, expected=[
        ("Mira Kovac", "indirect", "In addition, Mira Kovac noted the great role of Zarovian women in this war, each of "
                                   "whom does her best for the victory"),
        ("Mira Kovac", "direct", "I have always been convinced that Zarovian women are the best."),
    ])


def test_that_clause_before_a_colon_is_a_statement_of_its_own():
    """The same with a that-clause: "X stressed that women are strong: “…”"."""
    body = ("Minister of Health of Zarovia Mira Kovac visited the hospital. "
            "Mira Kovac stressed that the nurses are strong: \"We are proud of them.\"")
    assert_statements(body, expected=[
        ("Mira Kovac", "indirect", "Mira Kovac stressed that the nurses are strong"),
        ("Mira Kovac", "direct", "We are proud of them."),
    ])


def test_lead_in_only_before_a_colon_says_nothing():
    """Guard: "X noted the following:" and "X recalled the words of …:" only introduce the quotation."""
    body = ("Minister of Health of Zarovia Mira Kovac visited the hospital. "
            "Mira Kovac noted the following: \"We are proud of them.\" "
            "She recalled the words of the founder of the hospital: \"Heal everyone.\"")
    assert_statements(body, expected=[
        ("Mira Kovac", "direct", "We are proud of them."),
        ("Mira Kovac", "direct", "Heal everyone."),
    ])
