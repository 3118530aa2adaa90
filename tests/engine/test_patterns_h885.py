"""Statements found by helper h885's mends of hard70 (the speaker after a long fronted opener that names other people:
participial, prepositional and relative openers with another person's name, office or "states" inside them, before the
office and name of the one who speaks).

Each test is a small invented readout (invented people and countries); each rule's test fails without it, and guard
tests keep what the rule must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements


def test_states_after_a_preposition_in_an_opener_is_a_noun():
    """"…, and speaking for the three upstream states, the Minister …, Mr. X, said …": "for the three upstream" is
    the object of "for", no subject of "states" (`speech_subjects._plural_noun_before`); before, no statement."""
    assert_statements(
        "Taking the floor after the Secretary, and speaking for the three upstream states, the Minister of Fisheries "
        "of Pelvara, Mr. Tomas Rendvik, said that his government could accept a closed season.", [
            ("Tomas Rendvik", "indirect",
             "Taking the floor after the Secretary, and speaking for the three upstream states, the Minister of "
             "Fisheries of Pelvara, Mr. Tomas Rendvik, said that his government could accept a closed season."),
        ])


def test_a_message_from_an_office_still_says():
    """Guard: "The message from the President of Ostria says that …": a person's office after "from", the message's
    verb "says", as before (the message's sender's words)."""
    assert_statements(
        "President Ivo Marek of Ostria sent a message of condolences to the family of Anton Vell.\n\n"
        "The message from the President of Ostria says that Anton Vell won broad respect for his work.", [
            ("Ivo Marek", "indirect",
             "President Ivo Marek of Ostria sent a message of condolences to the family of Anton Vell."),
            ("Ivo Marek", "indirect",
             "The message from the President of Ostria says that Anton Vell won broad respect for his work."),
        ])


def test_a_relative_chaired_by_someone_inside_an_opening_participle_is_no_subject():
    """"Addressing the session, which was chaired by Dr. X, the Executive Secretary, Ms. Y, said …": the relative
    closes at its comma after an opening participle as after an opening preposition
    (`speech_subjects._agent_of_a_subject_s_relative`); before, no statement."""
    assert_statements(
        "Addressing the session, which was chaired by the Minister of Water of Ostria, Dr. Anna Velk, the Executive "
        "Secretary, Ms. Rosa Tamberg, said that fish stocks had fallen by a third.", [
            ("Rosa Tamberg", "indirect",
             "Addressing the session, which was chaired by the Minister of Water of Ostria, Dr. Anna Velk, the "
             "Executive Secretary, Ms. Rosa Tamberg, said that fish stocks had fallen by a third."),
        ])


def test_a_meeting_attended_by_someone_still_gives_no_one_its_verb():
    """Guard: "The meeting, which was attended by the Minister …, Dr. X, discussed …": the meeting's verb, no one's."""
    assert_statements(
        "The meeting, which was attended by the Minister of Water of Ostria, Dr. Anna Velk, discussed the closed "
        "season.", [])


def test_an_office_and_its_holder_after_an_opener_of_many_commas_share_a_second_verb():
    """"Also speaking …, and on behalf of the Prime Minister, Hon. X, who was attending …, the Cabinet Secretary, Mrs.
    Y, presented … and conveyed …": the holder after the third comma is the subject whose second verb "conveyed" is
    (`speech_subjects._office_and_holder_after_a_long_opener`); before, no statement."""
    assert_statements(
        "Also speaking at the function, and on behalf of the Prime Minister, Hon. Karel Dunst, who was attending a "
        "meeting abroad, the Cabinet Secretary, Mrs. Lena Ostrov, presented Dr. Ivo Pelk with a plaque and conveyed "
        "the Government's appreciation of his service.", [
            ("Lena Ostrov", "indirect",
             "Also speaking at the function, and on behalf of the Prime Minister, Hon. Karel Dunst, who was attending "
             "a meeting abroad, the Cabinet Secretary, Mrs. Lena Ostrov, presented Dr. Ivo Pelk with a plaque and "
             "conveyed the Government's appreciation of his service."),
        ])


def test_a_list_of_names_after_an_opener_shares_no_verb():
    """Guard: "Yesterday, A, B, and C convened … and agreed …": a list, no one's second verb."""
    assert_statements(
        "Yesterday, Minister Karel Dunst, Minister Lena Ostrov, and Minister Ivo Pelk convened in Tarn and agreed "
        "on a plan.", [])


def test_a_known_surname_after_a_presidents_country_is_no_state():
    """"After conveying the greetings of President X of Saltova, Tiverholm expressed …": the lone word is the person
    named before, the subject, not the state of X's place (`speech_subjects._named_before_place`); before, X's."""
    assert_statements(
        "Foreign Minister of Saltova Anders Tiverholm arrived in Mirvak on Tuesday.\n\n"
        "For his part, and after conveying the greetings of President Ilse Marvold of Saltova, Tiverholm expressed "
        "appreciation for the help of Mirvak.", [
            ("Anders Tiverholm", "indirect",
             "For his part, and after conveying the greetings of President Ilse Marvold of Saltova, Tiverholm "
             "expressed appreciation for the help of Mirvak."),
        ])


def test_a_mayor_of_a_town_and_its_state_is_still_the_subject():
    """Guard: "Mayor X of Flintvale, Kestria, shared …": the mayor, the state no person."""
    assert_statements("Mayor Hanna Oduvel of Flintvale, Kestria, shared her plans for the port.", [
        ("Hanna Oduvel", "indirect", "Mayor Hanna Oduvel of Flintvale, Kestria, shared her plans for the port."),
    ])


def test_a_name_set_off_after_its_office_is_the_holder_not_an_office():
    """"…, delivered on his behalf by the Commissioner …, Mr X, the Governor of Y State, Alhaji Z, thanked …": the
    name after the Governor's office is its holder, the subject, not an office of X's set off after him
    (`speech_subjects._named_before_office_aside`); before, X's."""
    assert_statements(
        "In his goodwill message, delivered on his behalf by the Commissioner for Agriculture, Mr Tunde Abelo, the "
        "Governor of Karo State, Alhaji Bello Dankari, thanked the President for the swift response.", [
            ("Bello Dankari", "indirect",
             "In his goodwill message, delivered on his behalf by the Commissioner for Agriculture, Mr Tunde Abelo, "
             "the Governor of Karo State, Alhaji Bello Dankari, thanked the President for the swift response."),
        ])


def test_a_name_then_its_firm_office_is_still_the_name():
    """Guard: "X, Chief Executive Officer of Y Cells, shared …": the name before its office, the subject."""
    assert_statements("Dmitri Halvard, Chief Executive Officer of Northvale Cells, shared his plans for the plant.", [
        ("Dmitri Halvard", "indirect",
         "Dmitri Halvard, Chief Executive Officer of Northvale Cells, shared his plans for the plant."),
    ])


def test_the_represented_president_after_an_opening_participle_speaks():
    """"Speaking at the flag-off …, the President, who was represented by the Minister …, Dr X, said …": the name
    inside the "who" aside is its object, after an opening participle as at the sentence's start (`_cue_at`); before,
    X's."""
    assert_statements(
        "President Emeka Odunjo has said that farmers will be helped.\n\n"
        "Speaking at the flag-off in Karo on Thursday, the President, who was represented by the Minister of "
        "Agriculture, Dr Ada Ebiwe, said that seedlings would reach every ward.", [
            ("Emeka Odunjo", "indirect", "President Emeka Odunjo has said that farmers will be helped."),
            ("Emeka Odunjo", "indirect",
             "Speaking at the flag-off in Karo on Thursday, the President, who was represented by the Minister of "
             "Agriculture, Dr Ada Ebiwe, said that seedlings would reach every ward."),
        ])


def test_the_minister_speaking_for_herself_is_still_hers():
    """Guard: "Speaking at the flag-off, the Minister of Agriculture, Dr X, who represented the President, said …":
    the Minister's own sentence."""
    assert_statements(
        "Speaking at the flag-off in Karo on Thursday, the Minister of Agriculture, Dr Ada Ebiwe, who represented "
        "the President, said that seedlings would reach every ward.", [
            ("Ada Ebiwe", "indirect",
             "Speaking at the flag-off in Karo on Thursday, the Minister of Agriculture, Dr Ada Ebiwe, who represented "
             "the President, said that seedlings would reach every ward."),
        ])


def test_alhaji_is_a_style_before_a_name():
    """"the Emir of Karo, Alhaji Musa Garba, …" then "Alhaji Garba …": the pilgrim's style of West African releases, as
    "Haji" (`lexicon.HONORIFICS`), is no part of the name, so the two mentions are one person shown as "Musa Garba"
    (before, "Alhaji Musa Garba" and "Alhaji Garba", two)."""
    assert_statements(
        "Speaking on behalf of the elders, the Emir of Karo, Alhaji Musa Garba, thanked the President for the visit."
        "\n\nAlhaji Garba also asked for a new road to the market.", [
            ("Musa Garba", "indirect",
             "Speaking on behalf of the elders, the Emir of Karo, Alhaji Musa Garba, thanked the President for the "
             "visit."),
            ("Musa Garba", "indirect", "Alhaji Garba also asked for a new road to the market."),
        ])


def test_the_holder_inside_an_opening_after_clause_is_not_the_subject():
    """"After the Mayor, Mr. X, had read the names …, the President of Y, Ms. Z, expressed …": X is the subject of
    the "after" clause, Z of the main one (`speech_subjects._holder_of_an_opening_subordinate`); before, X's."""
    assert_statements(
        "After the Mayor, Mr. Karel Dunst, had read the names of the victims, the President of Ostria, Ms. Lena "
        "Ostrov, expressed her condolences to the families.", [
            ("Lena Ostrov", "indirect",
             "After the Mayor, Mr. Karel Dunst, had read the names of the victims, the President of Ostria, Ms. Lena "
             "Ostrov, expressed her condolences to the families."),
        ])


def test_an_office_and_holder_after_an_opening_after_phrase_still_speaks():
    """Guard: "After the talks, the Minister, Mr. X, met the press and expressed …": "After the talks" a phrase, the
    office and holder after it the subject of both verbs."""
    assert_statements(
        "After the talks, the Minister, Mr. Karel Dunst, met the press and expressed his hope for a lasting peace.", [
            ("Karel Dunst", "indirect",
             "After the talks, the Minister, Mr. Karel Dunst, met the press and expressed his hope for a lasting "
             "peace."),
        ])
