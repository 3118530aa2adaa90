"""Rules from the nine-hundred-forty-third held-out set (Ghana's Central Regional Minister, Cape Coast, and those at the
Minister's and the Regional Co-ordinating Council's meetings, 2012-2025): invented readouts, invented people and
places."""

from __future__ import annotations

from .test_patterns import assert_statements

_MINISTER = "The Regional Minister of Ostra, Kamal Drenn has stated that his office will work with the chiefs. "


def test_a_place_that_cannot_boast_of_a_thing_has_it():
    """"He said the Central region is the first capital of Ghana but the region cannot boast of any development."
    (GhanaWeb 2017-02-26): "can boast of" is to have, not to brag; before, "the region … boast of" was read as the
    region's words and cut the Minister's report at "but"."""
    body = (_MINISTER + "He said the northern region is the first capital of Velm but the region cannot boast of any "
            "development.")
    assert_statements(body, [
        ("Kamal Drenn", "indirect", "The Regional Minister of Ostra, Kamal Drenn has stated that his office will work "
                                    "with the chiefs."),
        ("Kamal Drenn", "indirect", "He said the northern region is the first capital of Velm but the region cannot "
                                    "boast of any development."),
    ])


def test_one_who_boasted_of_a_thing_still_speaks():
    """The guard: "boasted of …" with no modal before it is a brag voiced, the speaker's, unchanged."""
    body = _MINISTER + "The governor, Tomas Ferl, boasted of his record on roads."
    assert_statements(body, [
        ("Kamal Drenn", "indirect", "The Regional Minister of Ostra, Kamal Drenn has stated that his office will work "
                                    "with the chiefs."),
        ("Tomas Ferl", "indirect", "The governor, Tomas Ferl, boasted of his record on roads."),
    ])


_VISIT = "Hon. Lira Vost, the Regional Minister paid a working visit to the Ostra West District on 13 June. "


def test_a_district_chief_executive_for_a_place_with_no_closing_comma_speaks():
    """"Delivering his welcome address on the occasion, Hon. X, the DCE for Gomoa West intimated that …" (the Gomoa
    West District's blog, 2012-07-03): the office's initials and the place it serves, the closing comma left out, after
    a fronted participle of the speech; the name's words, and "He added …" his. Before, "the DCE for …" was read as a
    body acting, the words no one's, and "He added" went to the Minister."""
    body = (_VISIT + "Delivering his welcome address on the occasion, Hon. Tomas Ferl, the DCE for Ostra West intimated "
            "that the district has received 110 projects. He added that the district benefited a lot from the "
            "Minister.")
    assert_statements(body, [
        ("Tomas Ferl", "indirect", "Delivering his welcome address on the occasion, Hon. Tomas Ferl, the DCE for Ostra "
                                   "West intimated that the district has received 110 projects."),
        ("Tomas Ferl", "indirect", "He added that the district benefited a lot from the Minister."),
    ])


def test_a_mayor_of_a_place_after_a_speaking_participle_with_no_closing_comma_speaks():
    """The same with an office in full and "of": "Speaking at the durbar, X, the Mayor of Y said …"."""
    body = (_VISIT + "Speaking at the durbar, Tomas Ferl, the Mayor of Ostra said that the town needs a new market.")
    assert_statements(body, [
        ("Tomas Ferl", "indirect", "Speaking at the durbar, Tomas Ferl, the Mayor of Ostra said that the town needs a "
                                   "new market."),
    ])


def test_a_constituency_is_no_person():
    """"… when she was the MP for the Gomoa West Constituency …" then "She emphasized …" (the same page): a seat, a
    place, not a Ms Gomoa West Constituency; "She" is the woman named before. Before, the next "She emphasized …" and
    the sentences after it went to "Constituency"."""
    body = ("Mrs Lira Vost, the Regional Minister, paid a working visit to the Ostra West District. Tomas Ferl said that "
            "the district benefited a lot from the Regional Minister when she was the MP for the Ostra West "
            "Constituency. She emphasized the need for the assembly to beef up revenue collection.")
    assert_statements(body, [
        ("Tomas Ferl", "indirect", "Tomas Ferl said that the district benefited a lot from the Regional Minister when "
                                   "she was the MP for the Ostra West Constituency."),
        ("Lira Vost", "indirect", "She emphasized the need for the assembly to beef up revenue collection."),
    ])


def test_a_call_paid_on_traditional_councils_is_no_appeal():
    """"She also called on the two traditional councils in the district, being the Akyempim and the Ajumako Traditional
    Councils." (the same page): a visit paid, no "to" or "for" of an appeal before the sentence ends; narrative."""
    body = ("Mrs Lira Vost, the Regional Minister, visited the Ostra West District. She said she always felt a sense "
            "of pride whenever she visited the district. She also called on the two traditional councils in the "
            "district, being the Kelm and the Dasso Traditional Councils.")
    assert_statements(body, [
        ("Lira Vost", "indirect", "She said she always felt a sense of pride whenever she visited the district."),
    ])


def test_chiefs_called_on_to_act_are_still_appealed_to():
    """The guard: "called on the chiefs to support …" is an appeal, her words, unchanged."""
    body = ("Mrs Lira Vost, the Regional Minister, visited the Ostra West District. She also called on the chiefs "
            "in the district to support the assembly.")
    assert_statements(body, [
        ("Lira Vost", "indirect", "She also called on the chiefs in the district to support the assembly."),
    ])


def test_workers_admonished_to_do_a_thing_are_urged():
    """"She admonished the workers to put up positive work attitudes to drive the progress of the region, saying “…”"
    (Graphic Online 2021-03-23): an exhortation, as "urged … to"; before, only "admonished … for" was read, and the
    sentence's words up to "saying" were no one's."""
    body = ("Mrs Lira Vost, the Regional Minister, met the staff of the council. She admonished the workers to put up "
            "positive work attitudes to drive the progress of the region.")
    assert_statements(body, [
        ("Lira Vost", "indirect", "She admonished the workers to put up positive work attitudes to drive the progress "
                                  "of the region."),
    ])


def test_admonished_to_a_point_is_no_exhortation():
    """The guard: "admonished … to the point of …" (no infinitive's verb after "to"): no cue, as before."""
    body = ("Mrs Lira Vost, the Regional Minister, met the staff of the council. She admonished the boy to the point "
            "of tears.")
    assert_statements(body, [])


def test_a_bodys_verb_in_a_clause_on_the_issues_stays_in_the_report():
    """"He said the need for … motors and other fishing equipment are among the key issues the council hopes to discuss
    with the President." (Adom Online, undated): "the council hopes" opens a relative clause on "the key issues", with
    no "that"; the report goes on through it. Before, the council's "hopes" cut the report at the last "and"."""
    body = (_MINISTER + "He said the need for fuel and support in obtaining outboard motors and other fishing equipment "
            "are among the key issues the council hopes to discuss with the President.")
    assert_statements(body, [
        ("Kamal Drenn", "indirect", "The Regional Minister of Ostra, Kamal Drenn has stated that his office will work "
                                    "with the chiefs."),
        ("Kamal Drenn", "indirect", "He said the need for fuel and support in obtaining outboard motors and other "
                                    "fishing equipment are among the key issues the council hopes to discuss with the "
                                    "President."),
    ])


def test_a_bodys_clause_after_and_is_still_cut():
    """The guard: "…, and the council hopes to discuss it." (no noun of topics right before the body): the body's own
    clause, cut from the report as before."""
    body = _MINISTER + "He said fuel is scarce, and the council hopes to discuss it with the President."
    assert_statements(body, [
        ("Kamal Drenn", "indirect", "The Regional Minister of Ostra, Kamal Drenn has stated that his office will work "
                                    "with the chiefs."),
        ("Kamal Drenn", "indirect", "He said fuel is scarce"),
    ])
