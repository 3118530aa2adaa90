"""Rules from the nine-hundred-thirty-eighth held-out set (Zambia's Eastern Province: Paramount Chief Mpezeni's
meetings with ministers and the Provincial Minister, 2021-2025): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_chief_of_a_people_speaks():
    """"Paramount Chief X of the Ngoni people has praised the government …" (Lusaka Times 2025-04-28): the ruler's
    people after his name say whose ruler he is; the subject is the chief. Before, "the Ngoni people", a thing: no
    statement."""
    body = "Paramount Chief Tomas Arvel of the Zelan people has praised the government for building new dams."
    assert_statements(body, [
        ("Tomas Arvel", "indirect", body),
    ])


def test_chief_of_a_speaking_people_of_a_place_speaks():
    """"… of the Ngoni speaking people of Eastern Province has called for …", "… of the Ngoni-speaking people of
    Chipata has said that …" (Zambian Observer, Lusaka Times 2021-10-16): the people's language and the place they
    live in after it, still the chief's. Before, no statement (the place read as the subject)."""
    first = ("Senior Chief Tomas Arvel of the Zelan-speaking people of Vimar has said that he will work with the "
             "new government.")
    second = "Chief Paul Odeko of the Kadri speaking people of North Province has called for unity among citizens."
    assert_statements(first + " " + second, [
        ("Tomas Arvel", "indirect", first),
        ("Paul Odeko", "indirect", second),
    ])


def test_the_voice_of_a_people_is_no_person():
    """The guard: "The voice of the Zelan people has reached …": a thing before "of the … people", no person: no
    statement."""
    body = ("Minister Paul Odeko visited the palace of Chief Tomas Arvel on Monday. "
            "The voice of the Zelan people has reached the capital, the minister was told.")
    assert_statements(body, [])


def test_the_traditional_leader_is_the_chief_named_before():
    """"Paramount Chief X … The traditional leader urged the government to …", "The Traditional leader further
    requested …" (Lusaka Times 2025-04-28, 2021-10-16): Southern Africa's "traditional leader" for the chief named
    before, as "the traditional ruler" is the monarch. Before, an unknown speaker or none."""
    opening = "Paramount Chief Tomas Arvel has praised the government for the new dams."
    urged = "The traditional leader urged the government to deliver fertiliser early."
    requested = "The Traditional leader further requested the government to pave the roads."
    assert_statements(" ".join([opening, urged, requested]), [
        ("Tomas Arvel", "indirect", opening),
        ("Tomas Arvel", "indirect", urged),
        ("Tomas Arvel", "indirect", requested),
    ])


def test_traditional_leaders_together_are_a_group():
    """The guard: "The traditional leaders thanked …", the plural, is a group: no statement."""
    body = ("Minister Paul Odeko visited Chief Tomas Arvel on Monday. "
            "The traditional leaders thanked the government for the new dams.")
    assert_statements(body, [])


def test_said_this_when_someone_called_on_him_is_narrative():
    """"Chief X said this when Lands Minister Y called on him." (Zambian Observer): the pronoun called on and the
    sentence's end, a courtesy call, not "called on" of an appeal; the sentence only says when the chief spoke. Before,
    "Chief X said this" was a statement and the call the minister's."""
    opening = "Chief Tomas Arvel has called for unity among the citizens of Zelan."
    body = opening + " Chief Tomas Arvel said this when Minister Paul Odeko called on him."
    assert_statements(body, [
        ("Tomas Arvel", "indirect", opening),
    ])


def test_called_on_him_to_act_is_still_an_appeal():
    """The guard: "called on him to build roads" has the appeal's "to" and verb: a statement."""
    body = "Minister Paul Odeko met Chief Tomas Arvel. The chief called on him to build roads."
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "The chief called on him to build roads."),
    ])
