"""Readings of real Kremlin readouts of stop 35 (three-hundred-thirty-fifth): reported working meetings with regional
heads and telephone conversations of 2021-2022, each joined into one paragraph by the mirror's scraper.

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_HOST = "President Oren Vask began the meeting by noting that industrial production in the region was growing."
_REPORT = ("Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues. "
           "In the past five years, its GRP grew by 10 percent.")
_REPORT_ONE = "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."


def test_companies_named_beside_an_opening_phrase_leave_the_report_going_on():
    """"In cooperation with large energy companies, the Rosatom State Corporation and Hevel Group, the region is
    implementing …" (three-hundred-thirty-fifth kremlin_68453): the pair set off by commas names the opening
    phrase's companies, the region is the subject; the governor's report goes on over it and after it."""
    body = (
        f"{_HOST} {_REPORT} In cooperation with large energy companies, the Norvik State Corporation and Belt Group, "
        "the region is implementing two major projects in new energy. This includes a plant to manufacture solar "
        "panels. Small businesses account for a third of the economy. The Governor said that the region's budget "
        "revenues have increased by 40 percent. The President noted that only half of the fishing quotas were used."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", _HOST),
        ("Ilya Dorn", "indirect", "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."),
        ("Ilya Dorn", "indirect", "In the past five years, its GRP grew by 10 percent."),
        ("Ilya Dorn", "indirect", "In cooperation with large energy companies, the Norvik State Corporation and Belt Group, "
                                  "the region is implementing two major projects in new energy."),
        ("Ilya Dorn", "indirect", "This includes a plant to manufacture solar panels."),
        ("Ilya Dorn", "indirect", "Small businesses account for a third of the economy."),
        ("Ilya Dorn", "indirect", "The Governor said that the region's budget revenues have increased by 40 percent."),
        ("Oren Vask", "indirect", "The President noted that only half of the fishing quotas were used."),
    ], title="Meeting with Lenta Region Governor Ilya Dorn")


def test_the_pair_after_an_opening_phrase_still_ends_the_report():
    """Guard: "In the context of the talks, the President and the Governor discussed the gas network." names the
    people who met as the subject (no comma after them): what they did together, the report before it is over and
    the sentence after it is no one's."""
    body = (
        f"{_HOST} {_REPORT} In the context of the talks, the President and the Governor discussed the gas network. "
        "The network will be finished by 2025. The Governor said that the region's budget revenues have increased."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", _HOST),
        ("Ilya Dorn", "indirect", "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."),
        ("Ilya Dorn", "indirect", "In the past five years, its GRP grew by 10 percent."),
        ("Ilya Dorn", "indirect", "The Governor said that the region's budget revenues have increased."),
    ], title="Meeting with Lenta Region Governor Ilya Dorn")


def test_with_a_view_to_is_a_purpose_not_a_view():
    """"In the next few years, similar complexes will be established … with a view to ending dependence on imports."
    (three-hundred-thirty-fifth kremlin_68453): "with a view to" gives a purpose, no one's view; between two
    statements of the governor the sentence carries his report on."""
    body = (
        f"{_HOST} {_REPORT} In the next few years, new farms will be established with a view to ending dependence "
        "on imports. The Governor said that the region's budget revenues have increased by 40 percent."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", _HOST),
        ("Ilya Dorn", "indirect", "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."),
        ("Ilya Dorn", "indirect", "In the past five years, its GRP grew by 10 percent."),
        ("Ilya Dorn", "indirect", "In the next few years, new farms will be established with a view to ending dependence "
                                  "on imports."),
        ("Ilya Dorn", "indirect", "The Governor said that the region's budget revenues have increased by 40 percent."),
    ], title="Meeting with Lenta Region Governor Ilya Dorn")


def test_a_bodys_view_is_still_no_report_carried_on():
    """Guard: "In the view of the Ministry of Farming, new farms will end dependence on imports." gives the
    Ministry's view: the word "view" still makes it no sentence the governor's report carries on."""
    body = (
        f"{_HOST} {_REPORT} In the view of the Ministry of Farming, new farms will end dependence on imports. "
        "The Governor said that the region's budget revenues have increased by 40 percent."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", _HOST),
        ("Ilya Dorn", "indirect", "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."),
        ("Ilya Dorn", "indirect", "In the past five years, its GRP grew by 10 percent."),
        ("Ilya Dorn", "indirect", "The Governor said that the region's budget revenues have increased by 40 percent."),
    ], title="Meeting with Lenta Region Governor Ilya Dorn")


def test_a_middle_report_opened_by_confirmed_and_said_goes_on():
    """"The Governor confirmed that this was a problem and said that a special regional programme had been adopted
    … . The regional budget mostly covers the construction of small-sized vessels …" (three-hundred-thirty-fifth
    kremlin_68453): the turn reports facts by its second verb, "said"; the governor's report goes on up to the
    President's next statement."""
    body = (
        f"{_HOST} {_REPORT_ONE} The President noted that only half of the fishing quotas were used. The Governor confirmed "
        "that this was a problem and said that a regional programme had been adopted to build new vessels. The "
        "regional budget mostly covers the construction of small vessels. The President suggested joining the "
        "federal programme."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", _HOST),
        ("Ilya Dorn", "indirect", "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."),
        ("Oren Vask", "indirect", "The President noted that only half of the fishing quotas were used."),
        ("Ilya Dorn", "indirect", "The Governor confirmed that this was a problem and said that a regional programme had "
                                  "been adopted to build new vessels."),
        ("Ilya Dorn", "indirect", "The regional budget mostly covers the construction of small vessels."),
        ("Oren Vask", "indirect", "The President suggested joining the federal programme."),
    ], title="Meeting with Lenta Region Governor Ilya Dorn")


def test_a_middle_turn_of_stance_only_is_not_carried():
    """Guard: "The Governor welcomed the decision." reports no facts (no verb of a report in it): the sentence after
    it, before the President's next statement, stays the readout's."""
    body = (
        f"{_HOST} {_REPORT_ONE} The President noted that only half of the fishing quotas were used. The Governor welcomed "
        "the decision to build new vessels. The regional budget mostly covers the construction of small vessels. "
        "The President suggested joining the federal programme."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", _HOST),
        ("Ilya Dorn", "indirect", "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."),
        ("Oren Vask", "indirect", "The President noted that only half of the fishing quotas were used."),
        ("Ilya Dorn", "indirect", "The Governor welcomed the decision to build new vessels."),
        ("Oren Vask", "indirect", "The President suggested joining the federal programme."),
    ], title="Meeting with Lenta Region Governor Ilya Dorn")


def test_a_noun_then_has_ends_the_phrase_before_an_office():
    """"The republic has implemented the President's instruction to reduce the export of timber." (three-hundred-
    thirty-fifth kremlin_68491): "has" after "The republic" is its verb; "the President's" is in the object, no
    office holder as the subject; between two statements of the regional head the sentence carries his report on."""
    body = (
        f"{_HOST} {_REPORT} The region has implemented the President's instruction to reduce timber exports. "
        "The Governor said that the region's budget revenues have increased by 40 percent."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", _HOST),
        ("Ilya Dorn", "indirect", "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."),
        ("Ilya Dorn", "indirect", "In the past five years, its GRP grew by 10 percent."),
        ("Ilya Dorn", "indirect", "The region has implemented the President's instruction to reduce timber exports."),
        ("Ilya Dorn", "indirect", "The Governor said that the region's budget revenues have increased by 40 percent."),
    ], title="Meeting with Lenta Region Governor Ilya Dorn")


def test_an_office_before_has_is_still_the_subject():
    """Guard: "The visiting Minister has confirmed that the road will be built." has its office before "has": the
    Minister speaks, a statement of his own, not the governor's report carried on."""
    body = (
        f"{_HOST} {_REPORT_ONE} The visiting Minister of Transport Pavel Rusk has confirmed that the road will be built. "
        "The Governor said that the region's budget revenues have increased by 40 percent."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", _HOST),
        ("Ilya Dorn", "indirect", "Ilya Dorn reported that in the last few years the Lenta Region has doubled its revenues."),
        ("Pavel Rusk", "indirect", "The visiting Minister of Transport Pavel Rusk has confirmed that the road will be built."),
        ("Ilya Dorn", "indirect", "The Governor said that the region's budget revenues have increased by 40 percent."),
    ], title="Meeting with Lenta Region Governor Ilya Dorn")
