"""Patterns found by the seventy-first held-out set (benchmarks/heldout/seventyfirst/, real
en.kremlin.ru readouts of 2021-22 whose paragraphs the scraper joined: calls with foreign
leaders, a reported working meeting with a regional head): each test an invented readout and
the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_CALL = "Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"


def test_providing_assessments_joined_by_and_or_examples_of_is_a_statement():
    """"Vladimir Putin provided in-depth and principled assessments of the current situation …"
    and "… provided specific examples of violations by Kiev of …" tell what he said (kremlin_67352
    and kremlin_67362 missed them)."""
    body = (_CALL + "The leaders discussed the situation on the border. Petr Halen provided in-depth and principled "
            "assessments of the current situation in the region. Petr Halen provided specific examples of "
            "violations of the ceasefire by the rebels. The leaders agreed to stay in contact.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen provided in-depth and principled assessments of the current situation "
                                   "in the region."),
        ("Petr Halen", "indirect", "Petr Halen provided specific examples of violations of the ceasefire by the rebels."),
    ])


def test_substantiating_ones_statements_is_a_statement_and_carries_on():
    """"He substantiated his statements with evidence and specific data." after "… explained the
    real reasons …, saying that …" is his argument, and the report goes on after it (kremlin_68523
    missed it and the two sentences after it); "substantiated opinions" is an adjective."""
    body = (_CALL + "The parties reviewed the food security concerns. Petr Halen explained the real reasons for the "
            "unstable food supplies, saying that the disruptions were due to erroneous policies. He substantiated his "
            "statements with evidence and specific data. However, the country is ready to help find options for "
            "grain exports. The leaders agreed to continue contacts.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen explained the real reasons for the unstable food supplies, saying that "
                                   "the disruptions were due to erroneous policies."),
        ("Petr Halen", "indirect", "He substantiated his statements with evidence and specific data."),
        ("Petr Halen", "indirect", "However, the country is ready to help find options for grain exports."),
    ])


def test_supporting_a_named_persons_initiative_is_a_statement():
    """"Vladimir Putin supported President Niinistö's initiative to convene a summit …": a stance
    taken on a named person's initiative, as on "his initiative" (kremlin_67359 missed it)."""
    body = (_CALL + "Petr Halen stressed the importance of talks with the alliance. In this context, Petr Halen "
            "supported Prime Minister Marren's initiative to convene a summit in 2025. The leaders exchanged "
            "greetings.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen stressed the importance of talks with the alliance."),
        ("Petr Halen", "indirect", "In this context, Petr Halen supported Prime Minister Marren's initiative to "
                                   "convene a summit in 2025."),
    ])


def test_a_gerund_opening_a_sentence_carries_a_report_on():
    """"Increasing the supplies of Russian fertilisers … will also help reduce tensions …, but that
    will definitely require …" after the President's explanation: a gerund and its object open
    the sentence, a thing done, not someone named "Increasing" acting (kremlin_68523 missed it)."""
    body = (_CALL + "Petr Halen explained the real reasons for the unstable food supplies. Increasing the supplies "
            "of fertilisers and produce will also help reduce tensions in the market, but that will require the "
            "lifting of sanctions. The leaders agreed to continue contacts.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen explained the real reasons for the unstable food supplies."),
        ("Petr Halen", "indirect", "Increasing the supplies of fertilisers and produce will also help reduce tensions "
                                   "in the market, but that will require the lifting of sanctions."),
    ])


def test_the_president_is_the_host_named_again_not_one_named_once_in_passing():
    """A readout titled with its guest only ("Meeting with Head of Udmurtia …") whose body names
    a company in passing ("Nika Petrotech has implemented a joint project …") before the host,
    named again and again later: "The President noted …" is the host's, not the company's
    (kremlin_68533 gave four of Vladimir Putin's statements to "Nika Petrotech")."""
    title = "Meeting with Head of Zembla Ivan Korov"
    body = ("The President held a working meeting with Head of Zembla Ivan Korov.\n\n"
            "Ivan Korov began his report by describing the situation in healthcare. The region has opened 90 health "
            "centres. Nika Petrotech has implemented a joint project with the pipeline company. The President noted "
            "that industrial production is growing in Zembla. At the same time, Petr Halen pointed out the debt of "
            "the defence plants. Petr Halen wished him good luck.")
    assert_statements(body, [
        ("Ivan Korov", "indirect", "Ivan Korov began his report by describing the situation in healthcare."),
        ("Ivan Korov", "indirect", "The region has opened 90 health centres."),
        ("Petr Halen", "indirect", "The President noted that industrial production is growing in Zembla."),
        ("Petr Halen", "indirect", "At the same time, Petr Halen pointed out the debt of the defence plants."),
        ("Petr Halen", "indirect", "Petr Halen wished him good luck."),
    ], title=title)
