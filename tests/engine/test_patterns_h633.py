"""Rules from the four-hundred-seventy-first held-out set (Liberia's Executive Mansion: emansion.gov.lr, its releases
as APO Group and allAfrica carry them): invented readouts, invented people and countries."""

from __future__ import annotations

import pytest

from .test_patterns import assert_statements


def test_a_headline_off_to_a_place_names_no_person_off():
    """"Liberia: President Weah Off to Abuja, Nigeria" (allAfrica, Government of Liberia): the headline's "Off" before
    "to" is the journey's "is off to", not a surname. Before, the title made one person "Weah Off", who took the
    body's "Madam Weah", the First Lady named in full further on, and her words with it."""
    body = ("President Peter Tellis has departed the country for Varna for a one-day State visit.\n\n"
            "Meanwhile, First Lady Madam Marie Tellis also departed the country on Sunday for Osk to attend a "
            "symposium on women football. Prior to her departure on Sunday, Madam Tellis told reporters the forum "
            "will help her make the case for Norland.")
    result = assert_statements(body, [
        ("Marie Tellis", "indirect", ("Prior to her departure on Sunday, Madam Tellis told reporters the forum will "
                                     "help her make the case for Norland.")),
    ], title="Norland: President Tellis Off to Varna, Osland")
    assert not any(sp.name.endswith(" Off") for sp in result.speakers)


@pytest.mark.parametrize("verb", ["Returns Home From", "Leaves for", "Departs for"])
def test_a_journey_headline_verb_parts_the_host_from_the_place(verb):
    """"Liberia: President Boakai Returns Home From Ghana After A Brief Working Visit" (APO Group, the Executive
    Mansion): a journey's verb in the present tense ("Returns", "Leaves", "Departs") parts the host from
    where he goes, as "Meets" does, so the title names the host, whom the body's bare "the President" means. Before,
    the run made one person of host, verb and place, and "the President" went to the other President the sentence
    names ("as well as the visitation by the Ghanaian Leader, President X")."""
    body = ("His Excellency Arno Tellis, President of the Republic of Norland returns home following a brief working "
            "visit to Osland. While away, he held talks with members of the Osland Government.\n\n"
            "During his meeting with his Osland counterparts, the President extended appreciation for the support "
            "received during his inauguration as well as the visitation by the Osland Leader, President Ivo Marr.")
    assert_statements(body, [
        ("Arno Tellis", "indirect", ("During his meeting with his Osland counterparts, the President extended "
                                    "appreciation for the support received during his inauguration as well as the "
                                    "visitation by the Osland Leader, President Ivo Marr.")),
    ], title=f"Norland: President Tellis {verb} Osland After A Brief Working Visit")


def test_taking_leave_with_a_wish_is_said():
    """"The Ghanaian President then took leave of President Boakai wishing him well on his Inauguration …" (APO Group,
    the Executive Mansion): a leave-taking whose words a speech participle after the one left names is a farewell
    said, as "ended the conversation by wishing …". Before, the sentence was narrative and given to no one."""
    body = ("The President of Osland, His Excellency Ivo Marr paid a courtesy visit to President Arno Tellis at his "
            "residence. The two Presidents discussed Osland-Norland relations. The Osland President then took leave "
            "of President Tellis wishing him well on his Inauguration as Norland's 26th President.")
    assert_statements(body, [
        ("Ivo Marr", "indirect", ("The Osland President then took leave of President Tellis wishing him well on his "
                                 "Inauguration as Norland's 26th President.")),
    ])


def test_a_bare_leave_taking_stays_narrative():
    """The guard: "took leave of X" with no speech participle after it is an act told, and stays narrative."""
    body = ("The President of Osland, His Excellency Ivo Marr paid a courtesy visit to President Arno Tellis at his "
            "residence. The Osland President then took leave of President Tellis and returned to the airport.")
    assert_statements(body, [])


def test_leave_of_absence_is_no_farewell():
    """The guard: "took leave of absence" names no one left and no words: narrative."""
    body = "Minister Lena Osk took leave of absence from the cabinet for a month, starting in May."
    assert_statements(body, [])


def test_a_city_and_country_dateline_with_a_hyphen_is_no_part_of_the_statement():
    """"Monrovia, Liberia - President X has expressed sincere gratitude …" (emansion.gov.lr): a mixed-case dateline,
    a city and its country then a spaced hyphen, opens the paragraph and is no one's words. Before, it was read as
    the opening of the statement (and "Liberia - President X" as a form of the speaker's name)."""
    body = ("Varna, Norland - President Arno Tellis has expressed sincere gratitude on behalf of the Norland people to "
            "President Ivo Marr for the support he continues to render. The President spoke today in Osk.")
    assert_statements(body, [
        ("Arno Tellis", "indirect", ("President Arno Tellis has expressed sincere gratitude on behalf of the Norland "
                                     "people to President Ivo Marr for the support he continues to render.")),
    ])


def test_a_name_and_office_before_a_comma_is_no_dateline():
    """The guard: a paragraph that opens with a name and office joined by a comma and no spaced hyphen keeps its
    opening words."""
    body = "Arno Tellis, President of Norland, thanked President Ivo Marr for the support he continues to render."
    assert_statements(body, [
        ("Arno Tellis", "indirect",
         "Arno Tellis, President of Norland, thanked President Ivo Marr for the support he continues to render."),
    ])


def test_a_quotation_that_lost_its_opening_mark_begins_after_said_and_a_colon():
    """"Continuing the Ambassador … of Egypt said: As I entered the country, I see the road construction, … peaceful
    transfer of power.”" (APO Group, the Executive Mansion): the quotation lost its opening mark, but "said:" says
    where it begins, as "said: “…”" would; the introducing words are no part of it. Before, the quotation was read
    from the paragraph's start, the introducing words with it."""
    body = ("For his part, Ambassador Ivo Marr thanked President Arno Tellis for the warm reception.\n\n"
            "Continuing the Ambassador of Osland said: As I entered the country, I saw the new roads. Osland is "
            "proud of you.\"")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "For his part, Ambassador Ivo Marr thanked President Arno Tellis for the warm reception."),
        ("Ivo Marr", "direct", "As I entered the country, I saw the new roads. Osland is proud of you."),
    ])
