"""Review of stop 72's merged rules h1266, h1268, h1269 (rf13): near shapes the new rules read wrong, mended in their
modules; invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_order_given_by_x_for_people_to_leave_is_his_own():
    """`_SAID_BY`'s "The order was given by X" (h1266) gave the sentence before, a fact, to X and dropped this one,
    though the order's content follows its agent ("for residents to leave the valley"): this sentence is X's, as at
    base."""
    body = ("The floods damaged 300 homes in Dorva.\n\n"
            "The order was given by Governor Tam Orlo for residents to leave the valley.")
    assert_statements(body, [
        ("Tam Orlo", "indirect", "The order was given by Governor Tam Orlo for residents to leave the valley."),
    ])


def test_the_order_given_by_x_on_a_day_to_evacuate_is_his_own():
    """The same with the infinitive and its object after a day ("on Tuesday to evacuate the valley"), one paragraph."""
    body = ("Floods damaged 300 homes in Dorva on Monday. "
            "The order was given by Governor Tam Orlo on Tuesday to evacuate the valley.")
    assert_statements(body, [
        ("Tam Orlo", "indirect", "The order was given by Governor Tam Orlo on Tuesday to evacuate the valley."),
    ])


def test_the_statement_made_by_x_that_is_no_back_reference():
    """`_SAID_BY`'s "The statement was made by X" (h1268) gave a narrative sentence before it to X though the
    statement's content follows ("… at the meeting that the market will close"): the narrative stays no one's."""
    body = ("Governor Tam Orlo met traders on Monday.\n\n"
            "The statement was made by Lira Moss at the meeting that the market will close.")
    result = assert_statements(body, [])
    assert not any(s.speaker for s in result.statements if s.text.startswith("Governor Tam Orlo met"))


def test_the_directive_issued_by_x_after_a_quotation_still_names_it():
    """The guard: the rule's own shape, no content after the agent, still a back-reference."""
    body = ("Traders in Dorva were given 48 hours to reopen their shops.\n\n"
            "The directive was issued here by the Deputy Minister of Trade, Mr Tam Orlo.")
    assert_statements(body, [
        ("Tam Orlo", "indirect", "Traders in Dorva were given 48 hours to reopen their shops."),
    ])


def test_the_statement_made_by_x_to_reporters_still_names_the_quotation():
    """The guard: "to reporters" (to whom, no verb and object) is no content: the quotation before is X's."""
    body = ("The port of Dorva reopened on Monday.\n\n"
            "\"We will double the traffic within a year.\" The statement was made by Ana Kessel to reporters in Dorva.")
    assert_statements(body, [
        ("Ana Kessel", "direct", "We will double the traffic within a year."),
    ])


def test_for_him_a_passive_of_a_thing_done_is_no_view():
    """`_FOR_ONES_VIEW` (h1268) read "For him, a dinner was prepared by the traders." as his view (its copula a
    passive's): a thing done for him, nothing said, as at base."""
    body = "Governor Tam Orlo visited Dorva on Monday. For him, a dinner was prepared by the traders."
    assert_statements(body, [])


def test_for_him_there_was_is_no_view():
    """The same with "For him, there was a parade …": a thing held for him."""
    body = "Governor Tam Orlo visited Dorva on Monday. For him, there was a parade that will be remembered."
    assert_statements(body, [])


def test_for_him_a_road_built_in_a_year_is_no_view():
    """The same with an irregular participle and a time ("a new road was built in 2019") after a speaker's report:
    only that report is said."""
    body = ("Lira Moss said the bridge will be built. Governor Tam Orlo toured the site. "
            "For him, a new road was built in 2019.")
    assert_statements(body, [
        ("Lira Moss", "indirect", "Lira Moss said the bridge will be built."),
    ])


def test_for_him_with_a_modal_is_still_his_view():
    """The guard: the rule's own shape, a modal ("could become"), still his view."""
    body = "Governor Tam Orlo visited Dorva on Monday. For him, the town could become a trade hub."
    assert_statements(body, [
        ("Tam Orlo", "indirect", "For him, the town could become a trade hub."),
    ])


def test_mama_as_a_family_name_is_no_womans_marker():
    """`FEMALE_MARKERS`' "mama" (h1269, the Swahili honorific before a woman's name) made "Minister Tomas Mama", whose
    family name it is, a woman: "He added …" was lost. The last word of a name is no honorific: "He" is he, as at base."""
    body = "Minister Tomas Mama said the road will be built. He added that the bridge will follow."
    assert_statements(body, [
        ("Tomas Mama", "indirect", "Minister Tomas Mama said the road will be built."),
        ("Tomas Mama", "indirect", "He added that the bridge will follow."),
    ])


def test_she_after_a_man_named_mama_is_the_woman_before():
    """The same: "She" after "Minister Tomas Mama" is the woman named before, not he."""
    body = "Lira Moss met Minister Tomas Mama on Monday. She said the road will be built."
    assert_statements(body, [
        ("Lira Moss", "indirect", "She said the road will be built."),
    ])


def test_mama_before_a_name_is_still_a_woman():
    """The guard: the honorific before the name ("Mama Lira Moss … He said …"): "He" is not she, as h1269 made it."""
    body = "Mama Lira Moss died on Monday. He said the funeral will be held in Dorva."
    assert_statements(body, [])
