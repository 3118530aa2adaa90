"""Rules from the two-hundred-eighty-seventh held-out set (president.gov.ua English news, November 2021 - February 2022):
invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_BODY = ("President Dan Kessel announced that he had received a request to recall the ambassador. The Head of State "
         "said this during a conversation with the media following the talks with President of the Republic of Norvia "
         "Arno Velt in Ostgrad. \"Right after this press conference, I will work on this issue,\" he said. "
         "\"We are ready for talks on any platform,\" the President reminded.")


def test_a_name_credited_after_the_headlines_dash_is_no_guest():
    """"Ukraine to consider severance of diplomatic relations with Russia and other effective steps ... - Volodymyr
    Zelenskyy" (two-hundred-eighty-seventh 73057): the name after the dash is whom the headline quotes, not a guest of
    "with Russia". As a guest, he had made the visiting president the principal, who took "he said" and the bare
    "the President"."""
    assert_statements(_BODY, [
        ("Dan Kessel", "indirect", "President Dan Kessel announced that he had received a request to recall the "
                                   "ambassador."),
        ("Dan Kessel", "direct", "Right after this press conference, I will work on this issue,"),
        ("Dan Kessel", "direct", "We are ready for talks on any platform,"),
    ], title="Ostria to consider severance of relations with Valdia and other steps - Dan Kessel")


def test_a_name_after_with_and_no_dash_stays_a_guest():
    """Guard: the name right after "with" in a headline is still the guest ("Talks with Arno Velt"): the body's bare
    "the President" stays the publishing office's own head."""
    assert_statements(_BODY, [
        ("Dan Kessel", "indirect", "President Dan Kessel announced that he had received a request to recall the "
                                   "ambassador."),
        ("Dan Kessel", "direct", "Right after this press conference, I will work on this issue,"),
        ("Dan Kessel", "direct", "We are ready for talks on any platform,"),
    ], title="President held talks with Arno Velt in Ostgrad")


def test_the_official_is_the_last_one_in_office_spoken_of():
    """"Minister of Infrastructure Oleksandr Kubrakov said that … Also, according to him, … According to the official,
    the construction of the Kremenchuk and Yampil bridges should begin in the near future." (two-hundred-eighty-seventh
    72841): the bare "the official" is the minister who speaks, not the President who chairs the meeting."""
    body = ("President Dan Kessel heard a report on the road program. Minister of Transport Ivo Brant said that about 300 "
            "bridges will be repaired this year. Also, according to him, the renovation of the coastal road will start "
            "in May. According to the official, the construction of two new bridges should begin soon.")
    assert_statements(body, [
        ("Ivo Brant", "indirect", "Minister of Transport Ivo Brant said that about 300 bridges will be repaired this "
                                  "year."),
        ("Ivo Brant", "indirect", "Also, according to him, the renovation of the coastal road will start in May."),
        ("Ivo Brant", "indirect", "According to the official, the construction of two new bridges should begin soon."),
    ])


def test_the_official_is_no_one_when_no_one_in_office_spoke():
    """Guard: with no one in office named, a bare "the official" is still no one."""
    body = ("Ivo Brant, who grows wheat, said that the harvest was good this year. According to the official, the "
            "prices of grain will fall in autumn.")
    assert_statements(body, [
        ("Ivo Brant", "indirect", "Ivo Brant, who grows wheat, said that the harvest was good this year."),
    ])


def test_the_official_after_an_unnamed_official_is_that_one():
    """Guard: "…, a senior administration official told reporters. … , the official said." (hard21): the unnamed
    official, not the President whose words he reports."""
    body = ("President Dan Kessel spoke with President Arno Velt. Kessel stressed the need for a ceasefire, a senior "
            "administration official told reporters. Kessel also raised the issue of human rights, the official said.")
    result = assert_statements(body, [
        ("Dan Kessel", "indirect", "Kessel stressed the need for a ceasefire, a senior administration official told "
                                   "reporters."),
        ("Dan Kessel", "indirect", "Kessel also raised the issue of human rights, the official said."),
    ])
    assert not any("the official" in s.aliases for s in result.speakers)


def test_a_full_name_misspelt_by_one_letter_is_the_same_person():
    """"… Minister of Economy of Ukraine Yulia Svyryidenko noted. … Yulia Svyrydenko also said that …" (two-hundred-
    eighty-seventh 72833): one woman, the first spelling a slip; as two persons, "she" and her carry-ons went now to one,
    now to the other, and the facts she went on giving after "Also, she stressed, …" were lost."""
    body = ("\"This matters today,\" Minister of Economy Mira Volenskaya noted. In the context of energy, Mira Volenskya "
            "also said that gas reserves are sufficient. Also, according to her, the deficit fell to 3.5% of GDP last "
            "year. The reserves of the National Bank were the highest in nine years. \"We can say that the panic is "
            "over,\" Mira Volenskya said.")
    result = assert_statements(body, [
        ("Mira Volenskaya", "direct", "This matters today,"),
        ("Mira Volenskaya", "indirect", "In the context of energy, Mira Volenskya also said that gas reserves are "
                                        "sufficient."),
        ("Mira Volenskaya", "indirect", "Also, according to her, the deficit fell to 3.5% of GDP last year."),
        ("Mira Volenskaya", "indirect", "The reserves of the National Bank were the highest in nine years."),
        ("Mira Volenskaya", "direct", "We can say that the panic is over,"),
    ])
    assert len({s.speaker for s in result.statements}) == 1


def test_two_first_names_with_close_surnames_stay_two_people():
    """Guard: a close surname with another first name is someone else ("Mira Volenskaya", "Ilya Volenskya")."""
    body = ("Minister of Economy Mira Volenskaya said that gas reserves are sufficient. Deputy Minister Ilya Volenskya "
            "said that the deficit fell last year.")
    result = assert_statements(body, [
        ("Mira Volenskaya", "indirect", "Minister of Economy Mira Volenskaya said that gas reserves are sufficient."),
        ("Ilya Volenskya", "indirect", "Deputy Minister Ilya Volenskya said that the deficit fell last year."),
    ])
    assert len({s.speaker for s in result.statements}) == 2
