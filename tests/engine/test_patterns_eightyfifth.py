"""Patterns found by the eighty-fifth held-out set (benchmarks/heldout/eightyfifth/, real
president.gov.ua readouts of December 2021 - April 2022): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_possessive_portfolio_word_before_and_keeps_one_office_holder():
    """"…, says the Adviser-Commissioner of the President for Children's Rights and Children's
    Rehabilitation X": "Children's" is a portfolio's word, no person's name, so the "and" joins two
    portfolios of one office, not two people (73333)."""
    body = ("Norland asks the Red Cross for help. \"Twelve schools were destroyed,\" says the Presidential "
            "Commissioner for Children's Rights and Children's Rehabilitation Lena Kovac. "
            "\"Two hospitals were hit,\" said the Minister for Children's Rights and Youth Ivan Petrov.")
    assert_statements(body, [
        ("Lena Kovac", "direct", "Twelve schools were destroyed"),
        ("Ivan Petrov", "direct", "Two hospitals were hit"),
    ])


def test_called_a_thing_an_act_of_something_is_a_view_stated():
    """"He called such behavior of the aggressor an act of genocide, …": a thing named as
    another ("called X a/an Y"), a view stated (73317), as "called X another frontline" is."""
    body = ("President Anton Varga gave an interview to foreign media. He called such behavior of the "
            "invading army an act of genocide, which is committed in this century.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "He called such behavior of the invading army an act of genocide, which is "
                                    "committed in this century."),
    ])


def test_called_someone_a_second_time_stays_a_telephone_call():
    """The guard of the rule above: "called the Chancellor a second time", "called the head of a
    company": a telephone call, when and whom, no view."""
    body = ("President Anton Varga called the Chancellor a second time on Monday. He called the head of a "
            "shipping company. Anton Varga said that the ports would open.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "Anton Varga said that the ports would open."),
    ])


def test_lead_with_a_quoted_term_before_this_was_stated_by_is_his():
    """"The invaders are … blocking Ukraine's "green corridors" … . This was stated by President X
    during a conversation with …": a quoted term leaves the lead the words of X (73329)."""
    body = ("The invaders are creating a crisis in the occupied towns, blocking the \"green corridors\" and "
            "forcing people to leave. This was stated by President Anton Varga during a conversation with "
            "journalists. \"Our convoys are blocked,\" the Head of State said.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "The invaders are creating a crisis in the occupied towns, blocking the "
                                    "\"green corridors\" and forcing people to leave."),
        ("Anton Varga", "direct", "Our convoys are blocked"),
    ])


def test_security_guarantees_after_a_preposition_is_a_noun():
    """"… noted that when he became President, he spoke … about the need for security guarantees
    for our country.": "guarantees" after "for security" is a noun, no second cue that would cut
    the statement at the comma (73325)."""
    body = ("President Anton Varga met the press. The Head of State also noted that when he became President, "
            "he spoke from the very beginning about the need for security guarantees for our country.")
    assert_statements(body, [
        ("Anton Varga", "indirect", "The Head of State also noted that when he became President, he spoke from "
                                    "the very beginning about the need for security guarantees for our country."),
    ])


def test_a_law_title_without_its_closing_mark_is_no_quotation():
    """'a draft law "On Amendments to the Law "On Citizenship" was submitted …. "In this way, …,"
    X said.': the title's closing mark was lost; the later quotation is a new one, X's alone,
    not the title's continuation (71829)."""
    body = ("President Anton Varga submitted bills to the Parliament. In particular, a draft law \"On Amendments "
            "to the Law \"On Citizenship\" was submitted to the Parliament, which is designed to ensure legal "
            "certainty. \"In this way, we will resolve issues related to dual citizenship,\" Anton Varga said.")
    assert_statements(body, [
        ("Anton Varga", "direct", "In this way, we will resolve issues related to dual citizenship"),
    ])


def test_a_document_described_between_two_quotations_is_no_one_s_words():
    """"The draft law on … was also submitted …. This document defines …. It also contains …"
    between two quotations of one person: the press office's account of a bill, not more of the
    person's words (71829)."""
    body = ("President Anton Varga submitted two bills to the Parliament. \"Citizenship must have value,\" "
            "Anton Varga said. The draft law on declarations was also submitted to the Parliament. This document defines the "
            "legal basis of the declarations. It also contains the rules for checking them. \"Officials must "
            "be honest,\" the President stressed.")
    assert_statements(body, [
        ("Anton Varga", "direct", "Citizenship must have value"),
        ("Anton Varga", "direct", "Officials must be honest"),
    ])
