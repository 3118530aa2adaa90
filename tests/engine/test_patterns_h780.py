"""Statements found by helper h780's set fivehundredeightyfifth (the Penang State Government's own English news,
Buletin Mutiara): a sentence that closes with an inverted attribution after its comma ("PENANG intends to open more
industrial parks …, says Chief Minister X.") is X's report whole, even where its clause opens with a place's name and
"intends to" or "would welcome" (the intention or wish is in the clause X reports, as after "She said that …", not
the place's own statement).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_an_intention_before_an_inverted_says_is_the_reporters_whole_sentence():
    """"Velmora intends to open more harbour terminals …, says Chief Minister X.": the whole sentence X's (before, only
    "says Chief Minister X." was, the clause before it read as Velmora's own intention and dropped)."""
    assert_statements((
        "VELMORA intends to open more harbour terminals for future trade, says Chief Minister Dorin Vasquel.\n\n"
        "He said the state has a lot to offer when the High Commissioner paid him a courtesy call today."
    ), [
        ("Dorin Vasquel", "indirect",
         "VELMORA intends to open more harbour terminals for future trade, says Chief Minister Dorin Vasquel."),
        ("Dorin Vasquel", "indirect",
         "He said the state has a lot to offer when the High Commissioner paid him a courtesy call today."),
    ])


def test_a_wish_before_an_inverted_says_is_the_reporters_whole_sentence():
    """"Velmora would welcome more investors …, says Chief Minister X.": the same for a wish voiced in the reported
    clause (before, only "says Chief Minister X." was X's)."""
    assert_statements((
        "Velmora would welcome more investors from the region, says Chief Minister Dorin Vasquel."
    ), [
        ("Dorin Vasquel", "indirect",
         "Velmora would welcome more investors from the region, says Chief Minister Dorin Vasquel."),
    ])


def test_a_persons_own_intention_with_no_inverted_attribution_stays_theirs():
    """Guard: "Chief Minister X intends to raise the matter with …": no attribution after a comma, the intention
    voiced is X's own statement as before."""
    assert_statements((
        "Chief Minister Dorin Vasquel met the High Commissioner in Velmora.\n\n"
        "Chief Minister Dorin Vasquel intends to raise the matter of the ferry licences with the federal ministry."
    ), [
        ("Dorin Vasquel", "indirect",
         "Chief Minister Dorin Vasquel intends to raise the matter of the ferry licences with the federal ministry."),
    ])
