"""Rules from the hundred-fifty-fourth held-out set (Kremlin readouts of March 2020): invented readouts, invented
people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_a_passive_done_by_a_state_body_is_not_carried_on():
    """"… the President of Russia confirmed readiness to render the necessary assistance … The deliveries will be
    carried out by the Defence Ministry using …" (63048): a passive whose agent is a state body tells what that
    body is to do, in the readout's voice; it was carried on as the President's report."""
    body = ("President Aldo Brenn had a telephone conversation with Prime Minister of Tesland Lena Osk.\n\n"
            "In response to the request from the Tesland side, President Aldo Brenn confirmed readiness to render "
            "the necessary assistance. The deliveries will be carried out by the Defence Ministry using transport "
            "aircraft.\n\n"
            "Lena Osk expressed gratitude for the support.")
    assert_statements(body, [
        ("Aldo Brenn", "indirect",
         "In response to the request from the Tesland side, President Aldo Brenn confirmed readiness to render the "
         "necessary assistance."),
        ("Lena Osk", "indirect", "Lena Osk expressed gratitude for the support."),
    ])


def test_a_report_with_no_body_acting_still_goes_on():
    """The guard: a carried-on argument with "by" but no state body as agent stays the speaker's."""
    body = ("Governor Aldo Brenn reported on the harvest. However, the work must be finished by the end of the "
            "month.\n\n"
            "The meeting lasted an hour.")
    assert_statements(body, [
        ("Aldo Brenn", "indirect", "Governor Aldo Brenn reported on the harvest."),
        ("Aldo Brenn", "indirect", "However, the work must be finished by the end of the month."),
    ])
