"""Patterns found by the thirtyfirst held-out set (real Kremlin readouts, 2016-2018).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_middle_paragraph_of_a_quotation_may_hold_apostrophes():
    """A quotation over three paragraphs, the middle one with no mark of its own: its
    apostrophes ("the country’s mines", "the Miners’ Day holiday") are no quotation
    marks, so it carries the quotation on like a paragraph with none at all."""
    body = (
        "President Arlo Penner congratulated the miners of Vesteria on their professional holiday.\n\n"
        "The message reads, in part:\n\n"
        "“Your work is the backbone of the region's economy.\n\n"
        "It is gratifying that the country’s mines are among the safest in the world and that the Miners’ Day "
        "holiday is loved by all.\n\n"
        "I am confident that you will keep up your good work.”"
    )
    assert_statements(body, [
        ("Arlo Penner", "indirect",
         "President Arlo Penner congratulated the miners of Vesteria on their professional holiday."),
        ("Arlo Penner", "direct", "Your work is the backbone of the region's economy."),
        ("Arlo Penner", "direct",
         "It is gratifying that the country’s mines are among the safest in the world and that the Miners’ Day "
         "holiday is loved by all."),
        ("Arlo Penner", "direct", "I am confident that you will keep up your good work."),
    ])


def test_a_lead_in_that_names_the_message_says_nothing():
    """"The President said, in particular, in his message:" only introduces the quotation
    after it, as "The President said, in part:" does: no statement of its own."""
    body = (
        "President Arlo Penner sent a message of congratulations to President-elect of Vesteria Mira Coll.\n\n"
        "The President said, in particular, in his message:\n\n"
        "“Please accept my sincere congratulations on your victory.\n\n"
        "I am sure that the relations between our countries will continue to develop.”"
    )
    assert_statements(body, [
        ("Arlo Penner", "indirect",
         "President Arlo Penner sent a message of congratulations to President-elect of Vesteria Mira Coll."),
        ("Arlo Penner", "direct", "Please accept my sincere congratulations on your victory."),
        ("Arlo Penner", "direct",
         "I am sure that the relations between our countries will continue to develop."),
    ])


def test_they_after_a_report_about_plural_things_carries_the_report_on():
    """"X reported on … The province’s farms are working with the ministry … They have
    received new equipment …": the bare "They" is the farms the report was speaking of, so
    the report goes on; after a sentence about people ("The two officials then toured …")
    a "They" is narrative."""
    body = (
        "President Arvo Lindqvist met with Governor of Norland Province Tomas Velde.\n\n"
        "Tomas Velde reported on the harvest in the province. The province’s farms are working with the ministry "
        "on new irrigation. They have received new equipment from the state leasing company. Tomas Velde also "
        "asked the President to support a new dam.\n\n"
        "Arvo Lindqvist thanked the governor for the report. The two officials then toured the dam. They have "
        "visited the region twice this year."
    )
    assert_statements(body, [
        ("Tomas Velde", "indirect", "Tomas Velde reported on the harvest in the province."),
        ("Tomas Velde", "indirect", "The province’s farms are working with the ministry on new irrigation."),
        ("Tomas Velde", "indirect", "They have received new equipment from the state leasing company."),
        ("Tomas Velde", "indirect", "Tomas Velde also asked the President to support a new dam."),
        ("Arvo Lindqvist", "indirect", "Arvo Lindqvist thanked the governor for the report."),
    ])
