"""Readings of real Kremlin text of stop 29: a company's two offices held by
one person, and the words that open a sentence inside a carried-on report.

Each test is a small invented readout (invented people, invented companies and regions) and the
statements GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps
what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_companys_two_offices_before_one_name_are_one_person():
    """"Velgas CEO and Board Chairman Oleg Darin briefed the President on …": a company's name (a
    word the tables do not know), an office, "and", a second office, then one name: one person with
    two offices, not two people."""
    body = (
        "Petr Halen had a working meeting with Velgas CEO and Board Chairman Oleg Darin.\n\n"
        "Velgas CEO and Board Chairman Oleg Darin briefed the President on the company’s gas supplies "
        "to the domestic market.\n\n"
        "Mr Darin said that deliveries had risen by ten percent."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Velgas CEO and Board Chairman Oleg Darin briefed the President on the company’s "
                                   "gas supplies to the domestic market."),
        ("Oleg Darin", "indirect", "Mr Darin said that deliveries had risen by ten percent."),
    ])


def test_an_office_holder_and_another_office_holder_stay_two():
    """Guard: "Minister Anton Brask and Governor Oleg Darin said …", "President Halen and Prime Minister
    Anton Brask stressed …": a name before the 'and' makes two people, whatever follows."""
    body = (
        "Minister Anton Brask and Governor Oleg Darin said that the bridge would open in May.\n\n"
        "President Halen and Prime Minister Anton Brask stressed that trade had grown.\n\n"
        "Mr Darin said that the region was ready."
    )
    assert_statements(body, [
        ("Oleg Darin", "indirect", "Mr Darin said that the region was ready."),
    ])


_REPORT_OPENS = (
    "Petr Halen had a working meeting with Governor of the Zarvia Region Ivan Lorin.\n\n"
    "Ivan Lorin reported on the region’s social and economic development. He said that industrial "
    "production had grown by five percent last year. "
)
_REPORT_OPENING = (
    ("Ivan Lorin", "indirect", "Ivan Lorin reported on the region’s social and economic development."),
    ("Ivan Lorin", "indirect", "He said that industrial production had grown by five percent last year."),
)


def test_a_preposition_opening_a_sentence_of_a_report_is_no_name():
    """"Throughout the year, …", "Apart from this, …", "Ahead of the holidays, …", "Nonetheless, …": a
    preposition or an adverb opens the sentence before its subject (the capitalised first words of the
    corpus's sentences read as one-word names), so the governor's report carries on over it."""
    body = _REPORT_OPENS + (
        "Throughout the year, the region built twelve schools. Apart from this, the region opened three "
        "hospitals. Ahead of the holidays, the region repaired its roads. Nonetheless, the region still "
        "needs more doctors. The number of kindergartens has grown."
    )
    assert_statements(body, [
        *_REPORT_OPENING,
        ("Ivan Lorin", "indirect", "Throughout the year, the region built twelve schools."),
        ("Ivan Lorin", "indirect", "Apart from this, the region opened three hospitals."),
        ("Ivan Lorin", "indirect", "Ahead of the holidays, the region repaired its roads."),
        ("Ivan Lorin", "indirect", "Nonetheless, the region still needs more doctors."),
        ("Ivan Lorin", "indirect", "The number of kindergartens has grown."),
    ])


def test_under_opening_a_sentence_of_a_report_is_no_name():
    """"Under the programme, twelve new schools are being built.": "Under" is an office's word too ("Under
    Secretary"), read alone as a one-word name; the sentence's subject comes after the comma of the
    phrase it opens, and the governor's report carries on over it."""
    body = _REPORT_OPENS + (
        "Under the programme, twelve new schools are being built. The number of kindergartens has grown."
    )
    assert_statements(body, [
        *_REPORT_OPENING,
        ("Ivan Lorin", "indirect", "Under the programme, twelve new schools are being built."),
        ("Ivan Lorin", "indirect", "The number of kindergartens has grown."),
    ])


def test_an_under_secretary_still_speaks():
    """Guard: "Under Secretary Anna Vell said …": "Under" opens an office, and the one who holds it speaks."""
    body = (
        "Petr Halen met with Under Secretary of State Anna Vell.\n\n"
        "Under Secretary Anna Vell said that the talks had been useful."
    )
    assert_statements(body, [
        ("Anna Vell", "indirect", "Under Secretary Anna Vell said that the talks had been useful."),
    ])


def test_thanks_opening_a_sentence_is_no_name_and_no_thanks():
    """Guard (no rule needed): "Thanks to this, …" inside a governor's report carries
    it on; outside a report it is the readout's own narrative; "X thanks Y for …" stays speech."""
    body = "Thanks to federal support, three bridges were opened in the Zarvia Region.\n\n" + _REPORT_OPENS + (
        "Thanks to this, the region has doubled its tax revenues.\n\n"
        "Ivan Lorin thanks the President for his support."
    )
    assert_statements(body, [
        *_REPORT_OPENING,
        ("Ivan Lorin", "indirect", "Thanks to this, the region has doubled its tax revenues."),
        ("Ivan Lorin", "indirect", "Ivan Lorin thanks the President for his support."),
    ])
