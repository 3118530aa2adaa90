"""Helper h982 (stop 58, sevenhundredfortythird: Punjab, Pakistan, Chief Minister's meetings): a tribute paid in the
plural ("paid glowing tributes to X"), not flowers laid ("paid floral tributes to X at … Park"); a paragraph
opener's cue weighed again after the paragraph is read is no new subject for the next paragraph's pronoun."""
from __future__ import annotations

from .test_patterns import assert_statements


def test_tributes_in_the_plural_are_paid_in_words():
    body = ("Governor meets mourners\n\n"
            "In his condolence message, Governor Tamsin Ardelle paid glowing tributes to the late Oren Vask.")
    assert_statements(body, [
        ("Tamsin Ardelle", "indirect",
         "In his condolence message, Governor Tamsin Ardelle paid glowing tributes to the late Oren Vask."),
    ])


def test_floral_tributes_are_flowers_laid_not_words():
    body = ("Governor in Velmora\n\n"
            "Governor Tamsin Ardelle also paid floral tributes to Oren Vask at the Vask Park in Velmora. "
            "“Vask was a great teacher,” he added.")
    assert_statements(body, [
        ("Tamsin Ardelle", "direct", "Vask was a great teacher"),
    ])


def test_pronoun_tag_after_a_paragraph_opened_by_another_report_is_the_last_speaker():
    body = ("Governor bids farewell to consul\n\n"
            "Governor Tamsin Ardelle held a farewell meeting with Consul Oren Vask.\n\n"
            "The consul paid a tribute to the people of Velmora. “Oren Vask rendered valuable services,” Tamsin "
            "Ardelle said.\n\n"
            "“The enclave will be built in Velmora,” she stated.")
    assert_statements(body, [
        ("Oren Vask", "indirect", "The consul paid a tribute to the people of Velmora."),
        ("Tamsin Ardelle", "direct", "Oren Vask rendered valuable services"),
        ("Tamsin Ardelle", "direct", "The enclave will be built in Velmora"),
    ])


def test_pronoun_after_a_paragraph_that_the_opener_carries_on_stays_his():
    body = ("Governor meets consul\n\n"
            "Governor Tamsin Ardelle met Consul Oren Vask.\n\n"
            "The consul said that trade was growing. Exports of grain doubled last year.\n\n"
            "He added that a new office would open in Velmora.")
    assert_statements(body, [
        ("Oren Vask", "indirect", "The consul said that trade was growing."),
        ("Oren Vask", "indirect", "Exports of grain doubled last year."),
        ("Oren Vask", "indirect", "He added that a new office would open in Velmora."),
    ])
