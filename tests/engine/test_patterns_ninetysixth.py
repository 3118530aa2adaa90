"""Patterns found by the ninety-sixth held-out set (real Kremlin news readouts, Mar - Jun 2022, from the corpus's upstream).

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_a_joined_transcript_in_the_only_paragraph_is_read():
    """A scraped readout with no lead: its one paragraph is the joined body, narrative and then the
    transcript ("… awarded to his son posthumously.*** President of Russia Vladimir Putin: Mr Zhoga,
    …"). The labels inside it are read as in the paragraphs after a lead."""
    body = (
        "Petr Halen met with Anton Drass, the father of a pilot who was killed in the floods. The President "
        "presented to Anton Drass the medal awarded to his son posthumously.*** President of Velmora Petr Halen: "
        "Mr Drass, I present to you the medal for your son. You have my condolences. Anton Drass: Thank you "
        "very much, Mr President. We are proud of him. Petr Halen: Thank you."
    )
    assert_statements(body, [
        ("Petr Halen", "direct", "Mr Drass, I present to you the medal for your son. You have my condolences."),
        ("Anton Drass", "direct", "Thank you very much, Mr President. We are proud of him."),
        ("Petr Halen", "direct", "Thank you."),
    ])


def test_a_related_congratulatory_message_sent_is_a_statement():
    """"Earlier, Vladimir Putin sent a related congratulatory message to …": a word between the
    article and "congratulatory message" leaves it a message of congratulations (the settled
    convention: the sender's indirect statement)."""
    body = (
        "Petr Halen had a telephone conversation with President-Elect of Dornia Anton Drass.\n\n"
        "Petr Halen congratulated Anton Drass on winning the election. Earlier, Petr Halen sent a related "
        "congratulatory message to Anton Drass."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen congratulated Anton Drass on winning the election."),
        ("Petr Halen", "indirect", "Earlier, Petr Halen sent a related congratulatory message to Anton Drass."),
    ])


def test_what_a_thing_has_today_carries_a_report_on():
    """"Today, every hospital has its own team of specialists.": in a governor's report, what a thing
    has now (not "has signed"), no news of the day: his report goes on over it."""
    body = (
        "Petr Halen had a working meeting with Head of the Republic of Velmora Anton Drass.\n\n"
        "Anton Drass reported that social payments were being made on schedule. A retirement home has been "
        "built for veterans. Today, every hospital has its own team of specialists. The Ministry of Health "
        "helped the republic to obtain equipment."
    )
    assert_statements(body, [
        ("Anton Drass", "indirect", "Anton Drass reported that social payments were being made on schedule."),
        ("Anton Drass", "indirect", "A retirement home has been built for veterans."),
        ("Anton Drass", "indirect", "Today, every hospital has its own team of specialists."),
        ("Anton Drass", "indirect", "The Ministry of Health helped the republic to obtain equipment."),
    ])


def test_a_guests_report_between_the_hosts_remarks_goes_on():
    """A joined paragraph of a reported meeting: the host speaks, the guest reports, the host replies.
    The guest's report goes on over the sentences in which no one acts or speaks up to the host's
    reply ("Mr Chukalin reported that … . The applications are received … . The Foundation has a
    system … . Vladimir Putin noted that this was …")."""
    body = (
        "Petr Halen met with Director of the Grants Fund Anton Drass.\n\n"
        "Petr Halen said it is good that people implement their ideas. Anton Drass said the sector has grown. "
        "Mr Drass reported that in 2017 the Fund was the first institution to go digital. The applications "
        "are received and processed and all the procedures like monitoring, reporting and summing up the results "
        "are done electronically. The Fund has a system for managing projects. Petr Halen "
        "noted that this was important."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen said it is good that people implement their ideas."),
        ("Anton Drass", "indirect", "Anton Drass said the sector has grown."),
        ("Anton Drass", "indirect", "Mr Drass reported that in 2017 the Fund was the first institution to go digital."),
        ("Anton Drass", "indirect", "The applications are received and processed and all the procedures like "
                                    "monitoring, reporting and summing up the results are done electronically."),
        ("Anton Drass", "indirect", "The Fund has a system for managing projects."),
        ("Petr Halen", "indirect", "Petr Halen noted that this was important."),
    ])


def test_a_report_after_a_possessive_is_a_noun():
    """"Commissioner X presented her annual performance report to the President and told him about
    …": "report" after "her" (and words that qualify it) is a noun, not a verb whose subject is "her";
    the sentence's speaker is the commissioner, who told him about her work."""
    body = (
        "Commissioner for Children Anna Drass presented her annual performance report to the President and "
        "told him about the work to bring children back.\n\n"
        "President Petr Halen: Good afternoon."
    )
    assert_statements(body, [
        ("Anna Drass", "indirect", "Commissioner for Children Anna Drass presented her annual performance report "
                                   "to the President and told him about the work to bring children back."),
        ("Petr Halen", "direct", "Good afternoon."),
    ])
