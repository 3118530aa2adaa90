"""Rules from the hundred-seventy-eighth held-out set (en.kremlin.ru, April-May 2020 transcripts with many
officials speaking in turn): invented readouts, invented people and countries."""

from __future__ import annotations

from readout_tui.engine.phrases import phrase_starting_at

from .test_patterns import assert_statements


def test_an_unknown_office_of_a_country_before_the_name_names_the_holder():
    """"Chief Sanitary Physician of the Russian Federation Anna Popova:" (63303): the words after "Chief" that
    the lexicon does not know as office words ("Sanitary Physician") were read as the person's name, and
    the holder's real name after "of the Russian Federation" was lost: her turns went to a "Sanitary
    Physician". The run that ends the label and opens with a first name is the person."""
    body = ("President Ivo Marr held a meeting on the harvest.\n\n"
            "* * *\n\n"
            "President of Tarkania Ivo Marr: Good afternoon, colleagues.\n\n"
            "Chief Grain Inspector of the Republic of Tarkania Olga Marnova: Mr President, colleagues,\n\n"
            "The harvest is good this year.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Good afternoon, colleagues."),
        ("Olga Marnova", "direct", "Mr President, colleagues,"),
        ("Olga Marnova", "direct", "The harvest is good this year."),
    ])


def test_a_two_office_label_with_an_unknown_office_of_a_country_names_the_holder():
    """The label of 63303 itself: an agency's head "and" the unknown office of the country, then the name
    ("Head of the Federal Service for ... and Chief Sanitary Physician of the Russian Federation Anna
    Popova:"); the later short label "Olga Marnova:" is the same person."""
    body = ("President Ivo Marr held a meeting on the harvest.\n\n"
            "* * *\n\n"
            "President of Tarkania Ivo Marr: Good afternoon, colleagues.\n\n"
            "Head of the Federal Service for Grain Oversight and Chief Grain Inspector of the Republic of Tarkania "
            "Olga Marnova: Mr President, colleagues,\n\n"
            "The harvest is good this year.\n\n"
            "Ivo Marr: Thank you.\n\n"
            "Olga Marnova: Thank you, Mr President.")
    assert_statements(body, [
        ("Ivo Marr", "direct", "Good afternoon, colleagues."),
        ("Olga Marnova", "direct", "Mr President, colleagues,"),
        ("Olga Marnova", "direct", "The harvest is good this year."),
        ("Ivo Marr", "direct", "Thank you."),
        ("Olga Marnova", "direct", "Thank you, Mr President."),
    ])


def test_a_name_then_where_the_person_works_keeps_the_name():
    """The guards: a name right after the office, then "of" a body and no other name ("Director Ivo Marr of the
    Tarn Institute"), and an office of a body with no name at all, stay as they were."""
    text = "Director Ivo Marr of the Tarn Institute"
    phrase = phrase_starting_at(text, 0, len(text))
    assert phrase is not None and phrase.name == ("Ivo", "Marr")
    text = "Speaker of the House of Representatives"
    phrase = phrase_starting_at(text, 0, len(text))
    assert phrase is not None and phrase.kind == "description"
