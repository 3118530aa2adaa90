"""Helper h1114 (styles61, ICT and telecommunications ministries' and regulators' meetings): a minister's office whose
portfolio is written by its initials ("Federal Minister for IT and Telecommunication Ms. X", "Minister of ICT and
Innovation Y") or by an ICT portfolio's word ("Minister of Posts and Telecommunications Z") before the name is her
office, the "and" joining two portfolios of one minister, so that a later "the Minister" or "the Federal Minister" is
she; "It" at a sentence's start stays the pronoun."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_minister_for_it_and_telecommunication_before_the_name_is_her_office():
    body = (
        "Country Manager of Brellan Cloud Mr. Tovic Amsander called on Federal Minister for IT and Telecommunication "
        "Ms. Ulrike Ponsavar here on Tuesday.\n\n"
        "Talking to the country manager, the Federal Minister said Kelmora wanted every ministry's data to be hosted "
        "inside the country by 2028.\n\n"
        "The Minister assured him that the rules would be placed before the Cabinet in March."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "Talking to the country manager, the Federal Minister said Kelmora wanted "
         "every ministry's data to be hosted inside the country by 2028."),
        ("Ulrike Ponsavar", "indirect", "The Minister assured him that the rules would be placed before the Cabinet "
         "in March."),
    ])


def test_minister_for_it_alone_before_the_name():
    body = (
        "Mr. Tovic Amsander called on Minister for IT Ulrike Ponsavar on Tuesday.\n\n"
        "The Minister said the rules would be placed before the Cabinet in March."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Minister said the rules would be placed before the Cabinet in March."),
    ])


def test_minister_of_posts_and_telecommunications_is_one_minister():
    body = (
        "Mr. Tovic Amsander called on Minister of Posts and Telecommunications Ulrike Ponsavar on Tuesday.\n\n"
        "The Minister said the post offices would issue passports from March."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Minister said the post offices would issue passports from March."),
    ])


def test_minister_of_ict_and_innovation_is_one_minister():
    body = (
        "Mr. Tovic Amsander called on Minister of ICT and Innovation Ms. Ulrike Ponsavar on Tuesday.\n\n"
        "The Minister said the schools would be connected by 2028."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "The Minister said the schools would be connected by 2028."),
    ])


def test_it_at_a_sentence_start_stays_the_pronoun():
    # guard: "It" capitalised at the start of a sentence is the pronoun, no portfolio nor person
    body = (
        "The Minister of Health of Kelmora, Ms. Ulrike Ponsavar, received Mr. Tovic Amsander on Tuesday.\n\n"
        "It was agreed that the talks would continue in March.\n\n"
        "Ms. Ponsavar said the plant would open in 2027."
    )
    assert_statements(body, [
        ("Ulrike Ponsavar", "indirect", "Ms. Ponsavar said the plant would open in 2027."),
    ])


# A body's director-general called by the body's short name and the office ("the NCA DG", "The CRAQ DG") after two
# directors-general were named, each "the Director-General of the <ACRONYM>, <name>": the one of that body.

_TWO_REGULATORS = (
    "The memorandum was signed by the Director-General of the TRAK, Eng. Osvald Tremmerin, and the Director-General "
    "of the BCA, Ms. Ilse Vandrowe, in Kelmora on Wednesday.\n\n"
)


def test_the_acronym_dg_is_the_director_general_of_that_body():
    body = _TWO_REGULATORS + (
        "Eng. Tremmerin said roaming prices would fall.\n\n"
        "\u201cA fraudster blocked here should not open shop there,\u201d the BCA DG said.\n\n"
        "The TRAK DG thanked Ms. Vandrowe for the speed of the talks."
    )
    assert_statements(body, [
        ("Osvald Tremmerin", "indirect", "Eng. Tremmerin said roaming prices would fall."),
        ("Ilse Vandrowe", "direct", "A fraudster blocked here should not open shop there,"),
        ("Osvald Tremmerin", "indirect", "The TRAK DG thanked Ms. Vandrowe for the speed of the talks."),
    ])


def test_the_acronym_director_general_spelt_out():
    body = _TWO_REGULATORS + "The BCA Director-General said the two bodies would share fraud data."
    assert_statements(body, [
        ("Ilse Vandrowe", "indirect", "The BCA Director-General said the two bodies would share fraud data."),
    ])


def test_a_bare_dg_stays_as_it_was():
    # guard: "The DG" with no body's short name is not read by the new rule (the first director-general, as before)
    body = _TWO_REGULATORS + "The DG said roaming prices would fall."
    assert_statements(body, [
        ("Osvald Tremmerin", "indirect", "The DG said roaming prices would fall."),
    ])
