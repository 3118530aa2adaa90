"""Readings of real text of stop 32, the French Ministry for Europe and Foreign Affairs' English communiqués: a
minister known only by the office, "the Minister" of a communiqué that names one untitled person, "attached importance
to", and a visit's programme that ends a report carried on.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

TITLE = "Lirea – Conversation between the Minister for Europe and Foreign Affairs and Olek Tarnas (31 Mar. 2022)"


def test_a_ministers_full_office_alone_is_one_person_known_by_it():
    """"The Minister for Europe and Foreign Affairs spoke today with his Ukrainian counterpart, Dmytro Kuleba. … The
    Minister expressed his full support for the Ukrainian authorities …" (two-hundred-ninety-third le_drian_kuleba):
    a ministry's communiqué names its own minister only by the office; "The Minister" is that office's holder."""
    body = (
        "The Minister for Europe and Foreign Affairs spoke today with his Lirean counterpart, Olek Tarnas.\n\n"
        "The two ministers reviewed the status of the talks. The Minister expressed his full support for the Lirean "
        "authorities. The minister also discussed with his counterpart the humanitarian situation in the east.\n\n"
        "The two ministers agreed to remain in close contact."
    )
    assert_statements(body, [
        ("The Minister for Europe and Foreign Affairs", "indirect",
         "The Minister expressed his full support for the Lirean authorities."),
        ("The Minister for Europe and Foreign Affairs", "indirect",
         "The minister also discussed with his counterpart the humanitarian situation in the east."),
    ], title=TITLE)


def test_a_named_ministers_office_stays_with_the_name():
    """Guard: the office given with a name ("Minister for Foreign Affairs Marta Selin"): "The Minister" is she, not
    a second person known by the office."""
    body = (
        "Minister for Foreign Affairs Marta Selin spoke today with her Lirean counterpart, Olek Tarnas.\n\n"
        "The Minister expressed her full support for the Lirean authorities."
    )
    assert_statements(body, [
        ("Marta Selin", "indirect", "The Minister expressed her full support for the Lirean authorities."),
    ], title=TITLE)


def test_the_minister_is_the_only_person_named_when_her_office_is_never_given():
    """"Italy – Conversation between Mme Catherine Colonna and her counterpart / … Mme Colonna recalled … The
    Minister emphasized the importance of our coordination …" (two-hundred-ninety-third colonna_italy): the one
    person named, untitled, is "the Minister" of her ministry's communiqué."""
    body = (
        "The day after the Lirean National Day, Mme Selin recalled the importance we attach to our partnership.\n\n"
        "The Minister emphasized the importance of our coordination in the support provided to Vesland. "
        "The ministers talked about food security issues."
    )
    assert_statements(body, [
        ("Mme Marta Selin", "indirect",
         "The day after the Lirean National Day, Mme Selin recalled the importance we attach to our partnership."),
        ("Mme Marta Selin", "indirect",
         "The Minister emphasized the importance of our coordination in the support provided to Vesland."),
    ], title="Lirea – Conversation between Mme Marta Selin and her counterpart (3 June 2022)")


def test_the_minister_is_not_one_of_two_people_named():
    """Guard: two people named, neither with an office: "the Minister" may be either; no one is read."""
    body = (
        "Mme Selin received Mr Olek Tarnas today. Mme Selin recalled the importance of our partnership.\n\n"
        "The Minister emphasized the importance of our coordination in the support provided to Vesland."
    )
    assert_statements(body, [
        ("Mme Marta Selin", "indirect", "Mme Selin recalled the importance of our partnership."),
    ], title="Lirea – Meeting between Mme Marta Selin and Mr Olek Tarnas")


def test_attached_importance_to_is_a_statement():
    """"She also attached importance to the relationship between the Strategic Concept and the Strategic Compass"
    (two-hundred-ninety-third colonna_albares): a value stated, as "stressed the importance of"."""
    body = (
        "Mme Marta Selin, Minister for Europe and Foreign Affairs, received her Lirean counterpart, Mr Olek Tarnas, "
        "today.\n\n"
        "Mme Selin recalled the importance of our cooperation. She also attached importance to the relationship "
        "between the two strategies, ahead of the next summit."
    )
    assert_statements(body, [
        ("Mme Marta Selin", "indirect", "Mme Selin recalled the importance of our cooperation."),
        ("Mme Marta Selin", "indirect", "She also attached importance to the relationship between the two strategies, "
                                    "ahead of the next summit."),
    ], title="Lirea – Meeting between Mme Marta Selin and her counterpart")


def test_a_document_attached_to_a_letter_is_no_statement():
    """Guard: "attached" with no "importance to" after it ("attached a map to the letter"): an act, not words."""
    body = (
        "Mme Marta Selin, Minister for Europe and Foreign Affairs, received her Lirean counterpart, Mr Olek Tarnas, "
        "today.\n\n"
        "Mme Selin attached a map of the border to her letter. The map was drawn in 1920."
    )
    assert_statements(body, [], title="Lirea – Meeting between Mme Marta Selin and her counterpart")


def test_a_visits_programme_ends_the_report_carried_on():
    """"… the Minister of State reaffirmed France's commitment to its Indo-Pacific partners … She is also attending
    meetings of the G20 development ministers. These meetings represent an opportunity to encourage G20 members …"
    (two-hundred-ninety-third zacharopoulou_indonesia): after the reporter's own programme ("is also attending"),
    as after "He then visited …", the communiqué's account, not her words."""
    body = (
        "Marta Selin, Minister of State for Development, is visiting Lirea from September 7 to 9.\n\n"
        "She reiterated Kastravia's wish to see this plan implemented. She is also attending meetings of the G20 "
        "development ministers. These meetings represent an opportunity for G20 members."
    )
    assert_statements(body, [
        ("Marta Selin", "indirect", "She reiterated Kastravia's wish to see this plan implemented."),
    ], title="Lirea - Visit by Marta Selin (7-9 Sept. 2022)")


def test_a_report_goes_on_with_no_programme_between():
    """Guard: the sentence right after her statement, with no act of hers between, carries her report on."""
    body = (
        "Marta Selin, Minister of State for Development, is visiting Lirea from September 7 to 9.\n\n"
        "She reiterated Kastravia's wish to see this plan implemented. This would help the poorest members."
    )
    assert_statements(body, [
        ("Marta Selin", "indirect", "She reiterated Kastravia's wish to see this plan implemented."),
        ("Marta Selin", "indirect", "This would help the poorest members."),
    ], title="Lirea - Visit by Marta Selin (7-9 Sept. 2022)")


def test_a_state_attaching_importance_inside_a_statement_keeps_it_whole():
    """Guard: "Pointing out that Anatolya attached great importance to peace and stability in West Africa, President
    Aydemir said that …" (styles turkey): a state's stance inside one person's sentence, no cue of its own."""
    body = (
        "President Kemal Aydemir had a phone call with President Ama Boateng of Ghanara.\n\n"
        "Pointing out that Lirea attached great importance to peace and stability in the region, President Aydemir "
        "said that Lirea would continue to stand by the Ghanaran people."
    )
    assert_statements(body, [
        ("Kemal Aydemir", "indirect", "Pointing out that Lirea attached great importance to peace and stability in the "
                                      "region, President Aydemir said that Lirea would continue to stand by the "
                                      "Ghanaran people."),
    ], title="Phone call with the President of Ghanara")
