"""Helper h1050 (hard79, constructions that part a speaker from the words): "According to" an office of a body named
in lower case with its possessive and set off before its holder's name ("According to the committee's chairman, Mr.
X, the Minister also said …"): the holder's account, as GOLD-FORMAT's "According to X, …" is X's; a bare "According
to the ministry's spokesman, …" with no name after it stays as it was."""

from __future__ import annotations

from .test_patterns import assert_statements

_LEDE = (
    "The Committee on Roads of the Assembly of Orlavia on Tuesday heard the Minister of Transport, Ms. Ysmene "
    "Kadrovar, on the ferry timetable.\n\n"
)


def test_a_bodys_office_set_off_before_its_holders_name_is_the_source():
    body = _LEDE + (
        "According to the committee's chairman, Mr. Perrin Ostwald, the Minister also said that the timetable "
        "would be reviewed in May."
    )
    assert_statements(body, [
        ("Perrin Ostwald", "indirect",
         "According to the committee's chairman, Mr. Perrin Ostwald, the Minister also said that the timetable "
         "would be reviewed in May."),
    ])


def test_a_two_word_office_with_a_doctors_name_is_the_source():
    body = _LEDE + (
        "According to the district's medical officer, Dr. Anselm Vintrey, the Minister promised two more ferries."
    )
    assert_statements(body, [
        ("Anselm Vintrey", "indirect",
         "According to the district's medical officer, Dr. Anselm Vintrey, the Minister promised two more ferries."),
    ])


def test_a_bodys_office_with_no_name_after_it_stays_as_it_was():
    body = _LEDE + "According to the committee's chairman, the Minister also said that the timetable would change."
    assert_statements(body, [
        ("Ysmene Kadrovar", "indirect",
         "According to the committee's chairman, the Minister also said that the timetable would change."),
    ])
