"""Helper h1143 (eighthundredseventieth, the Governor of Yucatán as The Yucatan Times and others print him): "spoke for
the first time with X" is when he spoke, a call, not "spoke for" a cause; a mission's office held "in" a place before its
closing comma ("X, Minister of the Embassy of Varnia in Ostrava,") is still his office, and one who holds a post of an
embassy is "the diplomat" of the readout; a point-and-dash dateline with its day ("CDMX, (August 05, 2021) .- ") is in
no sentence, as one of a place alone."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_spoke_for_the_first_time_with_a_leader_is_a_call():
    body = (
        "Arben Drençi, president of Varnia, spoke for the first time with the president-elect of Ostrava, Piet Lorr, "
        "from Kelmora, where he was accompanied by the foreign minister, Ida Morn.\n\n"
        "Governor Tomas Vell spoke for about half an hour with President Arben Drençi."
    )
    assert_statements(body, [])


def test_spoke_for_a_cause_stays_a_statement():
    body = "Governor Piet Lorr spoke for the farmers of the region at the meeting."
    assert_statements(body, [
        ("Piet Lorr", "indirect", "Governor Piet Lorr spoke for the farmers of the region at the meeting."),
    ])


def test_an_embassy_minister_in_a_country_is_the_diplomat():
    body = (
        "Governor Piet Lorr met at the Government Palace with Tomas Vell, Minister of the Embassy of Varnia in Ostrava, "
        "to promote projects in favor of the economy of the state.\n\n"
        "The diplomat highlighted the benefits that the state offers to investors."
    )
    assert_statements(body, [
        ("Tomas Vell", "indirect", "The diplomat highlighted the benefits that the state offers to investors."),
    ])


def test_a_consul_general_in_a_city_is_the_diplomat():
    body = (
        "Governor Piet Lorr received Tomas Vell, Consul General of Varnia in Kelmora, at the State Palace.\n\n"
        "The diplomat praised the state's security."
    )
    assert_statements(body, [
        ("Tomas Vell", "indirect", "The diplomat praised the state's security."),
    ])


def test_an_office_of_no_mission_in_a_place_stays_unread():
    # (a minister of a government "in" a place is not read as a mission's office: "the diplomat" is no one here)
    body = (
        "Governor Piet Lorr met with Tomas Vell, Minister of Tourism of Varnia in Ostrava, to promote projects.\n\n"
        "The diplomat highlighted the benefits that the state offers to investors."
    )
    assert_statements(body, [])


def test_a_point_dash_dateline_with_its_day_is_in_no_sentence():
    body = (
        "KELMORA, (August 05, 2021) .- The governor of Ostrava Piet Lorr announced that this Thursday he will hold a "
        "meeting with the President of the Republic.\n\n"
        "Varna, Ostrava, November 15, 2021.- Governor Piet Lorr said that the fair will be historic."
    )
    assert_statements(body, [
        ("Piet Lorr", "indirect", "The governor of Ostrava Piet Lorr announced that this Thursday he will hold a "
                                  "meeting with the President of the Republic."),
        ("Piet Lorr", "indirect", "Governor Piet Lorr said that the fair will be historic."),
    ])


def test_a_point_dash_dateline_of_a_place_alone_stays_read():
    body = "Santo Domingo.- Foreign minister Piet Lorr said that the talks had gone well."
    assert_statements(body, [
        ("Piet Lorr", "indirect", "Foreign minister Piet Lorr said that the talks had gone well."),
    ])
