"""Helper h1099 (eighthundredthirtysixth, the Governor of Ohio as outlets print him): a party in brackets before the
dash that opens a "who" aside is no part of the name the aside follows ("Governor X (R) – who was in the crowd –
says …"); a sentence opening on a clause whose subject is "you" ("When you mix that …, it sure makes …") is the writer's
aside to the reader, not a report carried on; "depicting/portrayed X as …" tells what a speaker says a thing is, as
"described X as"."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_party_in_brackets_before_a_dash_aside_with_who():
    body = (
        "Governor Aldo Brenner of Tavria attended the session.\n\n"
        "And Governor Aldo Brenner (R) – who was in the crowd – says he agrees with the prime minister’s assessment."
    )
    assert_statements(body, [
        ("Aldo Brenner", "indirect",
         "And Governor Aldo Brenner (R) – who was in the crowd – says he agrees with the prime minister’s assessment."),
    ])


def test_body_in_brackets_before_a_dash_aside_stays_no_ones():
    # guard: a bracket that is no person's party, after a body, leaves the body the subject, no one speaks
    body = (
        "Governor Aldo Brenner of Tavria attended the session.\n\n"
        "The committee (which Brenner chairs) – who met in the capital – said it agrees with the assessment."
    )
    assert_statements(body, [])


def test_reader_addressed_sentence_is_no_carried_on_report():
    body = (
        "Governor Aldo Brenner of Tavria spoke to reporters in Varna.\n\n"
        "Brenner says he talked one on one with the prime minister and pledged his support for Ostrava. When you "
        "mix that with his plans to travel the country giving speeches – it sure makes him sound like a candidate."
    )
    assert_statements(body, [
        ("Aldo Brenner", "indirect",
         "Brenner says he talked one on one with the prime minister and pledged his support for Ostrava."),
    ])


def test_sentence_with_no_you_still_carries_the_report_on():
    # guard: a sentence with no cue and no "you" after the report still goes on with it
    body = (
        "Governor Aldo Brenner of Tavria spoke to reporters in Varna.\n\n"
        "Brenner says he talked one on one with the prime minister and pledged his support for Ostrava. This would "
        "help the region grow."
    )
    assert_statements(body, [
        ("Aldo Brenner", "indirect",
         "Brenner says he talked one on one with the prime minister and pledged his support for Ostrava."),
        ("Aldo Brenner", "indirect", "This would help the region grow."),
    ])


def test_depicting_a_thing_as_something_is_a_statement():
    body = (
        "Prime Minister Ilan Varsky delivered a passionate speech to the assembly on Tuesday, depicting Ostrava as "
        "a “threat to the whole region” because of its missile program."
    )
    assert_statements(body, [
        ("Ilan Varsky", "indirect",
         "Prime Minister Ilan Varsky delivered a passionate speech to the assembly on Tuesday, depicting Ostrava as "
         "a “threat to the whole region” because of its missile program."),
    ])


def test_depicting_with_no_as_is_no_statement():
    # guard: "depicts" with no "as" after the thing is a picture's content, no one's words
    body = "The mural unveiled by Prime Minister Ilan Varsky depicts the battle of the river in bright colours."
    assert_statements(body, [])
