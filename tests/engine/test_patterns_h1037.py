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
