"""Readings of the four-hundred-fourteenth real set (president.gov.by English news): a lede's words closed by "…, X said
during a meeting with …" (belarus_president_2024-10-28_manturov), and an order told first and then placed by "X gave the
relevant instructions as he met with …" (belarus_president_2015-12-28_shunevich).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_words_closed_by_said_during_a_meeting_with_are_the_speakers_direct_words():
    """"Russia may be interested in new joint projects, Belarusian President X said during a meeting with …" (four-
    hundred-twelfth manturov): as "…, X said as he met with …", the words before the clause are his, the clause only
    where they were said."""
    body = ("Ostra may be keen on new joint ventures, Vellish President Orla Marsh said during a meeting with "
            "Ostran Deputy Prime Minister Piet Harven in Dornik on 3 May.\n")
    assert_statements(body, [("Orla Marsh", "direct", "Ostra may be keen on new joint ventures")])


def test_said_during_a_meeting_with_and_a_that_clause_stays_one_indirect_statement():
    """The guard of the same rule: "said during a meeting with Y that …" has its own complement; the sentence is one
    indirect statement (as before)."""
    body = ("Trade is growing, Vellish President Orla Marsh said during a meeting with Ostran Deputy Prime Minister "
            "Piet Harven that the two countries should open new routes.\n")
    assert_statements(body, [("Orla Marsh", "indirect",
                              "Trade is growing, Vellish President Orla Marsh said during a meeting with Ostran Deputy "
                              "Prime Minister Piet Harven that the two countries should open new routes.")])


def test_gave_the_relevant_instructions_as_he_met_gives_the_sentence_before():
    """"The police should step up efforts in fighting hooliganism. Belarus President X gave the relevant instructions as
    he met with …" (four-hundred-fourteenth shunevich 28 December): the order is the sentence before; the second sentence
    only says where and when it was given (as "made the relevant statement as he …")."""
    body = ("The border guards should step up patrols along the river. Vellish President Orla Marsh gave the relevant "
            "instructions as she met with Interior Minister Piet Harven on 28 December.\n")
    assert_statements(body, [("Orla Marsh", "indirect", "The border guards should step up patrols along the river.")])


def test_gave_instructions_to_do_something_stays_the_order_itself():
    """The guard of the same rule: "gave instructions to …" with its own content is the order (as before); the
    narrative sentence before it stays no one's."""
    body = ("Vellish President Orla Marsh met with Interior Minister Piet Harven on 28 December. Orla Marsh gave "
            "instructions to step up patrols along the river.\n")
    assert_statements(body, [("Orla Marsh", "indirect", "Orla Marsh gave instructions to step up patrols along the river.")])
