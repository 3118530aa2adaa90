"""Review rf23 of stop 73's merges h1300, h1301, h1303 and h1302: near shapes their rules must not touch, each mended
in the rule's module (invented readouts, invented people and countries)."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = ("Leaders in Kelo have expressed fear over the mills.\n\n"
            "Omar Belu, Mill Board member said that the supply had fallen. He called on farmers not to sell to "
            "hawkers. ")
_NEXT = "\n\nHe noted that business was being undertaken at night."


def test_he_after_a_newcomers_hope_stays_the_openers():
    """"President Y hopes that …" closing the paragraph is a stance told beside the opener's report, as a belief is
    (`carrying_on._BELIEF_VERB`): the next paragraph's "He" is still the opener's. The merged h1300 rule gave it Y."""
    assert_statements(_OPENING + "President Karl Tamsin hopes that the mills will be saved." + _NEXT, [
        ("Omar Belu", "indirect", "Omar Belu, Mill Board member said that the supply had fallen."),
        ("Omar Belu", "indirect", "He called on farmers not to sell to hawkers."),
        ("Karl Tamsin", "indirect", "President Karl Tamsin hopes that the mills will be saved."),
        ("Omar Belu", "indirect", "He noted that business was being undertaken at night."),
    ])


def test_he_after_a_newcomers_report_the_opener_relays_stays_the_openers():
    """"President Y, he said, had promised that …": the opener relays the newcomer's words with his own tag, so the
    next paragraph's "He" is still the opener's. The merged h1300 rule gave it Y."""
    assert_statements(_OPENING + "President Karl Tamsin, he said, had promised that the mills will be saved." + _NEXT, [
        ("Omar Belu", "indirect", "Omar Belu, Mill Board member said that the supply had fallen."),
        ("Omar Belu", "indirect", "He called on farmers not to sell to hawkers."),
        ("Karl Tamsin", "indirect", "President Karl Tamsin, he said, had promised that the mills will be saved."),
        ("Omar Belu", "indirect", "He noted that business was being undertaken at night."),
    ])


def test_he_after_according_to_him_stays_the_openers():
    """"According to him, President Y has said …": a report the opener gives; "He" next is the opener's."""
    assert_statements(_OPENING + "According to him, President Karl Tamsin has said the mills will be saved." + _NEXT, [
        ("Omar Belu", "indirect", "Omar Belu, Mill Board member said that the supply had fallen."),
        ("Omar Belu", "indirect", "He called on farmers not to sell to hawkers."),
        ("Karl Tamsin", "indirect", "According to him, President Karl Tamsin has said the mills will be saved."),
        ("Omar Belu", "indirect", "He noted that business was being undertaken at night."),
    ])


def test_he_after_a_newcomers_background_report_stays_the_openers():
    """"Opposition leader Y has previously said …": a report told as background, not a speaker of this paragraph."""
    assert_statements(_OPENING + "Opposition leader Karl Tamsin has previously said the mills should be sold." + _NEXT, [
        ("Omar Belu", "indirect", "Omar Belu, Mill Board member said that the supply had fallen."),
        ("Omar Belu", "indirect", "He called on farmers not to sell to hawkers."),
        ("Karl Tamsin", "indirect", "Opposition leader Karl Tamsin has previously said the mills should be sold."),
        ("Omar Belu", "indirect", "He noted that business was being undertaken at night."),
    ])


def test_he_after_a_newcomers_own_report_is_still_the_newcomers():
    """The h1300 rule kept: "Deputy governor Y said …" closing the paragraph, so "He" next is Y."""
    assert_statements(_OPENING + "Deputy governor Karl Tamsin said the practice has put the mills at risk." + _NEXT, [
        ("Omar Belu", "indirect", "Omar Belu, Mill Board member said that the supply had fallen."),
        ("Omar Belu", "indirect", "He called on farmers not to sell to hawkers."),
        ("Karl Tamsin", "indirect", "Deputy governor Karl Tamsin said the practice has put the mills at risk."),
        ("Karl Tamsin", "indirect", "He noted that business was being undertaken at night."),
    ])


def test_a_quotation_after_calling_on_is_the_calls_own_words():
    """"Calling on the youth “Stay in school”, X said.": "Calling on" leads in a call, not a label
    (`sentence_reading._DESCRIBING_OPENER`): the quotation is X's own words, as before the h1301 rule, which read it
    as a label and gave the whole sentence as one report."""
    body = ("The Sultan of Kelo met the district officers.\n\n"
            "Calling on the youth “Stay in school”, Sultan Idris Omar said.")
    assert_statements(body, [
        ("Idris Omar", "direct", "Stay in school"),
    ])


def test_a_label_after_describing_is_still_a_term_of_the_report():
    """The h1301 rule kept: "Describing them as ‘Little Kings’, X warned that …" is one report, the label in it."""
    body = ("The Sultan of Kelo met the district officers.\n\n"
            "Describing them as ‘Little Kings’, Sultan Idris Omar warned that officers must serve the people.")
    assert_statements(body, [
        ("Idris Omar", "indirect", "Describing them as ‘Little Kings’, Sultan Idris Omar warned that officers must "
         "serve the people."),
    ])
