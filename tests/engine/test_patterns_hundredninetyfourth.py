"""Rules from the hundred-ninety-fourth held-out set (en.kremlin.ru, September-October 2002): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_tied_relations_with_the_solution_of_a_problem_is_a_statement():
    """"Touching upon Russian-Lithuanian relations, the President directly tied these relations with the solution of the
    problem of the Kaliningrad Region." (27444): a condition stated, as "made them conditional on". Before, nothing."""
    body = ("President Arvel Dunmore received the credentials of new ambassadors.\n\n"
            "Touching upon relations with Normia, the President directly tied these relations with the solution of the "
            "border problem.")
    assert_statements(body, [
        ("Arvel Dunmore", "indirect",
         "Touching upon relations with Normia, the President directly tied these relations with the solution of the "
         "border problem."),
    ])


def test_tied_to_a_post_is_no_statement():
    """The guard: "tied the boat to the pier", "ties with the region" say nothing; only "tied/linked … with/to the
    solution/settlement of …" is read."""
    body = ("President Arvel Dunmore visited the harbour.\n\n"
            "The President tied a ribbon to the mast of the new ship. Mr Dunmore has close ties with the region.")
    assert_statements(body, [])
