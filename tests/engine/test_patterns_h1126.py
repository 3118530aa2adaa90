"""Helper h1126 (eighthundredfiftyninth, the Governor of East Kalimantan as outlets print him): a wire's closing tag
with the speaker's office and full name set off by commas ("…, Freedonian Ambassador to Sylvania, Datuk X, said in
Valdoro, East Sylvania, Wednesday.") is that name's, and the place after "said in" is never the inverted speaker; a
subject of two nouns joined by "and" and gathered by "all" or "both" right after a bare "said" ("X said the central
government and regional governments all hoped that …") is inside the speaker's report, not a clause of its own."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_office_and_name_set_off_before_said_in_a_place_is_the_speaker():
    body = (
        "The Freedonian government is assessing investment in the province.\n\n"
        "The Freedonian government saw the rapid progress in the economic development of the province, Freedonian "
        "Ambassador to Sylvania, Datuk Tarin Oskar Belvane, said in Valdoro, East Sylvania, Wednesday."
    )
    assert_statements(body, [
        ("Tarin Oskar Belvane", "indirect",
         "The Freedonian government saw the rapid progress in the economic development of the province, Freedonian "
         "Ambassador to Sylvania, Datuk Tarin Oskar Belvane, said in Valdoro, East Sylvania, Wednesday."),
    ])


def test_office_and_name_set_off_before_said_on_a_day_is_the_speaker():
    body = (
        "The province opened a new port.\n\n"
        "The port will serve the whole region, the Governor of Valdoro, Teodor Anselm Vallin, said on Wednesday."
    )
    assert_statements(body, [
        ("Teodor Anselm Vallin", "indirect",
         "The port will serve the whole region, the Governor of Valdoro, Teodor Anselm Vallin, said on Wednesday."),
    ])


def test_name_right_after_said_is_still_the_inverted_speaker():
    # guard: "said" with the speaker's name right after it (no preposition) stays an inverted tag
    body = (
        "The province opened a new port.\n\n"
        "The port will serve the whole region, said Governor Teodor Anselm Vallin."
    )
    assert_statements(body, [
        ("Teodor Anselm Vallin", "indirect",
         "The port will serve the whole region, said Governor Teodor Anselm Vallin."),
    ])


def test_joined_subject_gathered_by_all_after_bare_said_is_the_speakers():
    body = (
        "Governor Tarin Belvane met the press in Valdoro.\n\n"
        "Governor Belvane said the central government and regional governments all hoped that the whole "
        "community would remain in harmony even with the transfer of the capital."
    )
    assert_statements(body, [
        ("Tarin Belvane", "indirect",
         "Governor Belvane said the central government and regional governments all hoped that the whole "
         "community would remain in harmony even with the transfer of the capital."),
    ])


def test_gathered_subject_after_a_comma_and_and_is_its_own_clause():
    # guard: "all" after ", and" opens a clause of its own, a group's; the speaker's report ends before it
    body = (
        "Governor Tarin Belvane met the press in Valdoro.\n\n"
        "Governor Belvane said the talks went well, and the two sides all hoped that the community would remain "
        "in harmony."
    )
    assert_statements(body, [
        ("Tarin Belvane", "indirect", "Governor Belvane said the talks went well"),
    ])
