"""Rules from the two-hundred-eighty-first held-out set (president.gov.ua English news, March-June 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_an_honour_of_the_title_is_no_presidents_holder():
    """Title "President presented the Order of the Golden Star to the servicemen …" (two-hundred-eighty-first
    75313): "the Golden Star", a phrase that opens with its own "the", is what the honour is called, not a person
    holding the bare "President" of the title. Before, every body's "the President" went to "Golden Star"."""
    body = ("President Dan Kessel presented the Orders of the Silver Oak to soldiers of Ostria. \"We owe them our "
            "freedom,\" he said. The President expressed gratitude to every defender of Ostria.")
    assert_statements(body, [
        ("Dan Kessel", "direct", "We owe them our freedom,"),
        ("Dan Kessel", "indirect", "The President expressed gratitude to every defender of Ostria."),
    ], title="President presented the Order of the Silver Oak to the soldiers")


def test_a_guest_named_in_the_title_is_still_a_person():
    """Guard: a name with no article in the title ("President met Lem Varko") is still a person who may speak."""
    body = ("President Dan Kessel met Lem Varko in Ostran. Lem Varko said that the talks had been useful. "
            "The President expressed gratitude to every defender of Ostria.")
    assert_statements(body, [
        ("Lem Varko", "indirect", "Lem Varko said that the talks had been useful."),
        ("Dan Kessel", "indirect", "The President expressed gratitude to every defender of Ostria."),
    ], title="President met Lem Varko of the Silver Oak Fund")



def test_the_presidential_office_is_the_office_of_the_president():
    """"…, Deputy Head of the Presidential Office Kyrylo Tymoshenko said. According to him, … According to the
    deputy head of the President's Office, during the war Ukrzaliznytsia evacuated …" (two-hundred-eighty-first
    74361): the same office named another way. Before, the bare office went to the deputy head named earlier as
    "Deputy Head of the Office of the President", the only holder of that spelling."""
    body = ("Head of the Office of the President Dan Kessel said that aid had come. Deputy Head of the Office of the "
            "President Mira Sol said that aid had arrived. Deputy Head of the Presidential Office Lem Varko said that "
            "the trains run daily. According to him, the country is united. According to the deputy head of the "
            "President's Office, two million people left by rail.")
    assert_statements(body, [
        ("Dan Kessel", "indirect", "Head of the Office of the President Dan Kessel said that aid had come."),
        ("Mira Sol", "indirect", "Deputy Head of the Office of the President Mira Sol said that aid had arrived."),
        ("Lem Varko", "indirect", "Deputy Head of the Presidential Office Lem Varko said that the trains run daily."),
        ("Lem Varko", "indirect", "According to him, the country is united."),
        ("Lem Varko", "indirect", "According to the deputy head of the President's Office, two million people left "
                                  "by rail."),
    ])


def test_the_head_of_the_presidential_office_is_not_a_deputy():
    """Guard: the Head of the Presidential Office is not the deputy head of the President's Office."""
    body = ("Deputy Head of the Office of the President Mira Sol said that aid had arrived. Head of the Presidential "
            "Office Lem Varko said that the trains run daily. According to him, the country is united. According to "
            "the deputy head of the President's Office, two million people left by rail.")
    assert_statements(body, [
        ("Mira Sol", "indirect", "Deputy Head of the Office of the President Mira Sol said that aid had arrived."),
        ("Lem Varko", "indirect", "Head of the Presidential Office Lem Varko said that the trains run daily."),
        ("Lem Varko", "indirect", "According to him, the country is united."),
        ("Mira Sol", "indirect", "According to the deputy head of the President's Office, two million people left "
                                 "by rail."),
    ])
