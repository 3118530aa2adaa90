"""Rules from the eight-hundred-eighty-sixth held-out set (the Premier of Limpopo, South Africa, and those who speak
at or of the Premier's meetings, 2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_LED = "Minister Oren Dask led a delegation from Varnia to the Pellian province of Tarsk on Friday. "
_VISIT = "A delegation from Varnia led by Minister Oren Dask visited the Pellian province of Tarsk on Friday. "


def test_name_then_an_office_of_joined_portfolios_left_unclosed_speaks():
    """"Judith Ncube, the Bulawayo Provincial Affairs and Devolution Minister said the initiative should …" (CAJ News
    2022-10-10): the name's office in apposition, its portfolios joined by "and", its closing comma left out before
    "said": one office, the named person's, as with one portfolio ("X, the Pellian Foreign Minister said"). Before,
    the office was read as a pair and the sentence given to no one, so her quotation after "she said" went to the
    man before her."""
    body = (_VISIT + "“We are here to restart this initiative,” Dask said. "
            "Mira Hollen, the Tarsk Provincial Affairs and Devolution Minister said the initiative should also include "
            "sport. “This corridor will enhance trade,” she said.")
    assert_statements(body, [
        ("Oren Dask", "direct", "We are here to restart this initiative,"),
        ("Mira Hollen", "indirect", "Mira Hollen, the Tarsk Provincial Affairs and Devolution Minister said the "
                                   "initiative should also include sport."),
        ("Mira Hollen", "direct", "This corridor will enhance trade,"),
    ])


def test_known_portfolios_joined_likewise():
    """The same with portfolios the office's reading knows ("Trade and Industry Minister") after a place's name."""
    body = (_VISIT + "Mira Hollen, the Tarsk Trade and Industry Minister said the talks were useful.")
    assert_statements(body, [
        ("Mira Hollen", "indirect", "Mira Hollen, the Tarsk Trade and Industry Minister said the talks were useful."),
    ])


def test_two_offices_with_an_article_after_and_stay_a_pair():
    """The guard: "the Trade Minister and the Industry Minister" after "and" has its own article, two people: the
    sentence is a pair's, no one's, as before."""
    body = (_VISIT + "Mira Hollen, the Tarsk Trade Minister and the Industry Minister said the talks were useful.")
    assert_statements(body, [])


def test_disclosed_with_a_clause_that_drops_its_that():
    """"He disclosed the parties would collaborate on matters of local government, …" (CAJ News 2022-10-10): a content
    clause with no "that", "the" and a noun then an auxiliary, reported, as "disclosed that"; and "revealed Varnia
    would …", a named subject. Before, both sentences were given to no one."""
    body = (_LED + "He disclosed the parties would collaborate on matters of tourism and mining. "
            "He revealed Varnia would open a consulate in Tarsk.")
    assert_statements(body, [
        ("Oren Dask", "indirect", "He disclosed the parties would collaborate on matters of tourism and mining."),
        ("Oren Dask", "indirect", "He revealed Varnia would open a consulate in Tarsk."),
    ])


def test_disclosed_a_thing_stays_narrative():
    """The guard: "disclosed the details of the plan", "unveiled the plaque": a thing, no auxiliary after it, no
    statement, as before."""
    body = (_LED + "He disclosed the details of the plan at the meeting. He unveiled the plaque at the new school.")
    assert_statements(body, [])
