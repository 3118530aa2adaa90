"""Patterns of fivehundredfourth (the African Union Commission's releases): a body's chair written with the body
("The Chairperson of the Union Commission received …"), whom the release never names but by an X handle, is one person
known by the office as written, and "The Chairperson …" after it is theirs, as a body's "-General" head was
(test_patterns_h670); a body the tables do not know ("the AU Commission") stays in the office after "of"; an honorific
that ends the office's run, its name a handle and no capitalised word ("… Commission H.E. @handle received …"), is not
part of the office.

Each test is a small invented readout (invented people and bodies); the rule's tests fail without it, and guard tests
keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

_THANKED = "The Chairperson expressed appreciation for Tamburu's contributions to the Union."


def test_chairperson_of_a_body_unnamed_speaks():
    """"The Chairperson of the African Union Commission received H.E. X, Ambassador of Tamburu … The Chairperson
    expressed …": one person known by the office as written; before, no statement (a body's chair was no one)."""
    assert_statements(
        "The Chairperson of the African Union Commission received H.E. Odo Brell, Ambassador of Tamburu to the "
        "Union. They discussed the situation in the region.\n\n" + _THANKED,
        [("The Chairperson of the African Union Commission", "indirect", _THANKED)],
    )


def test_chairperson_of_an_unknown_body_unnamed_speaks():
    """"The Chairperson of the AU Commission, H.E. @handle, met with …": the body's short form, which the tables do
    not know, stays in the office ("chairperson of au commission"); its chair is still the one "the Chairperson" means,
    in the clause after a group's ("They discussed …, and the Chairperson requested …")."""
    requested = "the Chairperson requested for Tamburu's support for peace initiatives."
    brell = "Ambassador Brell reaffirmed Tamburu's commitment to the partnership."
    assert_statements(
        "The Chairperson of the AU Commission, H.E. @qmaralind, met with H.E. Odo Brell, the Tamburu Ambassador to "
        "Ethiopia. They discussed investments in key sectors, and " + requested + "\n\n" + brell,
        [("The Chairperson of the AU Commission", "indirect", requested), ("Odo Brell", "indirect", brell)],
    )


def test_honorific_before_a_handle_is_not_part_of_the_office():
    """"The Chairperson of the African Union Commission H.E. @handle received …": the person is "The Chairperson of
    the African Union Commission", not "… Commission H.E."."""
    result = assert_statements(
        "The Chairperson of the African Union Commission H.E. @qmaralind received H.E. Odo Brell, Ambassador of "
        "Tamburu.\n\n" + _THANKED,
        [("The Chairperson of the African Union Commission", "indirect", _THANKED)],
    )
    assert [s.speaker for s in result.statements] == ["The Chairperson of the African Union Commission"]


def test_chairperson_named_in_apposition_keeps_the_name():
    """Guard: "The Chairperson of the African Union Commission, H.E. Mara Quell, received …": the office is the one
    named beside it; no one new."""
    assert_statements(
        "The Chairperson of the African Union Commission, H.E. Mara Quell, received H.E. Odo Brell, Ambassador of "
        "Tamburu.\n\n" + _THANKED,
        [("Mara Quell", "indirect", _THANKED)],
    )
