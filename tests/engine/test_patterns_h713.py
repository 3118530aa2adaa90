"""Statements found by helper h713's set fivehundredthirtythird (the Prince's Government of Monaco):

- "…, Ambassador of X to Y and President of the Prince Albert I Commemoration Committee": an office of a body named
  for a monarch (his name, his numeral, then words that end in a body's word), no person "Albert" who holds it
  (name_runs._a_body_named_for_a_monarch); the quotation of the minister before it stays his.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_CLOSED = ("The Chancellor of Ostmark, Jonas Falvo, brought the annual meeting of the honorary consuls to a close. "
           "After expressing the gratitude of the Prince's Government to the consuls, he stated, \"Our network is "
           "small, but it reaches every continent.\"")
_SPEAKERS = ("The speakers included Mr Tobias Renn, Ambassador of Ostmark to Velmara and President of the Prince "
             "Ludovic I Heritage Committee, who reported on the events of the year.")


def test_an_office_of_a_body_named_for_a_monarch_names_no_one():
    """"President of the Prince Ludovic I Heritage Committee" after "the Prince's Government" in the sentence of a
    quotation: the quotation stays the Chancellor's, no "Ludovic" holds the office (nor is "the Prince" of the
    possessive)."""
    assert_statements(
        _CLOSED + "\n\n" + _SPEAKERS,
        [("Jonas Falvo", "direct", "Our network is small, but it reaches every continent.")],
    )


_KING_SPOKE = ("The Ambassador met President of the Council King Otto III, who is on a visit to Velmara. "
               "King Otto III said: \"We value these ties.\"")


def test_a_monarch_with_his_numeral_and_no_body_after_it_stays_a_person():
    """A titled monarch whose numeral ends the name, no body's word after it: still a speaker."""
    assert_statements(
        _KING_SPOKE,
        [("Otto III", "direct", "We value these ties.")],
    )


_OPENED = "On Monday 3 May, Chancellor Jonas Falvo opened the yearly meeting of the consular network in Ostmark."
_EXPLAINED = ("Mira Tessel, Minister of Foreign Affairs, then explained the new way in which the Department is "
              "organised and gave an update on the talks with the Coastal Union.")
_PRESENT = ("Many of the members of Ostmark's Consular Corps abroad and its Honorary Consuls from all continents were "
            "present at this meeting, which marked the end of the celebrations of the National Day.")
_REMINDER = "As a reminder, the country had 133 consulates in 80 states."


def test_who_was_present_at_the_meeting_carries_no_report_on():
    """A report that ends its paragraph, then "Many of … were present at this meeting, …" and the figures after it:
    who attended, the readout's own account, not the minister's report carried on."""
    assert_statements(
        _OPENED + "\n\n" + _EXPLAINED + "\n\n" + _PRESENT + "\n\n" + _REMINDER,
        [("Mira Tessel", "indirect", _EXPLAINED)],
    )


_FLOOR = ("Mira Tessel, Minister of Foreign Affairs, then explained the new way in which the Department is organised, "
          "before giving the floor to the various speakers, including the Director of the Harbour Board.")
_SPEECHES = ("These speeches featured an assessment of the joint operations undertaken this year and a presentation on "
             "the harbour works.")


def test_these_speeches_are_the_speakers_not_the_reporters_words():
    """After a report that gives the floor to the speakers, "These speeches featured …" tells of their speeches
    (a plural word of the readout's account, `_NARRATIVE_HEADS`), not the minister's report carried on."""
    assert_statements(
        _OPENED + "\n\n" + _FLOOR + " " + _SPEECHES,
        [("Mira Tessel", "indirect", _FLOOR)],
    )
