"""Statements found by helper h681's set fivehundredninth (the Jordan News Agency, Petra): a family name "Al Sheikh"
written with a space, whose "Sheikh" is no style; an office posted to a country with no article, after "with", before
a comma and the name ("discussed with Yemeni Ambassador to Jordan, Dr. X, and his delegation"); "Other MPs", members of
parliament by their initials' plural, a group.

Each test is a small invented readout (invented people and bodies); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_sheikh_after_a_capital_al_is_a_family_name():
    """"Speaker Tarik Al Sheikh … Al Sheikh echoed …": "Sheikh" after a capital "Al" closes his family's name (before,
    a style with no name after it, so nobody was named and both statements were nobody's)."""
    assert_statements((
        "The Speaker of the Velmar Assembly, Dorian Kastell, hosted Tarrow Council Speaker Tarik Al Sheikh on "
        "Monday.\n\n"
        "Kastell stressed the depth of the ties between the two assemblies.\n\n"
        "Al Sheikh echoed these sentiments, expressing a commitment to closer cooperation."
    ), [
        ("Dorian Kastell", "indirect", "Kastell stressed the depth of the ties between the two assemblies."),
        ("Tarik Al Sheikh", "indirect",
         "Al Sheikh echoed these sentiments, expressing a commitment to closer cooperation."),
    ])


def test_sheikh_before_a_name_stays_a_style():
    """Guard: "Al" then "Sheikh" and a capitalised name after it ("… Al Sheikh Omar bin Tariq") is not read as the
    family's name: the style goes on with the name it styles."""
    assert_statements((
        "Minister Hadrian Vell received His Highness Sheikh Omar bin Tariq Al Varesi on Monday.\n\n"
        "Sheikh Omar praised the ties between the two countries."
    ), [
        ("Omar bin Tariq Al Varesi", "indirect", "Sheikh Omar praised the ties between the two countries."),
    ])


def test_bare_office_posted_to_a_country_before_a_comma_and_the_name():
    """"met with Velmaran Ambassador to Norlandia, Dr. X, and his delegation": the office with no article, posted
    "to" a country, is X's as "Ambassador of Y, X" was, so "the Velmaran envoy praised …" is his (before, nobody's)."""
    assert_statements((
        "Minister of Transport Ilse Varholm on Tuesday met with Velmaran Ambassador to Norlandia, "
        "Dr. Corvin Astelle, and his accompanying delegation.\n\n"
        "For his part, the Velmaran envoy praised the relations between the two countries."
    ), [
        ("Corvin Astelle", "indirect", "For his part, the Velmaran envoy praised the relations between the two countries."),
    ])


def test_members_of_parliament_by_their_initials_are_a_group():
    """"Other MPs highlighted …": the plural of "MP" is several members, a group, no person named "Other MPs" (before,
    a speaker "Other MPs"); the committee's head named before keeps his own statement."""
    assert_statements((
        "At the meeting, MP Davor Lisken, who heads the Committee, emphasized that the ties are deep-rooted.\n\n"
        "Other MPs highlighted the importance of trade between the two countries."
    ), [
        ("Davor Lisken", "indirect",
         "At the meeting, MP Davor Lisken, who heads the Committee, emphasized that the ties are deep-rooted."),
    ])
