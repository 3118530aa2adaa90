"""Readings of real EU text of stop 32 (threehundredth): a lead-in ending in a colon whose opening
phrase holds a cue word used as a noun after a determiner ("At the end of the meeting, President Tajani
declared:") only leads in to the quotation after it, as "After the meeting, … said:" does.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

INTRO = "In the margins of the speakers' conference in Tarvik today, Speaker Oren Balt met with Speaker Ilse Varn."
QUOTE = "Vestria is a great country that can champion the change our citizens ask for."


def test_at_the_end_of_the_meeting_only_leads_in_to_the_quotation():
    """"At the end of the meeting, President Tajani declared:" then the quotation as its own paragraph
    (threehundredth eu_parliament_2017-09_de_rugy): "end" after "the" is a noun, when it was said, so the
    lead-in says nothing of its own; the quotation is his."""
    body = f"{INTRO}\n\nAt the end of the meeting, Speaker Balt declared:\n\n“{QUOTE}”"
    assert_statements(body, [("Oren Balt", "direct", QUOTE)])


def test_at_the_end_of_the_meeting_leads_in_to_an_unquoted_paragraph():
    """The same lead-in before a paragraph with no quote marks (as gov.uk block quotes): his direct words."""
    body = f"{INTRO}\n\nAt the end of the meeting, Speaker Balt said:\n\n{QUOTE}"
    assert_statements(body, [("Oren Balt", "direct", QUOTE)])


def test_a_speech_verb_opening_the_lead_in_still_speaks():
    """Guard: "Welcoming the end of the strike, Speaker Balt said:" opens with a speech verb of its own (no
    determiner before it): what he welcomed is his statement, the lead-in is not only a lead-in."""
    body = f"{INTRO}\n\nWelcoming the end of the strike, Speaker Balt said:\n\n“{QUOTE}”"
    assert_statements(body, [
        ("Oren Balt", "indirect", "Welcoming the end of the strike, Speaker Balt said"),
        ("Oren Balt", "direct", QUOTE),
    ])
