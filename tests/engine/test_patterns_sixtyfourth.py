"""Patterns found by the sixtyfourth held-out set (real Kremlin news readouts, autumn 2003).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_welcoming_a_couple_at_the_entrance_is_a_hosts_act():
    """"X welcomed Piet and Mara Halen at the entrance to the palace" receives guests, as
    "welcomed President Y on the square" does: no statement, and nothing told on after it;
    "welcomed the agreement" stays a statement."""
    body = (
        "Anton Brask warmly welcomed Piet and Mara Halen at the entrance to the palace. "
        "The flags of the two countries flew in honour of the guests.\n\n"
        "Mr Brask welcomed the agreement reached at the summit."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Mr Brask welcomed the agreement reached at the summit."),
    ])


def test_ordered_a_named_person_to_act_is_an_order():
    """"The President ordered Mr X to go to the quake area.": an order, as "instructed"."""
    body = (
        "President Anton Brask met with Emergencies Minister Piet Halen.\n\n"
        "The President ordered Mr Halen to go to the quake area."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "The President ordered Mr Halen to go to the quake area."),
    ])


def test_directed_attention_to_the_fact_is_a_point_made():
    """"the President directed attention to the fact that …": as "drew attention to"."""
    body = (
        "President Anton Brask chaired a meeting of the Security Council.\n\n"
        "At the same time, the President directed attention to the fact that the border must be "
        "protected by modern means."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "At the same time, the President directed attention to the fact that the border "
         "must be protected by modern means."),
    ])


def test_supported_the_decision_is_a_stance_taken():
    """"X supported the decision of the Constitutional Court on …": a stance, as "supported
    the proposal"."""
    body = (
        "President Anton Brask met with the chairmen of the higher courts.\n\n"
        "Anton Brask supported the decision of the Constitutional Court on the election law."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Anton Brask supported the decision of the Constitutional Court on the election law."),
    ])


def test_considers_a_long_object_to_be_a_task():
    """"X considers developing a single strategy for … to be a very important task": an
    opinion held, its object longer than four words."""
    body = (
        "President Anton Brask chaired a meeting of the commission.\n\n"
        "President Brask considers developing a single strategy for protecting Velmora’s rights in the "
        "military-technical field to be a very important task."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "President Brask considers developing a single strategy for protecting Velmora’s "
         "rights in the military-technical field to be a very important task."),
    ])


def test_named_a_long_object_as_strategic_tasks():
    """"X named the creation of common spaces – in …, … – as strategic tasks": priorities
    stated, the thing named set off by dashes before "as"."""
    body = (
        "President Anton Brask met with President Piet Halen.\n\n"
        "Anton Brask named the creation of common spaces – in economics and trade, security, justice and "
        "culture – as strategic tasks in bringing the two countries closer together."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Anton Brask named the creation of common spaces – in economics and trade, security, "
         "justice and culture – as strategic tasks in bringing the two countries closer together."),
    ])


def test_made_all_the_worse_is_a_state_not_an_act():
    """"The calamity was made all the worse by landslides" after "Mr X told the President that
    …" describes a state, not something done at the meeting: the report goes on over it, as
    it does over "many roads had been damaged"."""
    body = (
        "Mr Halen told the President that the floods in the north were not receding. "
        "The situation was made all the worse by heavy rain, and many bridges had been damaged.\n\n"
        "The President instructed Mr Halen to go to the flood area."
    )
    assert_statements(body, [
        ("Piet Halen", "indirect", "Mr Halen told the President that the floods in the north were not receding."),
        ("Piet Halen", "indirect", "The situation was made all the worse by heavy rain, and many bridges had been damaged."),
        ("Anton Brask", "indirect", "The President instructed Mr Halen to go to the flood area."),
    ], title="President Anton Brask met with Emergencies Minister Piet Halen")
