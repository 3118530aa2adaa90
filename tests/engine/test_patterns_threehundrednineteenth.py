"""Readings of real Taiwanese and South Korean government text of stop 34 (three-hundred-nineteenth): releases of
the Office of the President of the Republic of China (Taiwan) and the Ministry of Foreign Affairs of the Republic of Korea.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_future_passive_with_its_agent_is_a_plan():
    """"Minister Kang will be briefed by Secretary Pompeo on the outcome of his latest visit …" (three-hundred-nineteenth
    kr_mofa 319939, a visit preview): a planned future, as the active "Secretary X will brief …" is; the agent after
    "by" has said nothing yet."""
    body = (
        "1. Foreign Minister Lena Orsk will visit Vestra on May 8 for a meeting with Secretary of State Tomas Reyl.\n\n"
        "2. In the forthcoming meeting, Minister Orsk will be briefed by Secretary Reyl on the outcome of his latest "
        "visit to the region."
    )
    assert_statements(body, [], title="Foreign Minister to Visit Vestra")


def test_a_past_passive_with_its_agent_still_speaks():
    """Guard: "Minister Orsk was briefed by Secretary Reyl on …" is the agent's report, as before."""
    body = (
        "1. Foreign Minister Lena Orsk visited Vestra on May 8 for a meeting with Secretary of State Tomas Reyl.\n\n"
        "2. In the meeting, Minister Orsk was briefed by Secretary Reyl on the outcome of his latest visit to the region."
    )
    assert_statements(body, [
        ("Tomas Reyl", "indirect",
         "In the meeting, Minister Orsk was briefed by Secretary Reyl on the outcome of his latest visit to the region."),
    ], title="Foreign Minister Visits Vestra")


def test_a_gerund_clause_judged_carries_the_report_on():
    """"Maintaining positive relations with the U.S. and across the Taiwan Strait are both in line with our national
    interest …" (three-hundred-nineteenth tw_president 38797), between two of the spokesperson's statements: a gerund
    clause heads it ("Maintaining" no one's name, the country after "with" no subject), so his report goes on."""
    body = (
        "Spokesperson Rian Toller spoke to reporters on Monday.\n\n"
        "The spokesperson emphasized that Kaldoria's core interest is to ensure regional peace. Maintaining good "
        "relations with Vestra and Orsland is in line with our national interest. The government will keep working "
        "with both, the spokesperson added."
    )
    assert_statements(body, [
        ("Rian Toller", "indirect",
         "The spokesperson emphasized that Kaldoria's core interest is to ensure regional peace."),
        ("Rian Toller", "indirect", "Maintaining good relations with Vestra and Orsland is in line with our national interest."),
        ("Rian Toller", "indirect", "The government will keep working with both, the spokesperson added."),
    ], title="Spokesperson Toller on relations with Vestra")


def test_a_gerund_clause_with_a_plain_verb_stays_narrative():
    """Guard: "Following the talks, …"-style gerunds with a plain verb of acting are not read as judged clauses:
    "Heading the delegation was Minister Orsk." after a statement stays unattributed."""
    body = (
        "Spokesperson Rian Toller spoke to reporters on Monday.\n\n"
        "The spokesperson emphasized that Kaldoria's core interest is to ensure regional peace. Heading the delegation "
        "to Vestra was Minister Lena Orsk. The government will keep working with Vestra, the spokesperson added."
    )
    assert_statements(body, [
        ("Rian Toller", "indirect",
         "The spokesperson emphasized that Kaldoria's core interest is to ensure regional peace."),
        ("Rian Toller", "indirect", "The government will keep working with Vestra, the spokesperson added."),
    ], title="Spokesperson Toller on relations with Vestra")
