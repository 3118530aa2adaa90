"""Rules from the nine-hundred-seventieth held-out set (the Governor of Negros Occidental and those who speak at or of
his meetings): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_negated_comment_made_is_a_refusal_not_a_statement():
    """"X did not make further comment about …" (SunStar Bacolod 2023-11-21): a refusal to comment, as "declined to
    comment" is, no words said; before, "make … comment about" read as remarks made and gave him the sentence."""
    body = ("Governor Amaro Velist met Vice President Kolo Benn on Monday.\n\n"
            "Velist said the talks were light.\n\n"
            "Velist did not make further comment about the rumored complaint against Benn.")
    assert_statements(body, [
        ("Amaro Velist", "indirect", "Velist said the talks were light."),
    ])


def test_no_comment_made_about_is_a_refusal_not_a_statement():
    """"X made no comment about …": the same refusal, its "no" before the noun."""
    body = ("Governor Amaro Velist met Vice President Kolo Benn on Monday.\n\n"
            "Velist said the talks were light.\n\n"
            "Velist made no comment about the rumored complaint against Benn.")
    assert_statements(body, [
        ("Amaro Velist", "indirect", "Velist said the talks were light."),
    ])


def test_comments_made_about_still_speak():
    """The guard: "made positive comments about …" (no negation, the 807th's shape) stays his statement."""
    body = ("Governor Amaro Velist met Vice President Kolo Benn on Monday.\n\n"
            "Velist made positive comments about the new port in Kavala.")
    assert_statements(body, [
        ("Amaro Velist", "indirect", "Velist made positive comments about the new port in Kavala."),
    ])


def test_second_half_of_a_married_double_surname_names_her():
    """"… led by Dita Angara-Mathay, Special Trade Representative …" then "Rep. Mathay also assured the Governor that
    …" (the province's Tokyo page): a Filipino woman's married surname after her maiden one, named again by its second
    half, as "Macapagal-Arroyo" is "Arroyo"; before, "Mathay" named no one and the sentence was lost."""
    body = ("Gov. Amaro Velist discussed trade with embassy officials led by Dita Orsana-Lindqvist, Special Trade "
            "Representative in Kavala.\n\n"
            "Rep. Lindqvist also assured the Governor that the embassy will support the programs.")
    assert_statements(body, [
        ("Amaro Velist", "indirect", "Gov. Amaro Velist discussed trade with embassy officials led by Dita "
                                     "Orsana-Lindqvist, Special Trade Representative in Kavala."),
        ("Dita Orsana-Lindqvist", "indirect", "Rep. Lindqvist also assured the Governor that the embassy will support "
                                              "the programs."),
    ])


def test_untitled_second_half_of_a_double_surname_names_her():
    """The same with no title before the bare second half: the speech verb confirms it."""
    body = ("Gov. Amaro Velist discussed trade with embassy officials led by Dita Orsana-Lindqvist, Special Trade "
            "Representative in Kavala.\n\n"
            "Lindqvist also stressed that the embassy will support the programs.")
    assert_statements(body, [
        ("Amaro Velist", "indirect", "Gov. Amaro Velist discussed trade with embassy officials led by Dita "
                                     "Orsana-Lindqvist, Special Trade Representative in Kavala."),
        ("Dita Orsana-Lindqvist", "indirect", "Lindqvist also stressed that the embassy will support the programs."),
    ])


def test_lower_case_second_syllable_of_a_given_name_names_no_one():
    """The guard: a given name's lower-case second syllable ("Ban Ki-moon"'s kind) is no surname: a bare "Moran"
    after "Foreign Minister Pak Sun-moran" is not joined to him; his own statement stays his."""
    body = ("Foreign Minister Pak Sun-moran met Governor Amaro Velist in Kavala.\n\n"
            "Pak said the talks were useful.\n\n"
            "Moran stressed that the port would open soon.")
    assert_statements(body, [
        ("Pak Sun-moran", "indirect", "Pak said the talks were useful."),
    ])


def test_negated_say_before_a_question_word_leaves_the_matter_untold():
    """"Frasco did not say how Marcos replied to Duterte-Carpio's question." (the 877th's Manila Shimbun page, its
    speaker known since the double surname's second half names her): what she left untold, no one's words; before,
    "did not say" read as her speech verb and gave her the sentence; and "replied" inside the question is no one's."""
    body = ("Press Secretary Dita Lindqvist said the President asked about the budget.\n\n"
            "Lindqvist did not say how President Ivo Ranst replied to the question.")
    assert_statements(body, [
        ("Dita Lindqvist", "indirect", "Press Secretary Dita Lindqvist said the President asked about the budget."),
    ])


def test_explained_how_still_speaks():
    """The guard: with no negation, "explained how …" stays her statement."""
    body = ("Press Secretary Dita Lindqvist met President Ivo Ranst on Monday.\n\n"
            "Lindqvist explained how the budget would be spent.")
    assert_statements(body, [
        ("Dita Lindqvist", "indirect", "Lindqvist explained how the budget would be spent."),
    ])


def test_did_not_disclose_what_but_said_that_stays_his():
    """The guard (the 777th's Financial Express shape): "He did not disclose what transpired in the meeting but said
    that …": what he said after "but" is his statement, whole, as before."""
    body = ("Chief Minister Ivo Ranst met Home Minister Dara Holm in Kavala.\n\n"
            "Ranst did not disclose what transpired in the meeting but said that he would brief journalists on Monday.")
    assert_statements(body, [
        ("Ivo Ranst", "indirect", "Ranst did not disclose what transpired in the meeting but said that he would brief "
                                  "journalists on Monday."),
    ])


def test_although_stating_then_did_not_say_how_stays_his():
    """The guard (the 951st's Omutumwa shape): "Although stating that …, the Governor however did not say how many …":
    the words stated before make the sentence his, as before."""
    body = ("Governor Amaro Velist met Minister Kolo Benn in Kavala.\n\n"
            "Although stating that corruption has no place in the region, Velist did not say how many cases had been "
            "reported.")
    assert_statements(body, [
        ("Amaro Velist", "indirect", "Although stating that corruption has no place in the region, Velist did not say "
                                     "how many cases had been reported."),
    ])
