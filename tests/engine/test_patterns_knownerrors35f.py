"""Readings of known errors of the labelled Kremlin held-out set three-hundred-forty-sixth (stop 35): a given name that
is also a style's short form ("Sen X", kremlin_40125) and a styled lone surname before an office aside ("Mr X, Fellow of
…, told …", the same); "called" whom "to express their views", no "on" (kremlin_40142).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run

ARCHIVE_TITLE = "President Ivan Dorn visited the Velorian national archive"


def test_a_styled_surname_before_an_office_aside_is_the_subject():
    """"Mr X, Fellow of the … Academy of Sciences and … Director, told Mr Putin that …" (three-hundred-forty-sixth
    kremlin_40125, as "Karen X, Fellow of …, told …" reads): a lone surname with a personal style before an office set
    off by commas is the speaker, as a full name is."""
    body = (
        "Mr Dorn displayed great interest in the collection.\n\n"
        "Mr Tavrin, Fellow of the Velorian Academy of Sciences and Archive Director, told Mr Dorn that the archive was "
        "one of the oldest in the region."
    )
    assert_statements(body, [
        ("Tavrin", "indirect", "Mr Tavrin, Fellow of the Velorian Academy of Sciences and Archive Director, told Mr Dorn "
                               "that the archive was one of the oldest in the region."),
    ], title=ARCHIVE_TITLE)


def test_a_lone_surname_without_a_style_before_an_office_aside_stays_unread():
    """Guard: a lone capitalised word with no style before the aside ("Tavrin, Fellow of …, told …") may be a place
    or a body's name; it is not made a speaker."""
    body = "Tavrin, Fellow of the Velorian Academy of Sciences, told Mr Dorn that the archive was one of the oldest."
    result = run(body, title=ARCHIVE_TITLE)
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


def test_a_given_name_that_is_a_styles_short_form():
    """"Sen Arevshatian, Fellow of the Armenian National Academy of Sciences and Matenadaran Director, told Mr Putin
    that …. It presently possesses …" (three-hundred-forty-sixth kremlin_40125): "Sen", with no full stop, before a
    lone surname is a given name, not "Senator"; the statement and its carry-on are that person's."""
    body = (
        "Mr Dorn displayed great interest in the collection.\n\n"
        "Sen Tavrinian, Fellow of the Velorian Academy of Sciences and Archive Director, told Mr Dorn that the archive "
        "was one of the oldest in the region. It presently holds more than 9,000 manuscripts."
    )
    assert_statements(body, [
        ("Sen Tavrinian", "indirect", "Sen Tavrinian, Fellow of the Velorian Academy of Sciences and Archive Director, "
                                      "told Mr Dorn that the archive was one of the oldest in the region."),
        ("Sen Tavrinian", "indirect", "It presently holds more than 9,000 manuscripts."),
    ], title=ARCHIVE_TITLE)


def test_a_styles_short_form_before_a_known_surname_is_the_style():
    """Guard: "Gen Mathers" and "Sen. Mathers" after "General Tom Mathers" / "Senator Tom Mathers" are that person,
    the general or the senator, not a new person whose first name is "Gen"."""
    assert_statements(
        "General Tom Mathers arrived in Tarvik. Gen Mathers told reporters that the troops would stay.",
        [("Tom Mathers", "indirect", "Gen Mathers told reporters that the troops would stay.")], title=ARCHIVE_TITLE)
    assert_statements(
        "Senator Tom Mathers arrived in Tarvik. Sen. Mathers said that the bill would pass.",
        [("Tom Mathers", "indirect", "Sen. Mathers said that the bill would pass.")], title=ARCHIVE_TITLE)


def test_a_styles_short_form_as_a_word_or_with_a_full_name():
    """Guard: "Gen Tom Mathers" (the style before a full name) stays the general Tom Mathers; "Rep" and "Gen" as
    ordinary words open no name."""
    assert_statements(
        "Gen Tom Mathers told reporters that the troops would stay.",
        [("Tom Mathers", "indirect", "Gen Tom Mathers told reporters that the troops would stay.")], title=ARCHIVE_TITLE)
    result = run("The Rep office said that the plan would work. Gen Z voters said that prices were too high.",
                 title=ARCHIVE_TITLE)
    assert [s.speaker for s in result.statements if s.speaker is not None] == []


MEETING_TITLE = "President Ivan Dorn met with Kastravian and Velorian business leaders"


def test_called_a_group_to_express_their_views_is_an_appeal():
    """"After a short opening address, he called the business leaders in the audience to express their views on the
    prospects of bilateral relations." (three-hundred-forty-sixth kremlin_40142): "called" whom, then "to express
    their views", with no "on", is an invitation to speak, as "called on them to …": his indirect statement."""
    body = (
        "Mr Dorn stressed the importance of reviving transport links.\n\n"
        "After a short opening address, he called the business leaders in the audience to express their views on the "
        "prospects of bilateral relations."
    )
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Mr Dorn stressed the importance of reviving transport links."),
        ("Ivan Dorn", "indirect", "After a short opening address, he called the business leaders in the audience to "
                                  "express their views on the prospects of bilateral relations."),
    ], title=MEETING_TITLE)


def test_called_someone_to_express_his_condolences_stays_a_telephone_call():
    """Guard: "Mr Dorn called Prime Minister Oren Balt to express his condolences …" is a telephone call and its
    purpose, the readout's narrative; "his" is the caller's, no invitation to the one called."""
    body = (
        "Mr Dorn stressed the importance of reviving transport links.\n\n"
        "Later, Mr Dorn called Prime Minister Oren Balt to express his condolences over the flood."
    )
    assert_statements(body, [
        ("Ivan Dorn", "indirect", "Mr Dorn stressed the importance of reviving transport links."),
    ], title=MEETING_TITLE)
