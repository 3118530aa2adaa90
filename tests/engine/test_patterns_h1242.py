"""Rules from the nine-hundred-fifty-first held-out set (the Governor of Oshana Region, Namibia, and those at the
region's meetings, 2018-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "The Dorvan Regional Council signed an agreement with the University of Kelvar at Tarsa on Monday. "


def test_speech_read_on_his_behalf_by_another_is_the_principals():
    """"Unam vice chancellor X in a speech read on his behalf by Y, the assistant pro-vice chancellor of …, said the
    university has …" (allAfrica 2021-04-07): the words are the vice chancellor's, whose speech was read, not the
    reader's. Before, the sentence was the reader's (the name set off before the office next to the verb)."""
    body = (_OPENING + "Kelvar vice chancellor Osric Palmqvist in a speech read on his behalf by Dagny Holt, the "
            "deputy director of the university's coastal campus, said the university has always valued the region.")
    assert_statements(body, [
        ("Osric Palmqvist", "indirect", "Kelvar vice chancellor Osric Palmqvist in a speech read on his behalf by "
         "Dagny Holt, the deputy director of the university's coastal campus, said the university has always valued "
         "the region."),
    ])


def test_speech_delivered_on_her_behalf_by_an_office_and_its_holder_is_the_principals():
    """The same with "delivered", the reader an office and a name set off by commas, and a verb of urging:
    "Governor X in a speech delivered on her behalf by the region's chief officer, Y, urged …": the Governor's."""
    body = (_OPENING + "Governor Maren Solvik in a speech delivered on her behalf by the region's chief officer, "
            "Ivo Rask, urged the farmers to register their cattle.")
    assert_statements(body, [
        ("Maren Solvik", "indirect", "Governor Maren Solvik in a speech delivered on her behalf by the region's chief "
         "officer, Ivo Rask, urged the farmers to register their cattle."),
    ])


def test_speech_read_by_a_named_reader_with_no_commas_is_the_principals():
    """With no "on behalf" and no commas: "Chief Executive X in a speech read by Y said …": X's words."""
    body = (_OPENING + "Chief Executive Anders Moe in his speech read by Councillor Lene Dahl said the firm would "
            "hire fifty workers.")
    assert_statements(body, [
        ("Anders Moe", "indirect", "Chief Executive Anders Moe in his speech read by Councillor Lene Dahl said the "
         "firm would hire fifty workers."),
    ])


def test_speech_read_by_another_with_the_principal_after_is_unchanged():
    """The guard: the reader named first and the principal after, as the subject ("In a speech read on her behalf by
    the permanent secretary Y, Minister X said …"): X's, as before."""
    body = (_OPENING + "In a speech read on her behalf by the permanent secretary Tomas Eriksen, Minister Alva Brandt "
            "said the plan would be ready next year.")
    assert_statements(body, [
        ("Alva Brandt", "indirect", "In a speech read on her behalf by the permanent secretary Tomas Eriksen, "
         "Minister Alva Brandt said the plan would be ready next year."),
    ])


def test_a_group_before_a_statement_read_by_an_envoy_is_no_ones():
    """A group before "in a statement read by Ambassador Y" ("The delegates in a statement read by …, said …"): the
    group's words, no one person's. Before, the reader's."""
    body = (_OPENING + "The delegates in a statement read by Ambassador Ivo Rask said the talks had gone well.")
    assert_statements(body, [])


def test_a_reader_named_in_a_relative_clause_is_no_principal():
    """The guard: "X, who listened to a speech read by Councillor Y, said …" (the speech heard, not X's own read out;
    no "in a speech" after X): X's words, as before."""
    body = (_OPENING + "Ambassador Ivo Rask, who listened to a speech read by Councillor Lene Dahl, said the talks had "
            "gone well.")
    assert_statements(body, [
        ("Ivo Rask", "indirect", "Ambassador Ivo Rask, who listened to a speech read by Councillor Lene Dahl, said the "
         "talks had gone well."),
    ])
