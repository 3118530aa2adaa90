"""Rules from the nine-hundred-twenty-first held-out set (Ghana's Western Regional Minister and those at his meetings,
2009-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_ADVICE = "Mr Ardo Venn, the Norland Regional Minister, has advised district chiefs against doing business with squatters. "


def test_was_responding_to_a_question_posed_by_someone_is_the_occasion():
    """"The Minister was responding to a question posed by the Madam Iris Arde, …, on measures to curb …" (Ghana
    Business News 2023-07-12): what he was answering when he spoke, as "was speaking at …"; the asker's question no
    statement. Before, the progressive was read as a passive with its agent ("… posed by X") and given to him."""
    body = (_ADVICE + "The Minister was responding to a question posed by Mrs Lina Arde, the Chief Executive of "
            "Kelso, on measures to curb the disputes, during the council meeting.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", _ADVICE.strip()),
    ])


def test_was_responding_to_concerns_of_a_group_is_the_occasion():
    """"Mr Debrah was responding to concerns of the Chiefs of Asogli that …" (the 915th's Modern Ghana page): the
    concerns the chiefs', his answer not told; narrative. Before, his statement."""
    body = _ADVICE + "Mr Venn was responding to concerns of the chiefs of Kelso that the executives had deserted them."
    assert_statements(body, [
        ("Ardo Venn", "indirect", _ADVICE.strip()),
    ])


def test_responding_that_tells_his_words_still_speaks():
    """The guard: a response with his words ("responded to the remarks, saying …") and the fronted "Responding to a
    question, X said …" still speak."""
    body = ("Mr Ardo Venn responded to the remarks of the chiefs, saying the road would be built. "
            "Responding to a question from Mrs Lina Arde, Mr Venn said the bridge would follow.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", "Mr Ardo Venn responded to the remarks of the chiefs, saying the road would be built."),
        ("Ardo Venn", "indirect", "Responding to a question from Mrs Lina Arde, Mr Venn said the bridge would follow."),
    ])


def test_indicated_a_bodys_clause_without_that_speaks():
    """"He, however, indicated the Western Regional Coordinating Council (WRCC) remain committed to …" (Daily Guide):
    "indicated" and a clause with no "that" whose subject is a body's capitalised name, as after a pronoun ("He
    indicated he would …"). Before, no one's."""
    said = "Mr Ardo Venn, the Norland Regional Minister, has said that disputes remain the main impediment."
    body = (said + " He, however, indicated the Norland Regional Council (NRC) remain committed to working with the "
            "chiefs.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", said),
        ("Ardo Venn", "indirect", "He, however, indicated the Norland Regional Council (NRC) remain committed to "
         "working with the chiefs."),
    ])


def test_indicated_a_thing_on_a_map_is_no_statement():
    """The guard: "indicated the readiness centres on a map" (lower-case words, no clause of a named subject) stays
    no statement."""
    body = "Mr Ardo Venn visited the Kelso district on Monday. He indicated the readiness centres on a map."
    assert_statements(body, [])


def test_queen_mother_is_an_office_not_a_queen_named_mother():
    """"The Queen Mother of Sekondi, Nana Efua Ehyema who ascended the throne two decades ago, said …" (News Ghana
    2023-01-03): a Ghanaian traditional area's female ruler, her office, the name after it hers. Before, "Queen
    Mother" was read as a queen named "Mother" and the sentence given to no one."""
    body = ("The Queen Mother of Kelso, Nana Ama Serwa who ascended the throne two decades ago, said the recognition "
            "of women would empower them.")
    assert_statements(body, [
        ("Nana Ama Serwa", "indirect", body),
    ])


def test_the_queen_mother_after_her_name_is_hers():
    """"The Queen Mother of X said …" after the Queen Mother was named: hers, not a speaker "Mother". Before, a person
    "Mother"."""
    body = ("Mr Ardo Venn met the Queen Mother of Kelso, Nana Ama Serwa, on Monday. "
            "The Queen Mother of Kelso said the recognition of women would empower them.")
    assert_statements(body, [
        ("Nana Ama Serwa", "indirect", "The Queen Mother of Kelso said the recognition of women would empower them."),
    ])


def test_long_comma_less_clause_of_whom_he_was_addressing():
    """"Mr Darko-Mensah who was addressing a cross-section of women in leadership positions in Sekondi-Takoradi during
    a cocktail with the queen mother of Sekondi said …" (News Ghana 2023-01-03): the clause of whom he was addressing,
    long and with capitalised words, no comma before the verb: the one addressing said. Before, no one's."""
    body = ("Mr Ardo Venn who was addressing a cross-section of women in leadership positions in Norcity during a "
            "cocktail with the queen mother of Kelso said women were able to excel.")
    assert_statements(body, [
        ("Ardo Venn", "indirect", body),
    ])


def test_people_who_were_addressing_someone_are_a_group():
    """The guard: a plural opener ("The women who were addressing the Governor in Norcity said …") is a group: no
    statement."""
    body = "Mr Ardo Venn toured Norcity on Monday. The women who were addressing the Governor in Norcity said they needed water."
    assert_statements(body, [])
