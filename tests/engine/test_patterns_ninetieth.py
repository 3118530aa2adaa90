"""Patterns found by the ninetieth held-out set (real Kremlin news readouts of 2017-2020).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_where_clause_of_another_speaker_on_the_subjects_meeting_is_narrative():
    """"Vladimir Putin held a meeting with … where Defence Minister Sergei Shoigu reported on …":
    the main clause tells of the subject's act (a meeting held); the report of another person
    is only a relative clause on that meeting, narrative as "…, who briefed the President on …"
    is. The same person's "where he" clause stays his ("X met Y, where he discussed …")."""
    title = "Meeting with permanent members of the Security Council"
    body = (
        "Anton Brask held a meeting with permanent members of the Security Council where Defence Minister "
        "Pavel Osk reported on the delivery of radar systems to the border regions. Current issues were also "
        "discussed.\n\n"
        "Later Anton Brask met with Governor Karel Dunn, where he stressed the need to build more schools."
    )
    assert_statements(body, [
        ("Anton Brask", "indirect", "Later Anton Brask met with Governor Karel Dunn, where he stressed the need "
                                    "to build more schools."),
    ], title=title)
