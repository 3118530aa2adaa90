"""Rules from the nine-hundred-ninety-seventh held-out set (the Governor of Cameroon's North West Region and those at
his meetings, 2017-2020): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_the_governor_of_a_named_region_is_one_unnamed_holder():
    """"In the same vain, the governor of the North West region called for the observation of a minute of silence …"
    (Mimi Mefo Info): a local office "of" an area named before its kind in lower case is the area's one holder, as "the
    regional governor" is. Before, the capitals after the office kept it from `_local_holder` and the statement had
    no speaker."""
    body = ("The mayor of Velm, Tomas Brevik, said the roads are bad.\n\n"
            "The governor of the Lorvia region called for a minute of silence for the victims.")
    assert_statements(body, [
        ("Tomas Brevik", "indirect", "The mayor of Velm, Tomas Brevik, said the roads are bad."),
        ("The governor of the Lorvia region", "indirect",
         "The governor of the Lorvia region called for a minute of silence for the victims."),
    ])


def test_the_governor_of_a_named_bank_stays_no_one():
    """The guard: "the Governor of the Central Bank" is an office of a body, not of an area: no holder made of it."""
    body = ("The mayor of Velm, Tomas Brevik, said the roads are bad.\n\n"
            "The Governor of the Central Bank said the rates would stay.")
    assert_statements(body, [
        ("Tomas Brevik", "indirect", "The mayor of Velm, Tomas Brevik, said the roads are bad."),
    ])


def test_headline_backs_parts_the_office_from_its_object():
    """"North West Governor Backs operation “Bamenda Clean,” prescribes …" (observer237): "Backs" is the headline's
    verb, no person "Backs" holding the office Governor, who took the body's "The Governor instructed …" after the City
    Mayor had spoken."""
    body = ("The Governor of the Lorvia Region Tomas Brevik has called on the population of Velm to comply.\n\n"
            "In his welcome remarks, the City Mayor, Paul Orlan re-emphasised the need to get bikes out of the city "
            "centre.\n\n"
            "The meeting also focused on the school year. The Governor instructed stakeholders to take necessary "
            "actions.")
    assert_statements(body, [
        ("Tomas Brevik", "indirect",
         "The Governor of the Lorvia Region Tomas Brevik has called on the population of Velm to comply."),
        ("Paul Orlan", "indirect", "In his welcome remarks, the City Mayor, Paul Orlan re-emphasised the need to get "
         "bikes out of the city centre."),
        ("Tomas Brevik", "indirect", "The Governor instructed stakeholders to take necessary actions."),
    ], title="Lorvia Governor Backs operation “Clean,” prescribes order")


def test_called_the_people_to_patiently_wait_is_an_appeal():
    """"Adolph Lele L’Afrique called the people to patiently wait for implementation of resolutions …" (Mimi Mefo
    Info): "called" without "on", whom, then an adverb and an infinitive of waiting, an appeal as "called on … to"."""
    body = ("The mayor of Velm, Tomas Brevik, met traders on Monday.\n\n"
            "Tomas Brevik called the people to patiently wait for the resolutions of the dialogue.\n\n"
            "He also called traders to remain calm.")
    assert_statements(body, [
        ("Tomas Brevik", "indirect",
         "Tomas Brevik called the people to patiently wait for the resolutions of the dialogue."),
        ("Tomas Brevik", "indirect", "He also called traders to remain calm."),
    ])


def test_called_the_minister_to_discuss_stays_a_call():
    """The guard: "called the minister to discuss …" is a telephone call and its purpose: no statement."""
    body = ("The mayor of Velm, Tomas Brevik, met traders on Monday.\n\n"
            "Tomas Brevik called the minister to discuss the taxes.")
    assert_statements(body, [])


def test_the_meeting_comes_few_days_after_is_narrative():
    """"The administrative and security coordination meeting comes few days after the convening of the … Regional
    Elections." (observer237), between two statements of the Governor: when the meeting fell, in the present tense
    and after four words before "meeting", the writer's; before, it was carried on as his."""
    body = ("The Governor of the Lorvia Region Tomas Brevik has called on the population to comply.\n\n"
            "The meeting also focused on the school year. The Governor instructed stakeholders to act\n\n"
            "The administrative and security coordination meeting comes few days after the convening of the "
            "December 6, 2020 Regional Elections.\n\n"
            "Brevik requested that traditional rulers should take part")
    assert_statements(body, [
        ("Tomas Brevik", "indirect", "The Governor of the Lorvia Region Tomas Brevik has called on the population to "
         "comply."),
        ("Tomas Brevik", "indirect", "The Governor instructed stakeholders to act"),
        ("Tomas Brevik", "indirect", "Brevik requested that traditional rulers should take part"),
    ])

