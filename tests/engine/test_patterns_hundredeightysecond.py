"""Rules from the hundred-eighty-second held-out set (president.gov.ua, Feb - Apr 2022): invented readouts,
invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_commissioned_the_government_to_is_an_order():
    """"President X commissioned the government to elaborate a special state program …" (73481): an order to
    those under him, as "instructed the government to". Before, no statement."""
    body = ("President Oren Talvik visited the town of Vessa. "
            "President Oren Talvik commissioned the government to draft a programme for every flooded village.")
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "President Oren Talvik commissioned the government to draft a programme for every flooded village."),
    ])


def test_a_commissioned_plant_is_no_order():
    """"commissioned" with no object and "to" + verb (a plant put into service) stays narrative."""
    body = ("President Oren Talvik visited the town of Vessa. "
            "President Oren Talvik commissioned the new power plant of the town.")
    assert_statements(body, [])


def test_the_office_of_the_president_is_not_the_president():
    """"The Office of the President called on the citizens of Ukraine to keep calm." (73117): the institution
    named after the office it serves is not the office holder. Before, the sentence went to the President."""
    body = ("President Oren Talvik held a briefing in Vessa. "
            '"We are ready," the President said. '
            "The Office of the President called on the citizens of Kestria to keep calm.")
    assert_statements(body, [
        ("Oren Talvik", "direct", "We are ready"),
    ])


def test_people_after_together_with_are_not_the_subject():
    """"The Head of State thanked the businessmen …, and together with other high-ranking officials informed them
    about the current situation." (73097): the officials after "together with" are not the subject of
    "informed"; the sentence is one statement of the President. Before, it was cut at ", and"."""
    body = ("President Oren Talvik met with farmers of Kestria. "
            "President Oren Talvik thanked the farmers for their work, and together with other senior officials "
            "informed them about the harvest.")
    assert_statements(body, [
        ("Oren Talvik", "indirect",
         "President Oren Talvik thanked the farmers for their work, and together with other senior officials "
         "informed them about the harvest."),
    ])


def test_a_lead_of_two_unnamed_sentences_before_this_was_stated_by():
    """"The Armed Forces of Ukraine are fighting hard battles … The Ukrainian servicemen need the support of
    citizens. This was stated by President X during a briefing …" (73121): a lead of two sentences naming no
    one is the speaker's, both sentences. Before, only the second was his."""
    body = ("The army of Kestria is holding its positions along the whole river. "
            "The soldiers need the support of every citizen. "
            "This was stated by President Oren Talvik during a briefing in Vessa. "
            '"Support our army," Oren Talvik said.')
    assert_statements(body, [
        ("Oren Talvik", "indirect", "The army of Kestria is holding its positions along the whole river."),
        ("Oren Talvik", "indirect", "The soldiers need the support of every citizen."),
        ("Oren Talvik", "direct", "Support our army"),
    ])
