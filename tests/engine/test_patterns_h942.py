"""Helper h942 (sevenhundredthirteenth, Jilin: Changchun's English pages): a country's consul and a place's mayor
named only by the office and the place ("“…,” said the economic consul of Kerrow.", "“…,” said the mayor of
Ostvale." after the host mayor's own quotation) are persons of their own, known by the office as written, as "the
Ambassador of Norland" is (people `_COUNTRYS_UNNAMED_OFFICES`, `_PLACES_UNNAMED_HEADS`, read in
`unnamed_of_a_country`); a mayor only as the speaker a quotation's cue names
(name_registry `_AFTER_A_QUOTATIONS_CUE`), not inside another's report. And a report that opens on the speaker's
own speech ("In his speech, X said … . Over the past 30 years, the two sides have … . Looking back, we …") carries on
over its paragraph's sentences of "the two sides" and "we" that name no one and hold no cue (carrying_on
`_IN_OWN_SPEECH`)."""

from .test_patterns import assert_statements

OPENING = "Tomas Quarrow, Mayor of Brellin City, met the delegation of Ostvale on May 4, 2018."
HOST = "“We hope the two cities can strengthen exchanges for win-win results,” said Tomas Quarrow."


def test_the_mayor_of_another_place_after_the_host_mayors_quotation():
    assert_statements(
        OPENING + "\n\n" + HOST + "\n\n"
        "“We have fully recognized the great development potential of your city,” said the mayor of Ostvale.",
        [("Tomas Quarrow", "direct", "We hope the two cities can strengthen exchanges for win-win results"),
         ("the mayor of Ostvale", "direct", "We have fully recognized the great development potential of your city")])


def test_the_mayor_of_another_place_before_said():
    assert_statements(
        OPENING + "\n\n" + HOST + "\n\n"
        "“We have fully recognized the great development potential of your city,” the mayor of Ostvale said.",
        [("Tomas Quarrow", "direct", "We hope the two cities can strengthen exchanges for win-win results"),
         ("the mayor of Ostvale", "direct", "We have fully recognized the great development potential of your city")])


def test_a_countrys_consul_named_only_by_the_office():
    assert_statements(
        "The delegation led by Director General Pera Lindqvast visited the embassy of Kerrow on November 2.\n\n"
        "“I studied in Brellin in 2004. I like Brellin very much,” said the economic consul of Kerrow.",
        [("the economic consul of Kerrow", "direct", "I studied in Brellin in 2004. I like Brellin very much")])


def test_a_mayor_inside_anothers_report_stays_the_reporters():
    """Guard: "He said that …, and the mayor of X expressed readiness …": inside the reporter's words, no mayor of
    his own made of the description (threehundredeightyseventh)."""
    assert_statements(
        "Deputy Head Karl Vannik met with President of the Association of Towns Ola Riedmark.\n\n"
        "Karl Vannik noted that Ostvale is currently going through difficult times. He said that in the framework of "
        "a partnership memorandum between the Dornik region and Lower Ostvale, the town of Vessen is ready to help "
        "rebuild Dornik, and the mayor of Wiener Kell (near Ostvale) expressed readiness to help rebuild Borek. "
        "According to Karl Vannik, work is underway to create a recovery plan.",
        [("Karl Vannik", "indirect", "Karl Vannik noted that Ostvale is currently going through difficult times."),
         # (the clause after ", and" is left to no one, as before the rule: no statement of a mayor of his own)
         ("Karl Vannik", "indirect", "He said that in the framework of a partnership memorandum between the Dornik "
          "region and Lower Ostvale, the town of Vessen is ready to help rebuild Dornik"),
         ("Karl Vannik", "indirect", "According to Karl Vannik, work is underway to create a recovery plan.")])


SPEECH_OPENING = "Governor Tomas Quarrow and Magistrate Pera Lindqvast attended the ceremony and delivered a speech."


def test_a_speech_report_goes_on_with_the_two_sides_and_we():
    """"In his speech, X said …" then sentences of "the two sides" and "we" with no speech verb: the speech he gave,
    carried on (carrying_on `_IN_OWN_SPEECH`, `_carry_report`'s `speech`)."""
    assert_statements(
        SPEECH_OPENING + "\n\n"
        "In his speech, Tomas Quarrow said this year is the 30th anniversary of the friendly relations between Brellin "
        "and Ostvale. Over the past 30 years, the two sides have worked together and forged a profound friendship. "
        "Looking back, we walked out of a friendship and cooperation road.\n\n"
        "Pera Lindqvast said the two sides have sincerely exchanged.",
        [("Tomas Quarrow", "indirect", "In his speech, Tomas Quarrow said this year is the 30th anniversary of the "
          "friendly relations between Brellin and Ostvale."),
         ("Tomas Quarrow", "indirect", "Over the past 30 years, the two sides have worked together and forged a "
          "profound friendship."),
         ("Tomas Quarrow", "indirect", "Looking back, we walked out of a friendship and cooperation road."),
         ("Pera Lindqvast", "indirect", "Pera Lindqvast said the two sides have sincerely exchanged.")])


def test_the_two_sides_after_a_plain_report_are_still_the_pair():
    """Guard: with no "In his speech", "the two sides" after a report are the people who met, the report over."""
    assert_statements(
        SPEECH_OPENING + "\n\n"
        "Tomas Quarrow said this year is the 30th anniversary of the friendly relations between Brellin and Ostvale. "
        "Over the past 30 years, the two sides have worked together and forged a profound friendship.",
        [("Tomas Quarrow", "indirect", "Tomas Quarrow said this year is the 30th anniversary of the friendly relations "
          "between Brellin and Ostvale.")])


def test_a_speech_report_stops_where_someone_is_named():
    """Guard: in the speech's paragraph, a sentence that names another person is not his words."""
    assert_statements(
        SPEECH_OPENING + "\n\n"
        "In his speech, Tomas Quarrow said this year is the 30th anniversary of the friendly relations between Brellin "
        "and Ostvale. Magistrate Pera Lindqvast then planted a tree in the park.",
        [("Tomas Quarrow", "indirect", "In his speech, Tomas Quarrow said this year is the 30th anniversary of the "
          "friendly relations between Brellin and Ostvale.")])
