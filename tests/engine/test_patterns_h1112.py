"""Helper h1112 (KE65, the carried-on report groups M2/E4): a paragraph of one person's report may open with a
gerund clause judged a priority or a task ("Fighting terrorism is a priority.", "Streamlining the legal system is
one of the main tasks facing science."): the gerund is a thing to be done that the report speaks of, not a one-word
name that acts, so the sentence carries the report on as "The fight against terrorism is a priority." already did.
A participle that opens an inverted sentence ("Taking part in the meeting were …") and a gerund clause with no
judgement ("Implementing … was a subject of discussion.") stay the readout's own."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "President Aran Velt chaired a meeting of the Security Council of Dorvania.\n\n"

_REPORT = (
    "The President said reducing the number of crimes against children is a priority for the police. Last year, "
    "over 1,800 children suffered from such crimes.\n\n"
)


def test_a_gerund_judged_a_priority_carries_the_report_on():
    body = _OPENING + _REPORT + (
        "Fighting smuggling is a priority. The President stressed the role of the border guards in the south."
    )
    assert_statements(body, [
        ("Aran Velt", "indirect",
         "The President said reducing the number of crimes against children is a priority for the police."),
        ("Aran Velt", "indirect", "Last year, over 1,800 children suffered from such crimes."),
        ("Aran Velt", "indirect", "Fighting smuggling is a priority."),
        ("Aran Velt", "indirect", "The President stressed the role of the border guards in the south."),
    ])


def test_a_gerund_judged_one_of_the_main_tasks_carries_the_report_on():
    body = _OPENING + (
        "President Velt said the economy of Dorvania should move from raw materials to new technologies. The "
        "country's leadership should build laboratories in the northern towns.\n\n"
        "Streamlining the patent law is one of the main tasks facing science. Mr Velt also named the training of "
        "engineers among the priorities."
    )
    assert_statements(body, [
        ("Aran Velt", "indirect",
         "President Velt said the economy of Dorvania should move from raw materials to new technologies."),
        ("Aran Velt", "indirect", "The country's leadership should build laboratories in the northern towns."),
        ("Aran Velt", "indirect", "Streamlining the patent law is one of the main tasks facing science."),
        ("Aran Velt", "indirect", "Mr Velt also named the training of engineers among the priorities."),
    ])


def test_an_inverted_participle_and_a_topic_of_the_meeting_stay_the_readouts():
    body = _OPENING + _REPORT + (
        "Taking part in the meeting were the heads of the regional police. The President stressed the role of the "
        "border guards in the south.\n\n"
        "Implementing a programme of cheap flights for the islands was a separate subject of discussion. The President "
        "stressed the need for more ferries."
    )
    assert_statements(body, [
        ("Aran Velt", "indirect",
         "The President said reducing the number of crimes against children is a priority for the police."),
        ("Aran Velt", "indirect", "Last year, over 1,800 children suffered from such crimes."),
        ("Aran Velt", "indirect", "The President stressed the role of the border guards in the south."),
        ("Aran Velt", "indirect", "The President stressed the need for more ferries."),
    ])
