"""Helper h1031 (sevenhundredeightysecond, the Governor of Sindh's meetings as Pakistan's papers print them): a paper's
place in capitals and its colon before a one-person subject ("ISLAMABAD: Governor X Thursday called on Prime Minister
Y and apprised him of …") lets the subject be found past it, as a place in mixed case ("Guwahati: ") already did; not
before "discussed", a courtesy call's talk (styles48, hard77). The statement keeps the place and colon in its words, as
"ISLAMABAD: X said that …" always has (a place alone in capitals is not told from a transcript's label)."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_place_in_capitals_and_its_colon_before_called_on_and_apprised():
    body = (
        "KESSARAD: Governor of Varnia Rashid Omberly Thursday called on Prime Minister Ilan Tarrow and apprised him "
        "of the flood situation in the province."
    )
    assert_statements(body, [
        ("Rashid Omberly", "indirect", "KESSARAD: Governor of Varnia Rashid Omberly Thursday called on Prime Minister Ilan "
                                       "Tarrow and apprised him of the flood situation in the province."),
    ])


def test_a_place_in_capitals_and_its_colon_before_met_and_informed():
    body = (
        "KESSARAD: Governor Rashid Omberly met Minister Ilan Tarrow at the Governor House and informed him about the "
        "new canal."
    )
    assert_statements(body, [
        ("Rashid Omberly", "indirect", "KESSARAD: Governor Rashid Omberly met Minister Ilan Tarrow at the Governor House and "
                                       "informed him about the new canal."),
    ])


def test_called_on_and_discussed_after_a_place_in_capitals_stays_narrative():
    body = (
        "KESSARAD: Governor Rashid Omberly called on Chief Minister Ilan Tarrow here on Tuesday and discussed matters "
        "of mutual interest.\n\n"
        "Tarrow said the province would build the canal."
    )
    assert_statements(body, [
        ("Ilan Tarrow", "indirect", "Tarrow said the province would build the canal."),
    ])
