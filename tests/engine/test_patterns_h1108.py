"""Helper h1108 (eighthundredfortyfourth, the Governor of Alabama and those the office meets): a host's welcome of a
guest named by an office in lower case ("welcomed the ambassador from X to <Place>"); a courtesy call whose purpose
("to learn about …") runs on to the sentence's end; a present "tells" and a listener with no article or a station's
number before a quotation; a name's indefinite description left open before the verb; "called X <word of praise>"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_host_welcomes_an_envoy_named_in_lower_case_to_a_place():
    body = (
        "Governor Lina Varo welcomed the ambassador from Zorvia to Brellmont Wednesday.\n\n"
        "Governor Varo says it is essential that the trade deal be signed by year's end."
    )
    assert_statements(body, [
        ("Lina Varo", "indirect", "Governor Varo says it is essential that the trade deal be signed by year's end."),
    ])


def test_a_welcome_followed_by_a_wish_is_still_a_statement():
    # guard: a second verb after the place keeps the sentence a report (hard82's "welcomed the ambassador to X and
    # wished her success"), and a thing welcomed in words stays one: "the president of Ruritania's invitation to
    # <Place>", an office, its country and a possessive before "to" and a capital (an "ambassador's" possessive never
    # reaches the "to": the office word must stand alone)
    body = (
        "The ministry said Minister Tomas Ekvall welcomed the ambassador to Nesterhall and wished her success in her "
        "mission.\n\n"
        "Minister Ekvall welcomed the president of Ruritania's invitation to Nesterhall for talks on the border."
    )
    assert_statements(body, [
        ("Tomas Ekvall", "indirect", "The ministry said Minister Tomas Ekvall welcomed the ambassador to Nesterhall "
                                     "and wished her success in her mission."),
        ("Tomas Ekvall", "indirect", "Minister Ekvall welcomed the president of Ruritania's invitation to Nesterhall "
                                     "for talks on the border."),
    ])


def test_a_courtesy_call_to_learn_runs_on_to_the_end_of_its_sentence():
    body = (
        "During his visit, Ambassador Arvid Tomaskovel has called on the Governor of Vellmark, Mr. Hal J. Brenner "
        "and the Governor of Ostria, Mr. Ned Kall to learn about the economy of the states as well as opportunities "
        "to promote future relations between the two States and Quarnesia.\n\n"
        "Ambassador Tomaskovel also called on the Government of Ostria to respect the ceasefire."
    )
    assert_statements(body, [
        ("Arvid Tomaskovel", "indirect", "Ambassador Tomaskovel also called on the Government of Ostria to respect "
                                         "the ceasefire."),
    ])


def test_tells_a_station_or_reporters_then_a_quotation():
    body = (
        "Lina Ma, a Zorvian business owner tells WBRX 12 news, \"we are going to see if there are any good "
        "products.\"\n\n"
        "Minister Tomas Ekvall told reporters, \"Three towns stayed dry this spring.\""
    )
    assert_statements(body, [
        ("Lina Ma", "direct", "we are going to see if there are any good products."),
        ("Tomas Ekvall", "direct", "Three towns stayed dry this spring."),
    ])


def test_an_indefinite_description_left_open_before_the_verb():
    body = "Lina Ma, a Zorvian business owner said the symposium was a roadmap to new jobs."
    assert_statements(body, [
        ("Lina Ma", "indirect", "Lina Ma, a Zorvian business owner said the symposium was a roadmap to new jobs."),
    ])


def test_no_name_before_an_indefinite_description_stays_no_ones():
    # guard: an office, not a name, before the description: no one named speaks
    body = "The minister, a veteran of the talks said the symposium was a roadmap to new jobs."
    assert_statements(body, [])


def test_called_a_thing_a_word_of_praise():
    body = (
        "Governor Lina Varo called the ongoing partnership between this state and that country transformational "
        "for the people of Vellmark.\n\n"
        "Governor Varo called President Tom Oster on the successful conclusion of the talks."
    )
    assert_statements(body, [
        ("Lina Varo", "indirect", "Governor Lina Varo called the ongoing partnership between this state and that "
                                  "country transformational for the people of Vellmark."),
    ])
