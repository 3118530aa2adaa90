"""Readings of known errors of the labelled Ukrainian President's held-out sets (stop 34): a surname
written with two transliterated endings at once ("…," Volodymyr Zelenskyiyy summed up.", fifty-third
ukraine_president 72457).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "President Ostap Hrytsenskyy met with Prime Minister Lena Vaar of Norland"


def test_surname_with_two_transliterated_endings_is_the_same_person():
    """"…," Volodymyr Zelenskyiyy summed up." (fifty-third ukraine_president 72457): "-yi" and "-yy" written
    one after the other are one ending, so "Zelenskyiyy" is "Zelenskyy", the President, not a second person."""
    body = (
        "President Ostap Hrytsenskyy met with Prime Minister of Norland Lena Vaar.\n\n"
        "\"Our countries are close partners,\" Ostap Hrytsenskyy said.\n\n"
        "\"I hope that Norland's firms will invest in our country,\" Ostap Hrytsenskyiyy summed up."
    )
    assert_statements(body, [
        ("Ostap Hrytsenskyy", "direct", "Our countries are close partners"),
        ("Ostap Hrytsenskyy", "direct", "I hope that Norland's firms will invest in our country"),
    ], title=TITLE)


def test_surname_of_another_form_stays_another_person():
    """Guard: a surname of the same stem with another ending ("Olha Hrytsenska", the feminine form, a woman
    of her own) is not folded into "Hrytsenskyy"."""
    body = (
        "President Ostap Hrytsenskyy met with Prime Minister of Norland Lena Vaar.\n\n"
        "\"Our countries are close partners,\" Ostap Hrytsenskyy said.\n\n"
        "\"Our schools will work together,\" Minister of Education Olha Hrytsenska said."
    )
    assert_statements(body, [
        ("Ostap Hrytsenskyy", "direct", "Our countries are close partners"),
        ("Olha Hrytsenska", "direct", "Our schools will work together"),
    ], title=TITLE)
