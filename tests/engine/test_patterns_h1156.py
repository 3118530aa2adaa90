"""Helper h1156 (hard86, stop 67's left-over constructions): a traditional ruler's title ("the Oba of X", "His Royal
Majesty", "the Etsu") as a speaker's office; a courtesy call on someone set off with a "who" clause of his coming; posts
printed as plain paragraphs after "X met … and posted via Tweets:"; "Interim" inside a body's name after a place's
word; "The governor, who …, and the mayor, Ms. Y, said …" a pair; "A UN official, who asked not to be named, said …"
no one; "The agency's boss said …" the agency's head; "Secretary Irrigation" an office and its portfolio. Each with a
guard of the near shape."""

from __future__ import annotations

from .test_patterns import assert_statements, run

# A traditional ruler's title

PALACE = ("The Governor of Pemba State, Mr. Jide Akanro, on Saturday visited the Oba of Tarnu, His Royal Majesty, Oba "
          "Femi Ladoja II, at his palace in Tarnu.\n\n")


def test_the_oba_and_his_royal_majesty_are_the_oba_named():
    assert_statements(PALACE + (
        "The Oba of Tarnu welcomed the governor and said the people were grateful for the new road.\n\n"
        "His Royal Majesty appealed to the government to complete the general hospital.\n\n"
        "Governor Akanro thanked the monarch and promised to finish the hospital."), [
        ("Femi Ladoja II", "indirect", "The Oba of Tarnu welcomed the governor and said the people were grateful for "
                                       "the new road."),
        ("Femi Ladoja II", "indirect", "His Royal Majesty appealed to the government to complete the general "
                                       "hospital."),
        ("Jide Akanro", "indirect", "Governor Akanro thanked the monarch and promised to finish the hospital."),
    ])


def test_the_etsu_named_last_speaks_as_the_etsu():
    assert_statements(PALACE + (
        "The governor later called on the Etsu of Kanri, Alhaji Bello Sadiq, who had travelled to Tarnu for the "
        "visit.\n\n"
        "The Etsu urged the youth of both kingdoms to shun violence."), [
        ("Bello Sadiq", "indirect", "The Etsu urged the youth of both kingdoms to shun violence."),
    ])


def test_a_call_on_someone_who_came_to_a_rally_to_act_stays_an_appeal():
    # guard: the "who" clause of coming, then an infinitive after it: an appeal, as before
    assert_statements("The Governor of Pemba State, Mr. Jide Akanro, spoke at the rally.\n\n"
                      "The governor called on the chiefs, who had come to the rally, to keep the peace.", [
        ("Jide Akanro", "indirect", "The governor called on the chiefs, who had come to the rally, to keep the peace."),
    ])


def test_the_obas_palace_is_no_one():
    # guard: the title's possessive before a place names no speaker
    result = run(PALACE + "The visit ended with a dance by the palace drummers in the Oba's courtyard.")
    assert not [s for s in result.statements if s.speaker]


# Posts after "posted via Tweets:"

POSTS = ("The Head of the Kessia Interim Administration, Mr. Aras Tolven, met a delegation of the Grain Agency "
         "led by its Regional Director, Ms. Nadia Vesk, and posted via Tweets:\n\n"
         "This morning I met the delegation of the Grain Agency. I briefed them on our inquiry into the diversion of "
         "food aid.\n\n"
         "Our only concern is that aid reaches our people quickly and fairly.\n\n"
         "Ms. Vesk told reporters that the Agency would resume deliveries next week.")


def test_first_person_paragraphs_after_posted_via_tweets_are_the_posters():
    assert_statements(POSTS, [
        ("Aras Tolven", "direct", "This morning I met the delegation of the Grain Agency. I briefed them on our "
                                  "inquiry into the diversion of food aid."),
        ("Aras Tolven", "direct", "Our only concern is that aid reaches our people quickly and fairly."),
        ("Nadia Vesk", "indirect", "Ms. Vesk told reporters that the Agency would resume deliveries next week."),
    ])


def test_a_name_set_off_by_dashes_before_posted_this_information():
    assert_statements("Aras Tolven – the head of Kessia’s Interim Authority – met the Grain Agency and posted this "
                      "information via Tweets.\n\n"
                      "Earlier today I met the Grain Agency's Regional Director. We raised our grave concern over the "
                      "delay in deliveries.", [
        ("Aras Tolven", "direct", "Earlier today I met the Grain Agency's Regional Director. We raised our grave "
                                  "concern over the delay in deliveries."),
    ])


def test_a_body_that_posts_is_no_one():
    # guard: a commission's posts are no person's words
    result = run("The Joint River Commission held its ninth session in Marun, opened by the Governor of Marun, Mr. "
                 "Lukas Brenn.\n\n"
                 "The Commission posted via Tweets:\n\n"
                 "The ninth session closed today. We agreed on a plan to clean the estuary.")
    assert not [s for s in result.statements if s.speaker]


def test_interim_after_a_places_word_names_the_body_not_a_person():
    result = run("The President of the Kessia Interim Administration, Mr. Aras Tolven, met the envoy.\n\n"
                 "The President of the Kessia Interim Administration said the roads would reopen.")
    assert [(s.speaker, s.text) for s in result.statements] == [
        ("Aras Tolven", "The President of the Kessia Interim Administration said the roads would reopen.")]


# A pair after a "who" clause

FERRY = ("The Governor of the Northern Province, Mr. Halvar Stenn, arrived in Sarn on Friday at the invitation of the "
         "Mayor of Sarn, Mrs. Ilse Varn.\n\n")


def test_the_governor_who_arrived_and_the_mayor_said_is_a_pair():
    assert_statements(FERRY + (
        "The governor, who arrived on the first ferry, and the mayor, Mrs. Varn, said the terminal would carry "
        "400,000 passengers a year.\n\n"
        "Mrs. Varn thanked the governor for the province's share of the cost."), [
        ("Ilse Varn", "indirect", "Mrs. Varn thanked the governor for the province's share of the cost."),
    ])


def test_the_governor_who_was_accompanied_by_someone_said_is_the_governor():
    # guard: a "who" clause with a person inside it, no ", and" pair: the opener's words, as before
    assert_statements(FERRY + (
        "The governor, who was accompanied by the province's director of transport, Mr. Per Holl, said a bus line "
        "would open in June."), [
        ("Halvar Stenn", "indirect", "The governor, who was accompanied by the province's director of transport, Mr. "
                                     "Per Holl, said a bus line would open in June."),
    ])


def test_the_minister_who_was_flanked_by_two_officials_said_is_the_minister():
    # guard (hard79): the ", and" goes on the clause's own list after "flanked by": the opener's words, as before
    assert_statements(FERRY + (
        "The governor, who was flanked by the Secretary Ports, Capt. (Retd) Farrok Hamdan, and the Chairman of the Port "
        "Trust, Mr. Zulf Ansar, said a second berth would be built."), [
        ("Halvar Stenn", "indirect", "The governor, who was flanked by the Secretary Ports, Capt. (Retd) Farrok Hamdan, "
                                     "and the Chairman of the Port Trust, Mr. Zulf Ansar, said a second berth would be "
                                     "built."),
    ])


# An unnamed official; a body's boss

FLOODS = ("The Director General of Kessia's National Emergency Agency (NEA), Mr. Kofi Ardan, received the Resident "
          "Coordinator of the United Nations in Kessia, Ms. Ingrid Salom. The agency's chief engineer, Mr. Bram Toll, "
          "took part.\n\n"
          "Ms. Salom expressed the sympathy of the United Nations to the families of the victims.\n\n")


def test_the_agencys_boss_is_the_agencys_head():
    assert_statements(FLOODS + "The agency's boss said the NEA would need sixty boats.", [
        ("Ingrid Salom", "indirect", "Ms. Salom expressed the sympathy of the United Nations to the families of the "
                                     "victims."),
        ("Kofi Ardan", "indirect", "The agency's boss said the NEA would need sixty boats."),
    ])


def test_an_unnamed_un_official_is_no_one_beside_the_un_official():
    assert_statements(FLOODS + (
        "The UN official, who led the response to the 2021 drought, promised that a team would arrive.\n\n"
        "A UN official, who asked not to be named, said later that the appeal would be launched on Friday."), [
        ("Ingrid Salom", "indirect", "Ms. Salom expressed the sympathy of the United Nations to the families of the "
                                     "victims."),
        ("Ingrid Salom", "indirect", "The UN official, who led the response to the 2021 drought, promised that a team "
                                     "would arrive."),
    ])


# An office with its portfolio after it

def test_secretary_irrigation_is_the_secretary_named_with_it():
    assert_statements(
        "HALBRIK: Provincial Minister for Irrigation Mr. Jahan Vell chaired a meeting. Secretary Irrigation Mr. Tariq "
        "Mend and Secretary Finance Ms. Nabila Korr attended the meeting.\n\n"
        "The minister directed the Secretary Finance to release the fund.\n\n"
        "Secretary Irrigation assured the minister that the breaches would be closed by January.", [
            ("Jahan Vell", "indirect", "The minister directed the Secretary Finance to release the fund."),
            ("Tariq Mend", "indirect", "Secretary Irrigation assured the minister that the breaches would be closed by "
                                       "January."),
        ])


def test_a_report_closed_by_a_lower_case_a_chinese_official_has_said_is_the_official_named_next():
    # guard (the 778th's ecns): "…, a Chinese official has said." closing a report, the official named right after
    assert_statements(
        "Hebei Province hopes to strengthen cooperation with Japan in the planning of the new area, a Chinese official "
        "has said.\n\n"
        "Xu Qin, governor of Hebei Province, made the comments during a speech at a forum held on Friday in Sapporo.", [
            ("Xu Qin", "indirect", "Hebei Province hopes to strengthen cooperation with Japan in the planning of the new "
                                   "area, a Chinese official has said."),
        ])
