"""Helper h1038 (sevenhundredeightyeighth, the Government of Republika Srpska's meetings as its site and Balkan
outlets print them): a dash quotation printed as a list item, its opening dash made a bullet by the site ("• We have
good cooperation with X. … – said Y after the meeting."), is a quotation like "– …. – said Y"; "presented" with the
listener and then the steps taken as its two objects ("presented the Greek ambassador the measures and activities
…") is an account given, as "briefed the ambassador on the measures"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_bulleted_dash_quotation_is_a_quotation():
    body = (
        "The Prime Minister of Norvania, Petar Lukić, met today in Dravik with Ostrian envoy Tomas Brel.\n\n"
        "• We have good cooperation with Brel. We will work on having more envoys visit Norvania – said Lukić "
        "after the meeting.\n\n"
        "• It was an honor for me to visit Dravik – said Brel."
    )
    assert_statements(body, [
        ("Petar Lukić", "direct",
         "We have good cooperation with Brel. We will work on having more envoys visit Norvania"),
        ("Tomas Brel", "direct", "It was an honor for me to visit Dravik"),
    ])


def test_a_bullet_with_no_attribution_after_its_dash_stays_a_carried_on_point():
    body = (
        "The Prime Minister of Norvania, Petar Lukić, met today in Dravik with Ostrian envoy Tomas Brel.\n\n"
        "Lukić stressed the following points:\n\n"
        "• the new bridge on the river – a project of both countries.\n\n"
        "• the rail link to the coast – to be built by 2030."
    )
    assert_statements(body, [
        ("Petar Lukić", "indirect", "Lukić stressed the following points:"),
        ("Petar Lukić", "indirect", "the new bridge on the river – a project of both countries."),
        ("Petar Lukić", "indirect", "the rail link to the coast – to be built by 2030."),
    ])


def test_presented_the_ambassador_the_measures_is_an_account():
    body = (
        "Prime Minister Petar Lukić and Ostrian Ambassador Tomas Brel met on Monday in Dravik.\n\n"
        "At their meeting, Lukić presented the Ostrian ambassador the measures and activities the Government carries "
        "out to improve the status of workers."
    )
    assert_statements(body, [
        ("Petar Lukić", "indirect",
         "At their meeting, Lukić presented the Ostrian ambassador the measures and activities the Government carries "
         "out to improve the status of workers."),
    ])


def test_presented_the_ambassador_with_a_medal_is_an_act():
    body = (
        "Prime Minister Petar Lukić and Ostrian Ambassador Tomas Brel met on Monday in Dravik.\n\n"
        "At the end of the meeting, Lukić presented the Ostrian ambassador with the medal of the Government."
    )
    assert_statements(body, [])
