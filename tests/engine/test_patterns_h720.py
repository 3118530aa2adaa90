"""Statements found by helper h720's mend of fivehundredthirtyninth's (the Tokyo Metropolitan Government's) errors:

- a question put in a "When" clause that opens the sentence, then another person's answer in the main clause ("When the
  governor asked about which places he had enjoyed visiting …, Mr. X mentioned … and said that …"): the question only
  sets up the answer, no statement of the one who asked (reported_speech._question_answered_after); a proposal in the
  same place ("When Ms X suggested …, the President demurred") is still hers.

Each test is a small invented readout (invented people and places); the rule's test fails without it, and a guard
test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_MET = "On Monday, Governor Ama Sorel met with Pell Arno, the Minister of Transport of Varnia."
_ANSWERED = ("Mr. Arno mentioned the old harbour and the river ferries and said that the market district seemed to be "
             "a very lively place.")


def test_a_question_in_an_opening_when_clause_is_no_statement_of_the_asker():
    """"When the governor asked about …, Mr. Arno mentioned … and said that …": his answer only."""
    assert_statements(
        _MET + "\n\nWhen the governor asked about which places he had enjoyed visiting in Tolsk, " + _ANSWERED,
        [("Pell Arno", "indirect", _ANSWERED)],
    )


def test_a_proposal_in_an_opening_when_clause_is_still_the_proposers():
    """"When the governor suggested …, Mr. Arno said that …": a proposal of her own, two statements (hard30)."""
    assert_statements(
        _MET + "\n\nWhen the governor suggested a joint ferry service, Mr. Arno said that his ministry would study it.",
        [("Ama Sorel", "indirect", "When the governor suggested a joint ferry service,"),
         ("Pell Arno", "indirect", "Mr. Arno said that his ministry would study it.")],
    )
