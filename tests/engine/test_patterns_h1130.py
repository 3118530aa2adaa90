"""Helper h1130 (eighthundredsixtyfirst, the Lieutenant Governor of Ladakh and those the office meets): a monk's
"Ven." that ended no sentence; a delegation "in presence of" an officer, whose name was read as the subject; an army
command's "General Officer Commanding-in-Chief" read as a name; a weekday between a subject's closing comma and its
verb; a paper's place with a hyphen for its colon; "X from <village>, <area>, shared … initiatives"; and "He said X
appreciated …" after an unnamed spokesperson, the account X's. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def _speakers(body: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in run(body).statements]


def test_a_monks_ven_ends_no_sentence():
    """"headed by Ven. Tenzo Marlik, requested …": one sentence, the delegation's (a group), no one's; before, the
    sentence was cut at "Ven." and "Tenzo Marlik, requested …" given to him."""
    body = ("Governor Pell Marn met several delegations at Raj Niwas.\n\n"
            "A separate delegation from Orvane, headed by Ven. Tenzo Marlik, requested the administration to relocate "
            "the cricket field.")
    assert_statements(body, [])


def test_a_monk_named_with_ven_still_speaks():
    """The guard: "Ven. X thanked …" is still his, the style kept in the words."""
    sentence = "Ven. Tenzo Marlik thanked the Governor for his support to the monastery."
    assert_statements("Governor Pell Marn met several delegations.\n\n" + sentence,
                      [("Tenzo Marlik", "indirect", sentence)])


def test_an_officer_in_whose_presence_a_delegation_speaks_is_no_subject():
    """"A delegation …, in presence of Director …, Col (Retd) X, raised issues …": the delegation's, no one's."""
    body = ("Governor Pell Marn met several delegations.\n\n"
            "A delegation from the Orvane Veterans Colony Society, in presence of Director Sainik Welfare "
            "Department-cum-Secretary Rajya Board Orvane, Col (Retd) Darek Holm, raised issues pertaining to the colony.")
    assert_statements(body, [])


def test_the_subject_before_in_the_presence_of_keeps_its_verb():
    """"Minister X, in the presence of the Governor of Y, Z, said …": X's (before, Z's); and the guard: "In the presence
    of the President, the Minister of Trade, X, said …", the phrase fronted, X the subject still."""
    first = "Minister Tarik Vell, in the presence of the Governor of Ostra, Pell Marn, said the plan was ready."
    second = "In the presence of the President, the Minister of Trade, Orin Galt, said the road would open in May."
    assert_statements(first + "\n\n" + second,
                      [("Tarik Vell", "indirect", first), ("Orin Galt", "indirect", second)])


def test_a_general_officer_commanding_in_chief_is_an_office():
    """"General Officer Commanding-in-Chief of the Army's Eastern Command, Lieutenant General X, on Saturday called on
    … and discussed …": X's (before, "Commanding-in-Chief" was read as a name and the sentence was no one's)."""
    sentence = ("General Officer Commanding-in-Chief of the Army's Eastern Command, Lieutenant General Arven Dost, "
                "on Saturday called on Governor Mila Tannic and discussed the situation in the valley.")
    assert_statements(sentence, [("Arven Dost", "indirect", sentence)])


def test_a_weekday_between_the_holders_comma_and_the_verb():
    """"Commander of the Northern Command, X, on Saturday called on … and discussed …": X's; the guard, "today" there,
    as before."""
    first = ("Commander of the Northern Command, Darek Holm, on Saturday called on Governor Mila Tannic and "
             "discussed the situation.")
    second = "The Commander of the Western Command, Orin Galt, today called on Governor Mila Tannic and discussed roads."
    assert_statements(first + "\n\n" + second,
                      [("Darek Holm", "indirect", first), ("Orin Galt", "indirect", second)])


def test_a_place_with_a_hyphen_for_its_colon_opens_the_lead():
    """"Varno- General Officer Commanding-in-Chief …, Lieutenant General X, on Saturday called on …, an official said.":
    X's, the place's hyphen read as a paper's colon (before, the lead was no one's)."""
    sentence = ("General Officer Commanding-in-Chief of the Army's Eastern Command, Lieutenant General Arven Dost, on "
                "Saturday called on Governor Mila Tannic here and discussed the current situation in Varno town, an "
                "official said.")
    result = run("Varno- " + sentence)
    assert [s.speaker for s in result.statements] == ["Arven Dost"]
    assert result.statements[0].text.endswith(sentence)


def test_a_villager_from_a_village_and_its_area_shared_initiatives():
    """"X from <village>, <area>, shared various welfare initiatives …": X's (before, the area was read as the
    subject and "initiatives" shared told nothing)."""
    sentence = "Orin Vasko from Thelm, Durrak, shared various welfare initiatives undertaken for community benefit."
    assert_statements("Governor Pell Marn met several delegations.\n\n" + sentence,
                      [("Orin Vasko", "indirect", sentence)])


def test_a_group_from_a_village_and_things_held_in_common_stay_no_ones():
    """The guards: "A farmer from …, …, said …" (no name) and "The two districts shared initiatives …" stay no one's."""
    body = ("A farmer from Thelm, Durrak, said the road was closed.\n\n"
            "The two districts shared initiatives on water.")
    assert [s for s in run(body).statements if s.speaker is not None] == []


def test_he_said_after_an_unnamed_spokesperson_passes_on_a_named_account():
    """"…, a Raj Niwas spokesperson said. He said Tarsk appreciated …": Tarsk's (before, the spokesperson's)."""
    body = ("Governor Kavin Tarsk met the Commander.\n\n"
            "The meeting focused on security, a Raj Niwas spokesperson said.\n\n"
            "He said Tarsk appreciated the Army's role in safeguarding the borders.")
    assert ("Kavin Tarsk", "He said Tarsk appreciated the Army's role in safeguarding the borders.") in _speakers(body)


def test_he_said_after_an_unnamed_spokesperson_with_no_named_account_is_his():
    """The guard: "He said that the talks were useful.", no named person after it, stays the spokesperson's."""
    body = ("Governor Kavin Tarsk met the Commander.\n\n"
            "The meeting focused on security, a Raj Niwas spokesperson said.\n\n"
            "He said that the talks were useful.")
    assert ("A Raj Niwas spokesperson", "He said that the talks were useful.") in _speakers(body)
