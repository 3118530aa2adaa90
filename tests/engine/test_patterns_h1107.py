"""Helper h1107 (eighthundredfortythird, the Chairman of the Supreme Majlis of the Nakhchivan Autonomous Republic):
a date fronted before a subject whose office follows its comma with no comma closing it ("On 1 July 2019 Mr. X,
Chairman of the Supreme Assembly of Y met with …") still gives the name that office, so that "Chairman of the Supreme
Assembly expressed …" and "Mr. Chairman noted …" are his; an uncued quotation right after a group's sentence of the
same paragraph ("They noted that …, describing …. "…"") is the group's words, no one's, not the last speaker's."""

from __future__ import annotations

from .test_patterns import assert_statements, run

_MET_ON_A_DATE = (
    "On 3 March 2021 Mr. Arvid Kessel, Chairman of the Supreme Assembly of Norvalia Autonomous Republic met with "
    "Tomas Belvik, Ambassador Extraordinary and Plenipotentiary of Quarnesia.\n\n"
    "Chairman of the Supreme Assembly expressed his satisfaction over meeting with the ambassador.\n\n"
    "Mr. Chairman noted that the autonomous republic is fully provided with local production.\n\n"
    "Tomas Belvik said he would increase his efforts in the upcoming period."
)


def test_a_fronted_date_before_a_subject_whose_office_is_left_unclosed():
    assert_statements(_MET_ON_A_DATE, [
        ("Arvid Kessel", "indirect",
         "Chairman of the Supreme Assembly expressed his satisfaction over meeting with the ambassador."),
        ("Arvid Kessel", "indirect",
         "Mr. Chairman noted that the autonomous republic is fully provided with local production."),
        ("Tomas Belvik", "indirect", "Tomas Belvik said he would increase his efforts in the upcoming period."),
    ])


def test_a_fronted_date_with_its_comma_and_the_month_first():
    body = _MET_ON_A_DATE.replace("On 3 March 2021 Mr.", "On March 3, 2021, Mr.")
    assert_statements(body, [
        ("Arvid Kessel", "indirect",
         "Chairman of the Supreme Assembly expressed his satisfaction over meeting with the ambassador."),
        ("Arvid Kessel", "indirect",
         "Mr. Chairman noted that the autonomous republic is fully provided with local production."),
        ("Tomas Belvik", "indirect", "Tomas Belvik said he would increase his efforts in the upcoming period."),
    ])


def test_guard_a_fronted_phrase_that_is_no_date_gives_no_office():
    # guard: "On the visit of Mr. X, Chairman of … met with …" opens with no date: the name is no subject there, and
    # the office is not given to him (nor the statements after it)
    body = _MET_ON_A_DATE.replace("On 3 March 2021 Mr. Arvid Kessel,", "On the visit of Mr. Arvid Kessel,")
    result = run(body)
    speakers = {s.speaker for s in result.statements if s.text.startswith(("Chairman of", "Mr. Chairman"))}
    assert "Arvid Kessel" not in speakers


_GROUP_THEN_QUOTATION = (
    "Chairman of the Assembly of Norvalia Arvid Kessel has met with Prime Minister of Quarnesia Tomas Belvik.\n\n"
    "Arvid Kessel highlighted the history of the Republic and its modern development.\n\n"
    "They noted that friendship and brotherly relations are developing, describing this relationship as exemplary. "
    "\"Norvalia and Quarnesia are constantly supporting each other on the international scene.\"\n\n"
    "Tomas Belvik hailed the development of the Republic."
)


def test_an_uncued_quotation_after_a_groups_sentence_is_no_ones():
    assert_statements(_GROUP_THEN_QUOTATION, [
        ("Arvid Kessel", "indirect", "Arvid Kessel highlighted the history of the Republic and its modern development."),
        ("Tomas Belvik", "indirect", "Tomas Belvik hailed the development of the Republic."),
    ])


def test_guard_an_uncued_quotation_after_a_persons_sentence_stays_his():
    body = _GROUP_THEN_QUOTATION.replace("They noted that", "Arvid Kessel noted that")
    assert_statements(body, [
        ("Arvid Kessel", "indirect", "Arvid Kessel highlighted the history of the Republic and its modern development."),
        ("Arvid Kessel", "indirect", "Arvid Kessel noted that friendship and brotherly relations are developing, "
                                     "describing this relationship as exemplary."),
        ("Arvid Kessel", "direct", "Norvalia and Quarnesia are constantly supporting each other on the international "
                                   "scene."),
        ("Tomas Belvik", "indirect", "Tomas Belvik hailed the development of the Republic."),
    ])


def test_guard_an_uncued_quotation_after_a_quoted_sentence_of_they_stays_the_speakers():
    # guard: "“… They showed …,” Mr X stressed. “…”": the "They" sentence before is inside his quotation, no group's
    body = (
        "Arvid Kessel visited the Training Centre.\n\n"
        "\u201cPeople who ensured the breakthrough were trained here. They showed by their work that the project is "
        "indispensable,\u201d Mr Kessel stressed. \u201cProgress cannot be achieved without its development.\u201d"
    )
    assert_statements(body, [
        ("Arvid Kessel", "direct", "People who ensured the breakthrough were trained here. They showed by their work "
                                   "that the project is indispensable,"),
        ("Arvid Kessel", "direct", "Progress cannot be achieved without its development."),
    ])
