"""Rules from the eight-hundred-eighty-eighth held-out set (the President of Ethiopia's Oromia Regional State and those
who speak at or of his meetings, 2016-2020): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_COMMISSION = ("President of Kastravia Region Tarvonen Oskala discussed with members of the Boundaries Commission on "
               "various issues.\n\n")


def test_given_name_with_one_letter_changed_is_the_person_named_in_full():
    """"President of Oromia Regional State Shimelis Abdissa discussed with …", then "Shemelis, explaining that …,
    said …" (FBC 2020-10-23): a long given name, the name such readouts call a person by, written with one letter
    inside it changed, is the person named in full. Before, the lone word was no one, and the sentence no one's."""
    body = (_COMMISSION + "Tarvanen, explaining that Kastravia borders five regions, said the region is working to "
            "keep good relations with all its neighbours.")
    assert_statements(body, [
        ("Tarvonen Oskala", "indirect",
         "President of Kastravia Region Tarvonen Oskala discussed with members of the Boundaries Commission on "
         "various issues."),
        ("Tarvonen Oskala", "indirect",
         "Tarvanen, explaining that Kastravia borders five regions, said the region is working to keep good "
         "relations with all its neighbours."),
    ])


def test_given_name_with_one_letter_dropped_inside_likewise():
    """The same with one letter dropped inside a long given name ("Alessandro", "Alesandro")."""
    body = ("Governor Alessandro Mirek of Orsa met the visiting delegation today.\n\n"
            "Alesandro said the province welcomes investors in farming and energy.")
    assert_statements(body, [
        ("Alessandro Mirek", "indirect", "Alesandro said the province welcomes investors in farming and energy."),
    ])


def test_given_name_of_the_other_sex_is_not_the_person():
    """The guard: a lone given name that differs from a known person's at its end ("Christian Vale", then "Christina
    said …": another person, a woman) is not that person; no one is named so, so the sentence stays no one's."""
    body = ("Governor Christian Vale of Orsa met the visiting delegation today.\n\n"
            "Christina said the province welcomes investors in farming and energy.")
    assert_statements(body, [])


_SAID = "Governor Tarvo Lindqvist said the clashes do not represent the people of the two provinces.\n\n"


def test_recalling_that_opening_a_paragraph_carries_on_the_last_speaker():
    """"Lemma said the conflict … doesn't represent the people …" / "Recalling that there were clashes in bordering
    areas …, the trend of the current conflict is different." (ENA 2017-09-17): a paragraph opened by "Recalling that"
    with no subject of its own goes on with the last speaker's words, as "Noting that …" and "Stressing that …" did.
    Before, it was no one's."""
    body = (_SAID + "Recalling that there were clashes in the border areas over water and grazing land, the trend of "
            "the current conflict is different.")
    assert_statements(body, [
        ("Tarvo Lindqvist", "indirect",
         "Governor Tarvo Lindqvist said the clashes do not represent the people of the two provinces."),
        ("Tarvo Lindqvist", "indirect",
         "Recalling that there were clashes in the border areas over water and grazing land, the trend of the "
         "current conflict is different."),
    ])


def test_pointing_out_that_opening_a_paragraph_likewise():
    """The same with "Pointing out that"."""
    body = _SAID + "Pointing out that the two provinces share a long border, cooperation must grow."
    assert_statements(body, [
        ("Tarvo Lindqvist", "indirect",
         "Governor Tarvo Lindqvist said the clashes do not represent the people of the two provinces."),
        ("Tarvo Lindqvist", "indirect",
         "Pointing out that the two provinces share a long border, cooperation must grow."),
    ])


def test_recalling_that_before_a_groups_clause_is_not_carried():
    """The guard: "Recalling that …, both sides agreed …" has a main clause of its own, a group's, and carries on
    no one's words."""
    body = _SAID + "Recalling that the two provinces signed a pact in 1990, both sides agreed to expand trade."
    assert_statements(body, [
        ("Tarvo Lindqvist", "indirect",
         "Governor Tarvo Lindqvist said the clashes do not represent the people of the two provinces."),
    ])


def test_agency_dateline_with_the_year_glued_to_the_comma():
    """"Addis Ababa, October 23,2020 (FBC) – President of Oromia Regional State X discussed with …" (FBC): the
    dateline, its year glued to the day's comma, is no one's words. Before, it opened the statement."""
    body = ("Merova, October 23,2020 (KNA) – President of Kastravia Ardo Venn discussed with members of the Orsan "
            "delegation on trade.")
    assert_statements(body, [
        ("Ardo Venn", "indirect",
         "President of Kastravia Ardo Venn discussed with members of the Orsan delegation on trade."),
    ])


def test_agency_dateline_with_a_spaced_year_stays_as_it_was():
    """The guard: the usual "October 23, 2020 (KNA) –" was left out before this rule, and still is."""
    body = ("Merova, October 23, 2020 (KNA) – President of Kastravia Ardo Venn discussed with members of the Orsan "
            "delegation on trade.")
    assert_statements(body, [
        ("Ardo Venn", "indirect",
         "President of Kastravia Ardo Venn discussed with members of the Orsan delegation on trade."),
    ])
