"""Helper h1072 (eighthundredfourteenth, the Chief Minister of Meghalaya as Indian papers print him): a paper's dateline of
the place in capitals, a comma, the month and day and a colon ("SHILLONG, May 10: …") is in no sentence, so the sentence
opens with its subject ("X met Y …, where he briefed …"), while a transcript's label in capitals stays a label; and
"took up with the minister the issue of …" (the one told before the issue) is raised, as "took up the issue of … with
the minister", not "took up with the rebels in 1990" (nothing raised)."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_capitals_place_month_day_colon_dateline_is_no_sentence():
    body = (
        "VELDHAVEN, May 10: Chief Minister Arno Pellik met Union Defence Minister Tomas Vairan in Marrow on Friday, "
        "where he briefed the senior cabinet member on key issues concerning Veldhaven and conveyed the state’s "
        "gratitude."
    )
    assert_statements(body, [
        ("Arno Pellik", "indirect",
         "Chief Minister Arno Pellik met Union Defence Minister Tomas Vairan in Marrow on Friday, where he briefed the "
         "senior cabinet member on key issues concerning Veldhaven and conveyed the state’s gratitude."),
    ])


def test_capitals_place_month_day_colon_dateline_with_an_abbreviated_month():
    body = (
        "MARROW, Sept 15: Prime Minister Lena Ostrik met Chief Minister Arno Pellik and discussed trade across the "
        "border."
    )
    assert_statements(body, [
        ("Lena Ostrik", "indirect",
         "Prime Minister Lena Ostrik met Chief Minister Arno Pellik and discussed trade across the border."),
    ])


def test_a_transcript_label_in_capitals_stays_a_label():
    body = (
        "Chief Minister Arno Pellik met reporters in Veldhaven.\n\n"
        "CHIEF MINISTER PELLIK: Thank you all for coming today."
    )
    assert_statements(body, [
        ("Arno Pellik", "direct", "Thank you all for coming today."),
    ])


def test_took_up_with_the_minister_the_issue_is_raised():
    body = (
        "Chief Minister Arno Pellik called on Union Minister Tomas Vairan.\n\n"
        "The chief minister took up with the minister the issue of some projects that had been sanctioned under the "
        "hill roads scheme."
    )
    assert_statements(body, [
        ("Arno Pellik", "indirect",
         "The chief minister took up with the minister the issue of some projects that had been sanctioned under the "
         "hill roads scheme."),
    ])


def test_took_up_with_a_named_minister_the_matter_is_raised():
    body = (
        "Chief Minister Arno Pellik called on Union Minister Tomas Vairan.\n\n"
        "Pellik took up with Union Minister Vairan the matter of the border highway."
    )
    assert_statements(body, [
        ("Arno Pellik", "indirect", "Pellik took up with Union Minister Vairan the matter of the border highway."),
    ])


def test_took_up_with_a_group_and_a_date_raises_nothing():
    body = (
        "Chief Minister Arno Pellik called on Union Minister Tomas Vairan.\n\n"
        "Pellik took up with the rebels in 1990 the cause of the valley."
    )
    assert_statements(body, [])
