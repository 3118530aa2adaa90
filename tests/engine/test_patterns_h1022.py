"""Helper h1022 (hard78, reports whose speaker sits far from the words): "Barr." (Barrister, a Nigerian style) before
a name inside a subject's relative clause ("The governor, who was accompanied by the Secretary to the State
Government, Barr. X Y, thanked …") ends no sentence, so the subject keeps its verb; a surname "Barr" after a name still
ends one. A delegation's leader named by "led by its <office>, Mr. X" with no capitalised body before "its" ("a
delegation of the Quarnessan embassy, led by its Deputy Head of Mission, Mr. X") holds that office."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_barristers_style_inside_a_relative_clause_ends_no_sentence():
    body = (
        "The Governor of Obrana State, Dr. Ugo Tarnwebe, on Wednesday received a trade mission at the Government "
        "House.\n\n"
        "The governor, who was accompanied by the Secretary to the State Government, Barr. Ife Olandisa, thanked the "
        "mission for its visit.\n\n"
        "Barr. Olandisa said the road to the mill would be finished in March.\n"
    )
    assert_statements(body, [
        ("Ugo Tarnwebe", "indirect", "The governor, who was accompanied by the Secretary to the State Government, "
                                     "Barr. Ife Olandisa, thanked the mission for its visit."),
        ("Ife Olandisa", "indirect", "Barr. Olandisa said the road to the mill would be finished in March."),
    ])


def test_a_surname_barr_after_a_name_still_ends_the_sentence():
    # guard: "… according to Attorney General Wilmot Barr." closes its sentence; the next one is the governor's own
    body = (
        "The Governor of Obrana State, Dr. Ugo Tarnwebe, on Wednesday received the Attorney General, Wilmot Barr.\n\n"
        "The case was closed, according to Wilmot Barr. The governor thanked him for his work.\n"
    )
    assert_statements(body, [
        ("Wilmot Barr", "indirect", "The case was closed, according to Wilmot Barr."),
        ("Ugo Tarnwebe", "indirect", "The governor thanked him for his work."),
    ])


def test_a_delegations_leader_named_by_its_office_with_no_capitalised_body_before():
    body = (
        "The Federal Minister for Ports received a delegation of the Marlovian embassy, led by its Deputy Head of "
        "Mission, Mr. Aart Veldkamp, at the ministry on Tuesday.\n\n"
        "The Deputy Head of Mission said Marlovian firms were ready to bid for the lease.\n"
    )
    assert_statements(body, [
        ("Aart Veldkamp", "indirect", "The Deputy Head of Mission said Marlovian firms were ready to bid for the "
                                      "lease."),
    ])


def test_an_office_after_its_with_the_body_named_before_is_read_as_before():
    # guard: "a delegation of the Orvan Chamber of Commerce led by its President, Mr. X": the Chamber's President, as
    # `_office_of_its_body` read it before the rule
    body = (
        "The Minister of Trade received a delegation of the Orvan Chamber of Commerce led by its President, Mr. Aart "
        "Veldkamp, on Monday.\n\n"
        "The President of the Chamber said forty firms had joined the mission.\n"
    )
    assert_statements(body, [
        ("Aart Veldkamp", "indirect", "The President of the Chamber said forty firms had joined the mission."),
    ])


def test_an_asked_clause_then_a_description_with_an_aside_before_its_verb():
    body = (
        "Tamas Orbeck, the Transport Ministry's spokesman, said on Monday that talks on the rail link would resume "
        "in March.\n\n"
        "Asked whether the gauge could delay the talks, the spokesman, who has held the post since 2023, said he did "
        "not expect it to.\n"
    )
    assert_statements(body, [
        ("Tamas Orbeck", "indirect", "Tamas Orbeck, the Transport Ministry's spokesman, said on Monday that talks on "
                                     "the rail link would resume in March."),
        ("Tamas Orbeck", "indirect", "Asked whether the gauge could delay the talks, the spokesman, who has held the "
                                     "post since 2023, said he did not expect it to."),
    ])


def test_an_asked_clause_that_names_no_speaker_stays_no_ones():
    # guard: hard29's "Asked whether …, the PM's spokesperson declined to comment." is no statement, with or without
    # the rule (a refusal, no speech verb)
    body = (
        "Tamas Orbeck, the Transport Ministry's spokesman, said on Monday that talks on the rail link would resume "
        "in March.\n\n"
        "Asked whether the gauge could delay the talks, the spokesman, who has held the post since 2023, declined to "
        "comment.\n"
    )
    assert_statements(body, [
        ("Tamas Orbeck", "indirect", "Tamas Orbeck, the Transport Ministry's spokesman, said on Monday that talks on "
                                     "the rail link would resume in March."),
    ])
