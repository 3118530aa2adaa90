"""Errors the weakest older sets left (hundred-ninety-ninth, sixty-fourth, two-hundred-fortieth, fifty-fifth,
hundred-seventy-second) mended with general rules: each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_HEADLINE = "Cooperation with the southern states should grow"


def test_member_states_at_the_end_do_not_stop_the_speech_going_on():
    """hundred-ninety-ninth 35682: "…, Mr Putin said." / "Russia seeks to develop active cooperation with all the
    countries in the Islamic world and with all the Organisation of the Islamic Conference’s member states.":
    "member states" is the noun, no one stating anything, so his words go on into that paragraph."""
    body = ("Ostland will do all it can to keep the peace, President Anton Maric said at a meeting with the "
            "Secretary-General of the Southern League.\n\n"
            "Ostland is home to many people of the southern faith, and they have the right to feel at home, "
            "Mr Maric said.\n\n"
            "The country seeks to develop active cooperation with all the countries of the south and with all the "
            "Southern League’s member states.\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Ostland will do all it can to keep the peace, President Anton Maric said at a "
         "meeting with the Secretary-General of the Southern League."),
        ("Anton Maric", "indirect", "Ostland is home to many people of the southern faith, and they have the right "
         "to feel at home, Mr Maric said."),
        ("Anton Maric", "indirect", "The country seeks to develop active cooperation with all the countries of the south "
         "and with all the Southern League’s member states."),
    ], title=_HEADLINE)


def test_a_body_that_states_still_stops_the_speech_going_on():
    """The guard of the same rule: "The League’s charter states that …" is the charter's word (no "member"
    before "states"): not the President's words carried on."""
    body = ("Ostland will do all it can to keep the peace, President Anton Maric said at a meeting with the "
            "Secretary-General of the Southern League.\n\n"
            "The League’s charter states that every member must keep the peace.\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Ostland will do all it can to keep the peace, President Anton Maric said at a "
         "meeting with the Secretary-General of the Southern League."),
    ], title=_HEADLINE)


def test_a_gerund_subject_and_a_listed_adjective_go_on_with_the_speech():
    """hundred-ninety-ninth 33368: "Making full use of the Urals region’s huge potential requires principally new
    approaches and attractive, promising, new projects, …" after the paragraphs of "…, President Vladimir Putin
    said at a meeting …": "Making full use of" is a gerund ("Making" no one's name), "requires" its verb, and
    "promising" between commas an adjective of a list, not the verb "promising to …": his words go on."""
    body = ("Although the north has immense potential, investment in the region is not high, President Anton Maric "
            "said at a meeting on the development of the Northern District.\n\n"
            "These are all signs of problems in the way the district is run.\n\n"
            "Making full use of the north’s huge potential requires new approaches and attractive, promising, "
            "new projects.\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Although the north has immense potential, investment in the region is not "
         "high, President Anton Maric said at a meeting on the development of the Northern District."),
        ("Anton Maric", "indirect", "These are all signs of problems in the way the district is run."),
        ("Anton Maric", "indirect", "Making full use of the north’s huge potential requires new approaches and "
         "attractive, promising, new projects."),
    ], title=_HEADLINE)


def test_promising_to_act_still_stops_the_speech_going_on():
    """The guard of the same rule: "The Governor replied, promising to build new roads." (the verb, its
    complement at once, someone else's word) is no carry-on of the President's."""
    body = ("Although the north has immense potential, investment in the region is not high, President Anton Maric "
            "said at a meeting on the development of the Northern District.\n\n"
            "The roads are old, promising to build new ones.\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Although the north has immense potential, investment in the region is not "
         "high, President Anton Maric said at a meeting on the development of the Northern District."),
    ], title=_HEADLINE)


def test_during_the_visit_is_no_gerund_subject():
    """The guard of the gerund rule ("Making full use of …", two letters before "-ing"): "During", which it would
    also take, is a preposition; "During the visit the Governor will open a new port." is the readout's news, not
    the President's words carried on."""
    body = ("Although the north has immense potential, investment in the region is not high, President Anton Maric "
            "said at a meeting on the development of the Northern District.\n\n"
            "During the visit the Governor will open a new port.\n")
    assert_statements(body, [
        ("Anton Maric", "indirect", "Although the north has immense potential, investment in the region is not "
         "high, President Anton Maric said at a meeting on the development of the Northern District."),
    ], title=_HEADLINE)
