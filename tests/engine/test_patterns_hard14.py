"""Patterns found by the fourteenth hard set (benchmarks/hard14/: twelve situations of the dev readouts
rewritten by a fifth hand with wording no set had used): each test an invented readout and the
statements GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements

_TALKS = "President Anton Maric met with Foreign Minister of Ostlund Greta Lind.\n\n"


def test_light_verbs_of_a_matter_flagged_signalled_or_noted():
    """A family of light verbs and phrasal verbs whose object is what was said: "flagged the need for
    …", "signalled his readiness / interest / that …", "took note of …", "took the opportunity to
    stress …", "floated the idea of …", "sounded a note of caution about …", "threw her weight
    behind …", "undertook to …", "conceded that …" (hard14 missed eleven statements of these).
    Their other senses stay narrative: "flagged off the convoy", "took part", "undertook a visit"."""
    body = (_TALKS + "The President flagged the need for more border guards. Ms Lind signalled her country's "
            "readiness to reopen the consulate. The President took note of the new customs rules. The guest "
            "floated the idea of a joint patrol. The President sounded a note of caution about the port's sale. "
            "Ms Lind threw her weight behind the plan. The President undertook to raise it with the Cabinet. "
            "Ms Lind conceded that the queues had grown.\n\n"
            "The President flagged off the convoy. Ms Lind took part in a wreath-laying ceremony. The President "
            "undertook a visit to the port.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President flagged the need for more border guards."),
        ("Greta Lind", "indirect", "Ms Lind signalled her country's readiness to reopen the consulate."),
        ("Anton Maric", "indirect", "The President took note of the new customs rules."),
        ("Greta Lind", "indirect", "The guest floated the idea of a joint patrol."),
        ("Anton Maric", "indirect", "The President sounded a note of caution about the port's sale."),
        ("Greta Lind", "indirect", "Ms Lind threw her weight behind the plan."),
        ("Anton Maric", "indirect", "The President undertook to raise it with the Cabinet."),
        ("Greta Lind", "indirect", "Ms Lind conceded that the queues had grown."),
    ])


def test_light_verbs_of_an_appeal_an_undertaking_or_a_report():
    """Light verbs whose noun is the speech act: "made an appeal / a plea for …", "put in a plea for
    …", "put on record his gratitude", "gave an undertaking that …", "gave a report on …", "laid
    the blame for … on …", "brought her up to date on …", "came out in support of …" (hard14 missed
    eight). Not "made a visit", "gave a reception", "came out of the meeting"."""
    body = (_TALKS + "The President made an appeal for an immediate truce. Ms Lind put in a plea for a "
            "humanitarian corridor. The President put on record his gratitude for Ostlund's help. Ms Lind gave "
            "an undertaking that the convoy would pass. The President gave a report on the fighting. Ms Lind "
            "laid the blame for the delay on the rebels. The President brought his guest up to date on the "
            "election. Ms Lind came out in support of the conference.\n\n"
            "The President made a visit to the port. Ms Lind gave a reception for the diplomats. The President "
            "came out of the meeting at noon.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President made an appeal for an immediate truce."),
        ("Greta Lind", "indirect", "Ms Lind put in a plea for a humanitarian corridor."),
        ("Anton Maric", "indirect", "The President put on record his gratitude for Ostlund's help."),
        ("Greta Lind", "indirect", "Ms Lind gave an undertaking that the convoy would pass."),
        ("Anton Maric", "indirect", "The President gave a report on the fighting."),
        ("Greta Lind", "indirect", "Ms Lind laid the blame for the delay on the rebels."),
        ("Anton Maric", "indirect", "The President brought his guest up to date on the election."),
        ("Greta Lind", "indirect", "Ms Lind came out in support of the conference."),
    ])


def test_adamant_or_emphatic_that():
    """"X was adamant that …", "She was emphatic that …": a position stated firmly, as "insisted"
    (hard14 missed two); "the adamant refusal of the rebels" has no person before it."""
    body = (_TALKS + "The President was adamant that the talks must resume. Ms Lind was emphatic that Ostlund "
            "would not recognise the vote. The adamant refusal of the rebels was discussed.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President was adamant that the talks must resume."),
        ("Greta Lind", "indirect", "Ms Lind was emphatic that Ostlund would not recognise the vote."),
    ])


def test_words_at_one_remove_reported_said_or_quoted():
    """"X is reported to have said …", "X is said to have remarked …", "X was quoted as saying …", "X
    was later quoted by the news agency as saying …": the subject's words, reported by the readout
    at one remove (hard14 missed five). "Two men are reported to have been arrested" says nothing."""
    body = (_TALKS + "The President is reported to have said that the border would reopen. Ms Lind is said to "
            "have remarked that the talks had been useful. The President was quoted as saying that trade had "
            "doubled. Ms Lind was later quoted by the Ostlund news agency as saying that the call had been warm. "
            "Two suspects are reported to have been arrested.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President is reported to have said that the border would reopen."),
        ("Greta Lind", "indirect", "Ms Lind is said to have remarked that the talks had been useful."),
        ("Anton Maric", "indirect", "The President was quoted as saying that trade had doubled."),
        ("Greta Lind", "indirect", "Ms Lind was later quoted by the Ostlund news agency as saying that the call "
                                   "had been warm."),
    ])


def test_it_was_stressed_by_someone_that():
    """"It was stressed by the Prime Minister that …": an impersonal passive with its agent and its
    content, the agent's statement, as "It was underlined by …" already was (hard14's missed it: read
    as "It was stated by X at …", which only says where the sentence before was said)."""
    body = (_TALKS + "It was stressed by the Foreign Minister that the border must stay open. The President "
            "thanked her for the visit.")
    assert_statements(body, [
        ("Greta Lind", "indirect", "It was stressed by the Foreign Minister that the border must stay open."),
        ("Anton Maric", "indirect", "The President thanked her for the visit."),
    ])


def test_a_person_named_by_the_nationality_alone():
    """"The Ostlander is reported to …", "The Veskarian made an appeal …": the person of that country
    named before, as "the Veskarian official" is (hard14 missed four: "The Tavrenian", "The Mariscan",
    "The Corsavian", "The Saravelian"). A people stays a group ("the Veskarians")."""
    body = ("President Anton Maric met with Foreign Minister of Veskaria Greta Lind.\n\n"
            "The President thanked her for the visit. The Veskarian made an appeal for more aid. The Veskarians "
            "welcomed the decision.")
    assert_statements(body, [
        ("Anton Maric", "indirect", "The President thanked her for the visit."),
        ("Greta Lind", "indirect", "The Veskarian made an appeal for more aid."),
    ])


def test_a_headline_clause_in_title_case_is_no_name():
    """A title written in title case ("Heating Season Under Control: Energy Headquarters Meets With
    President"): its clause is no person's name, and "The President" is the President the body names
    (hard14 gave his two statements to "Heating Season Under Control")."""
    body = ("A meeting chaired by President Taras Hlynets was held.\n\n"
            "The President insisted that no region should be left without generators.")
    assert_statements(body, [
        ("Taras Hlynets", "indirect", "The President insisted that no region should be left without generators."),
    ], title="Heating Season Under Control: Energy Headquarters Meets With President")


def test_a_quotation_then_was_how_or_a_verb_of_writing():
    """"“…,” was how the Foreign Minister summed up the visit." and "“…,” President Maric wrote
    afterwards on social media.": the quotation's speaker after it, through "was how X …" and a verb
    of writing (hard14 gave the first to no one's words and missed the second). "President Maric wrote
    a letter to …" stays narrative."""
    body = (_TALKS + "“We came here to build, not to sign papers,” was how the Foreign Minister summed up the "
            "visit. “This partnership delivers for both our peoples,” President Maric wrote afterwards on social "
            "media. President Maric wrote a letter to the Senate.")
    assert_statements(body, [
        ("Greta Lind", "direct", "We came here to build, not to sign papers"),
        ("Anton Maric", "direct", "This partnership delivers for both our peoples"),
    ])


def test_a_fronted_participle_then_a_subject_and_its_aside():
    """"Thanking him, Mr Tamlin, whose coalition took office in June, recalled …": a participle clause
    before the subject, then an aside before the verb; the subject is the name, as it is with no
    participle before it (hard14 missed it)."""
    body = ("President Luka Berant spoke by telephone with Prime Minister of Norvaine Ezra Tamlin.\n\n"
            "The President conveyed warm wishes to Ezra Tamlin. Thanking him, Mr Tamlin, whose coalition took "
            "office only in June, recalled the veterans of the war.")
    assert_statements(body, [
        ("Luka Berant", "indirect", "The President conveyed warm wishes to Ezra Tamlin."),
        ("Ezra Tamlin", "indirect", "Thanking him, Mr Tamlin, whose coalition took office only in June, recalled "
                                    "the veterans of the war."),
    ])


def test_an_office_taken_in_an_aside_names_the_person_later():
    """"Deputy Prime Minister Ivanna Kost, who was confirmed as Minister of Energy this week, …" then
    "The new Minister cautioned …": the office taken in the aside is hers, so "the Minister" is she, not
    the Prime Minister named before her (hard14 gave it to him)."""
    body = ("A meeting chaired by President Taras Hlynets was held. It was attended by Prime Minister Oleh "
            "Marchuk and Deputy Prime Minister Ivanna Kost, who was confirmed as Minister of Energy this week.\n\n"
            "Prime Minister Oleh Marchuk told those present that most homes were heated. The new Minister "
            "cautioned against complacency.")
    assert_statements(body, [
        ("Oleh Marchuk", "indirect", "Prime Minister Oleh Marchuk told those present that most homes were heated."),
        ("Ivanna Kost", "indirect", "The new Minister cautioned against complacency."),
    ])
