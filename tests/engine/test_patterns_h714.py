"""Statements found by helper h714's set fivehundredthirtyfourth (the Macao SAR Government's GCS English releases):

- "Mr X said he will lead … . He will also harness …": a speaker's own plan reported with "he will" right after the
  speech verb, "that" left out, goes on in the next sentence that opens "He will …"
  (carrying_on._reports_own_plan, widening _own_plan_goes_on from "… that he will …").

Each test is a small invented readout (invented people and places); each rule's test fails without it.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Governor-designate, Mr Tarn Oleby, was today received in Velmar by the President, Mr Ansel Brode."
_SAID_HE_WILL = "Mr Tarn said he will lead the new administration to unite the whole of society."
_HE_WILL_ALSO = "He will also harness the strength of all sectors to promote development in the province."
_STATED_HE_WILL = "Mr Tarn stated he will firmly safeguard the stability of the province."
_HE_WILL_FACE = "He will face challenges head-on and actively deepen reforms."


def test_a_plan_reported_with_said_he_will_goes_on_in_he_will():
    """"Mr X said he will lead … . He will also harness …": the second sentence is X's plan going on."""
    assert_statements(
        _OPENING + "\n\n" + _SAID_HE_WILL + " " + _HE_WILL_ALSO,
        [("Tarn Oleby", "indirect", _SAID_HE_WILL), ("Tarn Oleby", "indirect", _HE_WILL_ALSO)],
    )


def test_a_plan_reported_with_stated_he_will_goes_on_in_he_will():
    """"Mr X stated he will … . He will face …": the same with another speech verb."""
    assert_statements(
        _OPENING + "\n\n" + _STATED_HE_WILL + " " + _HE_WILL_FACE,
        [("Tarn Oleby", "indirect", _STATED_HE_WILL), ("Tarn Oleby", "indirect", _HE_WILL_FACE)],
    )


_READOUT_TELLS_PLAN = "Mr Tarn will lead the new administration from next month."
_HE_WILL_VISIT = "He will visit the northern districts on Monday."


def test_a_plan_the_readout_tells_does_not_go_on():
    """"Mr X will lead … . He will visit …": the readout's own account of a plan, no one's words."""
    assert_statements(_OPENING + "\n\n" + _READOUT_TELLS_PLAN + " " + _HE_WILL_VISIT, [])
