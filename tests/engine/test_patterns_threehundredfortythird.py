"""Readings of real Ukrainian President's Office text of stop 35 (three-hundred-forty-third): English news of
president.gov.ua, 2021-2022, in the corpus's joined shape.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_stated_this_speaking_with_gives_only_the_occasion():
    """"The Head of State stated this, speaking with media representatives at the conference …" (three-hundred-forty-third
    72217): "this" and a participle of speaking say only where he spoke; the sentence is narrative, the lead his."""
    body = (
        "President of Kaldoria Oren Vask reiterates that Kaldoria is ready to negotiate in any format. "
        "The Head of State stated this, speaking with media representatives at the conference of ambassadors in Vestra. "
        "The President said that the talks were under way."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "President of Kaldoria Oren Vask reiterates that Kaldoria is ready to negotiate in any format."),
        ("Oren Vask", "indirect", "The President said that the talks were under way."),
    ], title="Kaldoria is ready for talks - President")


def test_stated_this_then_a_that_clause_still_speaks():
    """Guard: "stated this, adding that …" is no occasion: the sentence stays his statement."""
    body = (
        "President of Kaldoria Oren Vask met with the ambassadors in Vestra. "
        "The President stated this, adding that the talks would go on."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "The President stated this, adding that the talks would go on."),
    ], title="President Vask met with the ambassadors")


def test_according_to_him_after_a_report_by_is_the_reporter():
    """"… the Council heard a report by Yurii Shchyhol, Head of the State Service …, on the cyber attack … . According to
    him, …" (three-hundred-forty-third 72529): "him" is the one whose report was heard, named in the sentence just
    before, not the minister who spoke last."""
    body = (
        "President of Kaldoria Oren Vask held a meeting of the Security Council. "
        "For his part, Health Minister Piet Ralo said that new vaccines had been delivered. "
        "In addition, the Council heard a report by Ivo Marten, Head of the State Cyber Service, on the recent attack. "
        "According to him, the law on cyber defense will be amended."
    )
    assert_statements(body, [
        ("Piet Ralo", "indirect", "For his part, Health Minister Piet Ralo said that new vaccines had been delivered."),
        ("Ivo Marten", "indirect", "According to him, the law on cyber defense will be amended."),
    ], title="The Security Council met")


def test_according_to_him_two_sentences_after_a_report_stays_with_the_speaker():
    """Guard: a report named two sentences back, another speaker between: "According to him" is the last speaker's."""
    body = (
        "President of Kaldoria Oren Vask held a meeting of the Security Council. "
        "The Council heard a report by Ivo Marten, Head of the State Cyber Service, on the recent attack. "
        "Health Minister Piet Ralo said that new vaccines had been delivered. "
        "According to him, the hospitals are ready."
    )
    assert_statements(body, [
        ("Piet Ralo", "indirect", "Health Minister Piet Ralo said that new vaccines had been delivered."),
        ("Piet Ralo", "indirect", "According to him, the hospitals are ready."),
    ], title="The Security Council met")


def test_congratulations_from_a_list_of_people_is_a_group():
    """"The Ukrainian diplomats also received congratulations from Head of the Office of the President Andriy X, Chairman
    of the Verkhovna Rada Ruslan Y, Prime Minister Denys Z, and …" (three-hundred-forty-third 72233): the senders are
    a list of people, a group: no one's statement."""
    body = (
        "President of Kaldoria Oren Vask took part in the celebrations of the Day of the Diplomatic Service. "
        "The diplomats also received congratulations from Speaker of Parliament Ivo Marten, Prime Minister Piet Ralo, "
        "and Foreign Minister Lena Dorn. "
        "For his part, Ralo thanked the ambassadors for their work."
    )
    assert_statements(body, [
        ("Piet Ralo", "indirect", "For his part, Ralo thanked the ambassadors for their work."),
    ], title="President Vask congratulated the diplomats")


def test_congratulations_from_one_person_stay_his():
    """Guard: congratulations from one person, an office set after his name, stay his statement."""
    body = (
        "President of Kaldoria Oren Vask took part in the celebrations of the Day of the Diplomatic Service. "
        "The diplomats also received congratulations from Prime Minister Piet Ralo, Head of the Government."
    )
    assert_statements(body, [
        ("Piet Ralo", "indirect",
         "The diplomats also received congratulations from Prime Minister Piet Ralo, Head of the Government."),
    ], title="President Vask congratulated the diplomats")
