"""Stop 61's review of the stop's rules (hr52): a plan told in a relative clause on the subject is not the sentence's
own plan, so the participle after the main clause stays the subject's report."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_plan_in_a_relative_clause_leaves_the_participle_a_report():
    body = (
        "Foreign Minister Anzel Korvo, who will attend the summit in Delmar next week, met the Orlavian envoy Dren "
        "Maltby on Monday, stressing that the two countries must settle the border dispute."
    )
    assert_statements(body, [("Anzel Korvo", "indirect", body)])


def test_the_subjects_own_plan_still_keeps_the_participle_narrative():
    body = (
        "Westmarch Gov. Ada Brenner, who is in her second term, will lead a delegation to Norlandia next month, "
        "highlighting the state’s commitment to clean energy."
    )
    assert_statements(body, [])
