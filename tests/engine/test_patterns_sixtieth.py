"""Patterns found by the sixtieth held-out set (benchmarks/heldout/sixtieth/, real en.kremlin.ru
readouts of 2016-2020): each test an invented readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_governor_of_an_autonomous_area_with_a_second_name_after_a_dash_is_named():
    """"Governor of the Khanty-Mansi Autonomous Area – Yugra Natalya Komarova": the area, its second
    name after the dash, then her name. Read as an organisation's name ("Office of Gun Violence
    Prevention"), the phrase named no one, "the Governor" was nobody and "The President" went to
    her (kremlin_63451); "Area", like "Region" or "Territory", is a place of the country."""
    body = ("The President held a meeting, via videoconference, with Governor of the Velsk Autonomous Area – "
            "Dorna Darina Kostova.\n\n"
            "Darina Kostova reported that 2,847 cases were confirmed in the region. According to the Governor, "
            "the outbreak is manageable.\n\n"
            "The Governor pointed out that the problems on the oil markets had affected growth in the region.\n\n"
            "Petr Halen expressed support for the project.\n\n"
            "The President noted that the development in the region was a good reason to aspire for re-election.")
    assert_statements(body, [
        ("Darina Kostova", "indirect", "Darina Kostova reported that 2,847 cases were confirmed in the region."),
        ("Darina Kostova", "indirect", "According to the Governor, the outbreak is manageable."),
        ("Darina Kostova", "indirect", "The Governor pointed out that the problems on the oil markets had affected "
                                       "growth in the region."),
        ("Petr Halen", "indirect", "Petr Halen expressed support for the project."),
        ("Petr Halen", "indirect", "The President noted that the development in the region was a good reason to "
                                   "aspire for re-election."),
    ])
