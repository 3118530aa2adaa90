"""Rules from the thousand-fifth held-out set (the Governor of Ekiti State, Nigeria, and those at his meetings,
2016-2023): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Tamo Vell of Ostra received the former governor Ruvo Kain on Monday. "


def test_semicolon_after_stated_further_leads_the_quotation_in():
    """"He stated further; “We are thankful for JKF’s presence …”" (NG Daily News 2023-08-11): a semicolon written for a
    colon after a speech verb and an adverb of going on ("further", "also", "again") leads the quotation in, as "stated
    further:" and "said;" already do: the quoted words are his, direct. Before, the whole sentence, the verb and the
    quotation marks included, was read as one indirect statement."""
    body = (_OPENING + "Governor Vell said; “It was a delight to welcome our leader.”\n\n"
            "He stated further; “We are thankful for his presence at the retreat. Our work goes on.”")
    assert_statements(body, [
        ("Tamo Vell", "direct", "It was a delight to welcome our leader."),
        ("Tamo Vell", "direct", "We are thankful for his presence at the retreat. Our work goes on."),
    ])


def test_semicolon_after_said_also_leads_the_quotation_in():
    """The same with "also": "Kain said also; “…”" is his own words, direct."""
    body = _OPENING + "Ruvo Kain said also; “The people of Ostra will support the new administration.”"
    assert_statements(body, [
        ("Ruvo Kain", "direct", "The people of Ostra will support the new administration."),
    ])


def test_semicolon_after_a_verb_that_leads_nothing_in_stays_narrative():
    """The guard: a semicolon after a verb that leads no quotation in ("signed the accord further;") and a quoted title
    after it: no one's words, as before (only `LEAD_IN_VERBS` take the adverb)."""
    body = _OPENING + "Governor Vell signed the accord further; “The Ostra Accord” was printed on its cover."
    assert_statements(body, [])
