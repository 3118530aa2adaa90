"""Helper h924 (styles48, environment and climate ministries' international meetings): the constructions its readouts
showed the engine missing, each with a guard for what it must not change."""

from .test_patterns import assert_statements


def test_group_clause_after_a_noting_that_opening_carries_on_no_one():
    # "Noting that …, both sides commended …": the sentence's subject is a group, not the last speaker's words going on
    assert_statements(
        "Mr. Odric Velstane, Minister of Rivers of Pashkoria, led the delegation.\n\n"
        "Mr. Velstane thanked Ambrelle for the flood forecasts.\n\n"
        "Noting that the two countries share nine rivers, both sides commended the cooperation of their agencies.",
        [("Odric Velstane", "indirect", "Mr. Velstane thanked Ambrelle for the flood forecasts.")],
    )


def test_noting_that_fragment_still_carries_on_the_speaker():
    # guard: a fragment with no subject of its own after his words still goes on as his
    assert_statements(
        "“We will share the data every hour,” Minister Odric Velstane said.\n\n"
        "Noting that the rivers of the two countries flood in the same weeks, and that the warnings must come early.",
        [("Odric Velstane", "direct", "We will share the data every hour"),
         ("Odric Velstane", "indirect",
          "Noting that the rivers of the two countries flood in the same weeks, and that the warnings must come early.")],
    )


def test_warm_welcome_with_its_words_after_saying_that_is_a_statement():
    # "X extended her warm welcome on behalf of NMA saying that …": the welcome's words told, hers
    assert_statements(
        "Dr Ysolbeth Quarnel, Administrator of the Weather Office, chaired the meeting.\n\n"
        "Dr Quarnel extended her warm welcome on behalf of the Office saying that it valued the partnership with Osterhelm.",
        [("Ysolbeth Quarnel", "indirect",
          "Dr Quarnel extended her warm welcome on behalf of the Office saying that it valued the partnership with "
          "Osterhelm.")],
    )


def test_warm_welcome_to_a_delegation_stays_narrative():
    # guard: a host's greeting with no words told is narrative
    assert_statements(
        "Dr Ysolbeth Quarnel, Administrator of the Weather Office, chaired the meeting.\n\n"
        "Dr Quarnel extended a warm welcome to the delegation from Osterhelm and showed them the radar hall.",
        [],
    )


def test_forests_after_an_offices_initials_is_a_portfolio_not_a_name():
    # under "DG Forests chairs …": "Dr. X, Director General (DG) Forests …" / "The DG briefed …": hers, not a Mr Forests's
    assert_statements(
        "Dr. Kavita Rennelsay, Director General (DG) Forests and Special Secretary, Ministry of Environment, Forests "
        "and Climate Change, chaired a meeting with the visiting foresters here on Saturday.\n\n"
        "The DG briefed the meeting about the role of forests in carbon sequestration.",
        [("Kavita Rennelsay", "indirect",
          "The DG briefed the meeting about the role of forests in carbon sequestration.")],
        title="DG Forests chairs meeting with visiting foresters",
    )


def test_climate_change_before_a_glued_name_is_a_portfolio():
    # "Secretary Climate Change Nadeem X attended": the Secretary is X, no Mr Change; the Minister's words stay his
    result = assert_statements(
        "Minister for Climate Change Rashid Tellomar on Wednesday commended the role of the regional seas programme.\n\n"
        "Secretary Climate Change Nadeem Ferrowvale and other senior officers attended the meeting.\n\n"
        "The Minister welcomed the Director and commended the work on mangrove restoration.",
        [("Rashid Tellomar", "indirect",
          "Minister for Climate Change Rashid Tellomar on Wednesday commended the role of the regional seas programme."),
         ("Rashid Tellomar", "indirect",
          "The Minister welcomed the Director and commended the work on mangrove restoration.")],
    )
    assert all("Change" not in (s.speaker or "") for s in result.statements)


def test_minister_of_environment_forests_and_climate_change_keeps_its_holder():
    # guard: the portfolio words inside a ministry's name still leave the holder his office
    assert_statements(
        "The Minister of Environment, Forests and Climate Change, Mr. Arjun Velamkar, said the forest cover had grown.",
        [("Arjun Velamkar", "indirect",
          "The Minister of Environment, Forests and Climate Change, Mr. Arjun Velamkar, said the forest cover had grown.")],
    )


def test_said_this_while_talking_to_a_caller_then_a_release_is_narrative():
    # "The Minister said this while talking to … who called on him here at the Ministry, said a press release issued
    # here.": only where he spoke, the release its source; no statement
    assert_statements(
        "Minister for Water Rashid Tellomar on Wednesday commended the role of the regional seas programme.\n\n"
        "The Minister said this while talking to Regional Director Ms Corrinne Valdane who called on him here at the "
        "Ministry, said a press release issued here.",
        [("Rashid Tellomar", "indirect",
          "Minister for Water Rashid Tellomar on Wednesday commended the role of the regional seas programme.")],
    )


def test_called_on_them_here_to_act_is_still_an_appeal():
    # guard: "called on them here at the Ministry to …" with the appeal's infinitive stays his statement
    assert_statements(
        "Minister Rashid Tellomar called on them here at the Ministry to finish the flood report.",
        [("Rashid Tellomar", "indirect",
          "Minister Rashid Tellomar called on them here at the Ministry to finish the flood report.")],
    )
