"""Rules from the nine-hundred-sixty-third held-out set (the Governor of Cebu, Philippines, and those at the
Governor's meetings, 2013-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Governor Dorvan Keller received Ambassador Lira Osk of Kelvar at the Capitol on Monday. "


def test_inverted_said_then_a_possessive_office_and_a_styled_name():
    """"The meeting is taking place …, said Davide’s chief of staff, lawyer Ramil Abing." (Philstar 2013-06-25): the
    holder named after the office's comma speaks, the profession before his name a style. Before, the office alone
    ("Keller's chief of staff", whom the readout names nowhere else) went to no one."""
    body = (_OPENING + "The turnover will take place on Friday at the Capitol, said Keller’s chief of staff, lawyer "
            "Mira Dane.")
    assert_statements(body, [
        ("Mira Dane", "indirect", "The turnover will take place on Friday at the Capitol, said Keller’s chief of staff, "
                                  "lawyer Mira Dane."),
    ])


def test_inverted_said_then_an_office_and_a_name_after_its_comma():
    """"…, said his chief of staff, X.": the name in apposition after the office, the clause closed after it."""
    body = _OPENING + "The talks will continue on Friday, said his chief of staff, Anton Vey."
    assert_statements(body, [
        ("Anton Vey", "indirect", "The talks will continue on Friday, said his chief of staff, Anton Vey."),
    ])


def test_inverted_office_then_a_name_that_opens_the_reported_clause_is_no_speaker():
    """The guard: "…, said the governor, X, has shown …" (the office and name set off before a finite verb are the
    reported clause's subject, `clause_after_said`): the Governor's, as before, never the man named after the comma."""
    body = (_OPENING + "Governor Dorvan Keller said on Tuesday that the Minister of Works, Pavo Linn, has shown "
            "great commitment to the province.")
    assert_statements(body, [
        ("Dorvan Keller", "indirect", "Governor Dorvan Keller said on Tuesday that the Minister of Works, Pavo Linn, "
                                      "has shown great commitment to the province."),
    ])


def test_inverted_office_then_a_name_that_does_not_close_the_clause_keeps_the_office():
    """The guard of the near shape: "…, said the Governor, Mayor X of Y agreeing with him." (the name after the
    office's comma goes on into a clause of its own, so it is no apposition): the Governor named before speaks, as
    before."""
    body = _OPENING + "The road will open in May, said the Governor, Mayor Pol Arn of Tesk agreeing with him."
    assert_statements(body, [
        ("Dorvan Keller", "indirect", "The road will open in May, said the Governor, Mayor Pol Arn of Tesk agreeing "
                                      "with him."),
    ])
