"""Rules from the ninety-fifth hard set (invented readouts, invented states and people): a Malay ruler's office
"Raja", read as the ruler's only with its article or its "of", beside "Raja" borne as a name's word."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Chief Minister of Tembaru met the state library board in Kuala Tembaru on Saturday. "


def test_raja_of_a_state_with_his_article_is_the_ruler():
    """"The Raja of Tembaru, Tuanku X, … called on …" and "The Raja said …": the ruler's office, so the sentences
    are his (at base "Raja" was no office: the first sentence had no speaker and was dropped)."""
    body = (_OPENING + "The Raja of Tembaru, Tuanku Imran Zakwar, called on parents to bring their children to the "
            "library every week. The Raja said the library would open on Sundays too. The Raja of Tembaru also "
            "thanked the builders.")
    assert_statements(body, [
        ("Tuanku Imran Zakwar", "indirect", "The Raja of Tembaru, Tuanku Imran Zakwar, called on parents to bring "
         "their children to the library every week."),
        ("Tuanku Imran Zakwar", "indirect", "The Raja said the library would open on Sundays too."),
        ("Tuanku Imran Zakwar", "indirect", "The Raja of Tembaru also thanked the builders."),
    ])


def test_raja_borne_as_a_name_stays_the_name():
    """The guard: "Raja Salmiah Raja Idzhar, the state councillor …, said …" and "Raja Salmiah said …": "Raja" her
    name's word (twice: hers and her father's), never an office cut off her name; the ruler's office beside it."""
    body = (_OPENING + "The Raja of Tembaru, Tuanku Imran Zakwar, called on parents to bring their children to the "
            "library every week. Raja Salmiah Raja Idzhar, the state councillor for education, said the library "
            "had cost RM12 million. Raja Salmiah said the state would pay for its books.")
    assert_statements(body, [
        ("Tuanku Imran Zakwar", "indirect", "The Raja of Tembaru, Tuanku Imran Zakwar, called on parents to bring "
         "their children to the library every week."),
        ("Raja Salmiah Raja Idzhar", "indirect", "Raja Salmiah Raja Idzhar, the state councillor for education, said "
         "the library had cost RM12 million."),
        ("Raja Salmiah Raja Idzhar", "indirect", "Raja Salmiah said the state would pay for its books."),
    ])


_RALLY = "The Opposition Leader, Mr. Clive Dornan, held a rally in the east of Corvell on Sunday. "


def test_who_is_also_the_office_with_no_commas_gives_the_named_his_words():
    """"Hon. X who is also the Party Leader called on …" (and "… said …"): the relative clause with no commas gives X
    a second office, so X speaks, never the Opposition Leader named before whose office shares the word "Leader" (at
    base both went to him)."""
    body = (_RALLY + "Hon. Ralph Quill who is also the Party Leader called on members to stay calm. Hon. Ralph Quill "
            "who is also the Party Leader said the party would win the seat.")
    assert_statements(body, [
        ("Ralph Quill", "indirect", "Hon. Ralph Quill who is also the Party Leader called on members to stay calm."),
        ("Ralph Quill", "indirect", "Hon. Ralph Quill who is also the Party Leader said the party would win the "
         "seat."),
    ])


def test_who_is_also_with_an_act_stays_narrative():
    """The guard: "Mrs. Y who is also the Party Secretary presented the schedule." is an act (no speech verb), no
    one's statement, though the clause is the same."""
    body = _RALLY + "Mrs. Lorna Bettel who is also the Party Secretary presented the campaign schedule."
    assert_statements(body, [])


_CAMPS = ("Governor Musa Dantoro said the camps would close in March. The Deputy Governor, Mr. Sani Kurgo, chairs "
          "the resettlement committee. ")


def test_the_deputy_of_a_named_governor_is_the_deputy():
    """"The deputy of Governor X is confident that …": the name is the principal's, the belief the deputy's, the
    Deputy Governor named before (at base it went to the governor)."""
    body = (_CAMPS + "The deputy of Governor Dantoro is confident that the camps will be emptied before the schools "
            "resume.")
    assert_statements(body, [
        ("Musa Dantoro", "indirect", "Governor Musa Dantoro said the camps would close in March."),
        ("Sani Kurgo", "indirect", "The deputy of Governor Dantoro is confident that the camps will be emptied before "
         "the schools resume."),
    ])


def test_the_deputy_of_a_named_governor_with_no_deputy_named_is_not_the_governors():
    """The guard: with no deputy named, "The deputy of Governor X said …" is still never the governor's; his own
    sentence stays his."""
    body = ("Governor Musa Dantoro said the camps would close in March. The deputy of Governor Dantoro said the "
            "committee would meet on Friday.")
    assert_statements(body, [
        ("Musa Dantoro", "indirect", "Governor Musa Dantoro said the camps would close in March."),
    ])
