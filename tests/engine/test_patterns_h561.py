"""A group's clause after ", but" ends one person's report (fourhundredseventeenth 2023-01-20: "In North Carolina,
Governor Cooper has committed to defending reproductive rights, but Republican legislative leaders have passed rules
…": his clause only).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Readout of a Meeting with Provincial Legislators on Voting Rights"
OPENING = "Senior officials met today with legislators from six provinces of Norland.\n\n"


def test_a_groups_clause_after_but_ends_a_commitment():
    """"Governor X has committed to defending …, but Republican legislative leaders have passed rules …": the
    governor's clause, cut at ", but"; the legislators' act is no one's statement."""
    his = "In Vesmar, Governor Pell Aster has committed to defending voting rights"
    body = OPENING + his + (", but Unionist legislative leaders have passed rules enabling the Speaker to call a vote "
                            "at any moment.") + "\n"
    assert_statements(body, [("Pell Aster", "indirect", his)], title=TITLE)


def test_a_groups_clause_after_but_ends_praise():
    """"X praised the new law, but state senators have voted to repeal it.": his praise only."""
    his = "Governor Pell Aster praised the new registration law"
    body = OPENING + his + ", but state senators have already voted to repeal it.\n"
    assert_statements(body, [("Pell Aster", "indirect", his)], title=TITLE)


def test_a_content_clause_after_but_stays_the_speakers():
    """Guard: after a verb that tells what was said ("said", "noted"), the clause after ", but" may be his words
    ("X said the water had subsided, but the lawmakers had …"): all of it stays his."""
    his = "Governor Pell Aster said the reform had passed, but lawmakers have delayed its funding."
    body = OPENING + his + "\n"
    assert_statements(body, [("Pell Aster", "indirect", his)], title=TITLE)


def test_a_that_clause_after_a_thanking_verb_stays_whole():
    """Guard: "expressed hope that …, but legislators have …": the clause is inside what he hoped, all his."""
    his = ("Governor Pell Aster expressed hope that the reform would pass soon, but legislators have not yet "
           "scheduled a vote.")
    body = OPENING + his + "\n"
    assert_statements(body, [("Pell Aster", "indirect", his)], title=TITLE)


def test_the_same_speaker_going_on_after_but_stays_whole():
    """Guard: "X welcomed the plan, but warned that …" (no new subject) and "…, but the province's courts have …"
    (a subject that is no group of people) stay whole."""
    first = "Governor Pell Aster welcomed the plan, but warned that the budget was short."
    second = "Governor Pell Aster praised the ruling, but the province's courts have struck down two earlier laws."
    body = OPENING + first + "\n\n" + second + "\n"
    assert_statements(body, [
        ("Pell Aster", "indirect", first),
        ("Pell Aster", "indirect", second),
    ], title=TITLE)
