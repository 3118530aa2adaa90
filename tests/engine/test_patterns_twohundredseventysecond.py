"""Readings of real Kremlin text of stop 31: the given name "German" (a nation's word) standing alone before
a surname, in an appositive after the office ("the Minister for Trade and Economic Development, German Gref,
with checking …"), then "The Minister also talked about …" one sentence later.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change. (The set's helper wrote a rule for it
from an older engine; the rule the two-hundred-thirty-fourth set's errors brought, a given name by its place,
`name_registry._given_name_by_place`, already reads it, so the test holds that rule to this sentence.)
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Oren Vask held a meeting with members of Government"


def test_german_alone_before_a_surname_is_a_given_name():
    """"The President charged the Minister for Trade and Economic Development, German Gref, with checking …
    The Minister also talked about …" (two-hundred-seventy-second 33689): "German" opening a two-word name
    before a surname is his given name, so the appositive's office is his and "The Minister" one sentence on
    is him, not the Interior Minister named later."""
    body = (
        "The President charged the Minister for Trade and Economic Development, German Lavrik, with checking "
        "the progress of joint projects.\n\n"
        "The Minister also talked about the progress of passing laws on concessions.\n\n"
        "In his turn, Interior Minister Anton Belk reported the results of his meeting with colleagues."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President charged the Minister for Trade and Economic Development, German "
                                  "Lavrik, with checking the progress of joint projects."),
        ("German Lavrik", "indirect", "The Minister also talked about the progress of passing laws on concessions."),
        ("Anton Belk", "indirect", "In his turn, Interior Minister Anton Belk reported the results of his meeting "
                                   "with colleagues."),
    ], title=TITLE)


def test_german_before_an_office_stays_a_nationality():
    """Guard: "German Chancellor Olaf Brenn noted …", "the German Government": the nation's word before an
    office or a body stays the country's adjective; the speaker is the Chancellor, no one named "German"."""
    body = (
        "Mr Vask met with German Chancellor Olaf Brenn.\n\n"
        "The German Government has supported the project. "
        "German Chancellor Olaf Brenn noted that the pipeline would be finished in two years."
    )
    assert_statements(body, [
        ("Olaf Brenn", "indirect", "German Chancellor Olaf Brenn noted that the pipeline would be finished in two "
                                   "years."),
    ], title=TITLE)
