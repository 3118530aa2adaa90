"""Rules from the two-hundred-twenty-fourth held-out set (en.kremlin.ru, December 1999 - March 2000): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run

_TRIP = "Acting President Arvan Tolmen made a working trip to the southern province"
_HANDOVER = "President Oskar Brell handed over power to Acting President Arvan Tolmen"


def test_inverted_said_followed_by_and_stressed_that_is_his_statement():
    """"We will achieve the goal of eliminating terrorism in Chechnya, said the acting president and stressed that the
    military tactic of the Armed Forces had proved effective and would remain unchanged." (two-hundred-twenty-fourth
    37353): an inverted "said X" followed by "and stressed that …", a second speech verb of his, is his as
    "…, said X." closing the sentence is. Before, the inverted cue was not read when "and" followed the name, and
    nothing of the sentence was his."""
    body = ("Speaking to reporters at the airport, Mr Tolmen commented on the situation in the province. We will restore "
            "order in the province, said the acting president and stressed that the tactic of the army had proved "
            "effective.")
    assert_statements(body, [
        ("Arvan Tolmen", "indirect", "Speaking to reporters at the airport, Mr Tolmen commented on the situation in the "
                                     "province."),
        ("Arvan Tolmen", "indirect", "We will restore order in the province, said the acting president and stressed "
                                     "that the tactic of the army had proved effective."),
    ], title=_TRIP)


def test_inverted_said_followed_by_and_a_deed_stays_out():
    """Guard: "…, said the acting president and left for the airport.": "and" with no "that" clause after its verb
    is a deed, the inverted cue not read there, as before."""
    body = ("Mr Tolmen spoke to reporters. The trip was planned long ago, said the acting president and left for the "
            "airport.")
    result = run(body, title=_TRIP)
    assert not any("planned long ago" in s.text and s.speaker for s in result.statements)


def test_relative_who_was_invited_by_a_person_is_no_statement():
    """"Mr Yeltsin handed a decree on his resignation to Mr Putin in the presence of Patriarch Alexy II of Moscow and
    All Russia, who was also invited by Mr Yeltsin in the morning." (two-hundred-twenty-fourth 37381): a passive
    speech verb in a relative clause on a person ("…, who was also invited by X") tells who the guest was, not words
    of X. Before, the agent was taken as the speaker of the whole sentence."""
    body = ("Mr Brell and Mr Tolmen had met beforehand. Mr Brell handed a decree on his resignation to Mr Tolmen in the "
            "presence of Bishop Anselm Voss, who was also invited by Mr Brell in the morning.")
    assert_statements(body, [], title=_HANDOVER)


def test_passive_invited_by_a_person_in_a_main_clause_stays_his():
    """Guard: "The guests were invited by Mr Brell to …" (no relative "who"): the passive's agent still speaks, as
    before."""
    body = "Mr Brell and Mr Tolmen had met beforehand. Concern about the harvest was raised by Mr Brell."
    assert_statements(body, [
        ("Oskar Brell", "indirect", "Concern about the harvest was raised by Mr Brell."),
    ], title=_HANDOVER)
