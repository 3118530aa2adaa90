"""Rules from the hundred-sixty-fourth held-out set (en.kremlin.ru, August 2020): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_REPORT = ("Vladimir Putin had a working meeting with Acting Governor of the Tarn Region Ivan Doral.\n\n"
           "To start, Mr Doral reported to the President that the flood situation is stable. "
           "The region ranks 12th in the number of flooded homes. "
           "All sanitary requirements are being observed.\n\n"
           "The industrial production index has decreased by 2.5 percent. "
           "This is slightly better than the national average.")


def test_a_report_opened_by_to_start_carries_into_the_next_paragraph():
    """"To start, Mr Makhonin reported to the President that …" (63898): the report is presented by
    "reported", not by the opening "To start"; a paragraph that is that report to its end carries it on
    into the next paragraph, as "Mr X reported …" already did. Before, the next paragraph's figures were
    no one's."""
    assert_statements(_REPORT, [
        ("Ivan Doral", "indirect",
         "To start, Mr Doral reported to the President that the flood situation is stable."),
        ("Ivan Doral", "indirect", "The region ranks 12th in the number of flooded homes."),
        ("Ivan Doral", "indirect", "All sanitary requirements are being observed."),
        ("Ivan Doral", "indirect", "The industrial production index has decreased by 2.5 percent."),
        ("Ivan Doral", "indirect", "This is slightly better than the national average."),
    ])


def test_a_quantified_agency_noun_carries_the_report_on():
    """"All Rospotrebnadzor requirements are being observed." (63898), after the governor's report: "All"
    before a one-word agency name and the nouns it qualifies is a thing, not the people who met acting
    together. Before, the report ended there."""
    body = ("Vladimir Putin had a working meeting with Acting Governor of the Tarn Region Ivan Doral.\n\n"
            "Mr Doral reported to the President that the flood situation is stable. "
            "The region ranks 12th in the number of flooded homes. "
            "All Tarnspas requirements are being observed. "
            "The water level is falling in every district.")
    assert_statements(body, [
        ("Ivan Doral", "indirect", "Mr Doral reported to the President that the flood situation is stable."),
        ("Ivan Doral", "indirect", "The region ranks 12th in the number of flooded homes."),
        ("Ivan Doral", "indirect", "All Tarnspas requirements are being observed."),
        ("Ivan Doral", "indirect", "The water level is falling in every district."),
    ])


def test_the_leaders_acting_together_still_end_the_report():
    """The guard: "All the participants …" and "The two leaders …" are the people who met; the report
    ends there."""
    body = ("President Ivo Marr met with Prime Minister Lena Osk.\n\n"
            "Mr Marr informed Ms Osk about the flood situation. The region ranks 12th in the number of flooded "
            "homes. The two leaders agreed to meet again. The talks will continue next month.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Mr Marr informed Ms Osk about the flood situation."),
        ("Ivo Marr", "indirect", "The region ranks 12th in the number of flooded homes."),
    ])


def test_pointed_to_a_cause_is_said():
    """"In response, Alexander Tsybulsky pointed to the coronavirus as one of the objective factors behind
    this trend." (63886): pointing to something as a factor, a cause or a reason makes a point, as "pointed
    to the need for …" already did. Before, the sentence was no one's."""
    body = ("Vladimir Putin had a working meeting with Acting Governor of the Tarn Region Ivan Doral.\n\n"
            "In response, Ivan Doral pointed to the drought as one of the main causes of the harvest decline.")
    assert_statements(body, [
        ("Ivan Doral", "indirect",
         "In response, Ivan Doral pointed to the drought as one of the main causes of the harvest decline."),
    ])


def test_pointed_to_a_place_stays_narrative():
    """The guard: "pointed to the map" with no "as … factor/cause/reason" tells of a gesture."""
    body = ("Vladimir Putin had a working meeting with Acting Governor of the Tarn Region Ivan Doral.\n\n"
            "Ivan Doral pointed to the map of the region.")
    assert_statements(body, [])
