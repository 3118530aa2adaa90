"""Patterns found by the fifteenth hard set (benchmarks/hard15/: a Belarus-like presidency's
house readouts written by another hand): each test an invented readout and the statements
GOLD-FORMAT.md gives it."""
from __future__ import annotations

from .test_patterns import assert_statements, run

_REPORT = "President Tomas Varek heard a report of Governor Ilya Brandt.\n\n"


def test_a_headlines_present_tense_verb_names_no_one():
    """"Head of State Hears Report of Minister of Health", "HEAD OF STATE ANSWERS QUESTIONS FROM
    JOURNALISTS": the headline's verb parts its subject from its object, and the capitalised
    words after it ("Report", "QUESTIONS") are no person, so "the President" is the one the body
    names (hard15 gave five statements to "Hears Report" and "ANSWERS QUESTIONS")."""
    body = "On 3 July, President Tomas Varek talked to journalists.\n\nThe President thanked the veterans.\n"
    for title in ("Head of State Hears Report of Minister of Health",
                  "HEAD OF STATE ANSWERS QUESTIONS FROM JOURNALISTS AFTER CEREMONY"):
        assert_statements(body, [("Tomas Varek", "indirect", "The President thanked the veterans.")], title=title)


def test_a_possessive_noun_of_speech_before_a_colon():
    """"Tomas Varek's reply was short: …", "The head of state's answer: …", "The President's
    instruction to the Government was unambiguous: …", "Ilya Brandt's assessment is that …": a
    person's reply, answer, order or assessment, its content after the colon (as hard13's "X's
    hope was that …"; hard15 missed four); "The governor's invitation … was accepted." is narrative."""
    body = (_REPORT + "Tomas Varek's reply was short: let them come and see. The head of state's answer: we are "
            "ready to talk. The President's instruction to the Government was unambiguous: prices must be agreed. "
            "Ilya Brandt's assessment is that the harvest is good. The governor's invitation to the fair was accepted.")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "Tomas Varek's reply was short: let them come and see."),
        ("Tomas Varek", "indirect", "The head of state's answer: we are ready to talk."),
        ("Tomas Varek", "indirect", "The President's instruction to the Government was unambiguous: prices must be agreed."),
        ("Ilya Brandt", "indirect", "Ilya Brandt's assessment is that the harvest is good."),
    ])


def test_a_stance_stated_through_an_adjective():
    """"was adamant that …", "was categorical: …", "was critical of …", and "is convinced: …"
    after a name set off by commas ("The President of X, Tomas Varek, is convinced: …"): a stance
    stated, as "insisted", "criticised", "is convinced that" (hard15 missed four); "critical
    infrastructure" and "is critical for" are no one's."""
    body = (_REPORT + "Critical infrastructure in the region is safe. Water is critical for the farms.\n\n"
            "The President of Ostrel, Tomas Varek, is convinced: the time of ultimatums has passed. The "
            "head of state was critical of the situation with flax. The governor was adamant that the flax would be "
            "in by May. The President was categorical: no increases.")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "The President of Ostrel, Tomas Varek, is convinced: the time of ultimatums has passed."),
        ("Tomas Varek", "indirect", "The head of state was critical of the situation with flax."),
        ("Ilya Brandt", "indirect", "The governor was adamant that the flax would be in by May."),
        ("Tomas Varek", "indirect", "The President was categorical: no increases."),
    ])


def test_light_verbs_and_phrases_of_speech():
    """A family of verbs and light-verb phrases that report speech: "conceded", "signalled",
    "flagged", "joked", "dwelt on", "floated the idea of", "came out in support of", "did not
    mince words: …", "made an appeal for", "gave his word that", "put the question point-blank:
    …" (hard15 missed twelve); "came out of the hall", "The flags were raised" are not speech."""
    body = (_REPORT + "The governor conceded that the oblast had underestimated the risks. Ilya Brandt signalled that "
            "the region was ready. He flagged the problem of customs procedures. Tomas Varek joked that there would "
            "be more buses. The governor came out in support of extending the controls. Tomas Varek dwelt on the need "
            "to build up the network. The head of state also floated the idea of assembling elevators. The head of "
            "state did not mince words: this is nothing. The governor made an appeal for the release of two "
            "farmers. The President gave his word that a centre would open. Tomas Varek put the question point-blank: "
            "why is the flax still in the fields? The governor came out of the hall. The flags were raised.")
    assert_statements(body, [
        ("Ilya Brandt", "indirect", "The governor conceded that the oblast had underestimated the risks."),
        ("Ilya Brandt", "indirect", "Ilya Brandt signalled that the region was ready."),
        ("Ilya Brandt", "indirect", "He flagged the problem of customs procedures."),
        ("Tomas Varek", "indirect", "Tomas Varek joked that there would be more buses."),
        ("Ilya Brandt", "indirect", "The governor came out in support of extending the controls."),
        ("Tomas Varek", "indirect", "Tomas Varek dwelt on the need to build up the network."),
        ("Tomas Varek", "indirect", "The head of state also floated the idea of assembling elevators."),
        ("Tomas Varek", "indirect", "The head of state did not mince words: this is nothing."),
        ("Ilya Brandt", "indirect", "The governor made an appeal for the release of two farmers."),
        ("Tomas Varek", "indirect", "The President gave his word that a centre would open."),
        ("Tomas Varek", "indirect", "Tomas Varek put the question point-blank: why is the flax still in the fields?"),
    ])


def test_signals_as_a_noun_is_no_speech():
    """"Mixed signals reached the market.": the noun "signals" is no form of the verb "signal" (its
    past and -ing forms speak), so no one speaks in it. (Inside a report, a sentence with a thing for
    its subject may still carry the report on: here there is none.)"""
    assert_statements("Mixed signals reached the market. The flags were raised.", [])


def test_came_and_dwelt_as_past_tenses_after_a_name_in_apposition():
    """"The head of the Ministry of Economy, Natallia Vel, came out in support of …", "…, dwelt
    on …": "came" and "dwelt" are past tenses (as hard13's "made", "left", "found"), so the name
    set off by commas before them is the subject (hard15 missed it)."""
    body = ("President Tomas Varek met with Minister of Economy Natallia Vel.\n\n"
            "The head of the Ministry of Economy, Natallia Vel, came out in support of extending the price controls. "
            "The head of the Ministry of Economy, Natallia Vel, dwelt on the prices of meat.")
    assert_statements(body, [
        ("Natallia Vel", "indirect", "The head of the Ministry of Economy, Natallia Vel, came out in support of "
                                    "extending the price controls."),
        ("Natallia Vel", "indirect", "The head of the Ministry of Economy, Natallia Vel, dwelt on the prices of meat."),
    ])


def test_a_pronouns_noun_of_speech_before_a_colon_and_a_position_on_a_matter():
    """"Her conclusion: …" opening a sentence, after she reported (as "X's reply was short: …"), and
    "The head of state's position on the matter is well known" (as "X's position is …"; hard15
    missed the first and gave the second to the guest); "Her visit was short." is narrative."""
    body = ("President Tomas Varek heard a report of Chairwoman Iryna Sauk.\n\n"
            "Iryna Sauk briefed the head of state on the inspections. Her conclusion: the problem lies with the "
            "customers.\n\nThe head of state's position on the matter is well known.\n\nHer visit was short.")
    result = run(body)
    got = [(s.speaker, s.text) for s in result.statements if s.speaker is not None]
    assert ("Iryna Sauk", "Her conclusion: the problem lies with the customers.") in got
    assert ("Tomas Varek", "The head of state's position on the matter is well known.") in got
    assert all(not text.startswith("Her visit") for _, text in got)


def test_a_manner_adverb_after_a_describing_aside():
    """"The Governor, who is on a three-day visit …, proudly reported that …": a manner adverb of
    speech between the aside and the verb, as "also", "warmly" (hard15 missed it)."""
    body = ("President Tomas Varek met with Governor Oleg Tamm.\n\n"
            "The Governor, who is on a three-day visit to Ostrel, proudly reported that the buses were running.")
    assert_statements(body, [
        ("Oleg Tamm", "indirect", "The Governor, who is on a three-day visit to Ostrel, proudly reported that the "
                                 "buses were running."),
    ])


def test_hearsay_to_have_before_a_speech_verb():
    """"X is reported to have invited …", "X was said to have stressed …": X's statement told at
    second hand, as "reportedly invited" (hard15 missed it); "Individuals believed to have
    invited trouble" has no person."""
    body = ("President Tomas Varek met with Governor Oleg Tamm.\n\n"
            "Tomas Varek is reported to have invited the governor to the forum. The Governor was said to have "
            "stressed the need for calm.\n\nIndividuals believed to have invited trouble were arrested.")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "Tomas Varek is reported to have invited the governor to the forum."),
        ("Oleg Tamm", "indirect", "The Governor was said to have stressed the need for calm."),
    ])


def test_according_to_the_data_she_presented():
    """"According to the data she presented, …": a text the speaker just presented (hers), while
    "According to the data, …" alone stays no one's (hard15 missed it)."""
    body = ("President Tomas Varek heard a report of Chairwoman Iryna Sauk.\n\n"
            "Iryna Sauk briefed the head of state. According to the data she presented, the cost had been inflated.")
    assert_statements(body, [
        ("Iryna Sauk", "indirect", "Iryna Sauk briefed the head of state."),
        ("Iryna Sauk", "indirect", "According to the data she presented, the cost had been inflated."),
    ])


def test_opened_the_meeting_with_a_subject():
    """"The head of state opened the meeting with the subject that worries people most: queues.": a
    topic raised, as "raised the issue" and "began by …" (hard15 missed it)."""
    body = ("President Tomas Varek heard a report of Minister Oleg Tamm.\n\n"
            "The head of state opened the meeting with the subject that worries people most: queues.")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "The head of state opened the meeting with the subject that worries people most: "
                                   "queues."),
    ])


def test_quoted_as_saying_after_quotations_and_reports():
    """"“…,” X was quoted as saying.", unquoted words closed by "X was quoted as saying.", and "X
    was quoted as saying that …": X's words, told by whoever quoted him (hard15 missed them: "was"
    stopped the closing cue, and a passive with no agent was no one's)."""
    body = ("President Tomas Varek spoke with President Marek Holm.\n\n"
            "“We are neighbours,” Marek Holm was quoted as saying.\n\n"
            "We help each other in trouble, Marek Holm was quoted as saying.\n\n"
            "Tomas Varek was quoted as saying that the border would stay open.")
    assert_statements(body, [
        ("Marek Holm", "direct", "We are neighbours,"),
        ("Marek Holm", "direct", "We help each other in trouble,"),
        ("Tomas Varek", "indirect", "Tomas Varek was quoted as saying that the border would stay open."),
    ])


def test_words_of_gratitude_addressed_by_the_acting_president():
    """"Words of gratitude … were addressed by the Acting President to the Ostrelian people": thanks
    voiced in a passive with its agent (as "attention was drawn by X to"); the agent ends before
    "to the Ostrelian people" (a people addressed, not an office "to" a country), and "the Acting
    President" is the one named "Acting President X", not the host (hard15 missed it, then gave it
    to a president named in passing); "addressed the nation" stays narrative."""
    body = ("Tomas Varek held talks with Acting President of the Republic of Hulvar Mirela Zden.\n\n"
            "The Acting President stressed that trade grew. Words of gratitude for the reception were addressed by the "
            "Acting President to the Ostrelian people. Mirela Zden addressed warm words of gratitude to the hosts. "
            "Tomas Varek addressed the nation on Monday.")
    assert_statements(body, [
        ("Mirela Zden", "indirect", "The Acting President stressed that trade grew."),
        ("Mirela Zden", "indirect", "Words of gratitude for the reception were addressed by the Acting President to the "
                                   "Ostrelian people."),
        ("Mirela Zden", "indirect", "Mirela Zden addressed warm words of gratitude to the hosts."),
    ])


def test_a_dash_dialogue():
    """A dialogue in dashes, as Belarusian and Russian press offices write it: "– How many have you
    sold? – the President asked." and "– We sold forty-two since January, – replied Piotr Sush.":
    the dash after the words stands where a comma or a question mark alone would, and "replied"
    inverts like "said" (hard15 read the first as a report of the whole line and missed the second)."""
    body = ("Tomas Varek visited the plant of General Director Piotr Sush.\n\n"
            "– How many have you sold? – the President asked.\n\n"
            "– We sold forty-two since January, – replied Piotr Sush.")
    assert_statements(body, [
        ("Tomas Varek", "direct", "How many have you sold?"),
        ("Piotr Sush", "direct", "We sold forty-two since January,"),
    ])
