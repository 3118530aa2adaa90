"""Rules from the thousand-fifteenth held-out set (the Governor of Anambra State, Nigeria, and those at or of his
meetings, 2020-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_quotation_led_in_by_wrote_on_his_verified_facebook_page():
    """"After the meeting, Soludo, wrote on his verified Facebook Page, “Today …" (punch 2022-08-19): the verb and a
    social place of four words before the comma lead the post in; before, its paragraphs went to the guest named last."""
    first = "Governor Tomas Verlo met Minister Alda Brenn in Kandria."
    second = "Minister Alda Brenn maintained that the talks were useful."
    third = ("After the meeting, Verlo wrote on his verified Facebook Page, “Today I received my brother in a private "
             "meeting.")
    fourth = "“He is one of the illustrious sons of our state.”"
    assert_statements("\n\n".join((first, second, third, fourth)), [
        ("Alda Brenn", "indirect", second),
        ("Tomas Verlo", "direct", "Today I received my brother in a private meeting."),
        ("Tomas Verlo", "direct", "He is one of the illustrious sons of our state."),
    ])


def test_quotation_led_in_by_wrote_on_his_twitter_handle_with_a_stray_comma():
    """The same with "handle" and the paper's comma between subject and verb ("Soludo, wrote")."""
    first = "Governor Tomas Verlo met Minister Alda Brenn in Kandria."
    second = "Minister Alda Brenn maintained that the talks were useful."
    third = "Later, Verlo, wrote on his verified Twitter handle, “We held frank talks on the road to Ostra.”"
    assert_statements("\n\n".join((first, second, third)), [
        ("Alda Brenn", "indirect", second),
        ("Tomas Verlo", "direct", "We held frank talks on the road to Ostra."),
    ])


def test_wrote_on_a_page_that_is_no_social_place_leads_nothing_in():
    """The guard: "wrote on the page of …" is no social place, so the new reading finds no verb before it (the
    quotation is left to the other readers); "on his verified Facebook Page" is one."""
    from readout_tui.engine.sentence_reading import _lead_in_verb_before_place
    lead = "Verlo wrote on the page of the visitors' book at the old fort of Ostra,"
    assert _lead_in_verb_before_place(lead, 0, len(lead) - 1) is None
    lead = "After the meeting, Verlo wrote on his verified Facebook Page,"
    assert _lead_in_verb_before_place(lead, 0, len(lead) - 1) == lead.index(" on his")


def test_tasked_on_the_urgent_need_after_a_long_object():
    """"Governor X of Anambra has tasked government recognised traditional rulers in the state on the urgent need for
    them to pursue peace …" (sun 2022-01-10): the charge given "on the need", the "to" too far for the "tasked" reader's
    twelve words. Before, no one's."""
    first = ("Governor Tomas Verlo of Kandria has tasked government recognised traditional rulers in the state on the "
             "urgent need for them to pursue peace in their various communities.")
    assert_statements(first, [
        ("Tomas Verlo", "indirect", first),
    ])


def test_tasked_with_is_no_statement():
    """The guard: "was tasked with …" a duty given to the subject, nothing said; nor "tasked on the need" with no
    object."""
    first = ("Minister Alda Brenn was tasked with the urgent need to repair the roads of the state before the rains "
             "came to Kandria.")
    assert_statements(first, [])
