"""Readings a set of eleven readouts of the Royal Hashemite Court of Jordan (benchmarks/heldout/fourhundredtwentyeighth)
showed the engine missing: a subject set off from its verb by a long aside that tells where or when it spoke ("X, in a
phone call on Saturday with <the other party's full style and name>, expressed …"); and two found probing the court's
style: an order to those under him named by a bare plural ("The King directed stakeholders at the Royal Court to …"),
and a closing "…, the King said, adding that …" that governs the whole sentence.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; the rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, attributed, run


def test_long_call_aside_keeps_the_subject_before_it():
    """"His Majesty King Abdullah, in a phone call on Saturday with Custodian of the Two Holy Mosques King Salman bin
    Abdulaziz Al Saud of Saudi Arabia, expressed …" (jordan_rhc 2019-09-14): an aside opened by "in" that runs past an
    apposition's fourteen words, the other party's long style in it, still leaves the subject before it the speaker
    (`phrases._CIRCUMSTANCE_ASIDE_TOKENS`)."""
    said = ("His Majesty King Tamar Oskarin, in a phone call on Saturday with Guardian of the Northern Shrines King "
            "Edmund bin Alaric Al Verrin of the Kingdom of Lirea, expressed utter condemnation of the attack on the "
            "refinery.")
    assert_statements(said + "\n", [("Tamar Oskarin", "indirect", said)])


def test_long_meeting_aside_opened_by_at_keeps_the_subject_before_it():
    """The same with "at" and a meeting: "President X, at a press conference after talks with <long style>, said …"."""
    said = ("President Mira Kolvane, at a press conference held after her talks with the Chairman of the Presidential "
            "Council of the Republic of Sarnavia Anders Holt, said the two countries would reopen the border crossing.")
    assert_statements(said + "\n", [("Mira Kolvane", "indirect", said)])


def test_long_aside_with_two_parties_is_not_the_last_partys():
    """An aside opened by "in" that names two parties with their full styles ("in her talks with the Chairman of …
    X and the Prime Minister of … Y,") runs past thirty words; the subject before it speaks, not the last party named
    before the verb (who had the words before the rule, the aside too long to read past)."""
    said = ("President Mira Kolvane, in her talks with the Chairman of the Presidential Council of the Republic of "
            "Sarnavia Anders Holt and the Prime Minister of the Kingdom of Lirea Ivo Marek, said the border would "
            "reopen.")
    assert_statements(said + "\n", [("Mira Kolvane", "indirect", said)])


def test_long_apposition_still_names_no_speaker():
    """Guard: a long aside that is no circumstance (not opened by "in", "at", "on", "for", "as" …) keeps the
    apposition's limit: "The Council met on Monday with the ministers, the heads of the agencies for roads and rail
    and … of all the northern provinces of the Kingdom, stressed …" names no one who speaks."""
    body = ("The Council met on Monday with the ministers, the heads of the agencies for roads and rail and ports and "
            "customs and trade of all the northern provinces of the Kingdom, stressed the need for new roads.\n")
    assert_statements(body, [])


def test_long_circumstance_aside_after_a_thing_names_no_speaker():
    """Guard: the long aside read past leaves the subject before it what it is: "The talks of Minister X with President
    Y, in the capital of … (a long place and time), stressed …" has talks for its subject, no one who speaks (neither
    X nor Y, each inside the subject)."""
    body = ("The talks of Minister Lena Frost with President Ivo Marek, in the capital of the Republic of Sarnavia at "
            "the end of a long week of talks on trade and roads and customs, stressed the need for new roads.\n")
    assert_statements(body, [])


def test_directed_stakeholders_to_is_an_order():
    """"The King directed stakeholders at the Royal Court to visit all refugee camps" (the court's style, found probing
    this set's readouts): an order to those under him named by a plural with no article, an indirect statement as
    "directed officials to …" is (GOLD-FORMAT: orders, "instructed", "directed"; `lexicon`'s "direct" entry)."""
    said = "The King directed stakeholders at the Royal Court to visit all refugee camps."
    body = "His Majesty King Tamar Oskarin received dignitaries of the refugee camps.  " + said + "\n"
    assert_statements(body, [("Tamar Oskarin", "indirect", said)])


def test_directed_resources_is_no_order():
    """Guard: "directed resources to …", "directed funds to …": things sent somewhere, not people told to act."""
    body = ("His Majesty King Tamar Oskarin visited the northern province.  The King directed resources to the farmers "
            "of the valley.\n")
    assert_statements(body, [])


def test_closing_said_then_adding_governs_the_whole_sentence():
    """"The talks focused on the region, the King said, adding that …" (the court's style, found probing): the cue
    that closes the words before it ("…, the King said") governs all of the sentence, as with nothing after it, though
    its own participle goes on after it; a person-less cue before it ("The talks focused on") cuts nothing."""
    said = ("The talks focused on the latest developments in the region, the King said, adding that the members of the "
            "new administration respect the Kingdom's views.")
    body = "His Majesty King Tamar Oskarin met with journalists on Monday.  " + said + "\n"
    assert_statements(body, [("Tamar Oskarin", "indirect", said)])


def test_closing_said_then_another_persons_participle_is_not_the_kings():
    """Guard: "…, the King said, with Minister Y adding that …": the participle is another person's, so the
    closing cue does not take the sentence's end for the King."""
    body = ("His Majesty King Tamar Oskarin met Minister Ivo Marek.  The talks focused on the region, the King said, "
            "with Minister Marek adding that roads matter.\n")
    got = attributed(run(body), {"Tamar Oskarin", "Ivo Marek"})
    assert not any(person == "Tamar Oskarin" and "roads matter" in words for person, _, words in got), got
