"""Readings of real Indian government text (threehundredeighth: Press Information Bureau releases): a
semicolon where a colon would stand between a speech verb and the quoted post it leads in ("In a post on X,
Shri Modi said; “…”", "The Prime Minister wrote on X; “…”").

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md
asks for; each rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Prime Minister receives phone call from President Marta Selin"
OPENING = ("The Prime Minister, Shri Oren Vask, received a phone call from the President of Veloria, Marta Selin. "
           "The two leaders discussed the situation in the Northern Sea. ")


def test_said_and_a_semicolon_lead_in_a_quoted_post():
    """"In a post on X, Shri Modi said; “Received a call from President Trump and had a useful exchange of views …”"
    (threehundredeighth pib_2026-03-24): the semicolon leads the quotation in as a colon does; the quoted words are
    his direct statement, the lead-in no one's words."""
    body = OPENING + ("In a post on X, Shri Vask said; “Received a call from President Selin and had a useful exchange "
                      "of views on the Northern Sea. We agreed to stay in touch.”")
    assert_statements(body, [
        ("Oren Vask", "direct", "Received a call from President Selin and had a useful exchange of views on the Northern "
                                "Sea. We agreed to stay in touch."),
    ], title=TITLE)


def test_wrote_on_x_and_a_semicolon_lead_in_a_post_ending_in_a_handle():
    """"The Prime Minister wrote on X; “Received a phone call from my dear friend President Emmanuel Macron. … in the
    region and beyond. @EmmanuelMacron”" (threehundredeighth pib_2026-04-16): a quoted post that ends in a handle, not
    a stop, led in by "wrote on X;": his direct statement."""
    body = OPENING + ("The Prime Minister wrote on X; “Received a phone call from my dear friend President Marta Selin. "
                      "We will continue our close cooperation in the region and beyond. @MartaSelin”")
    assert_statements(body, [
        ("Oren Vask", "direct", "Received a phone call from my dear friend President Marta Selin. We will continue our "
                                "close cooperation in the region and beyond. @MartaSelin"),
    ], title=TITLE)


def test_a_semicolon_after_a_narrative_verb_leads_nothing_in():
    """Guard: "Mr Vask signed the accord; “The Harbour Accord” takes effect in May.": no speech verb before the
    semicolon, the quotation a name: no statement."""
    body = OPENING + "Mr Vask signed the accord; “The Harbour Accord” takes effect in May."
    assert_statements(body, [], title=TITLE)


def test_a_quotation_after_a_semicolon_keeps_its_own_attribution():
    """Guard: "Mr Vask noted the progress; “We have done much together,” President Selin said.": the quotation has its
    attribution after it; the semicolon closes Mr Vask's clause, not a lead-in."""
    body = OPENING + "Mr Vask noted the progress; “We have done much together,” President Selin said."
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask noted the progress"),
        ("Marta Selin", "direct", "We have done much together"),
    ], title=TITLE)


def test_a_semicolon_after_a_verb_that_leads_no_quotation_in_leads_nothing_in():
    """Guard: "Mr Vask praised the crews; “The Northern Star” docked on Monday.": "praised" is a speech verb but
    not one that leads a quotation in: the sentence stays one indirect statement, the quoted name no direct one."""
    body = OPENING + "Mr Vask praised the crews; “The Northern Star” docked at Tarvik on Monday."
    assert_statements(body, [
        ("Oren Vask", "indirect", "Mr Vask praised the crews; “The Northern Star” docked at Tarvik on Monday."),
    ], title=TITLE)
