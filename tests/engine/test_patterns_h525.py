"""Constructions the three-hundred-ninety-ninth set (the Office of the President of the Philippines: RTVM and PND
readouts) showed: "share(s) the same vision" is a thing held in common, no view told; a guest welcomed "to" do
something or "in a courtesy call" is a host's act, no words.

Each test is a small invented readout (invented people and countries) and the statements GOLD-FORMAT.md asks for; each
rule's test fails without it, and a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_shares_the_same_vision_inside_anothers_statement_is_no_cue():
    """"The Zorvian leader also emphasized …, since President Kell shares the same vision of …": "shares the same"
    is a thing the two hold in common; the whole sentence stays the Zorvian leader's (before, the sentence was cut at
    the "and" of "Belt and Road" and the rest given to President Kell)."""
    body = (
        "President Marek Kell met with President Anton Dray of Zorvia.\n\n"
        "The Zorvian leader also emphasized the importance of the participation of Vellonia in the Belt and Road "
        "Forum since President Kell shares the same vision of a more developed nation."
    )
    assert_statements(body, [
        ("Anton Dray", "indirect", "The Zorvian leader also emphasized the importance of the participation of Vellonia "
         "in the Belt and Road Forum since President Kell shares the same vision of a more developed nation."),
    ])


def test_shared_his_vision_is_still_a_view_told():
    """Guard: "shared his vision of …" sets a view out to another: still a statement."""
    body = (
        "President Marek Kell met with President Anton Dray of Zorvia.\n\n"
        "President Kell shared his vision of a more developed region with his guest."
    )
    assert_statements(body, [
        ("Marek Kell", "indirect", "President Kell shared his vision of a more developed region with his guest."),
    ])


def test_a_guest_welcomed_to_do_something_is_a_hosts_act():
    """"Secretary X welcomed Ambassador Y to strengthen cooperation on …": the guest received, and why she came; no
    words (before, the sentence was read as the Secretary's statement). The next sentence's "highlighted" is his."""
    body = (
        "Communications Secretary Ivo Rask welcomed Zorvian Ambassador Lena Moor to strengthen cooperation on "
        "strategic communications. During the meeting, Secretary Rask highlighted the efforts of his office."
    )
    assert_statements(body, [
        ("Ivo Rask", "indirect", "During the meeting, Secretary Rask highlighted the efforts of his office."),
    ])


def test_a_guest_welcomed_in_a_courtesy_call_is_a_hosts_act():
    """"President X welcomed Mr. Y in a courtesy call held at the Music Room": a host's act (the trap readout)."""
    body = (
        "President Marek Kell welcomed Mr. Olav Brent in a courtesy call held at the Music Room of the Palace.\n\n"
        "Mr. Brent serves as the honorary consul of Vellonia in the State of Tarn."
    )
    assert_statements(body, [])


def test_welcoming_a_decision_to_do_something_is_still_words():
    """Guard: "welcomed Zorvia's decision to …" / "welcomed the Minister's proposal to …": a thing welcomed in words."""
    body = (
        "President Marek Kell spoke with Prime Minister Anton Dray.\n\n"
        "President Kell welcomed Prime Minister Dray's decision to strengthen cooperation on energy."
    )
    assert_statements(body, [
        ("Marek Kell", "indirect", "President Kell welcomed Prime Minister Dray's decision to strengthen cooperation "
         "on energy."),
    ])
