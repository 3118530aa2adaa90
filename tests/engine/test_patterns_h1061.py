"""Helper h1061 (eighthundredseventh, the Governor of Arkansas as outlets print her and him): an office named before
it is taken up, "Governor-elect X", an office and not part of the name (as "President-elect X"); a closing ", as
stated by X" with his office set off by a comma and where he spoke after it ("…, as stated by X, governor of Y state
in a recent interview."), not one with a clause after the agent; and a quotation led in by a speech verb with the
occasion between the verb and the comma ("He commented during the interview when in Osk last week, “…”"), not
one where "that" follows the occasion."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_governor_elect_is_an_office_not_part_of_the_name():
    body = (
        "Governor-elect Mara Quill met with Governor Tomas Vell at the Governor’s Mansion.\n\n"
        "Governor-elect Quill thanked the Governor for his years of service."
    )
    result = assert_statements(body, [
        ("Mara Quill", "indirect", "Governor-elect Quill thanked the Governor for his years of service."),
    ])
    assert [s.speaker for s in result.statements] == ["Mara Quill"]


def test_a_governor_without_elect_keeps_the_office_apart_as_before():
    body = (
        "Governor Mara Quill met with Mayor Tomas Vell in Brisk.\n\n"
        "Governor Quill thanked the Mayor for his years of service."
    )
    result = assert_statements(body, [
        ("Mara Quill", "indirect", "Governor Quill thanked the Mayor for his years of service."),
    ])
    assert [s.speaker for s in result.statements] == ["Mara Quill"]


def test_as_stated_by_with_office_and_occasion_closing_the_sentence():
    body = (
        "Governor Tomas Vell visited Osk with a trade delegation.\n\n"
        "Trade opportunities between Velmar and Osk are “historic”, as stated by Tomas Vell, governor of Brisk state "
        "in Velmar in a recent interview."
    )
    assert_statements(body, [
        ("Tomas Vell", "indirect",
         "Trade opportunities between Velmar and Osk are “historic”, as stated by Tomas Vell, governor of Brisk state "
         "in Velmar in a recent interview."),
    ])


def test_as_stated_by_with_only_an_occasion():
    body = (
        "Governor Tomas Vell visited Osk with a trade delegation.\n\n"
        "Trade ties with Osk are strong, as stated by Tomas Vell in an interview."
    )
    assert_statements(body, [
        ("Tomas Vell", "indirect", "Trade ties with Osk are strong, as stated by Tomas Vell in an interview."),
    ])


def test_as_stated_by_then_a_clause_of_its_own_stays_unread():
    body = (
        "Governor Tomas Vell visited Osk with a trade delegation.\n\n"
        "The port was opened in May, as stated by Tomas Vell in March while the ships were waiting."
    )
    result = run(body)
    assert [s.text for s in result.statements if s.speaker == "Tomas Vell"] == []


def test_quotation_led_in_after_the_occasion_of_the_verb():
    body = (
        "Governor Tomas Vell visited Osk with a trade delegation.\n\n"
        "He commented during the interview when in Osk last week, “I think we have laid an incredible foundation "
        "for the future.”"
    )
    assert_statements(body, [
        ("Tomas Vell", "direct", "I think we have laid an incredible foundation for the future."),
    ])


def test_occasion_then_that_stays_a_report():
    body = (
        "Governor Tomas Vell visited Osk with a trade delegation.\n\n"
        "He said during the meeting that, “in many ways” the talks had gone well."
    )
    result = run(body)
    texts = [s.text for s in result.statements if s.speaker == "Tomas Vell"]
    assert texts and all(t.startswith("He said during the meeting") for t in texts)


def test_made_observations_about_is_a_remark():
    body = (
        "Governor Tomas Vell called home from Osk this morning.\n\n"
        "He made positive observations about the country, including a low crime rate."
    )
    assert_statements(body, [
        ("Tomas Vell", "indirect", "He made positive observations about the country, including a low crime rate."),
    ])


def test_made_observations_with_no_topic_stays_narrative():
    body = (
        "Governor Tomas Vell visited the observatory in Osk.\n\n"
        "He made observations of the night sky with the staff."
    )
    result = run(body)
    assert [s.text for s in result.statements if s.speaker == "Tomas Vell"] == []


def test_went_on_to_provide_reasons_carries_speech_on():
    body = (
        "Governor Tomas Vell met with reporters after his trip to Osk.\n\n"
        "“I am more confident than ever,” said Governor Vell.\n\n"
        "He went on to provide two main reasons for his optimism."
    )
    assert_statements(body, [
        ("Tomas Vell", "direct", "I am more confident than ever"),
        ("Tomas Vell", "indirect", "He went on to provide two main reasons for his optimism."),
    ])


def test_went_on_to_provide_funds_is_no_speech():
    body = (
        "Governor Tomas Vell met with farmers in Osk.\n\n"
        "He went on to provide two main grants for the farms."
    )
    result = run(body)
    assert [s.text for s in result.statements if s.speaker == "Tomas Vell"] == []
