"""Patterns found by the ninetyninth held-out set (real Kremlin news readouts, Sep-Oct 2005).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_gave_details_of_is_telling_of_them():
    """"Defence Minister Sergei Ivanov gave details of his upcoming visits to Kyrgyzstan and
    Uzbekistan …": he told of them, as "gave an account of"; "details" needs "of", "on" or
    "about" after it."""
    body = (
        "Finance Minister Ivo Lund reported on the draft budget. Defence Minister Pavel Rusk gave details "
        "of his upcoming visits to Ostria and Velor. Anton Brask instructed the Prime Minister to draw up "
        "a timetable for the national projects."
    )
    assert_statements(body, [
        ("Ivo Lund", "indirect", "Finance Minister Ivo Lund reported on the draft budget."),
        ("Pavel Rusk", "indirect", "Defence Minister Pavel Rusk gave details of his upcoming visits to Ostria "
                                   "and Velor."),
        ("Anton Brask", "indirect", "Anton Brask instructed the Prime Minister to draw up a timetable for the "
                                    "national projects."),
    ], title="Anton Brask met with the Government Cabinet")


def test_a_named_pipeline_is_no_person_for_the_president():
    """"… in the Northern European Gas Pipeline project": the capitalised run is a pipeline, not a Mr
    "Gas Pipeline" of Europe, so the body's "The President noted …" is the President named in it,
    not the pipeline."""
    body = (
        "Speaking at a press conference following talks with Guy Hollen, President Anton Brask said that "
        "increasing the number of participants in the Northern European Gas Pipeline would make the project "
        "more stable.\n\n"
        "The project will increase the region’s energy security, Mr Brask said.\n\n"
        "The President noted that Varnia’s position proceeds from the needs of its neighbours."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Speaking at a press conference following talks with Guy Hollen, President "
                                    "Anton Brask said that increasing the number of participants in the Northern "
                                    "European Gas Pipeline would make the project more stable."),
        ("Anton Brask", "indirect", "The project will increase the region’s energy security, Mr Brask said."),
        ("Anton Brask", "indirect", "The President noted that Varnia’s position proceeds from the needs of its "
                                    "neighbours."),
    ], title="Varnia is interested in expanding the number of participants in the Northern European Gas "
             "Pipeline project")


def test_a_title_with_a_bare_office_meeting_a_guest_keeps_the_office_for_its_own_head():
    """"The President met with the Chairman of Gazprom's board of directors, Alexei Miller" and a body
    that never names the President: "The President of Russia considers that …" is the unnamed head of
    the office that publishes, not the guest, the only person named; the guest keeps his own words."""
    body = (
        "They discussed the company's work over the past nine months.\n\n"
        "The President of Varnia considers that the programme should be carried out in close contact with "
        "the regions.\n\n"
        "Mr Holm said that gas output had grown by a tenth."
    )
    assert_statements(body, [
        ("The President of Varnia", "indirect", "The President of Varnia considers that the programme should be "
                                                "carried out in close contact with the regions."),
        ("Ivar Holm", "indirect", "Mr Holm said that gas output had grown by a tenth."),
    ], title="The President met with the Chairman of Norgas's board of directors, Ivar Holm")
