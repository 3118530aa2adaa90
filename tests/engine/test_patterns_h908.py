"""Helper h908 (sixhundredeightysixth, Prensa Latina English, as Cuban sites copy it): the Spanish articles "los" and
"las" inside a full name ("Manolo de los Santos", "Bartolomé de las Casas"), name particles as "de", "del" and "la"
are (people._PARTICLES, phrases._PARTICLES); "The ICAP representative, who …, highlighted …" the one named beside the
body's short name, as "the ICAP official" (name_registry._AN_ACRONYMS_LEADER); a tribute paid at a place of remembrance,
"paid tribute to the National Hero, X, in the Memorial that bears his name", a rite and no statement
(lexicon._AT_A_PLACE_OF_REMEMBRANCE in the "pay" entry); "the president classed as ‘beautiful and touching’ the action
…" a thing called something, as "described … as" (lexicon's "classed" entry)."""

from .test_patterns import assert_statements


def test_de_los_inside_a_name_keeps_the_speaker():
    assert_statements(
        "Velmar, May 2.- President Orin Tesk received some 300 visitors from Dalmark.\n\n"
        "During the dialogue, the activist Tomás de los Ríos said that the experience of these days has been "
        "wonderful.\n\n"
        "“We have seen the strength of your people,” stressed the activist.",
        [("Tomás de los Ríos", "indirect", "During the dialogue, the activist Tomás de los Ríos said that the "
          "experience of these days has been wonderful."),
         ("Tomás de los Ríos", "direct", "We have seen the strength of your people")],
    )


def test_de_las_inside_a_name_keeps_the_speaker():
    assert_statements(
        "Velmar, May 2.- The historian Inés de las Heras told the forum that the archive would open in June.",
        [("Inés de las Heras", "indirect", "Velmar, May 2.- The historian Inés de las Heras told the forum that the "
          "archive would open in June.")],
    )


def test_los_of_a_place_is_still_no_name():
    """Guard: a capitalised "Los" of a place ("Los Arcos") is a place, a name beside it unchanged."""
    assert_statements(
        "Minister Lena Varro visited Los Arcos on Monday.\n\n"
        "Varro said that the new port of Los Arcos would open next year.",
        [("Lena Varro", "indirect", "Varro said that the new port of Los Arcos would open next year.")],
    )


def test_an_acronyms_representative_is_the_one_named_beside_it():
    assert_statements(
        "Dorvel, Jun 3 (Agency) The official of the Velmar Institute of Friendship with the Peoples (VIFP), Mara Tosk, "
        "expressed gratitude here for the support of the movement.\n\n"
        "Tosk is scheduled to speak at the annual meeting on Saturday.\n\n"
        "The VIFP representative, who began her tour in Lorne, highlighted the signs of support received.",
        [("Mara Tosk", "indirect", "Dorvel, Jun 3 (Agency) The official of the Velmar Institute of Friendship with the "
          "Peoples (VIFP), Mara Tosk, expressed gratitude here for the support of the movement."),
         ("Mara Tosk", "indirect", "The VIFP representative, who began her tour in Lorne, highlighted the signs of "
          "support received.")],
    )


def test_an_acronyms_representative_never_named_is_no_one():
    """Guard: "the VIFP representative" with no one named beside the short name: no speaker found for it."""
    result = assert_statements(
        "President Orin Tesk met the Velmar Institute of Friendship (VIFP) in Dorvel.\n\n"
        "Tesk said that the institute was welcome.",
        [("Orin Tesk", "indirect", "Tesk said that the institute was welcome.")],
    )
    assert all(s.speaker in (None, "Orin Tesk") for s in result.statements)


def test_a_tribute_at_a_memorial_is_a_rite_not_a_statement():
    assert_statements(
        "Dorvel, Apr 21 (Agency) President Orin Tesk received today Saluvian President Ida Morn.\n\n"
        "Before the meeting, Morn paid tribute to the National Hero, Arel Vost, in the Memorial that bears his name.\n\n"
        "Morn said that her country stood by Velmar.",
        [("Ida Morn", "indirect", "Morn said that her country stood by Velmar.")],
    )


def test_a_tribute_to_people_or_with_words_is_still_a_statement():
    """Guard: a tribute to the living, one at a memorial ceremony, and one at a monument with words told after it."""
    assert_statements(
        "President Orin Tesk received Saluvian President Ida Morn.\n\n"
        "Morn paid tribute to the workers of the port.\n\n"
        "At the memorial ceremony, Morn paid tribute to the victims of the flood.\n\n"
        "Morn paid tribute to the fallen at the monument, saying that they would never be forgotten.",
        [("Ida Morn", "indirect", "Morn paid tribute to the workers of the port."),
         ("Ida Morn", "indirect", "At the memorial ceremony, Morn paid tribute to the victims of the flood."),
         ("Ida Morn", "indirect", "Morn paid tribute to the fallen at the monument, saying that they would never be "
          "forgotten.")],
    )


def test_classed_as_a_quoted_verdict_is_a_statement():
    assert_statements(
        "President Orin Tesk thanked the nations for their support.\n\n"
        "In particular, the president classed as ‘beautiful and touching’ the action of placing a flag on a hill.\n\n"
        "The president classed the march as ‘a gift’.",
        [("Orin Tesk", "indirect", "President Orin Tesk thanked the nations for their support."),
         ("Orin Tesk", "indirect", "In particular, the president classed as ‘beautiful and touching’ the action of "
          "placing a flag on a hill."),
         ("Orin Tesk", "indirect", "The president classed the march as ‘a gift’.")],
    )


def test_a_thing_classed_in_the_passive_is_no_statement():
    """Guard: "was classed as a category 3 hurricane", a passive with no one speaking."""
    assert_statements(
        "President Orin Tesk visited the coast.\n\n"
        "The storm was classed as a category 3 hurricane by the weather office.",
        [],
    )
