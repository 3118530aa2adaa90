"""Patterns found by the fifty-second held-out set (benchmarks/heldout/fiftysecond/, real
en.kremlin.ru readouts of 2021-22 whose paragraphs the scraper joined): each test an invented
readout and the statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_captioned_label_whose_office_holds_a_plural_possessive_is_a_label():
    """"Presidential Commissioner for Farmers' Rights Ilse Marren Marren IlsePresidential
    Commissioner for Farmers' Rights: …": the plural possessive "Farmers'" stops the office
    phrase before the name, but the scraper's caption after the name shows the label ends
    there; her turn is not read into the host's before it (kremlin_68485 gave the
    Commissioner's first turn to the President)."""
    title = "Meeting with Presidential Commissioner for Farmers' Rights Ilse Marren"
    body = ("Ilse Marren presented to the President the annual report of the Commissioner for Farmers' Rights.\n\n"
            "President of Velmora Petr Halen: Ms Marren, today we have your annual report. Presidential Commissioner "
            "for Farmers' Rights Ilse Marren Marren IlsePresidential Commissioner for Farmers' Rights: Yes, the annual "
            "report, as always in spring. Petr Halen: It is already the fifth. Ilse Marren: Yes, the fifth one.")
    assert_statements(body, [
        ("Petr Halen", "direct", "Ms Marren, today we have your annual report."),
        ("Ilse Marren", "direct", "Yes, the annual report, as always in spring."),
        ("Petr Halen", "direct", "It is already the fifth."),
        ("Ilse Marren", "direct", "Yes, the fifth one."),
    ], title=title)


def test_giving_a_response_is_a_statement():
    """"Petr Halen gave an exhaustive response to the mention by Ilse Marren of …": he
    responded, as "gave an assessment" assesses (kremlin_67487 missed it)."""
    body = ("Petr Halen had a telephone conversation with Prime Minister of Ostrava Ilse Marren.\n\n"
            "Petr Halen gave an exhaustive response to the mention by Ilse Marren of possible new tariffs on grain. "
            "The leaders agreed to continue their contacts.")
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen gave an exhaustive response to the mention by Ilse Marren of possible "
                                   "new tariffs on grain."),
    ])
