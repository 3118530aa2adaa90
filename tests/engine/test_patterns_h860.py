"""Statements found by helper h860 (sixhundredfortyfourth, the Tallinn City Government as tallinn.ee, The Baltic
Course and ERR News print it):
- "The photo caption reads: “…”": a picture's caption, a written object's words like an inscription's or a banner's,
  no one's speech (before, the readout's last speaker's).

Each test is a small invented readout (invented people and places); the rule's test fails without it, and the guard
keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_photo_captions_words_are_no_ones():
    assert_statements((
        "Deputy Mayor Arvo Kesk has rejected the agency's report, calling it \"unfair.\"\n\n"
        "\"I have nothing to hide,\" Kesk told reporters.\n\n"
        "The report shows photos of Kesk with a foreign diplomat. The photo caption reads: \"Meeting a diplomat is "
        "no crime, but it raises questions.\"\n\n"
        "\"They will have to do better than that,\" he said."
    ), [
        ("Arvo Kesk", "indirect", "Deputy Mayor Arvo Kesk has rejected the agency's report, calling it \"unfair.\""),
        ("Arvo Kesk", "direct", "I have nothing to hide,"),
        ("Arvo Kesk", "direct", "They will have to do better than that,"),
    ])


def test_a_speakers_caption_lead_in_still_cues_his_words():
    # guard: a person who "said" before the colon keeps his quotation, though the sentence names a caption
    assert_statements((
        "Mayor Arvo Kesk opened the photo exhibition in Varna.\n\n"
        "Pointing to one photo caption, Kesk said: \"These pictures tell the story of our city.\""
    ), [
        ("Arvo Kesk", "direct", "These pictures tell the story of our city."),
    ])
