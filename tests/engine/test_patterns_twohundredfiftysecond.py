"""Readings of real Kremlin text of 2000 (two-hundred-fifty-second): a trip begun "by visiting" a
place is no speech ("Mr Putin began his trip by visiting the workshops …"), and a meeting's own
decision ("The meeting approved the draft agenda …") ends a report carried over from the paragraph
before, so the working groups' reports after it are no one's words.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Acting President Oren Vask visited the Dravia Region"


def test_a_trip_begun_by_visiting_a_place_is_no_speech():
    """"Mr Putin began his trip by visiting the workshops of the Voronezh Aircraft Construction Company and
    examined the latest models of airplanes." (two-hundred-fifty-second 38743): what a trip began with is a place
    seen, not words, unlike "began by thanking …"."""
    body = (
        "Mr Vask began his trip by visiting the workshops of the Dravia Tractor Company and examined the latest "
        "models of tractors.\n\n"
        "Mr Vask said the fight against poverty was the main challenge of the state."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said the fight against poverty was the main challenge of the state."),
    ], title=TITLE)


def test_a_meeting_begun_by_thanking_stays_speech():
    """Guard: "began the meeting by thanking …" is still words: only a gerund of going and seeing is no speech."""
    body = "Mr Vask began the meeting by thanking the governors for their work in the harvest."
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask began the meeting by thanking the governors for their work in the harvest."),
    ], title=TITLE)


def test_a_meeting_decision_ends_a_report_carried_over():
    """"Mr Putin informed the members of the Presidium about the results of his visits … ¶ The meeting approved
    the draft agenda for the first full session of the State Council, which will take place on November 22. The
    working groups on state-building, economic development, local self-government and state symbols presented
    their reports." (two-hundred-fifty-second 39415): the meeting's decision is the readout's account again; what
    the working groups did after it is not the President's report carried on."""
    body = (
        "Mr Vask informed the members of the Council about the results of his visits to Kastravia and Lorund. "
        "The President stressed that the neighbouring countries are Dravia’s closest allies.\n\n"
        "The meeting approved the draft agenda for the next full session of the Council, which will take place "
        "on May 12. The working groups on state-building, economic development and state symbols presented "
        "their reports."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "Mr Vask informed the members of the Council about the results of his visits to Kastravia and Lorund."),
        ("Oren Vask", "indirect", "The President stressed that the neighbouring countries are Dravia’s closest allies."),
    ], title=TITLE)


def test_a_meeting_cited_as_evidence_is_the_writers_comment():
    """"Mr Putin said the federal authorities intended to do everything possible to normalise the situation in the
    republic. This is confirmed by the March 15 meeting in the Kremlin involving the leaders of the region’s local
    governments." (two-hundred-fifty-second 38743): an event of the readout's own account cited as evidence is the
    writer's comment, not the President's words going on."""
    body = (
        "Mr Vask said the federal authorities intended to do everything possible to normalise the situation in "
        "the province. This is confirmed by the May 3 meeting in the capital involving the leaders of the "
        "province’s towns."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said the federal authorities intended to do everything possible to "
                                  "normalise the situation in the province."),
    ], title=TITLE)


def test_figures_cited_as_evidence_go_on_with_the_report():
    """Guard: "This is confirmed by the latest customs figures." names no event of the readout: it may be the
    speaker's own evidence, and the report goes on as before."""
    body = "Mr Vask said exports were growing fast. This is confirmed by the latest customs figures."
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask said exports were growing fast."),
        ("Oren Vask", "indirect", "This is confirmed by the latest customs figures."),
    ], title=TITLE)
