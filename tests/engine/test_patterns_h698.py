"""Statements found by helper h698's set fivehundredtwentythird (TAP, Tunis Afrique Presse's English items):

- an envoy's office, "in" the city he serves in, then his name, no comma ("Ambassador of the Republic of Varnia in
  Tolsk Olo Deman", "Varnian ambassador in Tolsk Hayel al Olo"): the office is his, so "The Varnian ambassador …" after means him
  (name_offices.office_posted_in_before);
- a closing mark with nothing open, right after the last stop of a paragraph in the third person with nothing after it
  (a wire's slip): no quotation, so the paragraph is not read as someone's direct speech (quotes._stray_last_mark).

Each test is a small invented readout (invented people and places); each rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_RECEIVED = ("Tolsk — Foreign Minister Ivo Darn received Friday in Tolsk, Ambassador of the Republic of Varnia in Tolsk "
             "Olo Deman.")
_CONFIRMED = "The Varnian ambassador confirmed the participation of President Ruslan Ketto in the work of the Summit."
_STRESSED = "The Minister stressed the importance of preparing the upcoming bilateral events."


def test_an_ambassadors_office_before_the_city_he_serves_in_is_his():
    """"Ambassador of the Republic of Varnia in Tolsk Olo Deman": the office is his, the city no part of his name."""
    assert_statements(
        _RECEIVED + "\n\n" + _CONFIRMED + "\n\n" + _STRESSED,
        [("Olo Deman", "indirect", _CONFIRMED), ("Ivo Darn", "indirect", _STRESSED)],
    )


_RECEIVED_LOWER = ("Tolsk — President Ivo Darn, on Wednesday evening, received in Kellan, Varnian ambassador in Tolsk "
                   "Hayel al Olo.")
_EXPRESSED = "The Varnian ambassador expressed his country's solidarity with Kellania in this difficult situation."


def test_a_lower_case_ambassador_in_a_city_before_his_name_is_his():
    """"Varnian ambassador in Tolsk Hayel al Olo": the nationality's ambassador, whom "The Varnian ambassador" means."""
    assert_statements(
        _RECEIVED_LOWER + "\n\n" + _EXPRESSED,
        [("Hayel al Olo", "indirect", _EXPRESSED)],
    )


def test_a_capital_of_two_words_is_cut_whole():
    """"… ambassador in New Delhi Hayel Olo": the two words of a known capital are the city."""
    received = "President Ivo Darn received in Kellan the Varnian ambassador in New Delhi Hayel Olo."
    assert_statements(
        received + "\n\n" + _EXPRESSED,
        [("Hayel Olo", "indirect", _EXPRESSED)],
    )


_CALL = ("Tolsk — President Ivo Darn, on Monday evening, had a phone call with his Varnian counterpart Ruslan Ketto, "
         "in which he congratulated him on the anniversary.")
_OPPORTUNITY = "The phone call was an opportunity to emphasise the strong relations binding the two peoples."
_STRAY = "It also made it possible to reaffirm the commitment to work for the unity of the region, despite many obstacles.»"


def test_a_stray_closing_mark_after_a_narrative_paragraph_quotes_nothing():
    """A lone "»" after the last stop of a paragraph in the third person, nothing after it: no one's words."""
    assert_statements(_CALL + "\n\n" + _OPPORTUNITY + "\n\n" + _STRAY, [])


def test_a_lost_opening_mark_in_the_speakers_own_words_is_still_a_quotation():
    """Guard: "While we still have a long way ahead, we made progress …”" after the speaker's report: his words."""
    report = "Speaking about the past year, President Ivo Darn stated that it was a good one for Kellania."
    own = "While we still have a long way ahead, we made progress in many areas, and continue to learn from others.”"
    assert_statements(
        report + "\n\n" + own,
        [("Ivo Darn", "indirect", report), ("Ivo Darn", "direct", own[:-2])],
    )


def test_a_lost_opening_mark_before_its_attribution_is_still_a_quotation():
    """Guard: "The relations are strong,” Darn said." — a comma and the attribution after the mark: his words."""
    met = "President Ivo Darn met Ruslan Ketto in Kellan."
    quoted = "The relations between the two countries are strong,” Darn said."
    assert_statements(
        met + "\n\n" + quoted,
        [("Ivo Darn", "direct", "The relations between the two countries are strong,")],
    )
