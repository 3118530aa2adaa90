"""Helper h1050 (hard79, constructions that part a speaker from the words): "According to" an office of a body named
in lower case with its possessive and set off before its holder's name ("According to the committee's chairman, Mr.
X, the Minister also said …"): the holder's account, as GOLD-FORMAT's "According to X, …" is X's; a bare "According
to the ministry's spokesman, …" with no name after it stays as it was; a quotation cut by its tag at a paragraph break ("“…,”" / "Dr. X said,
“but …”"): the first half is the tag's speaker's, not the last speaker's it was carried on to."""

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


_CLINIC = (
    "LORRACH -- The head of the Western Health Board, Dr. Tamsin Oberwald, on Friday visited two clinics with the "
    "district medical officer, Dr. Bertram Quayle.\n\n"
    "Quayle said the clinics had run out of salts twice in June.\n\n"
)


def test_a_quotation_cut_by_its_tag_at_a_paragraph_break_is_the_tags_speakers():
    body = _CLINIC + (
        "“We have the vaccine and we have the nurses,”\n\n"
        "Dr. Oberwald said, “but what we do not have is clean water in every village.”"
    )
    assert_statements(body, [
        ("Bertram Quayle", "indirect", "Quayle said the clinics had run out of salts twice in June."),
        ("Tamsin Oberwald", "direct", "We have the vaccine and we have the nurses,"),
        ("Tamsin Oberwald", "direct", "but what we do not have is clean water in every village."),
    ])


def test_a_whole_quotation_closed_by_its_stop_stays_the_last_speakers():
    body = _CLINIC + (
        "“We have run out of salts before and we will again.”\n\n"
        "Dr. Oberwald said, “what we do not have is clean water in every village.”"
    )
    assert_statements(body, [
        ("Bertram Quayle", "indirect", "Quayle said the clinics had run out of salts twice in June."),
        ("Bertram Quayle", "direct", "We have run out of salts before and we will again."),
        ("Tamsin Oberwald", "direct", "what we do not have is clean water in every village."),
    ])
