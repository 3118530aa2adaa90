"""Helper h1039 (sevenhundredeightyninth, the Governor of Balochistan as Pakistani outlets print him): the place of an
office glued between the office and the name ("Governor Punjab Rafique Rajwana") is kept as that office's place when
cut off the name, so that the office written place-first later ("Punjab Governor said …") is that holder, not another
governor of another place named before him."""

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
