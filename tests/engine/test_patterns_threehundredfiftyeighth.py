"""Readings of real Ukrainian text of stop 36 (three-hundred-fifty-eighth): news of the President of Ukraine
(president.gov.ua, 2019-2025).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; a guard test keeps what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_expects_a_thing_to_be_how_it_will_go_is_a_view():
    """"President of Ukraine Volodymyr Zelenskyy expects his meeting with President of the United States Donald Trump
    to be productive." and "The President of Ukraine expects it to be difficult …" (three-hundred-fifty-eighth
    ua_2019-09-24): a judgement held of a thing, as "expects that"."""
    body = (
        "President of Kaldoria Oren Vask arrived in Vestra on a working visit.\n\n"
        "President of Kaldoria Oren Vask expects his meeting with President of Mirenia Tomas Brel to be productive.\n\n"
        "President Vask expects it to be difficult and address specific issues."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "President of Kaldoria Oren Vask expects his meeting with President of Mirenia Tomas Brel to be productive."),
        ("Oren Vask", "indirect", "President Vask expects it to be difficult and address specific issues."),
    ], title="President of Kaldoria arrived in Vestra")


def test_expects_to_arrive_stays_narrative():
    """Guard: "expects the delegation to arrive on Monday" is a plan, no judgement of how a thing will go."""
    body = (
        "President of Kaldoria Oren Vask arrived in Vestra on a working visit.\n\n"
        "President Vask expects the delegation to arrive on Monday."
    )
    assert_statements(body, [], title="President of Kaldoria arrived in Vestra")


def test_words_of_support_then_the_account_of_the_loss_is_narrative():
    """"President of Ukraine Volodymyr Zelenskyy conveyed words of support to the family of Serhiy Tserusha, pupil killed in
    Volovets …. The day before, he went to see the rising of water …" (three-hundred-fifty-eighth ua 55601): sympathy
    offered for a loss; what follows is the readout's account of the loss, not more of what he said."""
    body = (
        "President of Kaldoria Oren Vask conveyed words of support to the family of Tomas Brel, a pupil killed in Vestra. "
        "The day before, he went to see the rising of water in the river and was swept by the flow. "
        "His body was found in Lurin, in the Mela River."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "President of Kaldoria Oren Vask conveyed words of support to the family of Tomas Brel, a pupil killed in Vestra."),
    ], title="President Vask expressed condolences to the families of the flood victims")


def test_a_report_still_goes_on_after_its_opening():
    """Guard: "informed about the reform …" is a report, not sympathy: the sentence after it with no one acting stays his."""
    body = (
        "President of Kaldoria Oren Vask informed the ministers about the reform of the border service. "
        "The first stage of the reform was completed in March."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect",
         "President of Kaldoria Oren Vask informed the ministers about the reform of the border service."),
        ("Oren Vask", "indirect", "The first stage of the reform was completed in March."),
    ], title="President Vask met with the ministers")
