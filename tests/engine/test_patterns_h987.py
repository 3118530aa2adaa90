"""Helper h987 (sevenhundredfortyeighth, the Presidency of Mali as outlets print it): a quotation told right after it by
a press service or a report ("“…,” the press service added.", "“…,” the report indicated.") is the service's words, no one's, not the president's it reports on;
so is one told after it as "according to a statement from" a body ("…,” according to a statement from Orvania’s
Communications Directorate."); and a group that opens a "during which" clause, set off from its verb by an aside
("…, during which the parties, among other things, discussed …"), speaks for itself, not the sentence's subject."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_quotation_the_press_service_added_is_no_ones():
    body = (
        "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's supplies of wheat, the "
        "presidential press service reports.\n\n"
        "\"It was agreed to step up practical cooperation in the energy sector,\" the press service added.\n"
    )
    assert_statements(body, [
        ("Tamel Dusko", "indirect", "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's "
                                    "supplies of wheat, the presidential press service reports."),
    ])


def test_a_quotation_told_by_its_speaker_after_a_press_service_report_stays_his():
    # guard: a quotation that the president himself tells stays his, the press service named before it or not
    body = (
        "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's supplies of wheat, the "
        "presidential press service reports.\n\n"
        "\"We will step up practical cooperation in the energy sector,\" Dusko added.\n"
    )
    assert_statements(body, [
        ("Tamel Dusko", "indirect", "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's "
                                    "supplies of wheat, the presidential press service reports."),
        ("Tamel Dusko", "direct", "We will step up practical cooperation in the energy sector"),
    ])


def test_a_quotation_according_to_a_bodys_statement_after_it_is_no_ones():
    body = (
        "President Tamel Dusko of Orvania has spoken over the phone with President Lina Varo of Velmara.\n\n"
        "“During the call, bilateral relations and regional issues were discussed,” according to a statement from "
        "Orvania’s Communications Directorate on Wednesday.\n\n"
        "Dusko urged Velmara to reopen its border crossings.\n"
    )
    assert_statements(body, [
        ("Tamel Dusko", "indirect", "Dusko urged Velmara to reopen its border crossings."),
    ])


def test_a_quotation_its_speaker_tells_before_according_to_a_statement_stays_his():
    # guard: the speaker's own tag before "according to a statement from" a body keeps the quotation his
    body = (
        "President Tamel Dusko of Orvania urged Velmara to reopen its border crossings.\n\n"
        "“We will not wait another season,” Dusko said, according to a statement from the Presidency.\n"
    )
    assert_statements(body, [
        ("Tamel Dusko", "indirect", "President Tamel Dusko of Orvania urged Velmara to reopen its border crossings."),
        ("Tamel Dusko", "direct", "We will not wait another season"),
    ])


def test_a_group_opening_a_during_which_clause_before_an_aside_is_no_ones():
    body = (
        "After leaving Tarvik, President Tamel Dusko headed to Ostra, where he held a meeting with the governor of the "
        "region, Rustam Orlov, during which the parties, among other things, discussed the efficiency of river ferries.\n"
    )
    assert_statements(body, [])


def test_a_person_opening_a_during_which_clause_before_an_aside_still_speaks():
    # guard: the sentence's subject, as a pronoun after "during which", still speaks past the aside
    body = (
        "President Tamel Dusko held a meeting with the governor of the region, Rustam Orlov, during which he, among "
        "other things, stressed the efficiency of river ferries.\n"
    )
    assert_statements(body, [
        ("Tamel Dusko", "indirect", "President Tamel Dusko held a meeting with the governor of the region, Rustam "
                                    "Orlov, during which he, among other things, stressed the efficiency of river ferries."),
    ])


def test_a_quotation_the_report_indicated_is_no_ones():
    body = (
        "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's supplies of wheat, the "
        "presidential press service reports.\n\n"
        "\"The leaders discussed further steps to strengthen ties in energy and farming,\" the report indicated.\n"
    )
    assert_statements(body, [
        ("Tamel Dusko", "indirect", "Interim President of Orvania Tamel Dusko expressed his gratitude for Velmara's "
                                    "supplies of wheat, the presidential press service reports."),
    ])


def test_a_quotation_its_speaker_indicated_stays_his():
    # guard: "indicated" after a person's name still tells his quotation
    body = "\"We will step up cooperation in energy and farming,\" President Tamel Dusko indicated.\n"
    assert_statements(body, [
        ("Tamel Dusko", "direct", "We will step up cooperation in energy and farming"),
    ])
