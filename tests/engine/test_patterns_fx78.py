"""fx78: one reader of a ruler's regnal numeral "I" closing his name (h1277's text step and h1278's phrase joined):
the name keeps its numeral as printed, read backwards before the verb and forwards after a quotation. Invented
readouts, invented people and kingdoms."""

from __future__ import annotations

from .test_patterns import assert_statements, run

_OBA = ("The Governor of Marun State, Mr. Dele Fasinro, on Monday visited the Oba of Ikaso, Oba Tunji Ademokun I, at "
        "his palace.\n\n")


def test_a_rulers_title_and_one_word_closed_by_a_regnal_one():
    """"Oba Ademokun I thanked the governor … and said …": a ruler's title and one word of his name (read as his office
    and one name word) take the numeral, as a full name does; the speaker printed with it."""
    body = _OBA + "Oba Ademokun I thanked the governor for the visit and said the palace would host the festival."
    result = assert_statements(body, [
        ("Tunji Ademokun I", "indirect", "Oba Ademokun I thanked the governor for the visit and said the palace would "
                                         "host the festival."),
    ])
    assert [s.name for s in result.speakers] == ["Tunji Ademokun I"]


def test_a_regnal_one_in_the_tag_after_a_quotation():
    """"“…,” Oba Ademokun I said through his chief.": the tag read forwards after the quotation takes the numeral;
    before, "I said" was no verb after the name and the quotation and its tag one indirect sentence."""
    body = _OBA + "“Ikaso will host the festival in peace,” Oba Ademokun I said through his chief."
    result = assert_statements(body, [
        ("Tunji Ademokun I", "direct", "Ikaso will host the festival in peace,"),
    ])
    assert [s.name for s in result.speakers] == ["Tunji Ademokun I"]


def test_a_speakers_own_i_before_a_ruler_named_keeps_the_pronoun():
    """Guard: "When I met Oba Ademokun I said …": the speaker's own "I" earlier in the clause; the later one is his too,
    no ruler "Ademokun I" speaking (the guard h1278 kept for a full name, now for a titled one)."""
    body = "Governor Dele Fasinro visited Ikaso on Monday.\n\nWhen I met Oba Ademokun I said the road was unsafe."
    result = run(body)
    assert [s.text for s in result.statements if s.speaker is not None] == []


def test_a_pronoun_after_a_place_in_a_quotation_stays_the_pronoun():
    """Guard: "“In Ikaso I said …,” Mr. Fasinro said.": a place after a preposition, no ruler's name; the quotation is
    the governor's who is tagged."""
    body = _OBA + "“In Ikaso I said the road would come, and it has come,” Mr. Fasinro said."
    assert_statements(body, [
        ("Dele Fasinro", "direct", "In Ikaso I said the road would come, and it has come,"),
    ])
