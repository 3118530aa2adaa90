"""Rules from the hundred-seventy-fifth held-out set (en.kremlin.ru, March 2016 and March 2017: working meetings
with governors, an agency head and foreign visitors): invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


@pytest.mark.parametrize("office", ["Minister-President of Varnia", "Vice-Chancellor of Tesland"])
def test_a_hyphened_office_in_a_transcript_label_is_an_office(office):
    """"Minister-President of Bavaria Horst Seehofer (retranslated): Mr President, thank you …" (54052): a hyphened
    office ("Minister-President", "Vice-Chancellor") is an office, so the label names the person after it. Before,
    the hyphened word was read as a name: the label was no label at all (its turn given to the previous speaker),
    or, where "Mr Minister-President" came before, a speaker called "Minister-President"."""
    body = ("President Ivo Marr: Welcome, colleagues.\n\n"
            f"{office} Hans Obermann (retranslated): Thank you for the invitation.\n\n"
            "Ivo Marr: Good.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Welcome, colleagues."),
        ("Hans Obermann", "direct", "Thank you for the invitation."),
        ("Ivo Marr", "direct", "Good."),
    ])
