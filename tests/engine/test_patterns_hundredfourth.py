"""Patterns found by the hundred-fourth held-out set (real Kremlin news readouts, Apr - May 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements

LEAD = "Petr Halen met with Minister of Labour Anton Drass.\n\n"


def test_in_general_opening_a_report_is_no_military_general():
    """"In general, the Ministry plans to support …" inside a minister's carried report: "In general,"
    is a summing-up adverb, not a general (an officer) as the sentence's subject."""
    body = LEAD + (
        "Anton Drass said that the labour market was stable. About 300,000 people are to undergo retraining. "
        "In general, the Ministry plans to support about 1.5 million people under these programmes. "
        "The federal budget has allocated 90 billion marks for this purpose. "
        "Anton Drass also said that youth employment was growing."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "Anton Drass said that the labour market was stable."),
        ("Anton Drass", "indirect", "About 300,000 people are to undergo retraining."),
        ("Anton Drass", "indirect", "In general, the Ministry plans to support about 1.5 million people under these programmes."),
        ("Anton Drass", "indirect", "The federal budget has allocated 90 billion marks for this purpose."),
        ("Anton Drass", "indirect", "Anton Drass also said that youth employment was growing."),
    ])


def test_what_a_thing_includes_today_carries_a_report_on():
    """"Today, the most popular services include the provision of …": what a thing includes now, a
    claim inside a report, not news of the day."""
    body = LEAD + (
        "Anton Drass said that the Social Treasury project was underway. The key principle is to provide "
        "services proactively. Today, the most popular services include the provision of support in difficult "
        "situations. Anton Drass added that the system would cover ten million children."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "Anton Drass said that the Social Treasury project was underway."),
        ("Anton Drass", "indirect", "The key principle is to provide services proactively."),
        ("Anton Drass", "indirect", "Today, the most popular services include the provision of support in difficult situations."),
        ("Anton Drass", "indirect", "Anton Drass added that the system would cover ten million children."),
    ])


def test_a_topic_also_covered_is_no_ones_report():
    """"The procedure for establishing disability status was also covered.": the meeting's next topic
    with no agent (as "… was also discussed"), not more of the report before it."""
    body = LEAD + (
        "Anton Drass reported that the labour market was stable. Some 675,000 people are registered at "
        "employment centres. The procedure for establishing disability status was also covered. "
        "Petr Halen underscored that this was important for millions of citizens."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "Anton Drass reported that the labour market was stable."),
        ("Anton Drass", "indirect", "Some 675,000 people are registered at employment centres."),
        ("Petr Halen", "indirect", "Petr Halen underscored that this was important for millions of citizens."),
    ])


def test_went_on_to_articulate_is_a_statement():
    """"He went on to articulate the principled approaches to … by emphasising that …": speech carried on,
    as "went on to describe"."""
    body = (
        "Petr Halen had a telephone conversation with President of Dornia Anton Drass.\n\n"
        "Petr Halen informed his counterpart about the situation on the border. He went on to articulate the "
        "principled approaches to the negotiations by emphasising that Velmora remains open to dialogue."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen informed his counterpart about the situation on the border."),
        ("Petr Halen", "indirect", "He went on to articulate the principled approaches to the negotiations by "
                                   "emphasising that Velmora remains open to dialogue."),
    ])


def test_figures_after_an_order_are_not_the_order():
    """"The President instructed the Ministry to expand … . As of late 2021, 6.7 million people were
    covered …": figures after an order are facts of the report the order interrupted, no more of the
    order, even between two statements of the one who gave it."""
    body = LEAD + (
        "Anton Drass spoke about the social services for senior citizens. Petr Halen instructed the Ministry "
        "to expand the list of support measures. As of late 2021, 6.7 million people were covered by various "
        "support tools. About 300,000 people are living in nursing homes. Petr Halen noted that this was also "
        "important."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "Anton Drass spoke about the social services for senior citizens."),
        ("Petr Halen", "indirect", "Petr Halen instructed the Ministry to expand the list of support measures."),
        ("Petr Halen", "indirect", "Petr Halen noted that this was also important."),
    ])
