"""Helper h1184 (KE69, a description not tied): "The leader of the delegation <speech verb> …" is said by the one who
led the delegation ("a delegation of investors, led by Mr. X, visited …"), as "The head of the delegation <verb> …"
already was (`_HEAD_OF_BACK`, `transcripts._head_of_what`); before, "the delegation" after "leader of" was read as
the subject, a thing, and the sentence was no one's (styles54; the golds of "the leader of <the …> delegation"
as a subject: 4 for, 0 against at stop 69). "The leader of" anything but a delegation ("the leader of the opposition")
is left to the office reader, and "the leader of the delegation" with no delegation led by anyone stays no one's."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements

OPENING = (
    "A nine-member delegation of Velmaran investors, led by Mr. Kiro Ballan, visited the Orsanian Board of Investment "
    "on Monday.\n\n"
    "The Secretary of the Board, Mr. Tavin Orlek, welcomed the delegation and explained the incentives.\n\n"
)
WELCOMED = ("Tavin Orlek", "indirect",
            "The Secretary of the Board, Mr. Tavin Orlek, welcomed the delegation and explained the incentives.")


@pytest.mark.parametrize("sentence", [
    "The leader of the delegation appreciated the efforts of the Board in facilitating the visit.",
    "The leader of the delegation said the investors would return in the spring.",
])
def test_the_leader_of_the_delegation_is_who_led_it(sentence):
    """"The leader of the delegation appreciated …" (styles54): Mr. Ballan's, who led the delegation."""
    assert_statements(OPENING + sentence, [WELCOMED, ("Kiro Ballan", "indirect", sentence)],
                      title="Velmaran investors visit the Board")


def test_the_head_of_the_delegation_is_still_who_led_it():
    """Guard: "The head of the delegation said …" stays the leader's, as before."""
    sentence = "The head of the delegation said the investors would return in the spring."
    assert_statements(OPENING + sentence, [WELCOMED, ("Kiro Ballan", "indirect", sentence)],
                      title="Velmaran investors visit the Board")


def test_the_leader_of_a_delegation_no_one_led_is_no_one():
    """Guard: with no delegation said to be led by anyone, "the leader of the delegation" is no one known."""
    text = ("Velmaran investors visited the Orsanian Board of Investment on Monday.\n\n"
            "The Secretary of the Board, Mr. Tavin Orlek, welcomed the delegation and explained the incentives.\n\n"
            "The leader of the delegation appreciated the efforts of the Board.")
    assert_statements(text, [WELCOMED], title="Velmaran investors visit the Board")
