"""Helper h1068 (eighthundredtenth, the Governor of South Dakota as outlets print her): a letter or statement closed or
opened on its sender's words with no "by" ("The governor ends the letter saying her goal is …"), not a plant closed
"saying" nothing of a talk or text; a title-case headline's "X Looks to …" (intent, as "X Wants to …"), no person
"X Looks"; and a radio script's lead-in colon whose clip is not printed: the next paragraph, naming the speaker in the
third person, is no item of hers."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_ends_the_letter_saying_is_her_words():
    body = (
        "Governor Mara Tolvik is requesting a meeting with the Varn Tribe President.\n\n"
        "In a letter sent yesterday, Tolvik recognized the recent floods on the reservation. The governor ends the "
        "letter saying her goal is to find common ground on these issues."
    )
    assert_statements(body, [
        ("Mara Tolvik", "indirect", "Governor Mara Tolvik is requesting a meeting with the Varn Tribe President."),
        ("Mara Tolvik", "indirect", "In a letter sent yesterday, Tolvik recognized the recent floods on the "
         "reservation."),
        ("Mara Tolvik", "indirect", "The governor ends the letter saying her goal is to find common ground on these "
         "issues."),
    ])


def test_closes_the_statement_saying_is_his_words():
    body = (
        "Governor Paul Dresner met the Ostravan consul in Belmont.\n\n"
        "Dresner closes the statement saying the talks will continue in May."
    )
    assert_statements(body, [
        ("Paul Dresner", "indirect", "Dresner closes the statement saying the talks will continue in May."),
    ])


def test_closes_the_plant_saying_nothing_is_no_statement():
    body = (
        "Governor Paul Dresner met the Ostravan consul in Belmont.\n\n"
        "Dresner closes the plant gate leaving the workers outside."
    )
    assert_statements(body, [])


def test_headline_looks_to_names_no_person():
    body = (
        "Governor Mara Tolvik is calling for better ties between the state and tribal nations.\n\n"
        "Tolvik says her focus is the next generation."
    )
    result = run(body, title="Governor Tolvik Looks to Improve Tribal Relationships")
    assert [s.name for s in result.speakers] == ["Mara Tolvik"]
    assert_statements(body, [
        ("Mara Tolvik", "indirect", "Governor Mara Tolvik is calling for better ties between the state and "
         "tribal nations."),
        ("Mara Tolvik", "indirect", "Tolvik says her focus is the next generation."),
    ], title="Governor Tolvik Looks to Improve Tribal Relationships")


def test_headline_looks_at_keeps_its_words():
    # ("Looks" parts the run only before "to": a guard that "Looks at" is left as it was)
    body = (
        "Governor Mara Tolvik is calling for better ties between the state and tribal nations.\n\n"
        "Tolvik says her focus is the next generation."
    )
    result = run(body, title="Governor Tolvik Looks at Tribal Relationships")
    assert "Mara Tolvik" in [s.name for s in result.speakers]


def test_paragraph_naming_the_lead_ins_speaker_is_no_item_of_hers():
    body = (
        "Belmont Governor Mara Tolvik says she is disappointed by the vote of the Varn council.\n\n"
        "The governor says she has always been welcomed by tribal members in the past:\n\n"
        "The tribal council voted 17-0 to tell the governor she was no longer welcome saying Tolvik led efforts to "
        "pass a state law."
    )
    assert_statements(body, [
        ("Mara Tolvik", "indirect", "Belmont Governor Mara Tolvik says she is disappointed by the vote of the Varn "
         "council."),
        ("Mara Tolvik", "indirect", "The governor says she has always been welcomed by tribal members in the past"),
    ])


def test_item_after_the_lead_in_without_her_name_stays_hers():
    body = (
        "Governor Mara Tolvik met the Varn council in Belmont.\n\n"
        "The governor highlighted several priorities:\n\n"
        "- Better roads for the reservation towns.\n\n"
        "- New schools for the rural counties."
    )
    result = run(body)
    items = [s.text for s in result.statements if s.speaker == "Mara Tolvik"]
    assert any("Better roads" in t for t in items) and any("New schools" in t for t in items)


def test_answers_are_the_one_the_lead_names_as_asked():
    body = (
        "After learning that Governor Mara Tolvik met Monday with officials of the Varn tribe, Belmont Radio asked "
        "her press secretary, Lena Orsk, several questions.\n\n"
        "Q. Has the governor visited the reservation yet?\n\n"
        "A. The governor has respected the wishes of the tribal council and has not visited since its vote.\n\n"
        "Q. What does the luncheon signal?\n\n"
        "A. The governor is committed to combating the meth epidemic. We will continue these talks."
    )
    assert_statements(body, [
        ("Lena Orsk", "direct", "The governor has respected the wishes of the tribal council and has not visited "
         "since its vote."),
        ("Lena Orsk", "direct", "The governor is committed to combating the meth epidemic. We will continue these "
         "talks."),
    ])


def test_q_paragraph_that_asks_nothing_starts_no_answers():
    # (a guard: "Q. " opens no transcript when the paragraph is no question)
    body = (
        "After learning that Governor Mara Tolvik met Monday with officials of the Varn tribe, Belmont Radio asked "
        "her press secretary, Lena Orsk, several questions.\n\n"
        "Q. The governor's visit to the reservation.\n\n"
        "A. The governor has respected the wishes of the tribal council and has not visited since its vote."
    )
    result = run(body)
    assert not any(s.speaker == "Lena Orsk" for s in result.statements)

