"""Helper h1054 (eighthundredth, the Governor of Kansas and those the governors meet, as outlets print them): an
envoy's office whose post is "the United States" or "the United Nations" is one envoy, not a group ("Ostra's
ambassador to the United States said …"); "presented the prospects of cooperation" an account given; "pointed to
trade decisions" a point made; "attached importance to" after a titled surname ("Minister Volk attached importance
to …"), not after a country; "feels this partnership will be …" a belief whose "that" is dropped, not "felt the
pressure"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_envoy_posted_to_the_united_states_is_one_person():
    body = (
        "Governor Paul Dresner met Ambassador Tomas Varga in Belmont.\n\n"
        "Ostra's ambassador to the United States said Monday that the exchanges between the two peoples support a "
        "lasting understanding."
    )
    assert_statements(body, [
        ("Tomas Varga", "indirect",
         "Ostra's ambassador to the United States said Monday that the exchanges between the two peoples support a "
         "lasting understanding."),
    ])


def test_an_envoy_posted_to_the_united_nations_is_one_person():
    body = (
        "Governor Paul Dresner met Ambassador Tomas Varga in Belmont.\n\n"
        "The Ostran ambassador to the United Nations said the talks had been useful."
    )
    assert_statements(body, [
        ("Tomas Varga", "indirect", "The Ostran ambassador to the United Nations said the talks had been useful."),
    ])


def test_envoys_posted_to_the_united_states_stay_a_group():
    body = (
        "Governor Paul Dresner met Ambassador Tomas Varga in Belmont.\n\n"
        "The envoys to the United States said the talks had been useful."
    )
    assert_statements(body, [])


def test_presented_the_prospects_of_cooperation_is_an_account():
    body = (
        "Minister Anna Volk met Governor Paul Dresner in Belmont.\n\n"
        "The Minister presented the prospects of cooperation in areas of mutual interest, in particular between the "
        "two national guards."
    )
    assert_statements(body, [
        ("Anna Volk", "indirect",
         "The Minister presented the prospects of cooperation in areas of mutual interest, in particular between the "
         "two national guards."),
    ])


def test_presented_awards_to_prospects_is_no_account():
    body = (
        "Minister Anna Volk met Governor Paul Dresner in Belmont.\n\n"
        "The Minister presented awards to the top prospects of the league."
    )
    assert_statements(body, [])


def test_pointed_to_trade_decisions_is_a_point_made():
    body = (
        "Consul General Naoto Ishida met Governor Paul Dresner in Belmont.\n\n"
        "Consul General Naoto Ishida pointed to trade decisions made at the federal level that could hurt the exports "
        "of beef."
    )
    assert_statements(body, [
        ("Naoto Ishida", "indirect",
         "Consul General Naoto Ishida pointed to trade decisions made at the federal level that could hurt the exports "
         "of beef."),
    ])


def test_attached_importance_after_a_titled_surname():
    body = (
        "Minister Anna Volk met Governor Paul Dresner in Belmont.\n\n"
        "During the meeting Minister Volk attached importance to the relations between Ostra and the state."
    )
    assert_statements(body, [
        ("Anna Volk", "indirect",
         "During the meeting Minister Volk attached importance to the relations between Ostra and the state."),
    ])


def test_attached_importance_after_a_country_stays_no_statement():
    body = (
        "Minister Anna Volk met Governor Paul Dresner in Belmont.\n\n"
        "Ostra attaches great importance to the relations with the state."
    )
    assert_statements(body, [])


def test_feels_with_a_dropped_that_is_a_belief():
    body = (
        "Governor Paul Dresner met Minister Anna Volk in Belmont.\n\n"
        "Governor Dresner feels this partnership will be a good way to strengthen trade."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "Governor Dresner feels this partnership will be a good way to strengthen trade."),
    ])


def test_felt_the_pressure_is_no_belief():
    body = (
        "Governor Paul Dresner met Minister Anna Volk in Belmont.\n\n"
        "Governor Dresner felt the pressure of the crowd at the fair."
    )
    assert_statements(body, [])


def test_feels_after_and_is_the_subjects_second_verb():
    body = (
        "Governor Paul Dresner met Minister Anna Volk in Belmont.\n\n"
        "Governor Dresner met with the consulate in April to discuss the relationship and feels this partnership will "
        "be a good way to strengthen trade."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "Governor Dresner met with the consulate in April to discuss the relationship and feels this partnership will "
         "be a good way to strengthen trade."),
    ])


def test_feels_the_heat_after_and_stays_narrative():
    body = (
        "Governor Paul Dresner met Minister Anna Volk in Belmont.\n\n"
        "Governor Dresner toured the farms in April and feels the heat of the summer like everyone."
    )
    assert_statements(body, [])


def test_a_newspapers_hyphened_name_is_no_speaker():
    body = (
        "Governor Paul Dresner met Consul General Naoto Ishida in Belmont.\n\n"
        "The governor met last month with a delegation from the consulate, the Belmont Capital-Journal reported."
    )
    assert_statements(body, [])


def test_a_hyphened_surname_still_speaks():
    body = (
        "Governor Paul Dresner met Minister Anna Volk-Harlan in Belmont.\n\n"
        "The governor met last month with a delegation from the ministry, Anna Volk-Harlan said."
    )
    assert_statements(body, [
        ("Anna Volk-Harlan", "indirect",
         "The governor met last month with a delegation from the ministry, Anna Volk-Harlan said."),
    ])
