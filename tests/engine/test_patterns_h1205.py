"""Rules from the nine-hundred-twenty-second held-out set (the Governor of Kogi State, Nigeria, and those at his
meetings, 2019-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_MEETING = "Governor Paul Odeko of Vimar State met the seven aspirants to the throne at Government House on Friday. "
_VISIT = "Governor Paul Odeko of Vimar State visited President Tomas Arvel in Zelan on Tuesday. "


def test_meeting_aside_then_a_stray_comma_before_the_verb():
    """"Governor Bello in his speech, urged the aspirants to support …" (Tribune 2024-01-07): "in his speech" between
    the subject and the verb with only its closing comma, read as "X, in his speech, urged …". Before, no one's."""
    body = (_MEETING + "Governor Odeko in his speech, urged the aspirants to support whomever is appointed. "
            "He in his remarks, thanked the elders for their patience.")
    assert_statements(body, [
        ("Paul Odeko", "indirect", "Governor Odeko in his speech, urged the aspirants to support whomever is appointed."),
        ("Paul Odeko", "indirect", "He in his remarks, thanked the elders for their patience."),
    ])


def test_opening_aside_and_a_group_stay_as_they_were():
    """The guard: "In his speech, X urged …" (an opening aside with its comma) stays his, and "The governors in their
    talks, agreed …" (a group) stays no one's."""
    body = (_MEETING + "In his speech, Odeko urged the aspirants to keep the peace. "
            "The governors in their talks, agreed to meet again.")
    assert_statements(body, [
        ("Paul Odeko", "indirect", "In his speech, Odeko urged the aspirants to keep the peace."),
    ])


def test_capitalised_office_after_his_is_the_names_office():
    """"A statement by his Chief Press Secretary, Onogwu Mohammed, said …" then "The spokesman noted …" and "The CPS
    added …" (The Nation 2022-02-16): the capitalised office after "his" is the enclosed name's, as after "the". Before,
    he had no office and "the spokesman" was no one."""
    body = (_VISIT + "A statement by his Chief Press Secretary, Ivo Marten, said the talks went well. "
            "The spokesman noted that the President received the Governor with joy. "
            "The CPS added that the two leaders would meet again.")
    assert_statements(body, [
        ("Ivo Marten", "indirect", "A statement by his Chief Press Secretary, Ivo Marten, said the talks went well."),
        ("Ivo Marten", "indirect", "The spokesman noted that the President received the Governor with joy."),
        ("Ivo Marten", "indirect", "The CPS added that the two leaders would meet again."),
    ])


def test_his_excellency_is_no_office():
    """The guard: "by his Excellency, X," is a style, not an office; "the spokesman" after it stays no one's."""
    body = (_VISIT + "A statement by his Excellency, Ivo Marten, said the talks went well. "
            "The spokesman noted that the President received the Governor with joy.")
    assert_statements(body, [
        ("Ivo Marten", "indirect", "A statement by his Excellency, Ivo Marten, said the talks went well."),
    ])


def test_quoted_that_clause_after_the_listeners_holds_no_clause_of_its_own():
    """"The Governor told journalists after the two meetings,that “my visit to Zaria today is like homecoming. They
    raised me, educated me, … .”" (Vanguard 2021-10-10): the quotation opened after "that", the listeners and the
    time between the verb and "that"; "They raised me" inside it is the speaker's words, no group's cue. Before, the
    whole report was dropped."""
    quoted = ("The Governor told journalists after the two meetings, that “my visit to Zelan today is like homecoming. "
              "They raised me, educated me and nurtured me. I am here to pay homage.”")
    body = _VISIT + quoted
    assert_statements(body, [
        ("Paul Odeko", "indirect", quoted),
    ])


def test_unquoted_that_clause_with_a_group_stays_as_it_was():
    """The guard: with no quotation after "that", a later clause of others keeps its own reading ("… that the elders
    raised the matter" is no statement of the elders, and the Governor's report stays whole)."""
    body = _VISIT + "The Governor told journalists after the meeting that the elders raised the matter of the road."
    assert_statements(body, [
        ("Paul Odeko", "indirect", "The Governor told journalists after the meeting that the elders raised the matter "
         "of the road."),
    ])
