"""Patterns found by the probe of quotations as real pages print them
(benchmarks/probes/quotations.md: template readouts, no real readout used as a source).

Each test is a small invented readout (invented people, invented places) and the statements
GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

import pytest

from .test_patterns import assert_statements

_LEAD = ("President of Ostria Arkady Venn held talks with Prime Minister of Velan Mira Dolen. "
         "Minister of Foreign Affairs of Ostria Pavel Dorin also took part in the talks.\n\n")


@pytest.mark.parametrize("quoted, verb", [
    ("Why should we wait?", "asked"),
    ("We will win!", "said"),
    ("We are ready to talk.", "said"),
])
def test_a_quotation_ending_its_sentence_is_given_by_the_next_sentence_alone(quoted, verb):
    """"“Why should we wait?” Mira Dolen asked. “We are ready now.”": the quotation's own stop and
    the capital of the name make the attribution a sentence of its own; it still says who spoke, and
    the quotation after it goes on in her voice (not the last person the lead named)."""
    body = _LEAD + f"“{quoted}” Mira Dolen {verb}. “We are ready now.”"
    assert_statements(body, [
        ("Mira Dolen", "direct", quoted),
        ("Mira Dolen", "direct", "We are ready now."),
    ])


def test_an_attribution_sentence_that_says_more_is_not_taken_for_one():
    """"“We are ready to talk.” Mira Dolen said that the talks would go on.": a report of its own, not
    an attribution sentence (the quotation's speaker is not read from it)."""
    body = _LEAD + "Mira Dolen said: “We are ready to talk.” Arkady Venn said that the talks would go on."
    assert_statements(body, [
        ("Mira Dolen", "direct", "We are ready to talk."),
        ("Arkady Venn", "indirect", "Arkady Venn said that the talks would go on."),
    ])


@pytest.mark.parametrize("after", ["", " The talks lasted two hours."])
@pytest.mark.parametrize("quoted, speaker", [
    ("We will not stop until the work is done", "Arkady Venn"),
    ("The door of Ostria is open to every honest investor", "Venn"),
])
def test_a_quotation_whose_closing_mark_was_lost_ends_at_the_comma_before_its_attribution(after, quoted, speaker):
    """"“We will not stop until the work is done, Arkady Venn said. The talks lasted two hours.": the
    closing mark was lost; the quotation ends at the comma before ", X said.", and the narrative after
    the attribution is no one's words (the paragraph's end, not a reopening mark, follows). A surname
    after the comma is the speaker, not a name the quotation's words run into ("PJSC “Kryukov Car
    Works” Volodymyr Prykhodko"): the quotation ended on its comma."""
    body = _LEAD + f"“{quoted}, {speaker} said." + after
    assert_statements(body, [
        ("Arkady Venn", "direct", quoted),
    ])


@pytest.mark.parametrize("lead_in", ["The full text of the message follows:", "The message reads:"])
@pytest.mark.parametrize("marks", [("", ""), ("“", "”")])
def test_a_message_after_a_lead_in_is_the_sender_named_just_before_it(lead_in, marks):
    """"Venn sent a message to Mira Dolen." / "The full text of the message follows:" / "Dear
    friend, …": a bare "sent a message" is narrative, so no statement names the sender; the paragraph
    before the lead-in does, and the message's paragraphs are his (28252, 58425 in the held-out notes), quoted
    or not (not the last person the lead named, Pavel Dorin)."""
    o, c = marks
    body = ("Arkady Venn held talks with Prime Minister of Velan Mira Dolen. "
            "Minister of Foreign Affairs of Ostria Pavel Dorin also took part in the talks.\n\n"
            "Venn sent a message to Mira Dolen.\n\n" + lead_in + "\n\n"
            f"{o}Dear friend, I wish you every success.\n\n{o}Our countries have a long history.{c}")
    assert_statements(body, [
        ("Arkady Venn", "direct", "Dear friend, I wish you every success."),
        ("Arkady Venn", "direct", "Our countries have a long history."),
    ])
