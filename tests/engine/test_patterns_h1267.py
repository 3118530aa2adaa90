"""Rules from the nine-hundred-seventy-third held-out set (Matabeleland North's Minister of State and those who speak
at or of the province's meetings, 2019-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Vice Governor Arno Pelk of Tessary met the chiefs of the northern province of Velmora on Thursday. "


def test_early_this_week_between_subject_and_verb_speaks():
    """"Chief Ndiweni early this week told NewZimbabwe.com that he was not invited to the meeting." (NewZimbabwe
    2019-05-25): "early" before "this week", as "earlier this week" already was. Before, no one's."""
    body = _MEETING + "Chief Dosa Lemmit early this week told reporters that he was not invited to the meeting."
    assert_statements(body, [
        ("Dosa Lemmit", "indirect",
         "Chief Dosa Lemmit early this week told reporters that he was not invited to the meeting."),
    ])


def test_late_last_month_between_subject_and_verb_speaks():
    """The same with "late" before "last month": "X late last month said …"."""
    body = _MEETING + "Pelk late last month said the new clinic in the province would open before the rains."
    assert_statements(body, [
        ("Arno Pelk", "indirect", "Pelk late last month said the new clinic in the province would open before the rains."),
    ])


def test_early_this_week_after_a_noun_is_no_statement():
    """The guard: after a lower-case noun, not a name, the period is no aside of a speaker ("The report early this
    week said …" is the report's, no one's), as for "this year" after a noun."""
    body = _MEETING + "The council's report early this week said the new clinic would open before the rains."
    assert_statements(body, [])
