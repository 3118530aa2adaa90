"""Rules from the nine-hundred-seventy-sixth held-out set (the Governor of Nasarawa State and those who speak at or of
his meetings): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_stray_comma_after_therefore_before_the_verb():
    """"He therefore, called on the delegation to …" (Blueprint 2020-07-20): the comma after "therefore" alone a slip
    for the pair, as after "further"; the verb is the subject's. Before, the sentence was no one's."""
    body = ("Governor Tomas Varel of Ostrava State urged leaders across the state to keep the peace.\n\n"
            "He therefore, called on the delegation to focus more on peace and unity.")
    assert_statements(body, [
        ("Tomas Varel", "indirect", "Governor Tomas Varel of Ostrava State urged leaders across the state to keep "
                                    "the peace."),
        ("Tomas Varel", "indirect", "He therefore, called on the delegation to focus more on peace and unity."),
    ])


def test_stray_comma_after_however_after_a_surname():
    """"Kovic however, said …": a connective of contrast with the stray comma, after a surname, as "therefore"."""
    body = ("Minister Tomas Varel met the envoy Petar Kovic in Ostrava on Monday.\n\n"
            "Kovic however, said more was needed to open the border.")
    assert_statements(body, [
        ("Petar Kovic", "indirect", "Kovic however, said more was needed to open the border."),
    ])


def test_connective_before_an_inverted_tag_is_no_stray_comma():
    """The guard: "… in Varno however, said Minister X." (the connective closes the clause, the subject comes after
    the verb): the whole sentence stays the minister's, as on the base."""
    body = ("Minister Tomas Varel met the envoy Petar Kovic in Ostrava on Monday.\n\n"
            "The talks would go on in Varno however, said Minister Varel.")
    assert_statements(body, [
        ("Tomas Varel", "indirect", "The talks would go on in Varno however, said Minister Varel."),
    ])


def test_has_spoken_on_a_dispute_is_a_report():
    """"The Governor of X State, Y, has spoken on perceived rift with …" (Daily Post 2018-02-20): a dispute's noun after
    "on", bare or with its article, a topic as after "spoke about"."""
    body = ("The Governor of Ostrava State, Tomas Varel, has spoken on perceived rift with the governor of Dorva.\n\n"
            "Minister Lina Dorsa spoke on the rising tension in the border towns.")
    assert_statements(body, [
        ("Tomas Varel", "indirect", "The Governor of Ostrava State, Tomas Varel, has spoken on perceived rift with "
                                    "the governor of Dorva."),
        ("Lina Dorsa", "indirect", "Minister Lina Dorsa spoke on the rising tension in the border towns."),
    ])


def test_spoke_on_the_phone_or_on_a_day_is_no_report():
    """The guard: "spoke on the phone about the crisis with …" (a call, "about" after the phone) and "spoke on Monday
    at the forum" (a time): no topic after "on", no statement, as on the base."""
    body = ("Minister Petar Kovic spoke on the phone about the crisis in the north with his counterpart.\n\n"
            "Minister Ivo Brant spoke on Monday at the forum in Ostrava.")
    assert_statements(body, [])


def test_surname_with_its_article_hyphened_after_it_was_joined():
    """"Senator Umaru Almakura, said …" then "Al-Makura described …" (Blueprint 2020-07-20): one man, the Arabic
    article joined once and hyphened once; the lone hyphened form is he. Before, it was no one."""
    body = ("Leader of the delegation, Senator Petar Almakov, said the visit was to thank the governor.\n\n"
            "Al-Makov described the appointment as unprecedented since the creation of the state.")
    assert_statements(body, [
        ("Petar Almakov", "indirect", "Leader of the delegation, Senator Petar Almakov, said the visit was to thank "
                                      "the governor."),
        ("Petar Almakov", "indirect", "Al-Makov described the appointment as unprecedented since the creation of "
                                      "the state."),
    ])


def test_surname_with_its_article_joined_after_it_was_hyphened():
    """The other way round: "Senator Petar Al-Makov" then "Almakov described …"."""
    body = ("Leader of the delegation, Senator Petar Al-Makov, said the visit was to thank the governor.\n\n"
            "Almakov described the appointment as unprecedented since the creation of the state.")
    assert_statements(body, [
        ("Petar Al-Makov", "indirect", "Leader of the delegation, Senator Petar Al-Makov, said the visit was to thank "
                                       "the governor."),
        ("Petar Al-Makov", "indirect", "Almakov described the appointment as unprecedented since the creation of "
                                       "the state."),
    ])


def test_surname_without_its_article_is_not_the_joined_name():
    """The guard: "Makov" alone after "Senator Petar Almakov" is not he (the article joined is part of the word: the
    letters differ), as on the base: the sentence stays no one's."""
    body = ("Leader of the delegation, Senator Petar Almakov, said the visit was to thank the governor.\n\n"
            "Makov described the appointment as unprecedented since the creation of the state.")
    assert_statements(body, [
        ("Petar Almakov", "indirect", "Leader of the delegation, Senator Petar Almakov, said the visit was to thank "
                                      "the governor."),
    ])
