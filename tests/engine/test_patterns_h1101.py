"""Helper h1101 (eighthundredthirtyeighth, the Governors of East and West Java as Indonesian outlets print them): a
one-word nickname in brackets right after a full name ("Governor Ahmad Heryawan (Aher)") is that person's, so a later
bare "Aher said, …" is his statement, not nobody's."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_bracketed_nickname_after_a_full_name_is_the_persons():
    body = (
        "BANDUNG - Lumen Governor Tomas Verel (Tover) was awarded the title of honorary citizen of Ostria.\n\n"
        "In addition to Tover, twelve other figures received the same title.\n\n"
        "Tover said, good relations between Lumen and Ostria have lasted very long."
    )
    assert_statements(body, [
        ("Tomas Verel", "indirect",
         "Tover said, good relations between Lumen and Ostria have lasted very long."),
    ])


def test_bracketed_country_after_a_full_name_is_no_nickname():
    # guard: a country in brackets after a name is where the person is from, not a name of theirs
    body = (
        "BANDUNG - Lumen Governor Tomas Verel met Ambassador Ilse Marran (Austria) on Monday.\n\n"
        "Austria said the meeting went well."
    )
    assert_statements(body, [])


def test_spaced_closing_mark_glued_to_the_tag_closes_the_quotation():
    body = (
        "BANDUNG - Lumen Governor Tomas Verel was awarded the title of honorary citizen of Ostria.\n\n"
        "\"There are many marriages between the two peoples.This proves that the friendship is not new \"he explained."
    )
    assert_statements(body, [
        ("Tomas Verel", "direct",
         "There are many marriages between the two peoples.This proves that the friendship is not new"),
    ])


def test_quoted_phrase_opening_with_he_said_inside_a_quotation_stays_nested():
    # guard: a straight mark after a space before "he said," (no full stop) opens a quoted phrase inside the quotation
    body = (
        "BANDUNG - Lumen Governor Tomas Verel was awarded the title of honorary citizen of Ostria.\n\n"
        "\"We have no time for \"he said, she said\" politics,\" Verel explained."
    )
    assert_statements(body, [
        ("Tomas Verel", "direct", "We have no time for \"he said, she said\" politics,"),
    ])
