"""Helper h1039 (sevenhundredeightyninth, the Governor of Balochistan as Pakistani outlets print him): the place of an
office glued between the office and the name ("Governor Punjab Rafique Rajwana") is kept as that office's place when
cut off the name, so that the office written place-first later ("Punjab Governor said …") is that holder, not another
governor of another place named before him; (2) a courtesy call "called on" printed as a paragraph with no full stop
("X called on Governor Y at Governor House Quetta on Thursday", then a blank line) ends at the paragraph's end, a
call, no appeal."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_place_first_office_is_the_holder_whose_place_was_glued():
    body = (
        "LAHORE :Acting Governor Dravania Selina Khan Moray called on Governor Tarsh Imran Vasko at the Governor "
        "House here on Wednesday. Both discussed the situation of the country. Tarsh Governor said that the "
        "development in Dravania was among the priorities of the government. He also said a special quota for "
        "Dravania students was given in the colleges of Tarsh."
    )
    assert_statements(body, [
        ("Imran Vasko", "indirect",
         "Tarsh Governor said that the development in Dravania was among the priorities of the government."),
        ("Imran Vasko", "indirect",
         "He also said a special quota for Dravania students was given in the colleges of Tarsh."),
    ])


def test_the_first_governor_named_stays_his_own_place_first_office():
    body = (
        "LAHORE :Acting Governor Dravania Selina Khan Moray called on Governor Tarsh Imran Vasko at the Governor "
        "House here on Wednesday. Dravania Governor said that the roads in Tarsh were a model for the whole of "
        "Dravania."
    )
    assert_statements(body, [
        ("Selina Khan Moray", "indirect",
         "Dravania Governor said that the roads in Tarsh were a model for the whole of Dravania."),
    ])


def test_a_call_paragraph_with_no_full_stop_is_a_courtesy_call():
    body = (
        "Chief Minister Arman Tol Vesk called on Governor Idris Kaleem Noor at Governor House Quetta on "
        "Thursday\n\n"
        "On this occasion, Governor Idris Kaleem Noor said that relations with the federation were cordial."
    )
    assert_statements(body, [
        ("Idris Kaleem Noor", "indirect",
         "On this occasion, Governor Idris Kaleem Noor said that relations with the federation were cordial."),
    ])


def test_an_appeal_paragraph_with_no_full_stop_stays_an_appeal():
    body = (
        "Chief Minister Arman Tol Vesk called on the people to conserve water during the summer\n\n"
        "The campaign runs until August."
    )
    assert_statements(body, [
        ("Arman Tol Vesk", "indirect",
         "Chief Minister Arman Tol Vesk called on the people to conserve water during the summer"),
    ])
