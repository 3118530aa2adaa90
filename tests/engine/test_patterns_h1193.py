"""Rules from the nine-hundred-eleventh held-out set (the Governor of Machakos County, Kenya, and those who speak at or
of the office's meetings, 2019-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_VISIT = "Governor Amos Kerrin of Velor County met the leaders of Talun on Friday. "


def test_blasted_someone_for_is_a_criticism_voiced():
    """"Machakos Governor, Dr. Alfred Mutua has blasted former Vice President Kalonzo Musyoka for skipping …" (The
    Kenyan DAILY POST 2021-11-12): a criticism voiced, as "slammed". Before, no one's."""
    body = _VISIT + "Kerrin has blasted former Vice President Tolo Mbeki for skipping the meeting in Talun."
    assert_statements(body, [
        ("Amos Kerrin", "indirect", "Kerrin has blasted former Vice President Tolo Mbeki for skipping the meeting in "
         "Talun."),
    ])


def test_a_blast_is_no_statement():
    """The guard: the noun "blasts" and a thing's "blasted" are no one's words."""
    body = _VISIT + "Two blasts shook the market in Talun. The storm blasted the roofs of the market."
    assert_statements(body, [])


def test_names_each_with_a_bracket_joined_by_and_are_a_group():
    """"Governors Julius Malombe (Kitui), Wavinya Ndeti (Machakos) and Mutula Kilonzo Jnr (Makueni) have announced
    that …" (KDRTV 2022-12-13): a list of people, each with a bracketed place, is a group, as the same list with no
    brackets; then one of them speaks alone. Before, the list's last name spoke."""
    body = ("Governors Jon Ame (Kitu), Sara Belo (Macho) and Tim Roe (Maku) have announced that they will work "
            "with the government. Sara Belo revealed that the President had agreed to expand the river commission.")
    assert_statements(body, [
        ("Sara Belo", "indirect", "Sara Belo revealed that the President had agreed to expand the river commission."),
    ])


def test_one_name_with_its_bracket_still_speaks():
    """The guard: a name alone with its bracketed place before the verb speaks."""
    body = "Governor Tim Roe (Maku) announced that the county will build a dam on the river."
    assert_statements(body, [
        ("Tim Roe", "indirect", "Governor Tim Roe (Maku) announced that the county will build a dam on the river."),
    ])


def test_on_the_political_front_between_subject_and_verb_is_a_filler():
    """"Speaking after the Kirinyaga meeting, Mutua on the political front agreed that …" (newstodaykenya): the
    field one spoke on, between the subject and the verb with no commas, as "on the other hand". Before, no one's."""
    body = _VISIT + ("Speaking after the meeting, Kerrin on the political front agreed that our future depends on "
                     "joining hands with others.")
    assert_statements(body, [
        ("Amos Kerrin", "indirect", "Speaking after the meeting, Kerrin on the political front agreed that our future "
         "depends on joining hands with others."),
    ])


def test_the_front_line_is_no_aside():
    """The guard: "on the front" with no field word between is no aside: the soldiers there are the subject."""
    body = _VISIT + "The soldiers on the front said that the roads were closed."
    assert_statements(body, [])
