"""Helper h962 (sevenhundredtwentyseventh, the Presidency of Burundi as ABP English and Xinhua print it): a pronoun
subject after a sentence's opening "In an interview that X gave to the press …, she said …" is X, who gave it
(name_registry `_giver_of_the_occasion_opening`); a lone capitalised word after "in" or "at" is a place, so the office
set off after it is not its own but the one named after the office ("received …, in Velmora, the representative of the
Tarsel Fund to Ghana, Mira Kade and …": name_registry `_PLACE_PREPOSITIONS`); "the resident representative of" a body
is its representative, the one named beside the body's name (name_registry `_BODYS_REPRESENTATIVE`)."""

from .test_patterns import assert_statements

OPENING = ("The First Lady of Ostravia, Ema Lind, received in audience on Wednesday, in Port Arlen, the representative "
           "of the Tarsel Fund to Ostravia, Mira Kade and the priest Paul Renn, founder of the Arlen farm school.")


def test_a_pronoun_after_in_an_interview_that_x_gave_is_x():
    assert_statements(
        OPENING + "\n\nIn an interview that Mira Kade gave to the press just after the audience, she said that the "
        "purpose of the visit was to congratulate the First Lady. She added that the fund will support her projects.",
        [("Mira Kade", "indirect", "In an interview that Mira Kade gave to the press just after the audience, she said "
          "that the purpose of the visit was to congratulate the First Lady."),
         ("Mira Kade", "indirect", "She added that the fund will support her projects.")])


def test_a_pronoun_after_an_interview_given_by_a_described_holder_is_the_holder():
    assert_statements(
        OPENING + "\n\nIn an interview that the resident representative of the Tarsel Fund gave to the press, she said "
        "that the fund will support the First Lady's projects.",
        [("Mira Kade", "indirect", "In an interview that the resident representative of the Tarsel Fund gave to the "
          "press, she said that the fund will support the First Lady's projects.")])


def test_an_interview_a_newspaper_published_leaves_the_pronoun_to_the_last_subject():
    # guard: the relative clause's subject is no person ("the Arlen Times"): "she" is the one who spoke last
    assert_statements(
        "The First Lady of Ostravia, Ema Lind, thanked the nurses of the Arlen clinic.\n\n"
        "In an interview that the Arlen Times published on Monday, she said that the clinic needs more beds.",
        [("Ema Lind", "indirect", "The First Lady of Ostravia, Ema Lind, thanked the nurses of the Arlen clinic."),
         ("Ema Lind", "indirect", "In an interview that the Arlen Times published on Monday, she said that the clinic "
          "needs more beds.")])


def test_a_lone_word_after_in_is_a_place_and_the_office_after_it_the_next_names():
    assert_statements(
        "The First Lady of Ostravia, Ema Lind, received in audience on Wednesday, in Velmora, the representative of the "
        "Tarsel Fund to Ghana, Mira Kade and the priest Paul Renn, founder of the Arlen farm school.\n\n"
        "The representative of the Tarsel Fund said that the purpose of the visit was to congratulate the First Lady.",
        [("Mira Kade", "indirect", "The representative of the Tarsel Fund said that the purpose of the visit was to "
          "congratulate the First Lady.")])


def test_a_lone_name_after_led_by_still_holds_the_office_set_off_after_it():
    # guard: "led by Porozhanov, the ambassador of Bulgaria to China," (sixhundredeightyeighth): after "by", a person
    assert_statements(
        "A delegation led by Velmora, the ambassador of Ghana to Kenya, visited the port of Arlen on Monday.\n\n"
        "The ambassador said that the port will be a hub for trade.",
        [("Velmora", "indirect", "The ambassador said that the port will be a hub for trade.")])


def test_the_resident_representative_of_a_body_is_the_one_named_beside_it():
    assert_statements(
        OPENING + "\n\nThe resident representative of the Tarsel Fund said that the fund will support the First "
        "Lady's projects.",
        [("Mira Kade", "indirect", "The resident representative of the Tarsel Fund said that the fund will support the "
          "First Lady's projects.")])
