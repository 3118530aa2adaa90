"""Statements found by helper h658's set fourhundredninetyfirst (the Maldives' Ministry of Foreign Affairs releases): a
message printed whole under a release's reference line ("Ref: 2025/PR/109" / "“On behalf of the Government … I would
like to extend …”"), its sender named by a present-tense headline only ("Foreign Minister X sends congratulatory message
to Y"); a message whose quotation opens a paragraph and is never closed (the page's slip), the next paragraph
unmarked and in the first person.

Each test is a small invented readout (invented people and countries); the rule's test fails without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_LETTER = (
    "“On behalf of the Government and the people of Norvalia, I would like to extend warm greetings to Your Excellency "
    "on your appointment as Minister for Foreign Affairs of Corvalia.\n\n"
    "I look forward to working closely with you to deepen the ties between our two island nations.\n\n"
    "Please accept, Excellency, the assurances of my highest consideration.”\n\n"
    "ENDS"
)
_LETTER_WORDS = [
    "On behalf of the Government and the people of Norvalia, I would like to extend warm greetings to Your Excellency "
    "on your appointment as Minister for Foreign Affairs of Corvalia.",
    "I look forward to working closely with you to deepen the ties between our two island nations.",
    "Please accept, Excellency, the assurances of my highest consideration.",
]


def test_message_under_a_release_number_is_the_headlines_sender():
    """"Foreign Minister X sends congratulatory message to Y" over "Ref: 2025/PR/41" and the quoted letter, no lead: each
    quoted paragraph is X's direct statement (before, no one's: the headline's present "sends" was no sending, and a
    quotation with no lead-in before it took no title's sender)."""
    assert_statements(
        "Ref: 2025/PR/41\n\n" + _LETTER,
        [("Selim Tarvane", "direct", words) for words in _LETTER_WORDS],
        title="Foreign Minister Dr. Selim Tarvane sends congratulatory message to the Minister for Foreign Affairs of "
              "Corvalia, Edda Roan",
    )


def test_message_under_a_release_number_past_headline():
    """The same with the headline in the past ("X sent a message of congratulations to Y") and a "Press Release No."
    line: the reference line alone before the letter is no lead, and the letter is X's."""
    assert_statements(
        "Press Release No. 17/2024\n\n" + _LETTER,
        [("Selim Tarvane", "direct", words) for words in _LETTER_WORDS],
        title="Foreign Minister Selim Tarvane sent a message of congratulations to Edda Roan",
    )


def test_message_after_a_narrative_line_is_not_the_headlines_sender():
    """Guard: a sentence of the readout's own before the quotation (not a reference line) keeps the old reading: the
    headline's sender is not taken for a quotation that a lead-in does not introduce."""
    assert_statements(
        "The Ministry published a letter today.\n\n" + _LETTER,
        [],
        title="Foreign Minister Selim Tarvane sends congratulatory message to Edda Roan",
    )


_SYMPATHY_LEAD = (
    "The Minister of Foreign Affairs of Norvalia, Selim Tarvane, has sent a message of sympathy to the Minister of "
    "Foreign Affairs of Corvalia, Edda Roan, following the storm that struck the eastern coast.\n\n"
    "Minister’s message reads as follows:\n\n"
    "\"I am deeply saddened by the loss of lives caused by the storm today. Our thoughts are with the people of "
    "Corvalia.\n\n"
)
_SYMPATHY_WORDS = [
    ("Selim Tarvane", "indirect", "The Minister of Foreign Affairs of Norvalia, Selim Tarvane, has sent a message of "
                                  "sympathy to the Minister of Foreign Affairs of Corvalia, Edda Roan, following the "
                                  "storm that struck the eastern coast."),
    ("Selim Tarvane", "direct", "I am deeply saddened by the loss of lives caused by the storm today. Our thoughts are "
                                "with the people of Corvalia."),
]


def test_unclosed_quotation_goes_on_in_a_first_person_paragraph():
    """A quotation opened at a paragraph's start and never closed, then an unmarked paragraph in the first person ("On
    behalf of …, and on my own behalf, allow me to extend …"): that paragraph goes on with the quotation, the same
    speaker's direct statement (before, the unclosed mark ended with its paragraph and the next was no one's)."""
    assert_statements(
        _SYMPATHY_LEAD + "On behalf of the Government of Norvalia, and on my own behalf, allow me to extend our "
                         "heartfelt condolences to the bereaved families.",
        _SYMPATHY_WORDS + [
            ("Selim Tarvane", "direct", "On behalf of the Government of Norvalia, and on my own behalf, allow me to "
                                        "extend our heartfelt condolences to the bereaved families."),
        ],
        title="Minister Tarvane sends message of sympathy to Corvalia",
    )


def test_unclosed_quotation_then_narrative_is_not_carried_on():
    """Guard: after the same unclosed quotation, an unmarked paragraph in the readout's voice (no first person) is no
    one's words."""
    assert_statements(
        _SYMPATHY_LEAD + "The Ministry has also opened a book of condolence at its headquarters in Port Selby.",
        _SYMPATHY_WORDS,
        title="Minister Tarvane sends message of sympathy to Corvalia",
    )
