"""Rules found by helper h609's set hard52 (reference over distance, quotations carried on in reported speech): a
country's office written in lower case beside a name, as wire copy writes it ("Ostralda's foreign minister, X,", "X,
Kessmoor's foreign minister since 2023,"), is the person's office; "X took office as <office>, succeeding Y" makes X the
holder and Y the former one ("the outgoing minister", "the former minister").

Each test is a small invented readout (invented people and countries); the rule's tests fail without it, and guard
tests keep what it must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_country_office_in_lower_case_after_the_name_leaves_the_quotation_its_speaker():
    """"“…,” X, Kessmoor's foreign minister since 2023, told reporters": the aside is an office, so the quotation is
    X's (before, the tag was read as a sentence of its own and the words were no one's)."""
    body = (
        "Talks on the Tarrow valley ended in Lenning on Tuesday.\n\n"
        "“We have lost two years, and we will not lose a third,” Olbrecht Fanshawe, Kessmoor's foreign minister "
        "since 2023, told reporters afterwards."
    )
    assert_statements(body, [
        ("Olbrecht Fanshawe", "direct", "We have lost two years, and we will not lose a third"),
    ])


def test_country_office_in_lower_case_is_what_a_later_description_means():
    """"Ostralda's foreign minister, X, …" then "The Ostraldan minister said …" and "X, Kessmoor's foreign minister,
    …" then "Kessmoor's chief diplomat said …": each office learned from the lower-case aside (before, neither person
    held an office, and both sentences were no one's)."""
    body = (
        "Ostralda's foreign minister, Tamir Quellhorn, who flew in on Monday evening, met Olbrecht Fanshawe, "
        "Kessmoor's foreign minister, at the Vaudric embassy.\n\n"
        "The Ostraldan minister said that the water rules should be settled first.\n\n"
        "Kessmoor's chief diplomat said that both could be settled in one treaty."
    )
    assert_statements(body, [
        ("Tamir Quellhorn", "indirect", "The Ostraldan minister said that the water rules should be settled first."),
        ("Olbrecht Fanshawe", "indirect", "Kessmoor's chief diplomat said that both could be settled in one treaty."),
    ])


def test_one_who_took_office_succeeding_another_leaves_the_other_the_former_holder():
    """"X took office as Minister of Foreign Affairs …, succeeding Y": "the outgoing minister" and "the former
    minister" are Y, "the new minister" X (before, neither held the office, and each description went to X, the
    last named speaker)."""
    body = (
        "Brisande Holloway took office as Minister of Foreign Affairs of Velmara on Monday, succeeding Ottoline "
        "Sarrazin, who had held the post since 2019.\n\n"
        "“I leave a ministry in good order,” the outgoing minister told the staff.\n\n"
        "Ms. Holloway thanked her predecessor. “Continuity is a duty,” the new minister said.\n\n"
        "Asked whether she would stay in politics, the former minister said that she would take a long walk first."
    )
    assert_statements(body, [
        ("Ottoline Sarrazin", "direct", "I leave a ministry in good order"),
        ("Brisande Holloway", "indirect", "Ms. Holloway thanked her predecessor."),
        ("Brisande Holloway", "direct", "Continuity is a duty"),
        ("Ottoline Sarrazin", "indirect", "Asked whether she would stay in politics, the former minister said that she "
                                          "would take a long walk first."),
    ])


def test_former_before_an_office_held_now_is_still_its_holder_when_no_one_held_it_before():
    """Guard: with no former holder named, "the former minister" is read as before (the one minister there)."""
    body = (
        "Minister of Trade of Velmara Brisande Holloway received business leaders.\n\n"
        "The former minister said that the tariff would be cut."
    )
    assert_statements(body, [
        ("Brisande Holloway", "indirect", "The former minister said that the tariff would be cut."),
    ])


def test_an_aside_on_age_beside_another_leaves_the_name_the_subject():
    """"Minister X, the elder of the two by some twenty years, said …": an aside that describes her (before, the aside
    hid the subject and the sentence was no one's)."""
    body = (
        "The Minister of Trade of Kessmoor, Cliona Ravensworth, met her Ostraldan counterpart, Hedda Morlaix, in "
        "Varnskog. Minister Morlaix, the elder of the two by some twenty years, said that the quota was older than "
        "her career."
    )
    assert_statements(body, [
        ("Hedda Morlaix", "indirect", "Minister Morlaix, the elder of the two by some twenty years, said that the quota "
                                      "was older than her career."),
    ])


def test_the_newcomer_is_the_one_who_took_the_office():
    """"X took office as …, succeeding Y … The newcomer, a former ambassador, added …": X, as "her successor" would
    be (before, "the newcomer" was no one)."""
    body = (
        "Brisande Holloway took office as Minister of Foreign Affairs of Velmara on Monday, succeeding Ottoline "
        "Sarrazin.\n\n"
        "Ms. Sarrazin thanked the staff.\n\n"
        "The newcomer, a former ambassador to Kessmoor, added that her first visit would be to Ostralda."
    )
    assert_statements(body, [
        ("Ottoline Sarrazin", "indirect", "Ms. Sarrazin thanked the staff."),
        ("Brisande Holloway", "indirect", "The newcomer, a former ambassador to Kessmoor, added that her first visit "
                                          "would be to Ostralda."),
    ])


def test_a_countrys_foreign_policy_chief_is_its_foreign_minister():
    """"Kessmoor's foreign policy chief countered …": the foreign minister of Kessmoor, as its "top diplomat" is
    (before, no one)."""
    body = (
        "The Foreign Minister of Kessmoor, Olbrecht Fanshawe, met the Foreign Minister of Ostralda, Tamir Quellhorn, "
        "in Lenning.\n\n"
        "Kessmoor's foreign policy chief countered that the two questions could be settled in one treaty."
    )
    assert_statements(body, [
        ("Olbrecht Fanshawe", "indirect", "Kessmoor's foreign policy chief countered that the two questions could be "
                                          "settled in one treaty."),
    ])


def test_a_description_then_its_holders_titled_name_of_a_place_is_the_subject():
    """"The next speaker, Mayor X of Bransk, recalled …": the description, then the holder's titled name with its
    place, set off by commas (before, the description was read as the subject and resolved to no one)."""
    body = (
        "The mayors of Varnskog, Bransk and Corvanne opened the forum. The next speaker, Mayor Dorian Felbrigg of "
        "Bransk, recalled that the first forum had been held in a bus depot."
    )
    assert_statements(body, [
        ("Dorian Felbrigg", "indirect", "The next speaker, Mayor Dorian Felbrigg of Bransk, recalled that the first "
                                        "forum had been held in a bus depot."),
    ])


def test_the_former_and_the_latter_after_two_documents_are_no_one():
    """"Two documents were signed: a memorandum … and a protocol …. The latter commits …; the former states that …":
    the documents, not the two ministers named a sentence earlier (before, "the former" was the first minister)."""
    body = (
        "The Minister of Foreign Affairs of Ostralda, Petra Tallis, and the Minister of Foreign Affairs of Vaudria, "
        "Amabel Corrigan, met in Dornholm.\n\n"
        "Two documents were signed: a memorandum on consular cooperation and a protocol on the rail link. The latter "
        "commits the two ministries to meet every six months; the former states that each country may open a "
        "consulate in the other's border towns."
    )
    assert_statements(body, [])


def test_the_latter_after_two_people_is_still_the_second():
    """Guard: "X met Y. The latter said …" is Y, as before."""
    body = "President Ardal Venn met Prime Minister Sorrel Quaid. The latter said that the rail plan was sound."
    assert_statements(body, [
        ("Sorrel Quaid", "indirect", "The latter said that the rail plan was sound."),
    ])


def test_the_caller_is_the_one_at_whose_initiative_the_call_was_held():
    """"X had a telephone conversation with Y at the latter's initiative. The caller informed …": Y, who called
    (before, "the caller" was no one); "at the former's initiative" makes X the caller."""
    body = (
        "President of Ostralda Eberhard Wolmarans had a telephone conversation with President of Kessmoor Bastian "
        "Ruthwell at the latter's initiative.\n\n"
        "The caller informed his counterpart of the results of the valley talks."
    )
    assert_statements(body, [
        ("Bastian Ruthwell", "indirect", "The caller informed his counterpart of the results of the valley talks."),
    ])
    body = body.replace("latter's", "former's")
    assert_statements(body, [
        ("Eberhard Wolmarans", "indirect", "The caller informed his counterpart of the results of the valley talks."),
    ])


def test_a_report_goes_on_after_the_quotations_tag_with_going_on_to():
    """"“…,” X told the staff, before going on to thank …": the quotation, then a report of X's from "before" (before,
    the words after the tag were no one's)."""
    body = (
        "Minister of Foreign Affairs of Velmara Ottoline Sarrazin addressed the staff on her last day.\n\n"
        "“I leave a ministry in good order,” the Minister told the staff, before going on to thank the embassies that "
        "had kept working through the floods."
    )
    assert_statements(body, [
        ("Ottoline Sarrazin", "direct", "I leave a ministry in good order"),
        ("Ottoline Sarrazin", "indirect", "before going on to thank the embassies that had kept working through the "
                                          "floods."),
    ])


def test_a_described_person_who_acts_just_before_is_the_pronoun_of_the_quotation_after():
    """"Minister Y said …. [paragraph] The other minister laughed. “…,” she said.": the one described in the sentence
    before, who acts there and says nothing, not Y, who spoke last (before, the words went to Y)."""
    body = (
        "The Minister of Trade of Kessmoor, Ms. Cliona Ravensworth, met her Ostraldan counterpart, Ms. Hedda Morlaix, "
        "in Varnskog.\n\n"
        "Minister Morlaix said that the quota was old.\n\n"
        "The other minister laughed. “Then it is time we ended it,” she said."
    )
    assert_statements(body, [
        ("Hedda Morlaix", "indirect", "Minister Morlaix said that the quota was old."),
        ("Cliona Ravensworth", "direct", "Then it is time we ended it"),
    ])


def test_a_pronoun_after_a_described_speaker_stays_the_speakers():
    """Guard: "The Minister of Trade of Kessmoor said …. “…,” she added." is hers, as before (the sentence before is a
    statement, its subject already the last one who spoke)."""
    body = (
        "The Minister of Trade of Kessmoor, Ms. Cliona Ravensworth, met her Ostraldan counterpart, Ms. Hedda Morlaix, "
        "in Varnskog.\n\n"
        "The Minister of Trade of Kessmoor said that the quota would go. “It is time,” she added."
    )
    assert_statements(body, [
        ("Cliona Ravensworth", "indirect", "The Minister of Trade of Kessmoor said that the quota would go."),
        ("Cliona Ravensworth", "direct", "It is time"),
    ])
