"""Helper h960 (sevenhundredtwentyfifth, Mongolia's President and Prime Minister as MONTSAME prints them): a Mongolian
two-letter initial "Yo." (Ё) glued to the surname, "Ambassador Yo.Otgonbayar said “…”", one word as "Kh." is (phrases
`TOKEN`); "on behalf of …" right before "and said", "X greeted the diplomats on behalf of the Speaker and said “…”",
not a phrase that ends before the verb (speech_subjects `_skip_fillers_back`); "showed a willingness to …", a feeling
voiced as "expressed a willingness to" (lexicon, "show")."""

from .test_patterns import assert_statements

CREDENCE = ("President Kh.Dorjsuren handed a letter of credence to Ambassador Yo.Baatarkhuu on March 3.\n\n"
            "Upon granting the credentials, the President said, “There is much to accomplish for you.”\n\n")


def test_a_two_letter_initial_yo_is_one_word_with_the_surname():
    assert_statements(
        CREDENCE + "After accepting his letter of credence, Ambassador Yo.Baatarkhuu said “I have read your letter,” and "
        "promised to serve the interests of Valdaria.",
        [("Kh. Dorjsuren", "direct", "There is much to accomplish for you."),
         ("Yo. Baatarkhuu", "direct", "I have read your letter,"),
         ("Yo. Baatarkhuu", "indirect", "promised to serve the interests of Valdaria.")])


def test_a_two_letter_initial_kh_is_still_one_word_with_the_surname():
    assert_statements(
        CREDENCE + "After accepting his letter of credence, Ambassador Ts.Baatarkhuu said “I have read your letter.”",
        [("Kh. Dorjsuren", "direct", "There is much to accomplish for you."),
         ("Ts. Baatarkhuu", "direct", "I have read your letter.")])


def test_on_behalf_of_right_before_and_said_leaves_the_subject():
    assert_statements(
        "On Wednesday the heads of state hosted a ceremony in the Palace.\n\n"
        "President Ts.Ganbold greeted the diplomats on behalf of the Prime Minister and the Speaker and said “We are "
        "pleased to see you”.",
        [("Ts. Ganbold", "direct", "We are pleased to see you")])


def test_on_behalf_of_right_before_the_verb_still_speaks_for_others():
    assert_statements(
        "The Minister received the departing envoys.\n\n"
        "Valdaria’s Ambassador, Dr. Lena Okoro on behalf of her colleague Diplomats thanked the Minister for his support.",
        [("Lena Okoro", "indirect",
          "Valdaria’s Ambassador, Dr. Lena Okoro on behalf of her colleague Diplomats thanked the Minister for his support.")])


def test_showed_a_willingness_to_is_speech():
    assert_statements(
        "Prime Minister Tom Varga met the Ambassador of Norland.\n\n"
        "At the meeting, Prime Minister Tom Varga said Norland is a key partner. He then showed a willingness to continue "
        "the political talks.",
        [("Tom Varga", "indirect", "At the meeting, Prime Minister Tom Varga said Norland is a key partner."),
         ("Tom Varga", "indirect", "He then showed a willingness to continue the political talks.")])


def test_a_survey_that_showed_a_willingness_is_no_speech():
    assert_statements(
        "Prime Minister Tom Varga met the miners.\n\nThe survey showed a willingness to strike among workers.",
        [])
