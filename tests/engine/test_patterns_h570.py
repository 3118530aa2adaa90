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


CALL_OPENING = "President Lena Marov met today with Prime Minister Oskar Veld of Ostreland.\n\n"


def test_one_persons_resolve_is_determined_to_is_the_persons():
    """"President Biden is determined to provide Ukraine with the support it needs to win." (four-hundred-twenty-fourth
    2024-09-26 Biden/Zelenskyy): one person's resolve stated, as "remains committed to" is."""
    reported = "President Marov is determined to provide Ostreland with the support it needs to win."
    assert_statements(CALL_OPENING + reported + "\n", [("Lena Marov", "indirect", reported)])


def test_a_group_or_a_country_determined_to_is_no_statement():
    """Guard: "The two leaders are determined to …" (a pair) and "Ostreland is determined to …" (a country)."""
    body = CALL_OPENING + ("The two leaders are determined to deepen the partnership. Ostreland is determined to "
                           "defend its coast.\n")
    assert_statements(body, [])


def test_a_task_determined_as_in_a_report_carries_the_report_on():
    """Guard: "The revival of mass sport was determined as a task of primary importance …" (sixty-fourth kremlin_29466),
    the first paragraph of a report the title gives to the President: "determined" with no "to" and a verb is no one's
    resolve, no cue word that would end the report, which goes on to "…, the President stressed."."""
    title = "The health of the city depends on its harbour, President Lena Marov stressed at a meeting of the harbour council"
    task = "The revival of the harbour was determined as a task of primary importance at the previous council meeting."
    more = "However, a solution to this problem is impossible without new funds."
    others = "Not only the ministries should be involved in this work, but also the city and its people."
    stressed = "A new way of working needs to be found, the President stressed."
    body = f"{task} {more}\n\n{others} {stressed}\n"
    assert_statements(body, [("Lena Marov", "indirect", text) for text in (task, more, others, stressed)], title=title)
