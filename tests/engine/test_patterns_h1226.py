"""Rules from the nine-hundred-thirty-ninth held-out set (the Governor of Cavite, Philippine outlets, 2020-2025):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_BODY = ("This was according to Tarvel Governor Ana Velloro, who said the order was relayed by the palace on "
         "Monday night.\n\n"
         "People are still barred from leaving their houses without a pass unless they have to work, Velloro said.\n\n"
         "The curfew hours of 8 pm to 5 am shall remain in place, except for those who have a valid work permit.\n\n"
         "Markets will open next week.")


def test_a_headline_credited_to_the_host_after_a_dash_lets_her_words_go_on():
    """"Cavite to be placed under GCQ starting May 16 – Governor Remulla" (eaglenews 2020-05-12): the headline is
    credited to the governor after a dash, so the readout is her account, as under a headline that names no host:
    "…, X said." closing a paragraph goes on into the next one that says nothing new. Before, the title's host
    stopped it, as under "X met with Y", and the curfew paragraph was no one's."""
    assert_statements(_BODY, [
        ("Ana Velloro", "indirect",
         "This was according to Tarvel Governor Ana Velloro, who said the order was relayed by the palace on Monday "
         "night."),
        ("Ana Velloro", "indirect",
         "People are still barred from leaving their houses without a pass unless they have to work, Velloro said."),
        ("Ana Velloro", "indirect",
         "The curfew hours of 8 pm to 5 am shall remain in place, except for those who have a valid work permit."),
        ("Ana Velloro", "indirect", "Markets will open next week."),
    ], title="Tarvel to be placed under curfew starting May 16 – Governor Velloro")


def test_a_headline_that_tells_of_a_meeting_with_the_host_still_stops_her_words():
    """Guard (passes on both): "Governor Velloro met with the mayors" names the host as the one who met, not as the
    headline's credit; "…, X said." does not go on into the paragraphs after it."""
    assert_statements(_BODY, [
        ("Ana Velloro", "indirect",
         "This was according to Tarvel Governor Ana Velloro, who said the order was relayed by the palace on Monday "
         "night."),
        ("Ana Velloro", "indirect",
         "People are still barred from leaving their houses without a pass unless they have to work, Velloro said."),
    ], title="Governor Velloro met with the mayors of Tarvel")


def test_a_dash_before_a_place_in_the_headline_is_no_credit():
    """Guard (passes on both): "… – Tarvel" closes the headline on a place, not on the host: no credit."""
    assert_statements(_BODY, [
        ("Ana Velloro", "indirect",
         "This was according to Tarvel Governor Ana Velloro, who said the order was relayed by the palace on Monday "
         "night."),
        ("Ana Velloro", "indirect",
         "People are still barred from leaving their houses without a pass unless they have to work, Velloro said."),
    ], title="Governor Velloro orders a curfew – Tarvel")
