"""Helper h1027 (sevenhundredeightieth, the Governor of Delaware as outlets print him): a lone surname named again and
inverted after a quotation ("“…,” said Carney.") is a person; a speech verb in a time clause after "came a day after"
is no one's statement; "admired X's efforts" praises; an office, its holder's name in apposition and an unclosed
"who" clause before the verb ("US Senator from Delaware, Tom Carper, who was also present recalled …"); a present form
that may be a plural noun after "and", an article after it ("and notes a growing recognition"), is the subject's
second verb; "The interaction was attended by …" tells of the meeting, no report carried on."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_lone_surname_named_again_and_inverted_after_a_quotation_is_a_person():
    body = (
        "Halvard spoke by phone on Monday with Interior Secretary Ryan Dorne about the plan.\n\n"
        "“I want to thank Secretary Dorne for taking time to discuss the risks of the plan,” said Halvard."
    )
    assert_statements(body, [
        ("Halvard", "direct", "I want to thank Secretary Dorne for taking time to discuss the risks of the plan"),
    ])


def test_a_lone_word_named_once_after_a_quotation_stays_no_one():
    # guard: the word named only there may be a slip or a thing; no one is made of it
    body = (
        "Interior Secretary Ryan Dorne spoke about the plan.\n\n"
        "“We will study the risks of the plan with care,” said Tallow."
    )
    assert all(speaker.name != "Tallow" for speaker in run(body).speakers)


def test_a_speech_verb_after_came_a_day_after_is_an_events_time():
    body = (
        "Governor Ilse Marron spoke by phone with Interior Secretary Ryan Dorne.\n\n"
        "Marron released a statement on the call, which came a day after she requested a meeting to discuss the "
        "risks of drilling.\n\n"
        "Marron said the coast could not accept the risks."
    )
    assert_statements(body, [
        ("Ilse Marron", "indirect", "Marron said the coast could not accept the risks."),
    ])


def test_a_request_that_opens_its_own_sentence_stays_a_statement():
    # guard: with no "came … after" before it, "she requested" is her statement
    body = (
        "Governor Ilse Marron spoke by phone with Interior Secretary Ryan Dorne.\n\n"
        "A day later she requested a meeting to discuss the risks of drilling."
    )
    assert_statements(body, [
        ("Ilse Marron", "indirect", "A day later she requested a meeting to discuss the risks of drilling."),
    ])


def test_admired_someones_efforts_is_praise():
    body = (
        "President Tomas Verrin received Governor Anna Holt of Vostra. Verrin thanked her for the visit.\n\n"
        "He also admired Holt's efforts to strengthen ties between Kellan and Vostra."
    )
    assert_statements(body, [
        ("Tomas Verrin", "indirect", "Verrin thanked her for the visit."),
        ("Tomas Verrin", "indirect", "He also admired Holt's efforts to strengthen ties between Kellan and Vostra."),
    ])


def test_admired_the_exhibits_is_a_visitors_act():
    # guard: what a visitor admires on a tour is no praise spoken
    body = "President Tomas Verrin received Governor Anna Holt. He then toured the museum and admired the exhibits."
    assert_statements(body, [])


def test_an_office_its_holder_and_an_unclosed_who_clause_before_the_verb():
    body = (
        "Governor Anna Holt met Ambassador Lina Roe in Dover.\n\n"
        "US Senator from Vostra, Tom Kell, who was also present recalled his visit to Kellan in April last year, "
        "the embassy said."
    )
    assert_statements(body, [
        ("Tom Kell", "indirect", "US Senator from Vostra, Tom Kell, who was also present recalled his visit to Kellan "
                                 "in April last year, the embassy said."),
    ])


def test_a_place_before_the_name_is_no_office():
    # guard: an opening place and its comma are no office the name is set off after; the rule leaves the sentence
    # as it was (read by no rule of its own)
    body = (
        "Governor Anna Holt met Ambassador Lina Roe in Dover.\n\n"
        "In Dover, Tom Kell, who was also present recalled his visit to Kellan in April last year."
    )
    assert_statements(body, [])


def test_a_present_form_that_may_be_a_noun_before_an_article_is_a_verb():
    body = (
        "Governor Jack Holt is back from Switzerland.\n\n"
        "Holt also sat in on a panel on energy, and notes a growing recognition of the chance to bring back "
        "manufacturing."
    )
    assert_statements(body, [
        ("Jack Holt", "indirect", "Holt also sat in on a panel on energy, and notes a growing recognition of the "
                                  "chance to bring back manufacturing."),
    ])


def test_notes_as_a_noun_after_and_stays_no_verb():
    # guard: "minutes and notes of the meeting", no article after it, a plural noun
    body = "Governor Jack Holt read the minutes and notes of the meeting."
    assert_statements(body, [])


def test_the_interaction_was_attended_by_carries_no_report_on():
    body = (
        "Ambassador Nira Velan discussed trade and poultry with a group of farmers of Vostra.\n\n"
        "The interaction was attended by the undersecretary of agriculture, Mikel Escov, who is from Vostra."
    )
    assert_statements(body, [
        ("Nira Velan", "indirect", "Ambassador Nira Velan discussed trade and poultry with a group of farmers of "
                                   "Vostra."),
    ])
