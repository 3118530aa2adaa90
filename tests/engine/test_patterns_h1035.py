"""Helper h1035 (sevenhundredeightysixth, the Governor of Vermont as outlets print him): (1) "says" before an inverted
condition ("He says should anything go wrong, he'll …") is a verb, not a noun before the auxiliary "should"; (2) a
named person's people who meet ("Five of Scott's cabinet members also met with …") act: no report of his carried on
into that sentence nor past it."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_says_before_an_inverted_condition_is_a_report():
    body = (
        "Lt. Gov. Maria Selden is in charge while the governor is away.\n\n"
        "Selden cannot preside over the Senate today. She says should anything go wrong, she'll be in contact with "
        "the governor."
    )
    assert_statements(body, [
        ("Maria Selden", "indirect",
         "She says should anything go wrong, she'll be in contact with the governor."),
    ])


def test_what_someone_says_should_be_heeded_is_no_report():
    body = (
        "Lt. Gov. Maria Selden is in charge while the governor is away.\n\n"
        "What Selden says should be heeded by the council."
    )
    assert_statements(body, [])


def test_his_cabinet_members_who_met_end_his_report():
    body = (
        "Governor Ana Ruiz is stressing the value of ties with Lorvia after her first trip there.\n\n"
        "Ruiz said at a news conference that the trip was mainly to build relationships with Premier Tomas Vell. "
        "Four of Ruiz's cabinet members also met with their Lorvian counterparts.\n\n"
        "Trade across the border generates about $2 billion a year. She says her administration wants to sell more "
        "power south."
    )
    assert_statements(body, [
        ("Ana Ruiz", "indirect",
         "Governor Ana Ruiz is stressing the value of ties with Lorvia after her first trip there."),
        ("Ana Ruiz", "indirect",
         "Ruiz said at a news conference that the trip was mainly to build relationships with Premier Tomas Vell."),
        ("Ana Ruiz", "indirect", "She says her administration wants to sell more power south."),
    ])


def test_her_report_still_goes_on_without_her_people():
    body = (
        "Governor Ana Ruiz met Premier Tomas Vell in Lorvia.\n\n"
        "Ruiz said the trip was mainly to build relationships. In particular, the state would sell more power south."
    )
    assert_statements(body, [
        ("Ana Ruiz", "indirect", "Ruiz said the trip was mainly to build relationships."),
        ("Ana Ruiz", "indirect", "In particular, the state would sell more power south."),
    ])
