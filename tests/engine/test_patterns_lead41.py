"""Readings the lead wrote in stop 41, on a readout's title line: a title that opens with a verb's "-ing" form
("Servicing … arms is …") names no one in its first words; a spaced dash parts a name from the office a
headline credits ("… the priorities of X - Deputy Head of the Office"), while an office's own dash ("Governor of
… Area – Yugla X") stays one run. And two offices and styles of names: "Prosecutor-General X" with its hyphen is an
office, as "Prosecutor General X" was; the French style "Mme" is not shown as part of a name, as "The Honourable"
is not. The date an office was taken ("…, who was appointed Acting Governor in April 2020, …") is no part of it. "Interim" before a body's word ("Head of the Interim Government X") names the body, not a style.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_title_opening_with_a_gerund_names_no_one():
    """"Servicing Soviet arms … is important": "Servicing Soviet" is no person (the body's "of Soviet and
    Kestrian-made arms" had made it one), and the body's bare "The President stressed …" is the named President's."""
    title = "Servicing Soviet arms used by foreign armed forces is an important part of the state's effort"
    body = ("Speaking at a meeting of the Commission on Military Cooperation, President Pavel Tarven stressed the "
            "issue of servicing of Soviet and Kestrian-made arms used by foreign armed forces.\n\n"
            "Military cooperation always takes into account the balance of interests, Mr Tarven said.\n\n"
            "The President stressed he considers military cooperation an important part of foreign policy.\n")
    result = assert_statements(body, [
        ("Pavel Tarven", "indirect", "Speaking at a meeting of the Commission on Military Cooperation, President "
                                     "Pavel Tarven stressed the issue of servicing of Soviet and Kestrian-made arms "
                                     "used by foreign armed forces."),
        ("Pavel Tarven", "indirect", "Military cooperation always takes into account the balance of interests, Mr "
                                     "Tarven said."),
        ("Pavel Tarven", "indirect", "The President stressed he considers military cooperation an important part of "
                                     "foreign policy."),
    ], title=title)
    assert [speaker.name for speaker in result.speakers] == ["Pavel Tarven"]


def test_a_gerund_noun_inside_a_title_keeps_the_name_after_it():
    """The guard: "Meeting with Minister of Construction, Housing and Utilities Pavel Rosko": "Housing" is a noun
    inside the office, not a title's opening word, and Rosko keeps his reports."""
    title = "Meeting with Minister of Construction, Housing and Utilities Pavel Rosko"
    body = ("Alen Tarven held a working meeting with Minister of Construction, Housing and Utilities Pavel Rosko.\n\n"
            "In particular, Pavel Rosko said that 80 million square metres of housing were built.\n\n"
            "The Minister also noted that the number of builders using escrow accounts is growing.\n")
    assert_statements(body, [
        ("Pavel Rosko", "indirect", "In particular, Pavel Rosko said that 80 million square metres of housing were "
                                    "built."),
        ("Pavel Rosko", "indirect", "The Minister also noted that the number of builders using escrow accounts is "
                                    "growing."),
    ], title=title)


def test_a_dash_parts_a_name_from_the_office_a_headline_credits():
    """"… the priorities of Alen Tarven - Deputy Head of the Office of the President": the deputy head (Rosko) is
    whom the headline credits; Tarven does not take that office, nor the body's "said the Deputy Head …"."""
    title = ("Hosting the Games in Kestria is one of the priorities of Alen Tarven - Deputy Head of the Office of the "
             "President")
    body = ("Kestria will be ready to host the Games. This was emphasized by Deputy Head of the Office of the President "
            "Pavel Rosko during a meeting with the federation.\n\n"
            "At the meeting, Pavel Rosko reminded that President of Kestria Alen Tarven had held talks with the "
            "federation. \"The construction of arenas is one of the flagship projects of the President,\" said the "
            "Deputy Head of the Office of the President.\n")
    result = run(body, title=title)
    quoted = [s for s in result.statements if s.text.startswith("The construction of arenas")]
    assert [s.speaker for s in quoted] == ["Pavel Rosko"], [(s.speaker, s.text) for s in result.statements]


def test_an_office_with_its_own_dash_stays_one_office_before_the_name():
    """The guard: "Meeting with Governor of Norda Autonomous Area – Yugla Natalya Vesk": the dash is inside the
    office, the run stays whole, the Governor's reports are hers and the bare "The President" stays the host's."""
    title = "Meeting with Governor of Norda Autonomous Area – Yugla Natalya Vesk"
    body = ("The President held a meeting, via videoconference, with Governor of the Norda Autonomous Area – Yugla "
            "Natalya Vesk.\n\n"
            "Natalya Vesk reported that the region's hospitals had enough beds. According to the Governor, the "
            "outbreak is manageable.\n\n"
            "Pavel Tarven expressed support for the project.\n\n"
            "The President pointed out a falling agricultural output in the region.\n")
    assert_statements(body, [
        ("Natalya Vesk", "indirect", "Natalya Vesk reported that the region's hospitals had enough beds."),
        ("Natalya Vesk", "indirect", "According to the Governor, the outbreak is manageable."),
        ("Pavel Tarven", "indirect", "Pavel Tarven expressed support for the project."),
        ("Pavel Tarven", "indirect", "The President pointed out a falling agricultural output in the region."),
    ], title=title)


def test_a_hyphened_prosecutor_general_is_an_office():
    """"a meeting with Prosecutor-General Ivan Rosko": the hyphened office, as "Prosecutor General", is his office,
    not part of his name, and "The Prosecutor-General also said …" is his."""
    body = ("President Pavel Tarven had a meeting with Prosecutor-General Ivan Rosko.\n\n"
            "Mr Rosko told the President he planned to visit Norda. The Prosecutor-General also said the case was "
            "closed.\n")
    result = assert_statements(body, [
        ("Ivan Rosko", "indirect", "Mr Rosko told the President he planned to visit Norda."),
        ("Ivan Rosko", "indirect", "The Prosecutor-General also said the case was closed."),
    ])
    assert [(speaker.name, speaker.role) for speaker in result.speakers] == [("Ivan Rosko", "Prosecutor-General")]


def test_a_french_style_before_a_name_is_not_shown():
    """"Conversation between Mme Lise Varenne and her counterpart": the speaker is shown as Lise Varenne, as
    "The Honourable X" is shown as X; the style stays one of her aliases' words."""
    body = ("Kestria – Conversation between Mme Lise Varenne and her counterpart (3 June 2022)\n\n"
            "Mme Lise Varenne spoke with Mr Tomas Velk, Minister of Foreign Affairs of Kestria.\n\n"
            "Mme Varenne recalled the strength of the partnership.\n")
    result = assert_statements(body, [
        ("Lise Varenne", "indirect", "Mme Varenne recalled the strength of the partnership."),
    ])
    assert [speaker.name for speaker in result.speakers] == ["Lise Varenne"]


def test_the_date_an_office_was_taken_is_no_part_of_it():
    """"Mr Rosko, who was appointed Acting Governor in April 2020, highlighted …": the same Pavel Rosko the
    readout named as Acting Governor, not a second speaker "Rosko" holding an office "governor in april"."""
    title = "Meeting with Acting Governor of Norda Region Pavel Rosko"
    body = ("Alen Tarven held a working meeting with Acting Governor of Norda Region Pavel Rosko to discuss the "
            "region.\n\n"
            "The President noted that housing was a challenge. Mr Rosko asked the President to help.\n\n"
            "Mr Rosko, who was appointed Acting Governor in April 2020, highlighted another urgent housing issue.\n")
    result = assert_statements(body, [
        ("Alen Tarven", "indirect", "The President noted that housing was a challenge."),
        ("Pavel Rosko", "indirect", "Mr Rosko asked the President to help."),
        ("Pavel Rosko", "indirect", "Mr Rosko, who was appointed Acting Governor in April 2020, highlighted another "
                                    "urgent housing issue."),
    ], title=title)
    assert [speaker.name for speaker in result.speakers] == ["Alen Tarven", "Pavel Rosko"]


def test_an_office_held_in_a_place_keeps_the_place():
    """The guard: "Mr Rosko, Ambassador in Valdor, said …" keeps "in Valdor" in his office, and the later "the
    Ambassador" is his."""
    body = ("Minister Alen Tarven met Mr Pavel Rosko.\n\n"
            "Mr Rosko, Ambassador in Valdor, said the talks went well. The Ambassador added that a visit was planned.\n")
    result = assert_statements(body, [
        ("Pavel Rosko", "indirect", "Mr Rosko, Ambassador in Valdor, said the talks went well."),
        ("Pavel Rosko", "indirect", "The Ambassador added that a visit was planned."),
    ])
    assert "Mr Rosko, Ambassador in Valdor" in result.speakers[0].aliases, result.speakers


def test_a_title_opening_with_a_participle_clause_names_its_subject_after_the_comma():
    """"Speaking with journalists, President Pavel Tarven gave his assessment …": Tarven is the title's subject,
    not a guest "with" the journalists, and the body's "…, the President said," is his, not a second speaker."""
    title = "Speaking with journalists, President Pavel Tarven gave his assessment of talks on the Norda settlement"
    body = ("Mr Tarven told journalists that he does not consider the talks a failure. The participants have shown "
            "courage, the President said, and have tried to find ways to end the confrontation.\n")
    result = assert_statements(body, [
        ("Pavel Tarven", "indirect", "Mr Tarven told journalists that he does not consider the talks a failure."),
        ("Pavel Tarven", "indirect", "The participants have shown courage, the President said, and have tried to find "
                                     "ways to end the confrontation."),
    ], title=title)
    assert [speaker.name for speaker in result.speakers] == ["Pavel Tarven"]


def test_a_title_meeting_with_a_guest_keeps_the_guest():
    """The guard: "Meeting with Governor of Norda Region Pavel Rosko" keeps Rosko a guest: the bare "The President"
    of the body is not his."""
    title = "Meeting with Governor of Norda Region Pavel Rosko"
    body = ("The President held a meeting with Governor of Norda Region Pavel Rosko.\n\n"
            "Pavel Rosko reported that the harvest had been good. The President noted that roads needed repair.\n")
    result = run(body, title=title)
    by = {s.text: s.speaker for s in result.statements}
    assert by["Pavel Rosko reported that the harvest had been good."] == "Pavel Rosko"
    assert by["The President noted that roads needed repair."] != "Pavel Rosko"


def test_interim_before_a_body_names_the_body_not_a_style():
    """"Telephone conversation with Head of the Interim Government of Kestria Lia Varenne": "Interim" opens the body's
    name, not a style before hers; the speaker is Lia Varenne, not "Government Lia Varenne"."""
    title = "Telephone conversation with Head of the Interim Government of Kestria Lia Varenne"
    body = ("Ms Varenne briefed Pavel Tarven on the situation in Kestria.\n\n"
            "The President informed Ms Varenne that the Council would meet.\n")
    result = run(body, title=title)
    assert [s.speaker for s in result.statements] == ["Lia Varenne", "Pavel Tarven"], result.statements
    assert result.speakers[0].name == "Lia Varenne"


def test_an_interim_office_before_a_name_is_still_his_office():
    """The guard: "the Interim President Pavel Rosko said …": "Interim" before an office, not a body, is read as
    before (the office is his, the name his)."""
    body = "The talks were held in Norda.\n\nThe Interim President Pavel Rosko said the elections would be held in May.\n"
    result = assert_statements(body, [
        ("Pavel Rosko", "indirect", "The Interim President Pavel Rosko said the elections would be held in May."),
    ])
    assert [speaker.name for speaker in result.speakers] == ["Pavel Rosko"]
