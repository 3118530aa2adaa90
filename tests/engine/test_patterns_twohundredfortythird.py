"""Readings of real Kremlin text of stop 31: a thing "called one more step towards" something, a view
stated ("The President of Russia called launching Blue Stream one more step towards creating a common
European energy space, …").

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_thing_called_one_more_step_towards_something_is_a_view_stated():
    """"The President of Russia called launching Blue Stream one more step towards creating a common European
    energy space, strengthening the continent's energy security, …" (two-hundred-forty-third 34478): what the
    launch is called, a step on a way, is his judgement of it, as "called the decision a betrayal" is."""
    body = (
        "Oren Vask thanked the builders of the Teral pipeline. "
        "Mr Vask called launching the Teral pipeline one more step towards creating a common energy space, "
        "strengthening the region's energy security."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "Oren Vask thanked the builders of the Teral pipeline."),
        ("Oren Vask", "indirect", "Mr Vask called launching the Teral pipeline one more step towards creating a "
         "common energy space, strengthening the region's energy security."),
    ])


def test_a_telephone_call_to_talk_about_another_step_stays_narrative():
    """Guard: "called" a person to talk about "another step towards …" is a telephone call and its purpose,
    no view of his; the step is what the call was about, not what a thing is called."""
    body = (
        "Oren Vask called Prime Minister Ida Morn to discuss another step towards the Teral pipeline."
    )
    assert_statements(body, [])
