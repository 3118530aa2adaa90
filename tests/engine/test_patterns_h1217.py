"""Rules from the nine-hundred-thirty-first held-out set (the Governor of Ebonyi State, Nigeria, and those at his
meetings, 2017-2023): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_bare_weekday_after_the_appositions_comma_is_when():
    """"Governor of Ebonyi State, Chief X, Tuesday said he has no rift with …" (New Telegraph 2021-02-02): the Nigerian
    press's bare weekday, no "on", right after the comma closing the name's apposition, as "…, on Tuesday said".
    Before, no one's."""
    body = "Governor of Vimar State, Chief Paul Odeko, Tuesday said he has no rift with the Minister of Mines."
    assert_statements(body, [
        ("Paul Odeko", "indirect", body),
    ])


def test_part_of_the_day_after_its_weekday_is_when():
    """"Governor of Ebonyi State, X, on Wednesday night described the recovery of … as “a miracle”" (Daily Post
    2017-07-27): the part of the day after "on <weekday>", stepped over as the weekday is. Before, no one's."""
    body = ("Governor of Vimar State, Paul Odeko, on Wednesday night described the recovery of President Tomas Arvel "
            "as “a miracle”.")
    second = "Senator Lina Marsh on Friday morning said the bridge would open soon."
    assert_statements(body + " " + second, [
        ("Paul Odeko", "indirect", body),
        ("Lina Marsh", "indirect", second),
    ])


def test_a_weekday_in_a_list_is_no_aside():
    """The guard: a weekday after a comma that is no apposition's close ("The market opens Monday, Tuesday said
    nothing") and a night that follows no weekday ("The storm last night destroyed …") step over nothing: no
    statement."""
    body = ("The market of Vimar opened Monday, Tuesday said nothing of the weather. "
            "The storm of the night ruined the harvest in Zelan.")
    assert_statements(body, [])


def test_in_this_video_said_is_where_one_spoke():
    """"Governor X in this video said that … they thanked the President …" (Vanguard 2018-11-25), "X in a video
    message said …": the video one spoke in, with no commas, as "X in a tweet said". Before, no one's."""
    first = "Governor Paul Odeko in this video said they thanked the President for the new bridge."
    second = ("The agenda of the meeting was not made public, but Senator Lina Marsh in a video message said the "
              "talks went well.")
    assert_statements(first + " " + second, [
        ("Paul Odeko", "indirect", first),
        ("Lina Marsh", "indirect", "Senator Lina Marsh in a video message said the talks went well."),
    ])


def test_a_video_as_the_subject_is_no_person():
    """The guard: "The video said …" and "The man in the video said …" name no person: no statement given to anyone
    named."""
    body = ("Governor Paul Odeko of Vimar opened the bridge on Monday. "
            "The video said the bridge was finished in May.")
    assert_statements(body, [])


def test_dispelled_the_speculation_is_a_denial():
    """"Senator X …, dispelled the speculation of a possible faceoff between him and the governor …" (Vanguard
    2020-11-22), "debunked the reports that …": a denial voiced, as "dismissed the reports". Before, no statement."""
    first = "Senator Lina Marsh dispelled the speculation of a possible rift between her and the governor."
    second = "Governor Paul Odeko debunked the reports that he had left the party."
    assert_statements(first + " " + second, [
        ("Lina Marsh", "indirect", first),
        ("Paul Odeko", "indirect", second),
    ])


def test_dispelled_the_fog_is_no_denial():
    """The guard: "dispelled the fear of the flood" by an act, "debunked a myth" with no talk noun: no statement."""
    body = ("Governor Paul Odeko opened the dam in Zelan on Monday. "
            "The new dam dispelled the fog over the valley and Odeko debunked a myth about the river.")
    assert_statements(body, [])
