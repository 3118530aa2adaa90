"""Readings of real White House text of stop 32 (President George W. Bush's press secretary, 2007): a
cue word of a group counted by "all" right after "that" ("… to ensure that all Iraqis committed to peace can
benefit …") is inside the speaker's words, as one right after "that" is, and cuts nothing.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Statement by the Press Secretary"


def test_a_group_counted_by_all_after_that_stays_in_the_speakers_words():
    """"He underlined his commitment to advance national reconciliation and promote key legislation on
    debathification and hydrocarbons to ensure that all Iraqis committed to peace can benefit from a stable,
    prosperous, democratic Iraq." (two-hundred-eighty-fifth 2007-03-19): "committed", a participle of the group
    "all Iraqis" after "that", opens no new clause at "and hydrocarbons"; the sentence is all the Prime
    Minister's."""
    body = (
        "Today, President Borin and Prime Minister Tavel consulted via videoconference. "
        "The Prime Minister underlined his commitment to promote key legislation on land and water rights to "
        "ensure that all Drevnians committed to peace can benefit from a stable country."
    )
    assert_statements(body, [
        ("Tavel", "indirect", "The Prime Minister underlined his commitment to promote key legislation on land and "
         "water rights to ensure that all Drevnians committed to peace can benefit from a stable country."),
    ], title=TITLE)


def test_a_named_speaker_after_and_still_opens_his_own_clause():
    """Guard: "… that all Drevnians deserve peace, and President Borin thanked him …": a named person's cue after
    "and" is still a second speaker's clause, cut there."""
    body = (
        "Today, President Borin and Prime Minister Tavel consulted via videoconference. "
        "The Prime Minister stressed that all Drevnians deserve peace, and President Borin thanked him for his "
        "leadership."
    )
    assert_statements(body, [
        ("Tavel", "indirect", "The Prime Minister stressed that all Drevnians deserve peace,"),
        ("Borin", "indirect", "and President Borin thanked him for his leadership."),
    ], title=TITLE)
