"""Rules from the thousand-sixth held-out set (the Governor of Meru County, Kenya, and those at or of the governor's
meetings, 2017-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_majority_whip_is_the_man_named_with_the_office():
    """"Meru Majority Whip Jim Muchui said … The majority whip further stated …" (Dailycast): a house's whip is an
    office, as its majority leader is, so the name is "Tom Rek", not "Zemla Majority Whip Tom Rek", and "the majority
    whip" is the man named with the office. Before, the office was read into the name and "The majority whip further
    stated …" was nobody's."""
    body = ("Zemla MCAs met the Governor on Monday.\n\n"
            "Zemla Majority Whip Tom Rek said that the assembly was ready for talks.\n\n"
            "The majority whip further stated that their main goal was to see the funds absorbed.")
    assert_statements(body, [
        ("Tom Rek", "indirect", "Zemla Majority Whip Tom Rek said that the assembly was ready for talks."),
        ("Tom Rek", "indirect", "The majority whip further stated that their main goal was to see the funds absorbed."),
    ])


def test_the_minority_leader_beside_a_whip_stays_his():
    """The guard: the majority leader, an office read before, keeps its man beside a whip of the other side."""
    body = ("Zemla Majority Leader Al Dop said that the assembly was ready for talks.\n\n"
            "Zemla Minority Whip Tom Rek argued that unity was best for the county.\n\n"
            "The majority leader further stated that their goal was unity.")
    assert_statements(body, [
        ("Al Dop", "indirect", "Zemla Majority Leader Al Dop said that the assembly was ready for talks."),
        ("Tom Rek", "indirect", "Zemla Minority Whip Tom Rek argued that unity was best for the county."),
        ("Al Dop", "indirect", "The majority leader further stated that their goal was unity."),
    ])


def test_mcas_a_group_as_mps():
    """"Meru MCAs have recently stated that they are prepared to talk …" (Dailycast): a county assembly's members by
    their initials, plural, a group as "MPs" is (GOLD-FORMAT: a group's words are no statement). Before, "Zemla MCAs"
    was taken for one person's name."""
    body = ("Zemla MCAs have recently stated that they are prepared to talk with the Governor.\n\n"
            "Zemla Majority Leader Al Dop said that the assembly was ready for talks.")
    assert_statements(body, [
        ("Al Dop", "indirect", "Zemla Majority Leader Al Dop said that the assembly was ready for talks."),
    ])


def test_the_governor_speaking_to_mcas_stays_hers():
    """The guard: the group named in a participle's object before a person's "said" leaves the words hers."""
    body = ("Speaking to Zemla MCAs at her residence, Governor Ana Vel said that the county would pay the ward funds.")
    assert_statements(body, [
        ("Ana Vel", "indirect",
         "Speaking to Zemla MCAs at her residence, Governor Ana Vel said that the county would pay the ward funds."),
    ])
