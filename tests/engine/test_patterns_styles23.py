"""Constructions of the twenty-third styles set (benchmarks/styles23: the English news of invented presidencies in the
shape of those of Central Asia, the Caucasus and Turkey): a quotation of a joint text whose name is capitalised as a
title ("“…,” the Joint Declaration reads."), and a narrative paragraph after a transcript's last turn that opens with
"Then" or has "had" for its verb ("Then the heads of state had lunch together.").

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_closed_by_a_capitalised_joint_declaration_is_no_ones():
    """"… signed a Joint Declaration. “…,” the Joint Declaration reads.": the joint text's words, no one's; before,
    they went to the president named last."""
    body = (
        "Talks were held between President of Dovrania Ilvar Kesting and President of Marvolia Oreld Valkenhorst.\n\n"
        "Following the talks, the presidents signed a Joint Declaration. \u201cThe Parties reaffirm their commitment "
        "to the principles of good-neighbourliness and mutual respect,\u201d the Joint Declaration reads."
    )
    assert_statements(body, [])


def test_a_quotation_closed_by_a_capitalised_joint_statement_name_keeps_a_persons_quotation():
    """Guard: a person's quotation after a capitalised joint text stays the person's."""
    body = (
        "Talks were held between President of Dovrania Ilvar Kesting and President of Marvolia Oreld Valkenhorst.\n\n"
        "Following the talks, the presidents signed a Joint Statement. \u201cThis is a historic day,\u201d "
        "Ilvar Kesting said."
    )
    assert_statements(body, [("Ilvar Kesting", "direct", "This is a historic day")])


def test_then_the_heads_of_state_had_lunch_after_the_last_turn_is_narrative():
    """"Ilvar Kesting: - … / Oreld Valkenhorst: - … / Then the heads of state had lunch together.": what the meeting's
    people did together after the last turn, narrative; before, it ran on as the last speaker's turn."""
    body = (
        "President of Dovrania Ilvar Kesting and President of Marvolia Oreld Valkenhorst made press statements.\n\n"
        "Ilvar Kesting: - Dear Mr. President, dear guests. Today we have signed six documents.\n\n"
        "Oreld Valkenhorst: - Thank you, Mr. President, for your hospitality.\n\n"
        "Then the heads of state had lunch together."
    )
    assert_statements(body, [
        ("Ilvar Kesting", "direct", "- Dear Mr. President, dear guests. Today we have signed six documents."),
        ("Oreld Valkenhorst", "direct", "- Thank you, Mr. President, for your hospitality."),
    ])


def test_a_turn_that_goes_on_with_then_we_had_stays_the_speakers():
    """Guard: a paragraph with no label in the first person ("Then we had a long talk …") goes on with the last
    speaker's turn."""
    body = (
        "President of Dovrania Ilvar Kesting and President of Marvolia Oreld Valkenhorst made press statements.\n\n"
        "Ilvar Kesting: - Dear Mr. President, dear guests. Today we have signed six documents.\n\n"
        "Oreld Valkenhorst: - Thank you, Mr. President, for your hospitality.\n\n"
        "Then we had a long talk about energy, and I am grateful for it."
    )
    assert_statements(body, [
        ("Ilvar Kesting", "direct", "- Dear Mr. President, dear guests. Today we have signed six documents."),
        ("Oreld Valkenhorst", "direct", "- Thank you, Mr. President, for your hospitality."),
        ("Oreld Valkenhorst", "direct", "Then we had a long talk about energy, and I am grateful for it."),
    ])
