"""Helper h982 (stop 58, sevenhundredfortythird: Punjab, Pakistan, Chief Minister's meetings): a tribute paid in the
plural ("paid glowing tributes to X"), not flowers laid ("paid floral tributes to X at … Park")."""
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
