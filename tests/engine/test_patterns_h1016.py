"""Helper h1016 (sevenhundredseventyfirst, the Governor of Khyber Pakhtunkhwa as outlets print him): "questioned" before
a clause of "what", "if", "where", "when" or "who" is a question asked, as "asked what …"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_questioned_what_is_a_question_asked():
    body = (
        "Governor Tarek Vellan visited the Dorvel studio on Monday.\n\n"
        "Governor Tarek Vellan, who was talking in a morning show, questioned what will be the benefit of a delegation "
        "to Marnek without the support of the federal government.\n\n"
        "Vellan said the province needed peace."
    )
    assert_statements(body, [
        ("Tarek Vellan", "indirect", "Governor Tarek Vellan, who was talking in a morning show, questioned what will be "
         "the benefit of a delegation to Marnek without the support of the federal government."),
        ("Tarek Vellan", "indirect", "Vellan said the province needed peace."),
    ])


def test_questioned_a_suspect_is_still_no_statement():
    body = (
        "Mara Oltis questioned the suspect at the Dorvel station on Monday.\n\n"
        "Oltis said the inquiry would end in May."
    )
    assert_statements(body, [
        ("Mara Oltis", "indirect", "Oltis said the inquiry would end in May."),
    ])


def test_the_offices_place_before_the_name_is_no_part_of_it():
    body = (
        "Governor Velmora Tarek Andrin Vellan met the visiting envoy at the Governor House on Monday.\n\n"
        "Governor Velmora emphasised the need to promote trade.\n\n"
        "He also stressed the importance of peace for the refugees living in Velmora and across the country."
    )
    assert_statements(body, [
        ("Tarek Andrin Vellan", "indirect", "Governor Velmora emphasised the need to promote trade."),
        ("Tarek Andrin Vellan", "indirect", "He also stressed the importance of peace for the refugees living in "
         "Velmora and across the country."),
    ])


def test_a_place_named_only_before_a_person_stays_his_name():
    body = (
        "Governor Velmora Tarek Andrin Vellan met the visiting envoy on Monday.\n\n"
        "Governor Velmora Tarek Andrin Vellan said the province needed peace."
    )
    assert_statements(body, [
        ("Velmora Tarek Andrin Vellan", "indirect", "Governor Velmora Tarek Andrin Vellan said the province needed "
         "peace."),
    ])
