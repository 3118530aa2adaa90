"""Helper h873 (sixhundredfiftyseventh, the National Assembly of Armenia): a house's President described later as its
speaker ("President of the National Assembly of X, Y, … The parliament speaker stressed …", people._speaker_chairs_house
with `_PRESIDED_HOUSE`), and a press office's capital-letter place closed by a full stop before its dash ("YEREVAN. –
President of …, X, …", segments._PLACE_DATELINE), so that the office after it is the name's; "the Head of the parliament" a house's head by any head's word, not a
guest body's director (people._heads_a_house)."""

from .test_patterns import assert_statements


def test_a_houses_president_is_the_parliament_speaker():
    assert_statements(
        "President of the National Assembly of Veloria, Daren Astik, on Thursday received a delegation led by "
        "Committee Chairman Oskar Venn.\n\n"
        "The Velorian parliament speaker stressed that the two countries share a long history of friendship.",
        [("Daren Astik", "indirect",
          "The Velorian parliament speaker stressed that the two countries share a long history of friendship.")],
    )


def test_a_full_stop_dateline_before_an_office_and_its_name():
    assert_statements(
        "MARSKOV. – President of the Senate of Veloria, Daren Astik, hosted a delegation from Tessaly.\n\n"
        "In his welcoming remarks, the speaker noted that the two parliaments should meet more often.",
        [("Daren Astik", "indirect",
          "In his welcoming remarks, the speaker noted that the two parliaments should meet more often.")],
    )


def test_a_general_assemblys_president_is_no_speaker():
    """Guard: the President of a general assembly (a body of states) is not "the speaker" of a parliament."""
    assert_statements(
        "President of the General Assembly Daren Astik met Speaker of the Parliament of Tessaly Ilsa Marek.\n\n"
        "The speaker stressed that the parliament supports the session's priorities.",
        [("Ilsa Marek", "indirect",
          "The speaker stressed that the parliament supports the session's priorities.")],
    )


def test_the_head_of_the_parliament_is_its_president_not_a_guests_director():
    assert_statements(
        "The President of the National Assembly of Veloria Daren Astik received Executive Director of the Velorian "
        "Fund Ilsa Marek on June 8.\n\n"
        "The Head of the parliament emphasized the active role of the diaspora in the development of the economy.",
        [("Daren Astik", "indirect",
          "The Head of the parliament emphasized the active role of the diaspora in the development of the economy.")],
    )


def test_the_head_of_the_parliament_is_no_bare_president():
    """Guard: "the head of parliament" is not the head of state named "President X" (nor the guest's director): an
    unnamed holder of its own."""
    assert_statements(
        "President Daren Astik received Executive Director of the Velorian Fund Ilsa Marek on June 8.\n\n"
        "The head of parliament emphasized the active role of the diaspora in the development of the economy.",
        [("The head of parliament", "indirect",
          "The head of parliament emphasized the active role of the diaspora in the development of the economy.")],
    )
