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


def test_a_lead_stated_by_an_office_in_lower_case_is_its_holders():
    """"The Group of Seven (G7) countries and the European Union should impose an embargo on Russian energy, … . This
    was stated by adviser to the President of Ukraine on economic issues Oleh Ustenko in an interview with The New
    Yorker." (two-hundred-eighty-first 74357): an office in lower case after "by" names the lead's speaker as a
    capitalised one does. Before, the lead was no one's."""
    body = ("The partners should impose an embargo on Drevnian gas, as well as help Ostria close its budget deficit. "
            "This was stated by adviser to the President of Ostria on economic issues Lem Varko in an interview with "
            "The Ostran Herald.")
    assert_statements(body, [
        ("Lem Varko", "indirect", "The partners should impose an embargo on Drevnian gas, as well as help Ostria "
                                  "close its budget deficit."),
    ])


def test_a_lead_stated_by_a_lower_case_word_that_names_no_one_stays_no_ones():
    """Guard: "by head office" names no person: the lead before it stays unattributed."""
    body = ("Dan Kessel met the staff of the bank. The bank should cut its fees this year. This was stated by head "
            "office in a letter to clients.")
    assert_statements(body, [])
