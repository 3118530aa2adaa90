"""Rules from the thousand-thirteenth held-out set (the Governor of Vihiga County, Kenya, and those who speak at or of
his meetings, 2018-2024): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_revealing_that_after_a_quotation_goes_on():
    """"“…,” he said, revealing that they’ve availed all documents …" (westfm): a thing made known after the
    quotation's attribution, as "adding that"; the participle clause alone his. Before, missed."""
    first = "Governor Tomas Arvel said the land was bought at a fair price."
    quote = "This matter has also been taken up by the auditors"
    second = f"“{quote},” he said, revealing that they have handed over all the documents."
    assert_statements(first + "\n\n" + second, [
        ("Tomas Arvel", "indirect", first),
        ("Tomas Arvel", "direct", quote),
        ("Tomas Arvel", "indirect", "revealing that they have handed over all the documents."),
    ])


def test_disclosing_that_after_a_quotation_goes_on():
    """"disclosing that …" after the attribution, as "revealing that"."""
    quote = "We are ready to work with the assembly"
    text = f"“{quote},” Governor Lina Vasko said, disclosing that the budget would be tabled next week."
    assert_statements(text, [
        ("Lina Vasko", "direct", quote),
        ("Lina Vasko", "indirect", "disclosing that the budget would be tabled next week."),
    ])


def test_revealing_a_plaque_is_no_report():
    """The guard: "revealing" with no that-clause (a plaque shown) reports nothing after the quotation."""
    quote = "This hall belongs to the people"
    text = f"“{quote},” Governor Lina Vasko said, revealing a plaque at the entrance."
    assert_statements(text, [
        ("Lina Vasko", "direct", quote),
    ])


def test_supported_calls_to_is_a_stance():
    """"Governor X has supported calls to reduce the number of counties …" (vosena): a stance taken on others' calls,
    as "supported the call for". Before, missed."""
    first = "Governor Tomas Arvel of Dorvane has supported calls to reduce the number of provinces from 40 to 12."
    second = "Arvel said some provinces are not viable."
    assert_statements(first + " " + second, [
        ("Tomas Arvel", "indirect", first),
        ("Tomas Arvel", "indirect", second),
    ])


def test_supported_calls_to_a_helpline_is_no_stance():
    """The guard: telephone "calls to the helpline" supported are a service run, no words."""
    first = "Governor Tomas Arvel of Dorvane has supported calls to the helpline with new staff."
    second = "Arvel said the staff would be trained."
    assert_statements(first + " " + second, [
        ("Tomas Arvel", "indirect", second),
    ])
