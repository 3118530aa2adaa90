"""The rf1 review of stop 69's merged rules (h1187, h1186, h1192, h1193, h1194): near shapes the new rules read wrong,
mended: invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_FIRST = "Governor Wilma Oduya of Velk County said the county was ready. "


def test_blasted_a_rock_is_no_criticism():
    """"X blasted the rock to open the road": a blast set off, no words (h1193's "blasted" read as a speech verb
    with no object's "for"/"over" gave it to the engineer). "blasted X for …" stays a criticism voiced."""
    body = _FIRST + ("Engineer Abel Kituyi blasted the rock to open the road. Senator Ann Rono has blasted Governor "
                     "Abel Kituyi for closing the road.")
    assert_statements(body, [
        ("Wilma Oduya", "indirect", "Governor Wilma Oduya of Velk County said the county was ready."),
        ("Ann Rono", "indirect", "Senator Ann Rono has blasted Governor Abel Kituyi for closing the road."),
    ])


def test_blasted_a_bridge_under_a_colonel_is_no_criticism():
    """"Soldiers under Colonel X blasted the bridge": no one's words (h1193 gave them to the colonel)."""
    body = _FIRST + "Soldiers under Colonel Abel Kituyi blasted the bridge on Monday."
    assert_statements(body, [
        ("Wilma Oduya", "indirect", "Governor Wilma Oduya of Velk County said the county was ready."),
    ])


def test_a_clause_after_a_bracketed_object_and_a_comma_and_speaks():
    """"X met A (Velk), and B (Kitui) said that …": ", and" after a verb's bracketed object opens a clause of its
    own, B speaks, as at base (h1193's bracketed list read it as a group's act, no one's)."""
    body = _FIRST + ("She met Governor Abel Kituyi (Talun), and Senator Ann Rono (Kitui) said that the talks went "
                     "well.")
    assert_statements(body, [
        ("Wilma Oduya", "indirect", "Governor Wilma Oduya of Velk County said the county was ready."),
        ("Ann Rono", "indirect", "Senator Ann Rono (Kitui) said that the talks went well."),
    ])


def test_a_bracketed_list_with_a_comma_before_and_stays_a_group():
    """The guard: "A (Mara), B (Velk), and C (Kitui) have announced …", the list's comma before the name before
    ", and": a group's act, no one's, as with no comma ("… B (Velk) and C (Kitui) …")."""
    body = _FIRST + ("Governors Ola Dunn (Mara), Abel Kituyi (Talun), and Ann Rono (Kitui) have announced that they "
                     "will run. Governors Ola Dunn (Mara), Abel Kituyi (Talun) and Ann Rono (Kitui) have said that "
                     "the roads are ready.")
    assert_statements(body, [
        ("Wilma Oduya", "indirect", "Governor Wilma Oduya of Velk County said the county was ready."),
    ])
