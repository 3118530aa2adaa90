"""Readings of real Ukrainian presidential text of stop 35 (three-hundred-thirty-sixth): English news of the Office of
the President of Ukraine (president.gov.ua, 2021-2022), paragraphs joined into one as the corpus folder has them.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_called_the_thing_with_a_which_aside_a_quoted_name_is_a_view_stated():
    """"In this context, Volodymyr Zelenskyy called the NATO summit, which will also take place in Madrid in June 2022,
    a “window of opportunity”." (three-hundred-thirty-sixth ukraine_president 72113): the thing named, an aside
    opened by ", which", then "a" and what he calls it: one person's view, as "called the decision a betrayal"."""
    body = (
        "President of Kaldoria Oren Vask met with Secretary General Mira Tal in Vestra.\n\n"
        "President Vask thanked the Secretary General for the visit. "
        "In this context, Oren Vask called the alliance summit, which will take place in Lorvik in June, "
        "a “window of opportunity”."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Vask thanked the Secretary General for the visit."),
        ("Oren Vask", "indirect", "In this context, Oren Vask called the alliance summit, which will take place in "
                                  "Lorvik in June, a “window of opportunity”."),
    ], title="President Vask met Secretary General Tal")


def test_a_call_to_a_person_with_an_apposition_stays_narrative():
    """Guard: "called the Chancellor, a long-time partner, on Monday" is a telephone call; no ", which" aside
    opens the thing named, so no view is stated."""
    body = (
        "President of Kaldoria Oren Vask was in Vestra on Monday.\n\n"
        "President Vask called the Chancellor, a long-time partner, on Monday evening."
    )
    assert_statements(body, [], title="President Vask in Vestra")


def test_an_according_to_account_after_who_met_goes_on():
    """"President … held a meeting to discuss the country's post-war reconstruction and development plan. The event was
    attended by … . According to Denys Shmyhal, the post-war reconstruction plan consists of several parts … . The plan
    envisages the restoration of Ukraine on new principles …" (three-hundred-thirty-sixth ukraine_president 74401): after
    the readout's sentences of who met, one person's account opened by "According to X" goes on over the sentences in
    which no one acts or speaks, up to what the participants did together."""
    body = (
        "President of Kaldoria Oren Vask held a meeting to discuss the country's reconstruction plan. "
        "The event was attended by Prime Minister Lina Dorr and members of the Government. "
        "According to Lina Dorr, the reconstruction plan consists of three parts. "
        "The plan envisages the restoration of roads and bridges. "
        "The participants also discussed the budget for next year."
    )
    assert_statements(body, [
        ("Lina Dorr", "indirect", "According to Lina Dorr, the reconstruction plan consists of three parts."),
        ("Lina Dorr", "indirect", "The plan envisages the restoration of roads and bridges."),
    ], title="President Vask held a meeting on reconstruction")


def test_an_account_followed_by_another_speaker_does_not_run_on():
    """Guard: where a second person speaks after the account (a conference call's turns, sixty-seventh 71477), the
    sentence after the last speaker ("The Ministry of Economy is preparing a bill.") stays no one's."""
    body = (
        "President of Kaldoria Oren Vask held a meeting to discuss the country's reconstruction plan. "
        "The event was attended by Prime Minister Lina Dorr and members of the Government. "
        "According to Lina Dorr, the reconstruction plan consists of three parts. "
        "President Vask stressed the need to support small businesses. "
        "The Ministry of Economy is preparing a relevant bill."
    )
    assert_statements(body, [
        ("Lina Dorr", "indirect", "According to Lina Dorr, the reconstruction plan consists of three parts."),
        ("Oren Vask", "indirect", "President Vask stressed the need to support small businesses."),
    ], title="President Vask held a meeting on reconstruction")
