"""Patterns found by the probe of descriptions and references (benchmarks/probes/descriptions.md):
template readouts whose first paragraph names the people with their full titles, then a sentence that
refers to one of them by a description, a style, a role in the meeting or a pronoun.

Each test is a small invented readout (invented people, invented countries) and the
statements GOLD-FORMAT.md asks for; each fails without the rule it is named for.
"""
from __future__ import annotations


from .test_patterns import assert_statements


def test_a_style_before_the_name_is_no_part_of_the_office():
    """"President of the United Arab Emirates Sheikh Rashid bin Omar Al Hamli": "Sheikh" is his style, not a
    word of his office: "Sheikh Rashid", "The Sheikh" and "His Highness" are the President after (a country
    the tables know: its office's complement ran on over the style)."""
    body = (
        "Prime Minister of Ardania Petr Halen met with President of the United Arab Emirates Sheikh Rashid bin Omar "
        "Al Hamli in Abu Dhabi.\n\n"
        "The Sheikh said that the two countries would coordinate their positions.\n\n"
        "Petr Halen stressed the importance of energy cooperation.\n\n"
        "His Highness thanked the Prime Minister for the visit."
    )
    assert_statements(body, [
        ("Rashid bin Omar Al Hamli", "indirect",
         "The Sheikh said that the two countries would coordinate their positions."),
        ("Petr Halen", "indirect", "Petr Halen stressed the importance of energy cooperation."),
        ("Rashid bin Omar Al Hamli", "indirect", "His Highness thanked the Prime Minister for the visit."),
    ])
    # (the style with the given name is the same man, not a second "sheikh" the office clashes with)
    assert_statements(body.split("\n\n")[0] + "\n\nSheikh Rashid noted that trade had grown by a third.", [
        ("Rashid bin Omar Al Hamli", "indirect", "Sheikh Rashid noted that trade had grown by a third."),
    ])


def test_a_double_post_with_the_state_after_of_the_is_one_holder():
    """"Crown Prince and Prime Minister of the Kingdom of Saudi Arabia Faisal …": one man who holds both
    posts (the "the" of the office's complement opens no second phrase); "The Crown Prince" is he."""
    body = (
        "President Petr Halen had a telephone conversation with Crown Prince and Prime Minister of the "
        "Kingdom of Saudi Arabia Faisal bin Nasser Al Rami.\n\n"
        "Petr Halen stressed the importance of energy cooperation. "
        "The Crown Prince noted that trade had grown by a third."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen stressed the importance of energy cooperation."),
        ("Faisal bin Nasser Al Rami", "indirect", "The Crown Prince noted that trade had grown by a third."),
    ])


def test_the_interlocutor_is_the_one_the_host_spoke_with():
    """A bare "The interlocutor" in a telephone conversation is the one the host who publishes spoke
    with; "the Ardanian President's interlocutor" / "the interlocutor of the Ardanian President" is the
    other party of the one the office and country after it mean."""
    first = "President of Ardania Petr Halen had a telephone conversation with President of Velmora Ivo Marr.\n\n"
    assert_statements(first + "The interlocutor noted that trade had grown by a third.", [
        ("Ivo Marr", "indirect", "The interlocutor noted that trade had grown by a third."),
    ])
    assert_statements(first + "The Ardanian President's interlocutor noted that trade had grown by a third.", [
        ("Ivo Marr", "indirect", "The Ardanian President's interlocutor noted that trade had grown by a third."),
    ])
    first = "President of Turkey Petr Halen had a telephone conversation with President of France Ivo Marr.\n\n"
    assert_statements(first + "The interlocutor of the French President stressed the need for talks.", [
        ("Petr Halen", "indirect", "The interlocutor of the French President stressed the need for talks."),
    ])


def test_a_premier_of_a_state_council_heads_the_government():
    """"Premier of the State Council of the People's Republic of China Wen Lihua": "the head of the Chinese
    government" is he, not the host (the office's words run on to "republic of people")."""
    body = (
        "President Petr Halen met with Premier of the State Council of the People's Republic of China Wen Lihua, "
        "who is in Velmora on an official visit.\n\n"
        "The head of the Chinese government noted that trade had grown by a third."
    )
    assert_statements(body, [
        ("Wen Lihua", "indirect", "The head of the Chinese government noted that trade had grown by a third."),
    ])


def test_he_after_only_women_is_the_man_named_of_no_known_gender():
    """Two foreign ministers, a woman whose first name tells it and a man whose does not: "He" after her
    statement is he, though he was never a subject before (most names the engine cannot sex are men's)."""
    first = ("Minister for Foreign Affairs of Ardania Anna Velsker met with Minister of Foreign Affairs "
             "of Velmora Dorin Vasca.\n\n")
    assert_statements(first + "Anna Velsker stressed the importance of energy cooperation. "
                      "He noted that trade had grown by a third.", [
        ("Anna Velsker", "indirect", "Anna Velsker stressed the importance of energy cooperation."),
        ("Dorin Vasca", "indirect", "He noted that trade had grown by a third."),
    ])


def test_a_countrys_top_diplomat_is_its_foreign_minister():
    """"Germany's top diplomat" (a country the tables know, so the possessive does not make a name of it)
    is the foreign minister named, not the host."""
    body = (
        "Minister of Foreign Affairs of Poland Dorin Vasca received Federal Minister for Foreign Affairs of "
        "Germany Anna Velsker in Warsaw.\n\n"
        "Dorin Vasca stressed the importance of energy cooperation. "
        "Germany's top diplomat noted that trade had grown by a third."
    )
    assert_statements(body, [
        ("Dorin Vasca", "indirect", "Dorin Vasca stressed the importance of energy cooperation."),
        ("Anna Velsker", "indirect", "Germany's top diplomat noted that trade had grown by a third."),
    ])


def test_the_pentagon_chief_is_the_secretary_of_defense():
    """"The Pentagon chief" / "the head of the Pentagon": the Secretary of Defense named, the ministry's
    seat used for it (it was read as a chief of an unknown country "Pentagon", no one)."""
    first = ("Secretary of Defense Dorin Vasca hosted Minister of Defence of Ukraine Ivo Marr at the "
             "Pentagon today.\n\n")
    for subject in ("The Pentagon chief", "The head of the Pentagon"):
        assert_statements(first + f"{subject} stressed the importance of joint training.", [
            ("Dorin Vasca", "indirect", f"{subject} stressed the importance of joint training."),
        ])


def test_the_head_of_a_ministry_is_its_minister():
    """"The head of the Ukrainian Defence Ministry" is the Minister of Defence named (the ministry's
    portfolio the same), not the host (a country the tables know: an unknown adjective there is read apart)."""
    body = (
        "Secretary of Defense Dorin Vasca hosted Minister of Defence of Ukraine Ivo Marr.\n\n"
        "Dorin Vasca stressed the importance of joint training. "
        "The head of the Ukrainian Defence Ministry noted that the army had grown by a third."
    )
    assert_statements(body, [
        ("Dorin Vasca", "indirect", "Dorin Vasca stressed the importance of joint training."),
        ("Ivo Marr", "indirect", "The head of the Ukrainian Defence Ministry noted that the army had grown by a third."),
    ])


def test_both_posts_of_a_double_title_are_the_holders():
    """"Crown Prince and Prime Minister of Saudi Arabia X": the phrase keeps the first office; "The Saudi
    Prime Minister" is he too, not the host."""
    body = (
        "President Petr Halen had a telephone conversation with Crown Prince and Prime Minister of Saudi "
        "Arabia Faisal bin Nasser Al Rami.\n\n"
        "Petr Halen stressed the importance of energy cooperation. "
        "The Saudi Prime Minister noted that trade had grown by a third."
    )
    assert_statements(body, [
        ("Petr Halen", "indirect", "Petr Halen stressed the importance of energy cooperation."),
        ("Faisal bin Nasser Al Rami", "indirect", "The Saudi Prime Minister noted that trade had grown by a third."),
    ])


def test_the_host_is_the_one_whose_capital_the_meeting_is_in():
    """"X met with King Y of Jordan in Amman": the King hosts, though named second; "the guest" and "the
    visiting Prime Minister" are X. So too "X arrived in Kyiv on an official visit for talks with
    President of Ukraine Z": Z hosts."""
    first = "Prime Minister of Ardania Dorin Vasca met with King of Jordan Talal Nasser in Amman.\n\n"
    assert_statements(first + "The host noted that trade had grown by a third. "
                      "The guest stressed the importance of energy cooperation.", [
        ("Talal Nasser", "indirect", "The host noted that trade had grown by a third."),
        ("Dorin Vasca", "indirect", "The guest stressed the importance of energy cooperation."),
    ])
    assert_statements(first + "The visiting Prime Minister stressed the importance of energy cooperation.", [
        ("Dorin Vasca", "indirect", "The visiting Prime Minister stressed the importance of energy cooperation."),
    ])
    first = ("Prime Minister of Ardania Dorin Vasca arrived in Kyiv on an official visit for talks with "
             "President of Ukraine Ivo Marr.\n\n")
    assert_statements(first + "The distinguished guest stressed the importance of energy cooperation.", [
        ("Dorin Vasca", "indirect", "The distinguished guest stressed the importance of energy cooperation."),
    ])


def test_welcoming_a_guest_named_before_at_a_place_is_hosting():
    """"President Z welcomed him at the Mariinsky Palace": a host receiving the guest the sentence before
    named (as "welcomed President X on Alexander Nevsky Square"), no statement."""
    body = (
        "Prime Minister of Ardania Dorin Vasca arrived in Velmora on an official visit. President of Velmora "
        "Ivo Marr welcomed him at the Mariinsky Palace.\n\n"
        "Ivo Marr stressed the importance of energy cooperation."
    )
    assert_statements(body, [
        ("Ivo Marr", "indirect", "Ivo Marr stressed the importance of energy cooperation."),
    ])
