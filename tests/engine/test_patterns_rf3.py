"""Review rf3 of stop 70's merged rules (h1212, fx73, h1217, h1218, h1219): mends of outputs a new rule made worse than
base, each with its guard; invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_name_set_off_after_an_office_is_that_offices_holder():
    """h1219's `_holder_set_off_before_the_verb` gave the envoy's words to the President named in apposition to his
    office ("The envoy sent to Vimar by the President of Zelan, Lina Marsh, on Tuesday said …"): the name is the
    President's, the envoy no one named. Before the mend, Lina Marsh's; at base, no one's."""
    body = ("The talks were held in Zelan.\n\n"
            "The envoy sent to Vimar by the President of Zelan, Lina Marsh, on Tuesday said the border would open.")
    assert_statements(body, [])


def test_a_name_set_off_after_a_body_still_holds_the_office():
    """The guard: after a body, not an office ("The mediator sent to Vimar by the bloc, Tomas Arvel, on Tuesday said
    …"), the name set off before the verb is the mediator's, who speaks."""
    second = "The mediator sent to Vimar by the bloc, Tomas Arvel, on Tuesday said the talks would resume."
    assert_statements("The talks were held in Zelan.\n\n" + second, [
        ("Tomas Arvel", "indirect", second),
    ])


def test_a_video_that_shows_a_relative_clauses_object_is_no_place_spoken():
    """h1217's video aside ("X in this video said …") was stepped over after a relative clause's object ("A woman who
    stood beside Governor Paul Odeko in the video said …", "The crowd that cheered Senator Lina Marsh in a video clip
    said …"), giving the governor and the senator words of those shown with them. The woman and the crowd are no one
    named: no statement, as at base. Before the mend, Paul Odeko's and Lina Marsh's."""
    body = ("The talks opened in Vimar on Monday.\n\n"
            "A woman who stood beside Governor Paul Odeko in the video said her son was taken by soldiers.\n\n"
            "The crowd that cheered Senator Lina Marsh in a video clip said they wanted her to run again.")
    assert_statements(body, [])


def test_a_subject_in_a_video_still_speaks():
    """The guard: the subject himself right before the video aside ("Senator Tomas Arvel in the video said …",
    "Governor Rita Fell in a video message urged …") still speaks."""
    first = "Senator Tomas Arvel in the video said he was not afraid of the vote."
    second = "Governor Rita Fell in a video message urged the farmers of Kora to stay calm."
    assert_statements("The talks opened in Vimar on Monday.\n\n" + first + "\n\n" + second, [
        ("Tomas Arvel", "indirect", first),
        ("Rita Fell", "indirect", second),
    ])
