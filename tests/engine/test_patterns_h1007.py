"""Helper h1007 (sevenhundredsixtyfourth, the Chief Minister of Himachal Pradesh as Indian outlets print him): a
minister who "shared his (valuable) suggestions during the meeting" put suggestions forward, an indirect statement, as
"shared his ideas / proposals" is; "shared" before a bare common noun held in common stays no statement."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_shared_his_suggestions_is_a_report():
    body = (
        "Chief Minister Arvel Tandon met a delegation from Norland led by Ambassador Pedro Vasquez in Velmara.\n\n"
        "Forestry Minister Kiran Dolwe also shared his valuable suggestions during the meeting.\n"
    )
    assert_statements(body, [
        ("Kiran Dolwe", "indirect",
         "Forestry Minister Kiran Dolwe also shared his valuable suggestions during the meeting."),
    ])


def test_shared_a_stage_or_common_vision_is_no_report():
    # guard: "shared the stage", "shared commitment" name nothing told
    body = (
        "Chief Minister Arvel Tandon met a delegation from Norland led by Ambassador Pedro Vasquez in Velmara.\n\n"
        "Forestry Minister Kiran Dolwe shared the stage with the ambassador at the orchard fair.\n\n"
        "The meeting reaffirmed the two regions' shared commitment to orchards.\n"
    )
    assert_statements(body, [])
