"""The speed helpers' cheap tests answer as the searches they replaced (h765: one copy of a span, then `in`)."""
from __future__ import annotations

from readout_tui.engine import attribute
from readout_tui.engine.cue_words import holds_any
from readout_tui.engine.segments import mixed_case_dateline

TEXT = "The Minister of Trade, Ilona Brenn, was keen to stress that exports would grow."


def _found_by_find(text: str, words: tuple[str, ...], lo: int = 0, hi: int | None = None) -> bool:
    end = len(text) if hi is None else hi
    return any(text.find(word, lo, end) >= 0 for word in words)


def test_holds_any_answers_as_find_with_offsets() -> None:
    cases = [((" keen ",), 0, None), ((" keen ",), 40, None), ((" keen ",), 0, 40), ((" keen ",), 30, 46),
             (("exports",), -20, None), (("exports",), -20, -5), (("grow.",), 10, 5), (("The ",), 0, 4),
             (("The ",), 1, None), ((" absent ", " Brenn,"), 20, 80)]
    for words, lo, hi in cases:
        assert holds_any(TEXT, words, lo, hi) is _found_by_find(TEXT, words, lo, hi), (words, lo, hi)


def test_a_mixed_case_dateline_is_still_found_past_its_first_reach() -> None:
    text = "Portmarrow, Osterra (3 December 2015) — Prime Minister Ilona Brenn thanked the guests."
    dateline = mixed_case_dateline(text, 0, len(text))
    assert dateline is not None and text[dateline.end():].startswith("Prime Minister")


def test_rarer_cues_read_from_the_sentence_copy() -> None:
    text = ("Prime Minister Ilona Brenn met Foreign Minister Oren Vask of Osterra in Portmarrow. "
            "Prime Minister Brenn was keen to stress that trade between the two countries had doubled.")
    statements = attribute(text).statements
    assert [(s.speaker, s.kind) for s in statements] == [("Ilona Brenn", "indirect")]
    assert statements[0].text.startswith("Prime Minister Brenn was keen to stress")
