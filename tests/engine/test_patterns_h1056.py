"""Helper h1056 (eighthundredsecond, the Presidency of Galmudug State as Somali outlets print it): a place glued by an
unspaced hyphen to the office before a name ("… of Velmora-President Dastan": President Dastan, the place no part of
his name), not an office of two words ("Minister-President X", "Vice-President X", "Prime-Minister X"); and a
restrictive relative clause on a plural common noun ("… with the local leaders who reminded them how …"), whose speech
verb is the group's, not the sentence's subject's."""

from __future__ import annotations

from readout_tui.engine import attribute
from readout_tui.engine.name_runs import run_names, title_run

from .test_patterns import assert_statements

_EVENT = (
    "Federal Tarvian president has declared that his young administration has put extra efforts on bringing "
    "stability in Velmora State.\n\n"
    "“We must all unite for the interest of the country” said president Dastan\n\n"
    "Also addressing the event, Velmora state president Oren Kalvik said he updated the president on the needs of "
    "his state."
)


def test_a_place_glued_to_the_office_in_a_title_is_no_part_of_the_name():
    title = "My administration is committed to stability of Velmora-President Dastan"
    result = attribute(_EVENT, title=title)
    speakers = [s.speaker for s in result.statements]
    assert speakers[:2] == ["Dastan", "Dastan"], [(s.speaker, s.text[:40]) for s in result.statements]
    assert speakers[2] == "Oren Kalvik"


def test_the_glued_run_reads_the_office_and_name_after_the_hyphen():
    (phrase,) = title_run("Velmora-President Dastan")
    assert (phrase.role, phrase.name, phrase.start) == ("president", ("Dastan",), len("Velmora-"))
    (phrase,) = run_names("Velmora-President Dastan")
    assert (phrase.role, phrase.name) == ("president", ("Dastan",))


def test_an_office_of_two_hyphenated_words_stays_whole():
    (phrase,) = title_run("Minister-President Aldo Verhaegen")
    assert (phrase.role, phrase.name) == ("minister-president", ("Aldo", "Verhaegen"))
    (phrase,) = title_run("Vice-President Aldo Verhaegen")
    assert (phrase.role, phrase.name) == ("vice-president", ("Aldo", "Verhaegen"))
    (phrase,) = title_run("Prime-Minister Aldo Verhaegen")
    assert phrase.start == 0 and phrase.name[0] == "Prime-Minister"
    (phrase,) = title_run("Anna Smith-Jones")
    assert phrase.name == ("Anna", "Smith-Jones")


def test_a_relative_clause_on_a_plural_noun_is_the_groups():
    body = (
        "President Dastan met Governor Oren Kalvik in Rusk.\n\n"
        "President Dastan who arrived yesterday from Velmora State is having extensive consultation with the local "
        "leaders who reminded them how his government is determined to create peace in Rusk town."
    )
    assert_statements(body, [])


def test_the_subjects_own_verb_after_the_groups_noun_stays_his():
    body = (
        "President Dastan met Governor Oren Kalvik in Rusk.\n\n"
        "President Dastan, who met the local leaders, reminded them that his government is determined to create "
        "peace in Rusk town."
    )
    assert_statements(body, [
        ("Dastan", "indirect",
         "President Dastan, who met the local leaders, reminded them that his government is determined to create "
         "peace in Rusk town."),
    ])
