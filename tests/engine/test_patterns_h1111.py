"""Helper h1111 (hard83, stop 64's left-over constructions): a hope voiced with a comma for "that" ("Mr X hopes, the
trains will run …"); an office word that is a surname ("Senator Harun Imam", "Mr Imam said …", "Dr Mayor said …"); an
office's initials in brackets with a district or a style before the holder ("Senior Superintendent of Police (SSP) Varhal
Imran X", "(DHO), Dr. Y") and "the DC" after a quotation; "The firm's chief, Mr. X," as his office. Each with a guard of the
near shape."""

from __future__ import annotations

from .test_patterns import assert_statements, run

# A hope with a comma for "that"

MEETING = ("The Minister of Trade of Dravenia, Mr. Tobbe Ilmark, received the Ambassador of Quessany, "
           "Mrs. Anja Worrel, on Friday.\n\n")


def test_a_hope_with_a_comma_for_that_is_the_hopers_statement():
    assert_statements(MEETING + "Mr. Ilmark hopes, the talks on the new ferry line can end before the summer.", [
        ("Tobbe Ilmark", "indirect", "Mr. Ilmark hopes, the talks on the new ferry line can end before the summer."),
    ])


def test_a_hope_with_a_comma_and_an_aside_in_its_subject():
    assert_statements(MEETING + "The ambassador hopes, the ferry line to Orsk, closed in 2022, can reopen next year.", [
        ("Anja Worrel", "indirect", "The ambassador hopes, the ferry line to Orsk, closed in 2022, can reopen next year."),
    ])


def test_hopes_the_noun_before_a_bodys_report_stays_no_ones():
    result = run(MEETING + "The visit raised hopes, the ministry said.")
    assert [s.text for s in result.statements if s.speaker is not None] == []


# An office word that is also a surname

SENATE = ("Chairman of the Senate Foreign Affairs Committee Senator Harun Imam received a delegation led by "
          "Mrs. Ilse Bishop on Tuesday.\n\n")


def test_a_senators_surname_that_is_an_imams_office():
    assert_statements(SENATE + "Senator Imam said the rail corridor was ready.\n\nMr Imam thanked the delegation.", [
        ("Harun Imam", "indirect", "Senator Imam said the rail corridor was ready."),
        ("Harun Imam", "indirect", "Mr Imam thanked the delegation."),
    ])


def test_mrs_before_a_surname_that_is_a_bishops_office():
    assert_statements(SENATE + "Mrs. Bishop thanked the committee for its hospitality.", [
        ("Ilse Bishop", "indirect", "Mrs. Bishop thanked the committee for its hospitality."),
    ])


def test_a_doctors_surname_that_is_a_mayors_office():
    assert_statements("Chief Medical Officer Dr. Sadia Mayor met the Mayor of Korran, Mr. Lutfi Varnick.\n\n"
                      "Dr Mayor said the cases had fallen.\n\nThe Mayor of Korran said the drains were clear.", [
        ("Sadia Mayor", "indirect", "Dr Mayor said the cases had fallen."),
        ("Lutfi Varnick", "indirect", "The Mayor of Korran said the drains were clear."),
    ])


def test_mr_mayor_stays_a_form_of_address():
    from readout_tui.engine.phrases import phrase_starting_at
    text = "Mr Mayor said it."
    phrase = phrase_starting_at(text, 0, len(text))
    assert phrase is not None and phrase.kind == "description" and phrase.role == "mayor"


def test_the_imam_of_a_mosque_stays_an_imam():
    from readout_tui.engine.phrases import phrase_starting_at
    text = "The Imam of the Grand Mosque said it."
    phrase = phrase_starting_at(text, 0, len(text))
    assert phrase is not None and phrase.kind == "description" and phrase.role.startswith("imam")


# An office's initials with a district or a style before the holder

DISTRICT = ("Deputy Commissioner (DC) Varhal Rukhsana Tarrell chaired the meeting. Senior Superintendent of Police "
            "(SSP) Varhal Imran Dossel and the District Health Officer (DHO), Dr. Bilal Senbrook, attended.\n\n")


def _spoken(body: str) -> list[tuple[str, str, str]]:
    """(speaker, kind, text) of every attributed statement after the first paragraph (the district's name before the
    holder's stays in the display name, "Varhal Imran Dossel", as main shows the DC's: the words are what is tested)."""
    result = run(body)
    return [(s.speaker, s.kind, s.text) for s in result.statements if s.speaker is not None and s.start > body.index("\n")]


def test_the_ssp_after_a_rank_and_a_district():
    [(speaker, kind, text)] = _spoken(DISTRICT + "The SSP said 800 officers would be deployed.")
    assert speaker.endswith("Imran Dossel") and kind == "indirect" and text.startswith("The SSP said")


def test_the_dho_after_a_comma_and_a_style():
    assert_statements(DISTRICT + "The DHO told the meeting that beds had been set aside.", [
        ("Bilal Senbrook", "indirect", "The DHO told the meeting that beds had been set aside."),
    ])


def test_the_dc_after_a_quotation():
    [(speaker, kind, text)] = _spoken(DISTRICT + "\u201cThe fair belongs to the people,\u201d the DC told reporters.")
    assert speaker.endswith("Rukhsana Tarrell") and kind == "direct" and text.startswith("The fair belongs")


def test_a_bodys_initials_after_its_name_give_no_holder():
    result = run("The Director of the Varhal Water Agency (VWA), Mr. Omar Kesh, met the press.\n\n"
                 "The VWA said the dam was safe.")
    assert [s for s in result.statements if s.speaker is not None and "VWA said" in s.text] == []


# A firm's chief named in apposition

PLANT = ("The Minister of Industry, Dr. Samina Tallek, opened the plant. The firm's chief, Mr. Oskar Brennhaug, "
         "said it would employ 450 people.\n\n")


def test_the_firms_chief_is_the_one_named_after_it():
    assert_statements(PLANT + "The firm's chief added that exports would grow.", [
        ("Oskar Brennhaug", "indirect", "The firm's chief, Mr. Oskar Brennhaug, said it would employ 450 people."),
        ("Oskar Brennhaug", "indirect", "The firm's chief added that exports would grow."),
    ])


def test_the_firms_chief_after_a_quotation():
    assert_statements(PLANT + "\u201cWe came for the harbour,\u201d the firm's chief said.", [
        ("Oskar Brennhaug", "indirect", "The firm's chief, Mr. Oskar Brennhaug, said it would employ 450 people."),
        ("Oskar Brennhaug", "direct", "We came for the harbour,"),
    ])


def test_his_chief_stays_no_office():
    from readout_tui.engine.name_offices import _lone_lower_office
    text = "He was joined by his chief, Mr. Arno Pell, who said little."
    assert _lone_lower_office(text, 0, text.index(", Mr.")) is None
