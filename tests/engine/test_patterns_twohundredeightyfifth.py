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


def test_one_person_remains_committed_to_is_his_statement():
    """"President Bush remains committed to the vision of June 24th, including Israeli and Palestinian states
    living side by side in peace." (two-hundred-eighty-fifth 2003-05-21): one person's standing pledge, "remains"
    before "committed to" as "has" before it, a statement as "looks forward to" is."""
    body = (
        "President Borin spoke Tuesday morning with Prime Minister Tavel. "
        "President Borin remains committed to the vision of June, including two states living side by side."
    )
    assert_statements(body, [
        ("Borin", "indirect", "President Borin remains committed to the vision of June, including two states living "
         "side by side."),
    ], title="Global Message")


def test_a_country_or_the_leaders_remaining_committed_stay_narrative():
    """Guard: "America remains committed to the security of …" (a country), "The two leaders remain committed
    to …" (a pair): no one person's pledge, no statement."""
    body = (
        "President Borin spoke Tuesday morning with Prime Minister Tavel. "
        "Kastravia remains committed to the security of Drevnia. "
        "The two leaders remain committed to the peace plan."
    )
    assert_statements(body, [], title="Global Message")


def test_an_office_of_a_person_remaining_committed_stays_narrative():
    """Guard (hundred-seventy-third 2025-07-11): "The Office of First Lady X remains committed to supporting …":
    an office, the person only named inside its name; no statement of hers."""
    body = (
        "First Lady Mira Tavel visited the flooded valley. "
        "The Office of First Lady Mira Tavel remains committed to supporting the families of the valley."
    )
    assert_statements(body, [], title="First Lady Mira Tavel visited the flooded valley")
