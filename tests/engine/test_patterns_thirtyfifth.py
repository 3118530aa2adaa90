"""Patterns found by the thirtyfifth held-out set (real Kremlin news readouts, 2002-2013).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_label_whose_office_is_written_in_lower_case():
    """A transcript label whose description opens in lower case ("chairman of the Management
    Committee of Velgas Oleg Darin: …", the press office's slip for "Chairman"): the words
    after it are Darin's, not the turn of the speaker before."""
    body = (
        "Chairman of Velgas Oleg Darin briefed Petr Halen on the pipeline projects.\n\n"
        "* * *\n\n"
        "President of Ostrava Petr Halen: Mr Darin, let us discuss the pipelines.\n\n"
        "chairman of the Management Committee of Velgas Oleg Darin: The northern pipeline was built on time. "
        "We reached its design capacity last year.\n\n"
        "The southern pipeline will be finished by 2015.\n\n"
        "Petr Halen: Good."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Chairman of Velgas Oleg Darin briefed Petr Halen on the pipeline projects."),
        ("Petr Halen", "direct", "Mr Darin, let us discuss the pipelines."),
        ("Oleg Darin", "direct", "The northern pipeline was built on time. We reached its design capacity last year."),
        ("Oleg Darin", "direct", "The southern pipeline will be finished by 2015."),
        ("Petr Halen", "direct", "Good."),
    ])


def test_he_who_thanks_the_man_just_named_is_the_other_one():
    """"Prime Minister X proposed a joint fund—an initiative the Ostravan President considered
    important. He thanked the Velmoran Prime Minister for …": the man thanked is X, so "He" is
    not X but the other speaker (the subject before him), and so is the sentence that carries
    his words on."""
    body = (
        "President Petr Halen and Velmoran Prime Minister Anton Brask held talks.\n\n"
        "Mr Halen said that simpler visas would help youth exchanges.\n\n"
        "Mr Brask proposed to establish a joint fund for youth exchanges. "
        "He thanked the Velmoran Prime Minister for the sincerity of his initiative. "
        "Even if some might call it premature, it would help relations with Europe."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Mr Halen said that simpler visas would help youth exchanges."),
        ("Anton Brask", "indirect", "Mr Brask proposed to establish a joint fund for youth exchanges."),
        ("Petr Halen", "indirect", "He thanked the Velmoran Prime Minister for the sincerity of his initiative."),
        ("Petr Halen", "indirect", "Even if some might call it premature, it would help relations with Europe."),
    ])


def test_a_persons_telegram_that_stressed_is_that_persons_word():
    """"The President of Ostrava's congratulatory telegram stressed that …": the sender's
    message says it, so the sentence is the sender's statement (as "The message of the
    President … stressed" already is); "the region's budget stressed" stays nobody's."""
    body = (
        "President of Ostrava Petr Halen congratulated President of Velmora Ivo Marek on National Day.\n\n"
        "The President of Ostrava's congratulatory telegram stressed that the two nations are successfully "
        "developing their partnership. He also emphasised that the bonds of friendship are centuries old."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect",
         "President of Ostrava Petr Halen congratulated President of Velmora Ivo Marek on National Day."),
        ("Petr Halen", "indirect",
         "The President of Ostrava's congratulatory telegram stressed that the two nations are successfully "
         "developing their partnership."),
        ("Petr Halen", "indirect", "He also emphasised that the bonds of friendship are centuries old."),
    ])


def test_the_journalists_questions_are_no_carried_report():
    """"Mr X said that … At present, … Journalists’ questions concerned …": the sentence on
    what the press asked about is the readout's narrative, not more of X's report."""
    body = (
        "President Petr Halen and Prime Minister Anton Brask addressed a news conference.\n\n"
        "Mr Halen said that visa issues demanded careful steps. At present, the simpler procedure should "
        "concern only students and scientists.\n\n"
        "Journalists’ questions concerned bilateral relations, the Velmoran situation and some other topics.\n\n"
        "Mr Halen said that the violence could not be halted without the United Nations."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Mr Halen said that visa issues demanded careful steps."),
        ("Petr Halen", "indirect",
         "At present, the simpler procedure should concern only students and scientists."),
        ("Petr Halen", "indirect", "Mr Halen said that the violence could not be halted without the United Nations."),
    ])
