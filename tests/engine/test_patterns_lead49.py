"""Rules the lead added while merging the forty-ninth stop's helpers: one helper's rule meeting another's set."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_thanked_sides_willingness_is_the_readouts_account():
    """"X thanked the Varnian government for its aid. The Varnian government is willing to build …": what the thanked
    side offers, told by the readout, not more of the thanks (fivehundredfiftyseventh; "is willing to" after a
    statement otherwise argues and carries it on, as the editor's own paper's willingness does)."""
    assert_statements((
        "Varnian Ambassador Olek Dant visited the Republic of Tessa and met Foreign Minister Dr Ilan Marosh.\n\n"
        "Foreign Minister Ilan Marosh thanked the Varnian government for helping the people affected by drought. "
        "The Varnian government is willing to build a hospital in Tessa City."
    ), [
        ("Ilan Marosh", "indirect", "Foreign Minister Ilan Marosh thanked the Varnian government for helping the people "
                                    "affected by drought."),
    ])


def test_the_speakers_own_bodys_willingness_still_carries_on():
    """Guard: the body willing to act is not the one thanked, so the speaker's report goes on."""
    assert_statements((
        "On 11 June, Minister Hal Orrin of the Quessanian Embassy visited The Harbour Times and met its editor, "
        "Maren Tolliver.\n\n"
        "Tolliver thanked Minister Orrin for his briefing, saying that the world is paying more attention to Quessany. "
        "The Harbour Times is willing to maintain a constant dialogue with the embassy."
    ), [
        ("Maren Tolliver", "indirect", "Tolliver thanked Minister Orrin for his briefing, saying that the world is paying "
                                       "more attention to Quessany."),
        ("Maren Tolliver", "indirect", "The Harbour Times is willing to maintain a constant dialogue with the embassy."),
    ])
