"""Helper h1082 (eighthundredtwentysecond, the Premier of Sarawak as Malaysian papers print him): "X was cited in a
… report as saying that …" is X's, as "was quoted by … as saying"; "X in a statement issued by the … Unit said …"
is X's, the body that issued it no speaker ("The Chief Minister's Office in a statement issued today said …" stays
no one's); a paper's photo note after an inverted tag's name ("…, said Premier X (pix).") is no word of the sentence,
and the tag closes it with or without its comma; "…, said Premier X (PBB)." (a party's initials) is left as it was."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEAD = "KUCHING (May 4): Premier Rendo Malik received a courtesy call from Ambassador Tessa Varn today.\n\n"


def test_cited_in_a_report_as_saying_is_the_subjects():
    body = _LEAD + (
        "He was cited in a Velmar Public Communications Unit (Ukas) report as saying that the trade office would open "
        "in Kuching next year."
    )
    assert_statements(body, [
        ("Rendo Malik", "indirect",
         "He was cited in a Velmar Public Communications Unit (Ukas) report as saying that the trade office would open "
         "in Kuching next year."),
    ])


def test_cited_in_a_report_with_no_saying_stays_no_ones():
    body = _LEAD + "He was cited in a Velmar Public Communications Unit (Ukas) report on the trade office."
    assert_statements(body, [])


def test_statement_issued_by_a_body_between_subject_and_verb():
    body = _LEAD + (
        "Rendo Malik in a statement issued by the Velmar Public Communications Unit said the trade office was agreed "
        "on yesterday.\n\n"
        "He added that the office would also boost tourism.\n\n"
        "“I have also discussed with the Minister of Transport, Orin Dell about new flights,” he said after the meeting."
    )
    assert_statements(body, [
        ("Rendo Malik", "indirect",
         "Rendo Malik in a statement issued by the Velmar Public Communications Unit said the trade office was agreed "
         "on yesterday."),
        ("Rendo Malik", "indirect", "He added that the office would also boost tourism."),
        ("Rendo Malik", "direct", "I have also discussed with the Minister of Transport, Orin Dell about new flights,"),
    ])


def test_an_offices_statement_issued_stays_no_ones():
    body = _LEAD + "The Premier's Office in a statement issued today said the trade office would open next year."
    assert_statements(body, [])


def test_photo_note_after_an_inverted_name():
    body = (
        "Ostrava has agreed to set up a trade office in Kuching to enhance relations between Velmar and the "
        "Republic, said Velmar Premier Tan Sri Rendo Malik Tun Abas (pix).\n\n"
        "The office will open next year, said Ambassador Tessa Varn (left)."
    )
    assert_statements(body, [
        ("Rendo Malik Tun Abas", "indirect",
         "Ostrava has agreed to set up a trade office in Kuching to enhance relations between Velmar and the "
         "Republic, said Velmar Premier Tan Sri Rendo Malik Tun Abas (pix)."),
        ("Tessa Varn", "indirect", "The office will open next year, said Ambassador Tessa Varn (left)."),
    ])


def test_photo_note_after_an_inverted_name_with_no_comma():
    body = (
        "Ostrava has agreed to set up a trade office in Kuching to enhance relations between Velmar and the "
        "Republic said Velmar Premier Tan Sri Rendo Malik Tun Abas (pix)."
    )
    assert_statements(body, [
        ("Rendo Malik Tun Abas", "indirect",
         "Ostrava has agreed to set up a trade office in Kuching to enhance relations between Velmar and the "
         "Republic said Velmar Premier Tan Sri Rendo Malik Tun Abas (pix)."),
    ])


def test_initials_after_an_inverted_name_stay_as_they_were():
    body = "The trade office will open next year, said Premier Rendo Malik (PBB)."
    assert_statements(body, [])
