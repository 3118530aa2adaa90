"""Rules from the nine-hundred-seventh held-out set (Egypt's governors: Alexandria, Luxor, Aswan, South Sinai and,
widened, the New Valley, 2013-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "President Halden Marsk of Orvania met with the governor of the Tessel Valley on Sunday. "


def test_presented_the_projects_in_a_place_speaks():
    """"Zamalout presented the projects in the governorate, especially in the agricultural field …" (Egypt Today
    2022-05-30): the work under way set out to the one he reports to, as "briefed him on the projects". Before, no
    one's, and the next sentence's "He also explained …" went to the President."""
    body = (_MEETING + "Marsk asked Governor Tavel Ruskin to make the best of investment opportunities. "
            "Ruskin presented the projects in the governorate, especially in the field of irrigation. "
            "He also explained progress in the initiative to plant olive trees.")
    assert_statements(body, [
        ("Halden Marsk", "indirect", "Marsk asked Governor Tavel Ruskin to make the best of investment opportunities."),
        ("Tavel Ruskin", "indirect", "Ruskin presented the projects in the governorate, especially in the field of "
         "irrigation."),
        ("Tavel Ruskin", "indirect", "He also explained progress in the initiative to plant olive trees."),
    ])


def test_presented_the_measures_being_implemented_speaks():
    """The same with "measures" and their being carried out after the noun."""
    body = "Governor Tavel Ruskin of Orvania presented the new measures being implemented to curb the floods."
    assert_statements(body, [
        ("Tavel Ruskin", "indirect", "Governor Tavel Ruskin of Orvania presented the new measures being implemented to "
         "curb the floods."),
    ])


def test_presented_the_projects_to_a_jury_is_no_statement():
    """The guard: "presented the projects to the jury" and "presented the projects of the students": entries shown or
    handed in, no briefing."""
    body = ("Governor Tavel Ruskin of Orvania opened the science fair on Sunday. "
            "The pupils presented the projects to the jury. Ruskin presented the projects of the students to the guests.")
    assert_statements(body, [])


def test_presented_the_schedule_of_activities_undertaken_is_no_statement():
    """The guard: "who presented the schedule of activities undertaken with the Ambassadors" (the fivehundredthirtythird
    Monaco readout's gold: narrative): the noun after "of", not the object's head."""
    body = ("Minister Halden Marsk of Orvania opened the consular meeting on Sunday. The speakers included Tavel Ruskin, "
            "Director of the Orvania Board, who presented the schedule of activities undertaken with the Consuls.")
    assert_statements(body, [])
