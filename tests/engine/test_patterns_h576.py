"""Readings of errors of the heldout sets below the three-hundredth (stop 42, helper h576): a capitalised adjective
before a compound plural that opens a sentence of a carried-on report ("Similar world views promoted …", "High oil
prices, which …"), read as no one's name.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

ADDRESS = "President Arno Vell of Velchia met with members of the Norland Academy of Sciences.\n\n"


def test_adjective_before_a_compound_plural_and_its_past_verb_carries_the_report_on():
    """"Similar world views promoted the two countries’ effective cooperation …" (two-hundred-fortieth kremlin_28148,
    in a paragraph that carries on Putin's address): "Similar" opens the sentence before the compound "world views"
    and its past verb; no one's name, so the sentence goes on with the report as the one before it does."""
    said = "Velchian-Norlandic partnership was a factor of stability, Mr Vell said in his address."
    first = "Culture made a great contribution to the partnership."
    second = "Similar world views promoted the two countries’ cooperation in the United Nations."
    body = ADDRESS + said + "\n\n" + first + " " + second + "\n"
    assert_statements(body, [("Arno Vell", "indirect", said), ("Arno Vell", "indirect", first),
                             ("Arno Vell", "indirect", second)])


def test_adjective_before_a_compound_plural_and_which_carries_the_report_on():
    """"High oil prices, which stimulate investments …, were the main factor …" (sixth kremlin_28331, a minister's
    report carried on): the adjective, the compound plural and its relative; no one's name."""
    said = "Mr Vell stressed that there was a recovery in economic growth."
    second = "High oil prices, which stimulate investments in industry, were the main factor of the growth."
    body = ADDRESS + said + " " + second + "\n"
    assert_statements(body, [("Arno Vell", "indirect", said), ("Arno Vell", "indirect", second)])


def test_a_name_before_a_speech_verb_and_a_plural_is_still_someone_who_speaks():
    """The guard of the same rule: a lone capitalised word that is someone's name, then a speech verb, a plural and
    a participle ("Marrow told reporters gathered …") is that person speaking, not a compound noun of the report."""
    opening = ("President Arno Vell of Velchia and Foreign Minister Ilsa Marrow met with members of the Norland "
               "Academy of Sciences.\n\n")
    said = "Mr Vell stressed that there was a recovery in economic growth."
    other = "Marrow told reporters gathered at the Academy that the growth would last."
    assert_statements(opening + said + " " + other + "\n",
                      [("Arno Vell", "indirect", said), ("Ilsa Marrow", "indirect", other)])
