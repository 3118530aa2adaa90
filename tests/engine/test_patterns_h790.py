"""Statements found by helper h790's set fivehundredninetythird (Armenpress, Armenia's national news agency, its
English reports of meetings and calls):
- "X introduced the guests on the new initiative …" is X's statement: the listeners, then what they were told, as
  "briefed the guests on" (lexicon, "introduced");
- "the two states" is a plural noun, no cue: a counted noun takes no verb in -s, so "X noted that the cooperation between
  the two states in various directions were close, the Prime Minister's Office said in a news release." is X's whole
  sentence, the office closing it as its source (reported_speech, `_plural_noun_after_a_count`).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_introduced_the_guests_on_is_a_statement():
    """Before, "The President introduced the guests on …" was no statement."""
    assert_statements((
        "President of Tarvia Oren Halvik received a delegation of the Union of Tarvians of Lorsk.\n\n"
        "The President introduced the guests on the new presidential initiative on science, as well as talked about "
        "the programs aimed at restoring the city of Vell."
    ), [
        ("Oren Halvik", "indirect",
         "The President introduced the guests on the new presidential initiative on science, as well as talked about "
         "the programs aimed at restoring the city of Vell."),
    ])


def test_introduced_on_a_date_stays_narrative():
    """Guard: "the amendments introduced on January 5" names no listener; no statement."""
    assert_statements((
        "President of Tarvia Oren Halvik received the Speaker. The amendments introduced on January 5 were adopted."
    ), [])


def test_the_two_states_is_no_cue_before_the_closing_source():
    """Before, "the two states" was a cue of no one, and the office's closing ", … said in a news release" was cut
    from the Prime Minister's statement."""
    assert_statements((
        "Prime Minister Oren Halvik held a meeting with the outgoing Ambassador of Lorsk Ilse Brandt.\n\n"
        "The Prime Minister thanked the ambassador for her work and noted that the cooperation between the two states "
        "in various directions were close and productive during her tenure, the Prime Minister's Office said in a "
        "news release."
    ), [
        ("Oren Halvik", "indirect",
         "The Prime Minister thanked the ambassador for her work and noted that the cooperation between the two states "
         "in various directions were close and productive during her tenure, the Prime Minister's Office said in a "
         "news release."),
    ])


def test_a_named_subject_still_states():
    """Guard: "Minister Brandt states that …" after no counting word is still her statement."""
    assert_statements((
        "Prime Minister Oren Halvik met Foreign Minister Ilse Brandt. Minister Brandt states that the two states "
        "will open a consulate in Vell."
    ), [
        ("Ilse Brandt", "indirect",
         "Minister Brandt states that the two states will open a consulate in Vell."),
    ])
