"""Readings the four-hundred-twenty-first set (a random sample of White House readouts) showed the engine missing:
a fronted "As announced by X at <occasion>, …" whose agent is the source of the sentence, as "According to X, …" is.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

FORUM_OPENING = "On 3 May, Minister Dorian Kelst hosted the Amber Coast investor forum in Varnow.\n\n"


def test_a_fronted_as_announced_by_with_where_the_agent_spoke_is_the_agents():
    """"As announced by President X at the 2023 G7 Summit in Hiroshima, the forum aims to …" (four-hundred-twenty-first
    2024-09-27 PGI forum): where the agent spoke, between the agent and the comma, is part of the source; the sentence
    is X's, as "As announced by X, …" with nothing between is."""
    reported = "As announced by President Lena Marov at the 2023 summit in Tarvik, the forum aims to raise 200 million for ports."
    assert_statements(FORUM_OPENING + reported + "\n", [("Lena Marov", "indirect", reported)])


def test_an_occasion_with_an_abbreviation_after_a_fronted_agent_is_the_agents():
    """"During the U.N. General Assembly": the occasion is read within the sentence, its abbreviation's dot in it."""
    reported = "As stated by Minister Kelst during the U.N. General Assembly, the forum aims to raise 200 million for ports."
    assert_statements(FORUM_OPENING + reported + "\n", [("Dorian Kelst", "indirect", reported)])


def test_an_as_announced_by_inside_a_main_clause_is_no_source():
    """Guard: "…, as announced by X at the summit, and the ports will grow.": not fronted and not closing the sentence,
    the agent's occasion gives it no source."""
    narrative = ("The forum aims to raise 200 million for ports, as announced by President Lena Marov at the 2023 summit "
                 "in Tarvik, and the ports will grow.")
    assert_statements(FORUM_OPENING + narrative + "\n", [])


def test_a_fronted_as_requested_by_with_an_occasion_is_no_one_s_words():
    """Guard: "As requested by X at the summit, …": a request granted, not words said (`_AS_STATED_FORMS`)."""
    narrative = "As requested by President Lena Marov at the 2023 summit in Tarvik, the forum will raise 200 million for ports."
    assert_statements(FORUM_OPENING + narrative + "\n", [])
