"""Statements found by helper h824's mends of styles44 (electoral commissions', human rights commissions' and
ombudsmen's international meetings in English): a capitalised "Made" inside a name (a Balinese given name) is no verb
of giving that makes the speech verb after the name a noun; "Resident Coordinator" and "Resident Representative" are
one office each (the UN's in a country), so the bare office later is the one named with it; an office followed by a
body's initials the text gives in brackets ("Secretary ECV") names no one "ECV", and "the secretary" is the holder
named after the comma.

Each test is a small invented readout (invented people and countries); the rules' tests fail without them, and guard
tests keep what they must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_given_name_made_after_an_office_leaves_the_present_speech_verb_a_verb():
    """"Chairman Made X says: "…"" and "Chairman Made X states that …": "Made" is his given name, not "made" that
    would make "says" a noun after it ("made statements"); before, the quotation went to the other ombudsman named
    before and the indirect statement to no one."""
    assert_statements((
        "The arrangement was signed by Chief Ombudsman Ilse Varrow and her counterpart Chairman Made Surayasa.\n\n"
        "Ms Varrow says the office will publish its first joint report next year.\n\n"
        'Chairman Made Surayasa says: "We are agreeing to learn from each other."\n\n'
        "Chairman Made Surayasa states that the two offices will exchange staff."
    ), [
        ("Ilse Varrow", "indirect", "Ms Varrow says the office will publish its first joint report next year."),
        ("Made Surayasa", "direct", "We are agreeing to learn from each other."),
        ("Made Surayasa", "indirect", "Chairman Made Surayasa states that the two offices will exchange staff."),
    ])


def test_a_lower_case_made_before_a_plural_speech_noun_is_still_no_statement():
    """Guard: "The Chairman made statements at the dinner": "made" in lower case still makes "statements" a noun,
    the remarks' act no report of what was said."""
    assert_statements((
        "Chairman Ketut Varanel received the delegation.\n\n"
        "The Chairman made statements at the dinner in the evening."
    ), [])


def test_the_bare_resident_coordinator_is_the_un_office_named_before():
    """"The United Nations Resident Coordinator in X, Ms. Y, paid a courtesy call on … The Resident Coordinator said
    …": one office, "resident coordinator", not a coordinator of a country "Resident" (before, no one's); so the
    UNDP's "Resident Representative"."""
    assert_statements((
        "The United Nations Resident Coordinator in Pelvany, Ms. Aurore Dellacq, paid a courtesy call on the "
        "Chairman of the Human Rights Commission, Dr. Tomas Erlund. The UNDP Resident Representative, Mr. Ivo "
        "Santhal, also attended.\n\n"
        "The Resident Coordinator said the United Nations was ready to support the Commission.\n\n"
        "The Resident Representative said that the programme would train two hundred monitors."
    ), [
        ("Aurore Dellacq", "indirect",
         "The Resident Coordinator said the United Nations was ready to support the Commission."),
        ("Ivo Santhal", "indirect",
         "The Resident Representative said that the programme would train two hundred monitors."),
    ])


def test_an_office_with_a_bodys_bracketed_initials_names_the_holder_after_the_comma():
    """"… visited the Electoral Commission of Dallory (ECD) … Secretary ECD, Mr X, welcomed … The secretary told
    them that …": "ECD" is the body the text spelled out, no person; the secretary is X (before, "ECD" was a person
    who held the office and took the statement)."""
    assert_statements((
        "An observer group visited the Electoral Commission of Dallory (ECD) to meet senior officers.\n\n"
        "Secretary ECD, Mr Harun Velidze, received the members of the group.\n\n"
        "The secretary told them that the commission had trained nine thousand polling staff."
    ), [
        ("Harun Velidze", "indirect",
         "The secretary told them that the commission had trained nine thousand polling staff."),
    ])
