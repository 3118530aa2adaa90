"""Helper h931 (sevenhundredthird, the Cook Islands government's leaders as Pacific outlets print them): a lower-case
office, then "of" and its body's capitalised word before the name ("U.S deputy secretary of State Vance Orrin has met
…", "The deputy secretary highlighted …"), read as the name's office (name_offices `office_before`), while an office
"of" a name itself ("The spokesperson of Teodor Malvik Ruiz") gives the name no office; the Cook Islands and Niue,
states in free association, are countries of the table (lexicon `NATIONALITIES`): "The Cook Island Prime Minister" is not
Fiji's Prime Minister named, and "the Prime Minister of Cook Islands and Forum Chair" is the Prime Minister named; a
sentence counting an engagement ("This is the first collective engagement at a Ministerial level between …") is
narrative, no one's words carried on (carrying_on `_NTH_CONTACT`)."""

from .test_patterns import assert_statements


def test_a_lower_case_office_of_a_capitalised_body_before_the_name_is_his():
    assert_statements(
        "U.S deputy secretary of State Vance Orrin has met with Tavari Prime Minister Selu Marateki on Friday.\n\n"
        "The deputy secretary highlighted the growing partnership between the two countries.",
        [("Vance Orrin", "indirect",
          "The deputy secretary highlighted the growing partnership between the two countries.")],
    )


def test_an_office_of_a_named_person_is_not_the_persons_office():
    """Guard: "The spokesperson of X" is someone else's office; X is not "the spokesperson"."""
    assert_statements(
        "The spokesperson of Teodor Malvik Ruiz issued a statement on Monday.\n\n"
        "Teodor Malvik Ruiz visited the harbour.\n\n"
        "The spokesperson said that the talks had gone well.",
        [],
    )


def test_a_cook_islands_prime_minister_is_not_the_fijian_prime_minister_named():
    """"The Cook Island Prime Minister" (the Cook Islands a country of the table) is not Fiji's Prime Minister, the
    only one named; nothing is given to him."""
    assert_statements(
        "Fiji's Prime Minister Tavo Rakeli met his Cook Islands counterpart in Suva.\n\n"
        "During the meeting, Prime Minister Rakeli emphasized that Fiji values its ties with the Cook Islands.\n\n"
        "The Cook Island Prime Minister conveyed his sincere gratitude to Prime Minister Rakeli for the warm welcome.",
        [("Tavo Rakeli", "indirect",
          "During the meeting, Prime Minister Rakeli emphasized that Fiji values its ties with the Cook Islands.")],
    )


def test_the_prime_minister_of_cook_islands_and_forum_chair_is_the_prime_minister_named():
    assert_statements(
        "Minister Ilse Varnow met with Prime Minister Tane Marovi in Avarua.\n\n"
        "Concerning the Games, the Prime Minister of Cook Islands and Forum Chair congratulates Tavari for hosting "
        "them and said he is looking forward to the opening.",
        [("Tane Marovi", "indirect",
          "Concerning the Games, the Prime Minister of Cook Islands and Forum Chair congratulates Tavari for hosting "
          "them and said he is looking forward to the opening.")],
    )


def test_a_niuean_premier_is_read_as_a_premier_of_niue():
    """Guard: the Niuean Premier named is the one the later "The Premier" is."""
    assert_statements(
        "Niuean Premier Sefa Tulagi met the visiting minister in Alofi.\n\n"
        "The Premier said that the new wharf would open in June.",
        [("Sefa Tulagi", "indirect", "The Premier said that the new wharf would open in June.")],
    )


def test_a_sentence_counting_the_engagement_carries_no_ones_words_on():
    assert_statements(
        "Leading the ministerial meeting in Port Essling, Minister Ilse Varnow emphasizes reflecting on past "
        "commitments.\n\n"
        "This is the first collective engagement at a Ministerial level between the Forum and Tavari since 2023.\n\n"
        "Varnow emphasized that partnerships will be measured against commitments.",
        [("Ilse Varnow", "indirect", "Leading the ministerial meeting in Port Essling, Minister Ilse Varnow emphasizes "
          "reflecting on past commitments."),
         ("Ilse Varnow", "indirect", "Varnow emphasized that partnerships will be measured against commitments.")],
    )


def test_a_speakers_own_sentence_on_the_first_engagement_stays_his():
    """Guard: "the first engagement" inside a speaker's sentence leaves it his."""
    assert_statements(
        "Minister Ilse Varnow met the Forum's delegation in Port Essling.\n\n"
        "Varnow said that this is the first collective engagement between the Forum and Tavari since 2023.",
        [("Ilse Varnow", "indirect",
          "Varnow said that this is the first collective engagement between the Forum and Tavari since 2023.")],
    )
