"""Rules from the hundred-fifty-first held-out set (en.kremlin.ru, September - October 2016 and 2017): invented
readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_highly_assessed_after_a_named_speaker_is_said():
    """"He also highly assessed the development of Russian-Abkhazian relations …" (52997): an evaluation verb
    after an adverb of approval is a judgement voiced, as "highly praised". Before, the sentence was given to
    no one."""
    body = ("President Ivo Marr sent his congratulations on National Day to President of Tarnia Oskar Vell. "
            "He also highly assessed the development of relations between the two countries.")
    assert_statements(body, [
        ("Ivo Marr", "indirect",
         "President Ivo Marr sent his congratulations on National Day to President of Tarnia Oskar Vell."),
        ("Ivo Marr", "indirect", "He also highly assessed the development of relations between the two countries."),
    ])


def test_positively_evaluated_is_said():
    """The same class with another adverb and verb: "positively evaluated the results of …"."""
    body = "Prime Minister Lena Osk positively evaluated the results of the Varnia trade talks."
    assert_statements(body, [
        ("Lena Osk", "indirect", "Prime Minister Lena Osk positively evaluated the results of the Varnia trade talks."),
    ])


def test_a_bare_assessment_of_a_thing_stays_narrative():
    """The guard: "assessed the damage" with no adverb of approval before it is an act (an inspection), not
    speech."""
    body = "Governor Tom Reld assessed the damage caused by the floods in the Varnia valley."
    assert_statements(body, [])
