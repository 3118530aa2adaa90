"""Helper h1021 (styles55, culture ministries' and cultural institutions' meetings): an artist named by her art in lower
case before her name ("… by the artist X. The artist, who …, said …"; "the poet X … The poet said …") is that person,
as "the actor" was; and two callings in lower case joined by "and" before one name ("British actor and playwright X
discussed …") are one person's, not a pair."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_artist_named_before_her_name_is_she():
    body = (
        "The Minister of Culture of Verlance, Mr. Tobin Aschery, opened the pavilion, which shows the installation "
        "\"Tide Lines\" by the artist Mirela Quandt.\n\n"
        "The artist, who spent two years on the coast, said the work was about \"the sea we forget\". She thanked the "
        "Ministry for its support."
    )
    assert_statements(body, [
        ("Mirela Quandt", "indirect",
         "The artist, who spent two years on the coast, said the work was about \"the sea we forget\"."),
        ("Mirela Quandt", "indirect", "She thanked the Ministry for its support."),
    ])


def test_the_poet_named_before_his_name_is_he():
    body = (
        "The festival opened on Friday with a reading by the poet Anzel Marrowby in the old market of Tessing.\n\n"
        "The poet said the town had given him \"every line I ever wrote\"."
    )
    assert_statements(body, [
        ("Anzel Marrowby", "indirect", "The poet said the town had given him \"every line I ever wrote\"."),
    ])


def test_two_lower_case_callings_before_one_name_are_one_person():
    body = (
        "The embassy hosted a screening of the film \"Harbour Lights\" on Tuesday.\n\n"
        "British actor and director Derwin Okolly discussed why he believes the theatre is the town's square."
    )
    assert_statements(body, [
        ("Derwin Okolly", "indirect",
         "British actor and director Derwin Okolly discussed why he believes the theatre is the town's square."),
    ])


def test_an_artist_unnamed_stays_no_one():
    # guard: a bare "the artist" with no artist named is no one's (as on main)
    body = (
        "Minister Tobin Aschery opened the exhibition \"Tide Lines\" in Verlance on Monday.\n\n"
        "The artist said the work was about the sea."
    )
    assert_statements(body, [])


def test_a_name_and_the_painter_y_are_a_pair():
    # "X and the painter Y": the painter a person of her own, so the two together, no one's statement (main gave it
    # to Y alone)
    body = (
        "Minister Tobin Aschery opened the exhibition \"Tide Lines\" in Verlance on Monday.\n\n"
        "Mr. Aschery and the painter Mirela Quandt said the show would travel to Dunmere."
    )
    assert_statements(body, [])
