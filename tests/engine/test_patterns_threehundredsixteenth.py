"""Readings of real New Zealand and Australian government text of stop 34 (three-hundred-sixteenth): New Zealand
Government releases (beehive.govt.nz and exact re-publications) and an Australian Foreign Minister's release.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_future_passive_welcome_is_a_plan():
    """"Party Secretary … Li Xi, who is travelling here as a Guest of the New Zealand Government, will be welcomed by
    Prime Minister Jacinda Ardern on Monday." (three-hundred-sixteenth nz_government ardern_li_xi): a welcome to
    come, a plan; the agent of a future passive has said nothing yet."""
    body = (
        "Governor Tam Orrel of Vestra Province, who is travelling here as a Guest of the Government, will be "
        "welcomed by Prime Minister Ana Kestrel on Monday.\n\n"
        "“Our relationship with Vestra has grown rapidly,” says Ana Kestrel."
    )
    assert_statements(body, [
        ("Ana Kestrel", "direct", "Our relationship with Vestra has grown rapidly"),
    ], title="Prime Minister welcomes Governor Orrel")


def test_a_past_passive_welcome_of_a_decision_still_speaks():
    """Guard: "The decision was welcomed by Prime Minister X." (a past passive, a thing welcomed) stays X's
    statement; only "will be"/"shall be" before the participle makes it a plan."""
    body = (
        "The Government of Kaldoria decided to reopen the border crossing.\n\n"
        "The decision was welcomed by Prime Minister Ana Kestrel."
    )
    assert_statements(body, [
        ("Ana Kestrel", "indirect", "The decision was welcomed by Prime Minister Ana Kestrel."),
    ], title="Border crossing to reopen")
