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


def test_a_comma_splice_he_said_is_the_opener():
    # "X spoke to us from Ostrava this morning, he said …": the pronoun after a bare comma is the sentence's opener
    body = (
        "Governor Tom Varnel and business leaders continue their mission abroad. Belmont Economic Development (BED) "
        "Secretary Dan Roe spoke to us from Ostrava this morning, he said the company is approaching a large investment."
    )
    assert_statements(body, [
        ("Dan Roe", "indirect",
         "Belmont Economic Development (BED) Secretary Dan Roe spoke to us from Ostrava this morning, he said the "
         "company is approaching a large investment."),
    ])


def test_a_comma_splice_after_two_names_stays_as_it_was():
    # "Secretary X met Minister Y on Monday, he said …": two names before the pronoun, no opener taken
    body = (
        "Governor Tom Varnel continues his mission abroad. Secretary Dan Roe met Minister Carl Ode on Monday, he said "
        "the company is approaching a large investment."
    )
    assert_statements(body, [
        ("Tom Varnel", "indirect",
         "Secretary Dan Roe met Minister Carl Ode on Monday, he said the company is approaching a large investment."),
    ])


def test_according_to_a_names_bare_possessive_office_is_no_ones():
    body = (
        "Governor Tom Edwards will lead a delegation to Ostrava.\n\n"
        "Edwards currently serves as co-chairman of the Governors Council, according to Edwards' office."
    )
    assert_statements(body, [])


def test_according_to_a_name_in_s_stays_his():
    body = (
        "Governor Tom Edwards will lead a delegation to Ostrava.\n\n"
        "The trip will cost little, according to Edwards."
    )
    assert_statements(body, [
        ("Tom Edwards", "indirect", "The trip will cost little, according to Edwards."),
    ])


def test_a_person_who_estimates_that_voices_an_opinion():
    body = (
        "Governor Tom Varnel returned from Ostrava.\n\n"
        "Commissioner Dan Roe estimates that Belmont could make millions in trade each year."
    )
    assert_statements(body, [
        ("Dan Roe", "indirect", "Commissioner Dan Roe estimates that Belmont could make millions in trade each year."),
    ])


def test_estimates_as_a_plural_noun_stay_no_ones():
    body = (
        "Governor Tom Varnel returned from Ostrava.\n\n"
        "The latest estimates that were published show growth."
    )
    assert_statements(body, [])


def test_a_participle_before_the_name_is_no_comma_splice():
    # "Greeting X in Kyiv, he stressed …": the name is the participle's object, the pronoun the host
    body = (
        "President Volo Zeren received President Ana Caputa.\n\n"
        "Greeting Ana Caputa in Kyiv, he stressed that Slovakia had taken a firm position."
    )
    assert_statements(body, [
        ("Volo Zeren", "indirect", "Greeting Ana Caputa in Kyiv, he stressed that Slovakia had taken a firm position."),
    ])
