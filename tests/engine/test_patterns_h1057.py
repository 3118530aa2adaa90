"""Helper h1057 (eighthundredthird, the Governor of Montana as outlets print him): an opinion told as "considered X a
significant basis for …" (a view held, as "considered X important"), not "considered the matter a second time"; and
"said at the time" with a clause after it ("… and said at the time talks were underway …": when, then what he said),
not "said this at the time of the meeting" (only when); and the one introduced speaking in the ", who …" clause after
the name ("X introduced Consul General Y, who spoke about …", as one heard from), not when the clause tells no speech."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_considered_a_thing_a_basis_is_a_view():
    body = (
        "President Lena Varro received Governor Paul Dresner in Belmont.\n\n"
        "Meanwhile, Dresner considered farm trade a significant basis for the Belmont-Ostrava relations, as both enjoy "
        "close ties in farming."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "Meanwhile, Dresner considered farm trade a significant basis for the Belmont-Ostrava relations, as both enjoy "
         "close ties in farming."),
    ])


def test_considered_the_matter_a_second_time_is_no_view():
    body = (
        "President Lena Varro received Governor Paul Dresner in Belmont.\n\n"
        "Dresner considered the matter a second time in March."
    )
    assert_statements(body, [])


def test_said_at_the_time_then_a_clause_is_a_report():
    body = (
        "Governor Paul Dresner hosted a trade delegation from Ostrava in Belmont.\n\n"
        "Dresner led a delegation of business owners to Ostrava in September and said at the time talks were "
        "underway to bring investors to the state."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect",
         "Dresner led a delegation of business owners to Ostrava in September and said at the time talks were "
         "underway to bring investors to the state."),
    ])


def test_said_at_the_time_of_a_meeting_is_only_when():
    body = (
        "Governor Paul Dresner hosted a trade delegation from Ostrava in Belmont.\n\n"
        "“We need new roads,” Dresner said.\n\n"
        "Dresner said this at the time of the meeting."
    )
    assert_statements(body, [
        ("Paul Dresner", "direct", "We need new roads"),
    ])


def test_the_one_introduced_speaks_in_the_who_clause():
    body = (
        "Minister Anna Lorvik visited Belmont for a trade reception.\n\n"
        "Governor Paul Dresner introduced Consul General Iyori Makoto, who spoke about the importance of continued "
        "cooperation."
    )
    assert_statements(body, [
        ("Iyori Makoto", "indirect",
         "Governor Paul Dresner introduced Consul General Iyori Makoto, who spoke about the importance of continued "
         "cooperation."),
    ])


def test_the_one_introduced_with_no_speech_in_the_clause_is_narrative():
    body = (
        "Minister Anna Lorvik visited Belmont for a trade reception.\n\n"
        "Governor Paul Dresner introduced Consul General Iyori Makoto, who arrived in Belmont on Monday."
    )
    assert_statements(body, [])
