"""Readings of real Kremlin text of stop 36 (three-hundred-eightieth): short news items of February 2016, meetings with
officials and telephone conversations.

Each test is a small invented readout (invented people and places) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_RUN = (
    "The President met with Audit Chamber Chairperson Lena Varo to discuss the execution of the budget.\n\n"
    "Ms Varo noted that the budget was executed in difficult circumstances.\n\n"
    "Despite the difficulties, revenue totalled 9.2 billion crowns. This was 2.1 percent more than planned.\n\n"
    "The deficit came to 1.1 billion crowns. The reserve fund decreased slightly.\n\n"
    "{third}\n\n"
    "Ms Varo noted too that the foreign debt posted a substantial decrease."
)


def test_a_run_of_figure_paragraphs_between_two_statements_is_theirs():
    """"Ms Golikova noted that …" / three paragraphs of budget figures with no speech verb / "Ms Golikova noted too
    that …" (three-hundred-eightieth kremlin_51366): the run of paragraphs between two statements of one person carries
    their report on, as one such paragraph does; "Spending came to …" opens with a noun in -ing, no participle."""
    body = _RUN.format(third="Spending came to 4.8 billion crowns.")
    assert_statements(body, [
        ("Lena Varo", "indirect", "Ms Varo noted that the budget was executed in difficult circumstances."),
        ("Lena Varo", "indirect", "Despite the difficulties, revenue totalled 9.2 billion crowns."),
        ("Lena Varo", "indirect", "This was 2.1 percent more than planned."),
        ("Lena Varo", "indirect", "The deficit came to 1.1 billion crowns."),
        ("Lena Varo", "indirect", "The reserve fund decreased slightly."),
        ("Lena Varo", "indirect", "Spending came to 4.8 billion crowns."),
        ("Lena Varo", "indirect", "Ms Varo noted too that the foreign debt posted a substantial decrease."),
    ], title="Meeting with Audit Chamber Chairperson Lena Varo")


def test_a_run_with_something_new_in_it_stays_narrative():
    """Guard: a run whose last paragraph says something new ("The parties discussed …": the two who met) carries
    nothing on, and the paragraph after it is not led on to the next statement."""
    body = _RUN.format(third="The parties discussed the tax reform.")
    assert_statements(body, [
        ("Lena Varo", "indirect", "Ms Varo noted that the budget was executed in difficult circumstances."),
        ("Lena Varo", "indirect", "Ms Varo noted too that the foreign debt posted a substantial decrease."),
    ], title="Meeting with Audit Chamber Chairperson Lena Varo")


def test_a_participle_opening_stays_narrative():
    """Guard: "Standing together, …" opens a participle phrase, no noun in -ing whose figure moves: the readout's."""
    body = _RUN.format(third="Standing together, the two rose for a minute of silence.")
    assert_statements(body, [
        ("Lena Varo", "indirect", "Ms Varo noted that the budget was executed in difficult circumstances."),
        ("Lena Varo", "indirect", "Ms Varo noted too that the foreign debt posted a substantial decrease."),
    ], title="Meeting with Audit Chamber Chairperson Lena Varo")
