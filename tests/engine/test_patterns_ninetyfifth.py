"""Patterns found by the ninety-fifth held-out set (real Kremlin news readouts, Dec 2012, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_next_opens_a_summary_point_before_a_speech_participle():
    """"Next, the head of state focused on addressing demographic issues, noting that …": "Next," opens
    the paragraph before its subject as "Later," does; the participle "noting that" makes it his
    statement, and the sentence after it carries his report on."""
    body = (
        "President Petr Halen delivered his annual address to the Velmoran parliament.\n\n"
        "The President said the coming years would be decisive.\n\n"
        "Next, the head of state focused on addressing demographic issues, noting that the family programmes "
        "had been effective. The population has begun to grow. The President outlined the main directions of further growth."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "The President said the coming years would be decisive."),
        ("Petr Halen", "indirect", "Next, the head of state focused on addressing demographic issues, noting that "
                                   "the family programmes had been effective."),
        ("Petr Halen", "indirect", "The population has begun to grow."),
        ("Petr Halen", "indirect", "The President outlined the main directions of further growth."),
    ])


def test_sees_a_bare_object_as_a_force_is_a_view():
    """"Vladimir Putin sees civil responsibility and patriotism as a consolidating force behind …": a view
    stated, as "regards … as", with an object that has no article."""
    body = (
        "President Petr Halen delivered his annual address to the Velmoran parliament.\n\n"
        "Petr Halen sees civic duty and solidarity as a uniting force behind Velmoran politics."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen sees civic duty and solidarity as a uniting force behind Velmoran politics."),
    ])


def test_made_several_proposals_is_proposing():
    """"Vladimir Putin made several proposals in the field of immigration policy …": a count before the
    plural noun, as "made a number of proposals"."""
    body = (
        "President Petr Halen delivered his annual address to the Velmoran parliament.\n\n"
        "Petr Halen made several proposals in the field of migration policy, including on granting citizenship."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen made several proposals in the field of migration policy, including on "
                                   "granting citizenship."),
    ])


def test_formulated_a_set_of_rules_is_setting_them_out():
    """"In his Address, the President formulated a set of rules of fair political competition.": rules,
    principles or tasks set out in a speech, as "outlined"."""
    body = (
        "President Petr Halen delivered his annual address to the Velmoran parliament.\n\n"
        "In his address, the President formulated a set of rules of fair political competition."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "In his address, the President formulated a set of rules of fair political competition."),
    ])
