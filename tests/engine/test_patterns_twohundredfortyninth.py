"""Rules from the two-hundred-forty-ninth held-out set (president.gov.ua English news, February and June 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_name_alone_in_straight_quote_marks_is_a_title():
    """"The boy's writings were published … and were called "Mariupol Diary"" (two-hundred-forty-ninth 75617): a
    diary's name in straight quote marks, no one; before, "IDPs from Mariupol spoke about …" was given to a speaker
    "Mariupol Diary"."""
    body = ("President Dan Kessel visited a shelter for displaced people. Refugees from Strelna spoke about the "
            "shelling they had survived. The boy's notes were published online and were called \"Strelna Diary\".")
    assert_statements(body, [])


def test_a_quotation_starting_with_a_name_still_has_its_speaker():
    """Guard: a quotation that only starts with a name is words, and its speaker is still found."""
    body = ("President Dan Kessel met Minister Ivo Marr. \"Ivo Marr has done a great deal for our roads,\" "
            "Dan Kessel said.")
    assert_statements(body, [
        ("Dan Kessel", "direct", "Ivo Marr has done a great deal for our roads"),
    ])


def test_what_a_diary_contains_is_not_its_authors_words():
    """"Yehor spoke about the bombing of the city … The diary also contains tragic stories of how …"
    (two-hundred-forty-ninth 75617): what a diary holds, the press office's account, not more of what he said."""
    body = ("President Dan Kessel gave a tablet to eight-year-old Pavo Lint, who kept a diary during the shelling. "
            "Pavo Lint spoke about the bombing of the town. The diary also contains stories of how his school "
            "was destroyed.")
    assert_statements(body, [
        ("Pavo Lint", "indirect", "Pavo Lint spoke about the bombing of the town."),
    ])


def test_a_diary_keeper_s_next_words_still_carry_on():
    """Guard: a sentence about what happened, not about a diary, still carries his report on."""
    body = ("Pavo Lint spoke about the bombing of the town. According to him, the school was destroyed in March. "
            "The shelters had no electricity for weeks.")
    assert_statements(body, [
        ("Pavo Lint", "indirect", "Pavo Lint spoke about the bombing of the town."),
        ("Pavo Lint", "indirect", "According to him, the school was destroyed in March."),
        ("Pavo Lint", "indirect", "The shelters had no electricity for weeks."),
    ])
