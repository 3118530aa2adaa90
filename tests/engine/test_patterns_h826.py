"""Helper h826's speed mends (no behaviour change): a readout body's phrases read once each (`phrases._body_memo`),
and whole-text searches skipped where a cheap test rules them out. The memo is kept for one long text at a time:
these tests hold it to giving each text its own phrases, whatever text was read before, and the readouts to the
statements they had.

Each test is a small invented readout or text (invented people and countries).
"""
from __future__ import annotations

from readout_tui.engine.phrases import phrase_ending_at, phrase_starting_at

from .test_patterns import assert_statements

_FILLER = " The talks covered trade, transport, energy and the rules of the new customs union in some detail." * 4


def _long_text(opening: str) -> str:
    return opening + _FILLER


def test_each_long_text_has_its_own_phrase_at_the_same_place():
    """Two bodies of one length with a different name at the same offsets, read in turn and again: each phrase is the
    text's own (the memo is the last long text's only, never another's)."""
    first = _long_text("President Ilona Brenn received Minister Oren Vask in Kastrava.")
    second = _long_text("Governor Wenna Koldr received Minister Oren Vask in Kastrava.")
    assert len(first) > 300 and len(second) > 300
    for _ in range(2):
        one, two = phrase_starting_at(first, 0, 40), phrase_starting_at(second, 0, 40)
        assert (one.kind, one.name, one.role) == ("name", ("Ilona", "Brenn"), "president")
        assert (two.kind, two.name, two.role) == ("name", ("Wenna", "Koldr"), "governor")


def test_a_phrase_read_again_is_the_same_and_a_wider_span_is_read_anew():
    """The same place and limit give the same phrase; another limit is another question, read for itself (a limit
    that cuts the name leaves its first word)."""
    text = _long_text("President Ilona Brenn received Minister Oren Vask in Kastrava.")
    whole = phrase_starting_at(text, 0, 40)
    assert phrase_starting_at(text, 0, 40) == whole
    cut = phrase_starting_at(text, 0, len("President Ilona"))
    assert cut is not None and cut.name == ("Ilona",)
    assert phrase_starting_at(text, 0, 40) == whole


def test_a_long_clauses_phrase_ending_at_a_place_is_the_texts_own():
    """`phrase_ending_at` over a clause longer than its first window (the memo's kind 1): the office and name before
    the verb, in each of two texts that differ only there."""
    lead = "After a long day of talks on the customs union and the new rail corridor between the two capitals, "
    first = lead + "Minister of Transport Oren Vask said" + _FILLER
    second = lead + "Minister of Finance Ada Morrell said" + _FILLER
    for text, name in ((first, ("Oren", "Vask")), (second, ("Ada", "Morrell")), (first, ("Oren", "Vask"))):
        pos = text.index(" said")
        phrase = phrase_ending_at(text, 0, pos)
        assert phrase is not None and phrase.name == name and phrase.role.startswith("minister")


def test_a_bracketed_honorific_is_still_read_in_a_text_with_no_other_bracket():
    """"Foreign Minister (Dr.) X said that …": the bracket test that now comes first finds the brackets, and the
    office, the title and the name are one person's, as before."""
    said = "Foreign Minister (Dr.) Ottavia Reszkel said that the two sides would open a joint trade office."
    assert_statements(f"The ministers met in Kastrava on Monday.\n\n{said}\n", [("Ottavia Reszkel", "indirect", said)])
