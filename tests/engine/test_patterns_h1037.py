"""Helper h1037 (styles56, health ministries' and public-health agencies' international meetings): a body's officer
named after "(INITIALS)" is what "the INITIALS envoy" and "the INITIALS Representative" mean ("The World Health
Organization (WHO) Representative to X, Dr. Y, … The WHO envoy congratulated …")."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_bodys_envoy_is_its_representative_named_beside_its_initials():
    body = (
        "The World Health Organization (WHO) Representative to Dorvesk, Dr. Ilka Marranby, called on the Minister of "
        "Health, Dr. Piet Olvanger, on Tuesday.\n\n"
        "The WHO envoy congratulated the ministry on the campaign. She informed the minister that WHO would provide "
        "refrigerators.\n\n"
        "The WHO Representative thanked the minister for the welcome."
    )
    assert_statements(body, [
        ("Ilka Marranby", "indirect", "The WHO envoy congratulated the ministry on the campaign."),
        ("Ilka Marranby", "indirect", "She informed the minister that WHO would provide refrigerators."),
        ("Ilka Marranby", "indirect", "The WHO Representative thanked the minister for the welcome."),
    ])


def test_a_states_envoy_is_still_its_ambassador():
    body = (
        "The Ambassador of Norvalia, Mr. Olaf Brinnest, called on the Minister of Health, Dr. Piet Olvanger, "
        "in the presence of the World Health Organization (WHO) Representative, Dr. Ilka Marranby.\n\n"
        "The Norvalian envoy said his country would donate ventilators."
    )
    assert_statements(body, [
        ("Olaf Brinnest", "indirect", "The Norvalian envoy said his country would donate ventilators."),
    ])


def test_chaired_by_an_office_then_the_name_makes_the_chair():
    body = (
        "The health forum closed in Port Velbry on Thursday. The forum was chaired by the Minister of Health of "
        "Orsandia, Dr. Tomas Pelgrave.\n\n"
        "In his closing remarks, the chair said the declaration was a plan with a deadline.\n\n"
        "The forum also heard a report by the Chair of the Technical Working Group, Prof. Lior Amberwick, who "
        "presented the figures."
    )
    assert_statements(body, [
        ("Tomas Pelgrave", "indirect",
         "In his closing remarks, the chair said the declaration was a plan with a deadline."),
    ])


def test_the_chair_is_still_the_chairman_named_when_no_one_chaired_by_a_passive():
    body = (
        "The forum was opened by the Minister of Health of Orsandia, Dr. Tomas Pelgrave.\n\n"
        "The Chair of the Technical Working Group, Prof. Lior Amberwick, presented the figures.\n\n"
        "The chair said the declaration was a plan with a deadline."
    )
    assert_statements(body, [
        ("Lior Amberwick", "indirect", "The chair said the declaration was a plan with a deadline."),
    ])


def test_the_dg_and_a_field_is_the_director_general_of_it():
    body = (
        "A delegation led by its President, Prof. Hendrika Voss-Malby, called on the Director General of Health "
        "Services, Prof. Dr. Rafiq Tamberani, on Wednesday.\n\n"
        "The delegation's coordinator, Mr. Bram Oldenveld, was present.\n\n"
        "During the meeting, the DG Health said that cases had risen. He sought the delegation's support."
    )
    assert_statements(body, [
        ("Rafiq Tamberani", "indirect", "During the meeting, the DG Health said that cases had risen."),
        ("Rafiq Tamberani", "indirect", "He sought the delegation's support."),
    ])


def test_the_dg_alone_is_still_the_director_general():
    body = (
        "The Director General of the Trade Agency, Mr. Lior Pelgrave, received the visitors on Monday.\n\n"
        "Talking to the visitors, the DG said the agency would open an office abroad."
    )
    assert_statements(body, [
        ("Lior Pelgrave", "indirect", "Talking to the visitors, the DG said the agency would open an office abroad."),
    ])
