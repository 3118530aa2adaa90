"""Rules from the nine-hundred-eighty-sixth held-out set (the Governor of Kebbi State, Nigeria: Bagudu, Idris and those
at their meetings, 2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Governor Arno Pelk of Tessary received Senator Tovar Melk of Velmora on Thursday. "


def test_condoled_with_speaks():
    """"Lawan also condoled with the government and people of the state on the demise of an elder statesman …" (Punch
    2021-11-05): condolences voiced, as "commiserated with". Before, no one's."""
    body = _MEETING + ("Melk also condoled with the government and people of Tessary on the demise of an elder "
                       "statesman, Rono Dask.")
    assert_statements(body, [
        ("Tovar Melk", "indirect", "Melk also condoled with the government and people of Tessary on the demise of an "
                                   "elder statesman, Rono Dask."),
    ])


def test_condolence_register_is_no_statement():
    """The guard: the noun "condolence", a register opened by a body, is no one's word."""
    body = _MEETING + "A condolence register was opened at the embassy of Velmora."
    assert_statements(body, [])


def test_unclosed_who_clause_with_a_place_and_its_town_is_the_opener_s():
    """"Lawan, who spoke during a courtesy call on Bagudu at Government House, Birnin Kebbi said, “…”" (Punch
    2021-11-05): the clause's closing comma left out after a place and its town set off by a comma; the town no
    speaker, the senator who opens the sentence is. Before, the town's."""
    body = _MEETING + ("Senator Melk, who spoke during a courtesy call on Pelk at Government House, Dorrin Vale said, "
                       "“Tessary is the heart of the federation.”")
    assert_statements(body, [
        ("Tovar Melk", "direct", "Tessary is the heart of the federation."),
    ])


def test_unclosed_who_clause_with_a_place_and_its_town_reported():
    """The same before reported speech: "X, who spoke … at Government House, Dorrin Vale said the state …"."""
    body = _MEETING + ("Senator Melk, who spoke during a courtesy call on Pelk at Government House, Dorrin Vale said "
                       "the province was the heart of the federation.")
    assert_statements(body, [
        ("Tovar Melk", "indirect", "Senator Melk, who spoke during a courtesy call on Pelk at Government House, Dorrin "
                                   "Vale said the province was the heart of the federation."),
    ])


def test_person_after_a_place_s_comma_with_no_who_speaks():
    """The guard: no relative clause, so the name after the place's comma is the subject ("At Government House,
    Dorrin Vale, Senator Melk said …" is Melk's; "…, Governor Pelk said …" his)."""
    body = _MEETING + "At Government House, Dorrin Vale, Governor Pelk said the province was at peace."
    assert_statements(body, [
        ("Arno Pelk", "indirect", "At Government House, Dorrin Vale, Governor Pelk said the province was at peace."),
    ])
