"""Readings of real Kremlin text of stop 31 (2020): "the ombudswoman" for a commissioner for
children's rights, and a governor's region carried on in his report.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Commissioner for Children’s Rights Anna Vask submitted her annual report to the President"


def test_the_ombudswoman_is_the_commissioner_for_childrens_rights():
    """"The ombudswoman placed special emphasise on the substantial increase … in the number of complaints …"
    (two-hundred-sixty-eighth 63425): the press's word for the Commissioner for Children's Rights, as
    "the Ombudsman" is for a commissioner for human rights."""
    body = (
        "In 2019, the number of complaints grew by a quarter.\n\n"
        "The ombudswoman placed special emphasis on the increase in complaints about health care."
    )
    assert_statements(body, [
        ("Anna Vask", "indirect", "The ombudswoman placed special emphasis on the increase in complaints about "
                                  "health care."),
    ], title=TITLE)


def test_the_ombudswoman_is_not_a_minister_the_title_names():
    """Guard: a minister and the commissioner both named: "the ombudswoman" is the commissioner only."""
    body = (
        "Minister of Health Ilse Marrow met with Commissioner for Children’s Rights Anna Vask.\n\n"
        "The ombudswoman said that the number of complaints had grown by a quarter."
    )
    assert_statements(body, [
        ("Anna Vask", "indirect", "The ombudswoman said that the number of complaints had grown by a quarter."),
    ], title="Meeting on children’s health care")


GOVERNOR_TITLE = "Working meeting with Orlensk Region Governor Pavel Dorn"


def test_a_governors_region_in_a_past_year_goes_on_with_his_report():
    """"He noted that the grain harvest has been growing annually … . In 2019, the region won back the title of the
    largest sower of flax in the Central Federal District …" (two-hundred-sixty-eighth 63418): the region the
    governor heads, what it did in a past year as he tells it; his report goes on (the office is read as a bare
    "governor", whose place is a region)."""
    body = (
        "The governor spoke about the agricultural industry. He noted that the grain harvest has been growing "
        "annually. In 2019, the region won back the title of the largest sower of flax in the district. A modern "
        "flax processing factory will be finished this year."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The governor spoke about the agricultural industry."),
        ("Pavel Dorn", "indirect", "He noted that the grain harvest has been growing annually."),
        ("Pavel Dorn", "indirect", "In 2019, the region won back the title of the largest sower of flax in the district."),
        ("Pavel Dorn", "indirect", "A modern flax processing factory will be finished this year."),
    ], title=GOVERNOR_TITLE)


def test_a_body_in_a_past_year_still_ends_the_report():
    """Guard: a body that is not the governor's place acts in a past year ("In 2019, the ministry launched
    …"): what the body did, told by the readout; the report does not go on into it."""
    body = (
        "The governor spoke about the agricultural industry. He noted that the grain harvest has been growing "
        "annually. In 2019, the ministry launched a federal programme for land reclamation."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The governor spoke about the agricultural industry."),
        ("Pavel Dorn", "indirect", "He noted that the grain harvest has been growing annually."),
    ], title=GOVERNOR_TITLE)
