"""Patterns found by the thirtysecond held-out set (real Kremlin readouts, 2019-2020).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_war_named_in_the_title_is_no_principal():
    """Title "Congratulations … on the 80th anniversary of Victory in the Great Homeland War":
    a capitalised run with "War" in it names a war, not a person; it must not become the
    readout's principal, whom "The President of Ostrava" and "The Ostravan leader" mean."""
    title = "Congratulations to foreign leaders on the 80th anniversary of Victory in the Great Homeland War"
    body = (
        "Petr Halen sent messages to the leaders of Velmora and Tarsia on the 80th anniversary of Victory in the "
        "Great Homeland War.\n\n"
        "The President of Ostrava underscored the reverence felt in both countries for the memory of the heroes.\n\n"
        "The Ostravan leader called for resolute opposition to any attempts to rewrite the results of the Great "
        "Homeland War."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect",
         "The President of Ostrava underscored the reverence felt in both countries for the memory of the heroes."),
        ("Petr Halen", "indirect",
         "The Ostravan leader called for resolute opposition to any attempts to rewrite the results of the Great "
         "Homeland War."),
    ], title=title)


def test_sent_congratulatory_messages_is_a_congratulation():
    """"X sent congratulatory messages to the leaders of …" is "sent messages of
    congratulations": the congratulation is said (as "sent greetings to …"); a bare
    "sent a delegation to" is not."""
    body = (
        "President Petr Halen sent congratulatory messages to the leaders of Velmora and Tarsia on the 80th "
        "anniversary of their independence.\n\n"
        "Earlier, President Petr Halen sent a delegation to the independence celebrations in Velmora."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect",
         "President Petr Halen sent congratulatory messages to the leaders of Velmora and Tarsia on the 80th "
         "anniversary of their independence."),
    ])


def test_an_adjective_opening_a_report_sentence_is_no_name():
    """"Governor X also spoke about the projects … Successful efforts are being taken to …":
    a capitalised adjective before a plural noun and its verb opens the sentence; it is no
    one's name, so the sentence carries the governor's report on."""
    body = (
        "President Petr Halen met with Governor of the Velm Region Ida Marren.\n\n"
        "The Governor also spoke about the projects being implemented in the region, including both national "
        "and regional projects. Successful efforts are being taken to accomplish the planned tasks under all "
        "twelve programmes."
    )
    assert_statements(body, [
        ("Ida Marren", "indirect",
         "The Governor also spoke about the projects being implemented in the region, including both national "
         "and regional projects."),
        ("Ida Marren", "indirect",
         "Successful efforts are being taken to accomplish the planned tasks under all twelve programmes."),
    ])


def test_a_quantifier_before_a_thing_is_no_group():
    """"As regards national projects, all plans for this year will be implemented." after a
    governor's report: "all plans" are things, not people acting together, so the sentence
    carries the report on (unlike "all participants agreed …", a group's act)."""
    body = (
        "President Petr Halen met with Governor of the Velm Region Ida Marren.\n\n"
        "Ms Marren reported that the region's output is expected to grow by two percent this year. "
        "The budget is going as planned. As regards national projects, all plans for this year will be implemented.\n\n"
        "Ms Marren also described the new hospital in Velm. As regards the opening, all participants agreed to "
        "meet again in May."
    )
    assert_statements(body, [
        ("Ida Marren", "indirect",
         "Ms Marren reported that the region's output is expected to grow by two percent this year."),
        ("Ida Marren", "indirect", "The budget is going as planned."),
        ("Ida Marren", "indirect", "As regards national projects, all plans for this year will be implemented."),
        ("Ida Marren", "indirect", "Ms Marren also described the new hospital in Velm."),
    ])
