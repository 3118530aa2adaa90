"""Helper h1078 (eighthundredtwentieth, the Governor of Louisiana as papers and wires print him): a US party's adjective
before an office ("The Democratic governor said …") is the holder's party, no country, so the office is the governor
named before; "the Democrat said …", "the Republican said …" is the person just spoken of, as "he"; "the Republican
Party said …" stays a party's (no one's) words."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_party_adjective_before_an_office_is_no_country():
    body = (
        "Belmont Gov. Paul Dresner announced Thursday that he will travel to Ostrava this month.\n\n"
        "The Democratic governor said the delegation will include farmers and engineers."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "Belmont Gov. Paul Dresner announced Thursday that he will travel to Ostrava this month."),
        ("Paul Dresner", "indirect", "The Democratic governor said the delegation will include farmers and engineers."),
    ])


def test_the_party_member_named_by_the_party_is_the_one_just_spoken_of():
    body = (
        "Belmont Gov. Paul Dresner is traveling to Ostrava for a week of meetings.\n\n"
        "Dresner, who left Friday, will visit two ports. In a press release, the Republican said the trip is designed "
        "to open new markets."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "In a press release, the Republican said the trip is designed to open new markets."),
    ])


def test_the_party_itself_stays_no_ones():
    body = (
        "Belmont Gov. Paul Dresner is traveling to Ostrava for a week of meetings.\n\n"
        "The Republican Party said the trip is designed to open new markets."
    )
    assert_statements(body, [])
