"""Rules from the nine-hundred-twentieth held-out set (the Governors of Kwale County, Kenya, and of Bungoma County, and
those at their meetings, 2017-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_TOUR = "President Ilse Dorn of Varnia toured Selma County on Monday with Governor Tomas Varek. "


def test_upbeat_with_a_thatless_clause_is_a_view():
    """"Kwale Governor X is upbeat his development record will earn him a second term …" (Hivisasa): the view with its
    "that" left out, as "is confident his …" is read. Before, "upbeat" spoke only before "that", "about", a colon."""
    body = "Governor Tomas Varek of Selma County is upbeat his development record will earn him a second term."
    assert_statements(body, [
        ("Tomas Varek", "indirect", body),
    ])


def test_optimistic_with_a_thatless_clause_is_a_view():
    """The same with "optimistic": "is optimistic the talks will …"."""
    body = _TOUR + "Varek is optimistic the talks with the traders will succeed."
    assert_statements(body, [
        ("Tomas Varek", "indirect", "Varek is optimistic the talks with the traders will succeed."),
    ])


def test_upbeat_the_whole_day_is_a_mood():
    """The guard: "remained upbeat the whole day" has no clause after it (no modal or auxiliary): a mood, no view."""
    body = _TOUR + "Varek remained upbeat the whole day and toured the market."
    assert_statements(body, [])


def test_quick_to_shower_praises_on_someone_is_a_praise():
    """"Kinango Teacher’s College in Kwale caught the President’s attention and he was quick to shower praises on
    Mvurya." (Kenyan Post 2020-09-22): the idiom of praise after an effort, as "was quick to praise", and the plural
    "praises"; the college's possessive names no one. Before, no statement (and the college a Mr "Kinango Teacher")."""
    body = (_TOUR + "Selmaton Teacher’s College caught the President’s attention and she was quick to shower praises "
            "on Varek.")
    assert_statements(body, [
        ("Ilse Dorn", "indirect", "Selmaton Teacher’s College caught the President’s attention and she was quick to "
         "shower praises on Varek."),
    ])


def test_showered_praises_on_someone_is_a_praise():
    """"She showered praises on X": the plural as the singular "showered praise on". Before, no statement."""
    body = _TOUR + "She showered praises on the governor for the new college."
    assert_statements(body, [
        ("Ilse Dorn", "indirect", "She showered praises on the governor for the new college."),
    ])


def test_showered_pupils_with_sweets_is_an_act():
    """The guard: "was quick to shower the pupils with sweets": gifts, no praise, no statement."""
    body = _TOUR + "She was quick to shower the pupils with sweets."
    assert_statements(body, [])


def test_a_colleges_possessive_is_no_person():
    """"Kinango Teacher’s College …, … and he …" : the possessive of a college's name is no one, so "he" is the
    President (the sentence hers, whole). Before, a Mr "Selmaton Nurses" spoke it."""
    body = (_TOUR + "Selmaton Nurses’ College impressed the President and she said it would train many nurses.")
    assert_statements(body, [
        ("Ilse Dorn", "indirect", "Selmaton Nurses’ College impressed the President and she said it would train many "
         "nurses."),
    ])


def test_who_clause_with_commas_and_no_opening_comma():
    """"X who is facing a stiff challenge from A, B’s C and D (Independent), said he’ll rally …" (Hivisasa): a
    relative clause whose opening comma is left out and which holds commas of its own; the opener speaks. Before, no
    one's."""
    body = (_TOUR + "Varek who is facing a challenge from Olan Pirs, the Union’s Ada Kell and Uma Rell (Independent), "
            "said he will rally the residents.")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "Varek who is facing a challenge from Olan Pirs, the Union’s Ada Kell and Uma Rell "
         "(Independent), said he will rally the residents."),
    ])


def test_who_clause_after_a_group_opener_stays_no_ones():
    """The guard: "Officials who met A, B and C, said …": the opener a group, no statement."""
    body = _TOUR + "Officials who met Olan Pirs, Ada Kell and Uma Rell, said the talks went well."
    assert_statements(body, [])
