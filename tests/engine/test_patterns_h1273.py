"""Rules from the nine-hundred-seventy-ninth held-out set (Zambia's Western Province Minister and those who speak at or
of the Minister's and the Barotse Royal Establishment's meetings, 2018-2025): invented readouts, invented people and
countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OPENING = "Minister Aron Velk of Dorvan Province met the chiefs of the province at Varn on Monday. "


def test_a_royal_establishment_is_a_body():
    """"The Barotse Royal Establishment (BRE) has called on the government to prioritize development …" (Zambia Reports
    2024-08-14): a body's last word, no person's statement. Before, a person "Barotse Royal Establishment"."""
    body = (_OPENING + "The Varn Royal Establishment (VRE) has called on the government to prioritize development in "
            "the province.")
    assert_statements(body, [])


def test_a_person_of_a_royal_establishment_still_speaks():
    """The guard: a person named with the body after him still speaks, his words his."""
    body = _OPENING + "Chief Kalo Mireth of the Varn Royal Establishment said the roads are in a poor state."
    assert_statements(body, [
        ("Kalo Mireth", "indirect",
         "Chief Kalo Mireth of the Varn Royal Establishment said the roads are in a poor state."),
    ])


def test_said_this_comma_when_is_only_when():
    """"Western Province Minister Richard Kapita affirmed this, when he paid a courtesy call on …" (Lusaka Times
    2018-04-07): the occasion set off by a comma after "this", only when, as "affirmed this when …". Before, his."""
    body = ("Chief Kalo Mireth said the roads of the chiefdom are in a poor state. "
            "Minister Tobias Kell affirmed this, when he paid a courtesy call on the chief of Varn.")
    assert_statements(body, [
        ("Kalo Mireth", "indirect", "Chief Kalo Mireth said the roads of the chiefdom are in a poor state."),
    ])


def test_affirmed_this_comma_adding_that_still_speaks():
    """The guard: a participle of speech after the comma says something of its own."""
    body = _OPENING + "Minister Tobias Kell affirmed this, adding that the road to Varn will be built next year."
    assert_statements(body, [
        ("Tobias Kell", "indirect",
         "Minister Tobias Kell affirmed this, adding that the road to Varn will be built next year."),
    ])


def test_said_this_when_he_gave_a_vote_of_thanks_is_only_when():
    """"BRE Ngambela Mukela Manyando said this when he gave a vote of thanks when Minister … commissioned …" (the Zambian
    Observer 2025-01-13, the Daily Mail): the vote of thanks is the occasion, its "thanks" no word of what he said.
    Before, his."""
    body = ("Minister Tobias Kell said the toll plaza will serve the whole province. "
            "Chief Kalo Mireth said this when he gave a vote of thanks at the opening of the new toll plaza.")
    assert_statements(body, [
        ("Tobias Kell", "indirect", "Minister Tobias Kell said the toll plaza will serve the whole province."),
    ])


def test_a_vote_of_thanks_saying_still_speaks():
    """The guard: a vote of thanks with what was said in it ("…, saying …") is his statement."""
    body = _OPENING + "Chief Kalo Mireth gave a vote of thanks, saying the people of Varn are grateful for the road."
    assert_statements(body, [
        ("Kalo Mireth", "indirect",
         "Chief Kalo Mireth gave a vote of thanks, saying the people of Varn are grateful for the road."),
    ])


def test_place_before_the_office_said_this_when_is_only_when():
    """"Western Province Minister X affirmed this, when …": the place before the subject's office, as "Quezon City Mayor
    X made the remarks when …" was read for "made" only. Before, "Dorvan Province Minister X said this when he toured
    the plant." was his."""
    body = "The plant will open in May. Dorvan Province Minister Tobias Kell said this when he toured the plant."
    assert_statements(body, [
        ("Tobias Kell", "indirect", "The plant will open in May."),
    ])


def test_place_before_the_office_said_that_still_speaks():
    """The guard: the same subject with what he said after the verb is his statement."""
    body = "Dorvan Province Minister Tobias Kell said the plant will open in May after the rains."
    assert_statements(body, [
        ("Tobias Kell", "indirect", "Dorvan Province Minister Tobias Kell said the plant will open in May after the rains."),
    ])


def test_a_lead_before_place_office_affirmed_this_comma_when_is_his():
    """"Government says it will ensure … / Western Province Minister Richard Kapita affirmed this, when he paid a
    courtesy call on …" (Lusaka Times 2018-04-07): the sentence only says when, so the lead before it is his words, as
    the 876th's "The Oyo State Government … announced … / The Governor …, X, stated this in …" (its gold mended to
    that). Before, the "affirmed this" sentence was his and the lead no one's."""
    body = ("The Varn Council says it will work with all stakeholders to develop the district.\n\n"
            "Dorvan Province Minister Tobias Kell affirmed this, when he paid a courtesy call on the chief of Varn.")
    assert_statements(body, [
        ("Tobias Kell", "indirect", "The Varn Council says it will work with all stakeholders to develop the district."),
    ])


def test_narrated_that_is_an_account_told():
    """"He narrated that before the Kalongola-Nalolo road construction, it was difficult for people … to access …"
    (Lusaka Times 2020-09-17): an account told, as "recounted". Before, nothing."""
    body = _OPENING + "He narrated that before the road was built, it was difficult for people to reach the clinic."
    assert_statements(body, [
        ("Aron Velk", "indirect",
         "He narrated that before the road was built, it was difficult for people to reach the clinic."),
    ])


def test_narrated_a_film_is_no_statement():
    """The guard: "narrated" with a thing after it, a voice read over a film, says nothing."""
    body = _OPENING + "He narrated the documentary about the river last year."
    assert_statements(body, [])


def test_however_with_a_stray_comma_before_the_verb():
    """"President Lungu however, said as Head of State … will concentrate on …" (Lusaka Times 2020-12-19, ZANIS): the
    aside's first comma dropped, as "He further, emphasized …". Before, nothing."""
    body = _OPENING + "Velk however, said the province will concentrate on roads and clinics."
    assert_statements(body, [
        ("Aron Velk", "indirect", "Velk however, said the province will concentrate on roads and clinics."),
    ])
