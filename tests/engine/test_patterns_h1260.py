"""Rules from the nine-hundred-sixty-ninth held-out set (the Menteri Besar of Selangor, Malaysia, and those who speak
at or of his meetings, 2015-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Chief Minister Dato Kerim Vale of Ostrava State met the palace officials in Varn on Thursday. "


def test_inverted_holder_after_a_body_and_its_initials():
    """"…, said Selangor Pakatan Harapan (PH) chairman Datuk Seri Amirudin Shari." (Malay Mail 2023-08-17): the
    body's initials in brackets between its name and the office cut the holder off; the inverted speaker is the
    holder named after the office, as without the brackets."""
    body = (_OPENING + "The list of candidates will be sent to the palace soon, said Ostrava People's Alliance (OPA) "
            "chairman Dato Kerim Vale.")
    assert_statements(body, [
        ("Kerim Vale", "indirect", "The list of candidates will be sent to the palace soon, said Ostrava People's "
         "Alliance (OPA) chairman Dato Kerim Vale."),
    ])


def test_inverted_holder_after_initials_with_the_article():
    """The same with the body's article: "…, said the Ostrava Labour Front (OLF) deputy chairman Mira Tolvan."."""
    body = (_OPENING + "The coalition remains united, said the Ostrava Labour Front (OLF) deputy chairman Mira "
            "Tolvan.")
    assert_statements(body, [
        ("Mira Tolvan", "indirect", "The coalition remains united, said the Ostrava Labour Front (OLF) deputy "
         "chairman Mira Tolvan."),
    ])


def test_body_and_its_initials_with_no_holder_after_them_unchanged():
    """The guard: a body and its initials with no office and name after them ("…, said the Ostrava Labour Front
    (OLF) in a statement.") stay a body's words, no one's statement."""
    body = _OPENING + "The coalition remains united, said the Ostrava Labour Front (OLF) in a statement."
    assert_statements(body, [])
