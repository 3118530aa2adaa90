"""Helper h1023 (sevenhundredseventysixth, the Chief Minister of Uttar Pradesh as outlets print him): a delegation or
thing that opens the sentence before its ", which …," aside is the subject of the verb after the aside, so a person
inside the aside ("The delegation, which met the chief minister on Wednesday, also expressed …") is no speaker:
"which" never stands for a person."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_person_inside_a_which_aside_is_no_speaker():
    body = (
        "A group of Veskan traders met Tallow's Chief Minister Dora Mell in Marnek.\n\n"
        "The delegation, which met the chief minister on Wednesday, also expressed enthusiasm for the trade fair.\n\n"
        "The chief minister said the state was building three new industrial parks."
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "The chief minister said the state was building three new industrial parks."),
    ])


def test_a_which_aside_with_no_day_is_the_same():
    body = (
        "Chief Minister Dora Mell received a team of Veskan engineers in Marnek.\n\n"
        "The team, which met the chief minister, praised the new metro line.\n\n"
        "Mell said the line would reach the airport next year."
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "Mell said the line would reach the airport next year."),
    ])


def test_a_who_aside_keeps_its_person():
    # guard: "who" stands for the person who opens the sentence, who speaks after the aside
    body = (
        "Chief Minister Dora Mell met Jory Pask, the Veskan envoy, in Marnek.\n\n"
        "Pask, who met the chief minister on Wednesday, also expressed hope for a direct flight."
    )
    assert_statements(body, [
        ("Jory Pask", "indirect", "Pask, who met the chief minister on Wednesday, also expressed hope for a direct "
                                  "flight."),
    ])


def test_a_speaker_after_an_opening_preposition_s_which_aside():
    # guard: a preposition's object before the aside, the person after it the subject
    body = (
        "Chief Minister Dora Mell met a Veskan delegation in Marnek.\n\n"
        "During the meeting, which lasted an hour, the chief minister stressed the state's new port."
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "During the meeting, which lasted an hour, the chief minister stressed the state's "
                                  "new port."),
    ])


def test_shared_a_mantra_is_told():
    body = (
        "Chief Minister Dora Mell met a Veskan delegation in Marnek.\n\n"
        "Mell also shared the success mantra for the Tallow river festival held in May.\n\n"
        "Over two million pilgrims came to the festival, and there was no chaos, she said."
    )
    assert_statements(body, [
        ("Dora Mell", "indirect", "Mell also shared the success mantra for the Tallow river festival held in May."),
        ("Dora Mell", "indirect", "Over two million pilgrims came to the festival, and there was no chaos, she said."),
    ])


def test_shared_a_photo_stays_an_act():
    # guard: a thing shown, no knowledge told
    body = (
        "Chief Minister Dora Mell met a Veskan delegation in Marnek.\n\n"
        "Mell also shared a group photo of the delegation with her ministers."
    )
    assert_statements(body, [])
