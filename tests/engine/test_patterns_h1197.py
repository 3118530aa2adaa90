"""Rules from the nine-hundred-fifteenth held-out set (Ghana's Volta Regional Minister and those who speak at or of his
meetings, 2016-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Governor Olek Varn of Zarnia met the chiefs of the Borovian valley in Kelm on Friday. "


def test_charged_someone_to_act_speaks():
    """"He further charged his colleagues and Ghanaians to continuously respect traditional rulers …" (GhanaWeb
    2020-08-24): an urging, as "urged … to". Before, no one's."""
    body = _VISIT + "He further charged his colleagues and the youth to continuously respect the traditional rulers."
    assert_statements(body, [
        ("Olek Varn", "indirect",
         "He further charged his colleagues and the youth to continuously respect the traditional rulers."),
    ])


def test_charged_a_figure_to_enter_is_no_statement():
    """The guard: "charged 5 cedis to enter" is a price, "was charged to court" a passive with no object, "neutral and
    charged particles of … and to measure" an adjective before the subject's own infinitive."""
    body = (_VISIT + "The guide charged 5 zarns to enter the park. He was charged to court for fraud. "
            "The probe is designed to count neutral and charged particles of the upper air and to measure the dose.")
    assert_statements(body, [])


def test_rendered_an_apology_speaks():
    """"Dr Archibald Yao Letsa, has rendered an unqualified apology to the President of …" (GhanaWeb 2020-08-24): an
    apology said, as "apologised". Before, no one's; "tendered" too."""
    body = (_VISIT + "Governor Olek Varn has rendered an unqualified apology to the Paramount Chief of Kelm. "
            "Varn tendered his apologies to the elders.")
    assert_statements(body, [
        ("Olek Varn", "indirect",
         "Governor Olek Varn has rendered an unqualified apology to the Paramount Chief of Kelm."),
        ("Olek Varn", "indirect", "Varn tendered his apologies to the elders."),
    ])


def test_rendered_assistance_or_tendered_a_resignation_is_no_statement():
    """The guard: "rendered assistance", "tendered his resignation" are acts, no apology."""
    body = _VISIT + "Varn rendered assistance to the flood victims. He tendered his resignation to the council."
    assert_statements(body, [])


def test_name_then_two_titles_left_unclosed_speaks():
    """"Togbe Afede XIV, Agbogbomefia of Asogli and President of the National House of Chiefs says …" (ghanamma
    2017-05-16): a name, two capitalised titles joined by "and", the closing comma left out before the verb: the name
    speaks, as with one title ("X, Head of Zarn says"). Before, no one's."""
    body = ("Nana Kofi Dela III, Odikro of Kelm and President of the Zarnian House of Chiefs says the Governor’s "
            "commitment was giving hope to the people.")
    assert_statements(body, [
        ("Nana Kofi Dela III", "indirect", "Nana Kofi Dela III, Odikro of Kelm and President of the Zarnian House of Chiefs "
         "says the Governor’s commitment was giving hope to the people."),
    ])


def test_name_then_title_and_a_named_holder_is_not_one_title():
    """The guard: "Head of Kelm and President Oran Besk said" names a second person after "and": a pair, not one
    holder's two titles."""
    body = "Nana Kofi Dela, Head of Kelm and President Oran Besk said the talks were useful."
    assert_statements(body, [])
