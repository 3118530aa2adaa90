"""Helper h1005 (sevenhundredsixtysecond, Inner Mongolia's leaders as Xinhua, China Daily and others print them): an
inverted sentence of presence ("Also present at the meeting was X, …") after a person's reports is who attended, no
more of their words; a named person who acts after a fronted phrase ("During the tour, Li also inspected …") between
two of their reports is the readout's account, no more of their words."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_also_present_at_the_meeting_was_is_not_carried_on():
    body = (
        "Mayor Dorin Valcu of Ostria is visiting Velmara today. He met with Tamsin Orlee, the governor of Velmara. "
        "Orlee said she was pleased by the visit. Orlee also said she hoped for more cooperation between the two "
        "regions. Also present at the meeting was K. Bor-Anlan, Ostria’s consul general in Velmara.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Orlee said she was pleased by the visit."),
        ("Tamsin Orlee", "indirect", "Orlee also said she hoped for more cooperation between the two regions."),
    ])


def test_an_unnamed_sentence_after_a_report_still_carries_it_on():
    # guard: a sentence with no one present and no subject of its own still goes on with the report
    body = (
        "Governor Tamsin Orlee said she hoped for more cooperation between the two regions. "
        "In particular, trade in grain should double by next year.\n"
    )
    assert_statements(body, [
        ("Tamsin Orlee", "indirect", "Governor Tamsin Orlee said she hoped for more cooperation between the two regions."),
        ("Tamsin Orlee", "indirect", "In particular, trade in grain should double by next year."),
    ])


def test_a_named_person_acting_after_a_fronted_phrase_between_reports_is_narrative():
    body = (
        "Senior leader Wen Tao has urged the Velmara region to transform its growth pattern.\n\n"
        "At a dairy plant in Ostria, Wen encouraged workers to set up quality guarantee systems.\n\n"
        "During the five-day tour , Wen also inspected desertification control efforts in the region and toured cultural relics.\n\n"
        "He asked Velmara to make better use of its rich cultural resources.\n"
    )
    assert_statements(body, [
        ("Wen Tao", "indirect", "Senior leader Wen Tao has urged the Velmara region to transform its growth pattern."),
        ("Wen Tao", "indirect", "At a dairy plant in Ostria, Wen encouraged workers to set up quality guarantee systems."),
        ("Wen Tao", "indirect", "He asked Velmara to make better use of its rich cultural resources."),
    ])


def test_a_named_person_speaking_after_a_fronted_phrase_is_still_their_statement():
    # guard: the same sentence with a speech verb stays his report
    body = (
        "Senior leader Wen Tao has urged the Velmara region to transform its growth pattern.\n\n"
        "During the five-day tour , Wen also stressed that irrigation works in the region must be finished.\n\n"
        "He asked Velmara to make better use of its rich cultural resources.\n"
    )
    assert_statements(body, [
        ("Wen Tao", "indirect", "Senior leader Wen Tao has urged the Velmara region to transform its growth pattern."),
        ("Wen Tao", "indirect",
         "During the five-day tour , Wen also stressed that irrigation works in the region must be finished."),
        ("Wen Tao", "indirect", "He asked Velmara to make better use of its rich cultural resources."),
    ])
