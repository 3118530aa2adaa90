"""Helper fx65 (review hr56 of stop 65's merged rules): narrowings of h1108's courtesy call's purpose and word of
praise, and the guards the review asked for."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_a_purpose_of_talks_with_a_second_infinitive_of_appeal_is_an_appeal():
    # "called on X to exchange … and to return …": both infinitives urged, not a courtesy call's purpose
    body = (
        "The Secretary-General Ana Kell called on Russia and Ukraine to exchange all prisoners and to return to the "
        "negotiating table.\n\n"
        "President Tomas Ekvall called on Parliament to discuss the bill and to adopt it before the recess."
    )
    assert_statements(body, [
        ("Ana Kell", "indirect", "The Secretary-General Ana Kell called on Russia and Ukraine to exchange all "
                                 "prisoners and to return to the negotiating table."),
        ("Tomas Ekvall", "indirect", "President Tomas Ekvall called on Parliament to discuss the bill and to adopt it "
                                     "before the recess."),
    ])


def test_a_telephone_call_on_the_occasion_of_a_success_is_no_praise():
    # "called X … successful": the thing before the word of praise a person and the occasion of the call, not a
    # short noun phrase opened by an article or a possessive
    body = (
        "Prime Minister Aldo Venn called President Kira Tams of Ruritania following successful and peaceful elections "
        "in Ruritania.\n\n"
        "Prime Minister Venn called President Tams on Monday after elections that were successful.\n\n"
        "Prime Minister Venn called the President of Ruritania following elections that were successful."
    )
    assert_statements(body, [])


def test_a_short_thing_called_a_word_of_praise_is_still_a_view():
    # guard: the thing a noun phrase opened by a possessive, the word of praise before "for"
    body = "Prime Minister Aldo Venn called their new trade agreement excellent for both peoples."
    assert_statements(body, [
        ("Aldo Venn", "indirect", "Prime Minister Aldo Venn called their new trade agreement excellent for both "
                                  "peoples."),
    ])


def test_a_full_name_saying_next_of_a_thing_is_not_the_lead_office():
    # "The … Chief Minister says he …" then "X says the ban cost him …": another voice telling of a thing, not the
    # office-holder going on about his own intent ("Terry Mills says he wants …")
    body = (
        "The Velmoran Chief Minister says he will appoint an envoy to Tarsk within weeks.\n\n"
        "Oren Dalby says the ban cost him his whole harvest.\n\n"
        "Mr Dalby farms wheat near the border."
    )
    assert_statements(body, [
        ("Oren Dalby", "indirect", "Oren Dalby says the ban cost him his whole harvest."),
    ])


def test_a_full_name_saying_he_next_is_still_the_lead_office():
    # guard: h1109's own shape, the name "says he …" after the office's "says he …"
    body = (
        "The Velmoran Chief Minister says he will appoint an envoy to Tarsk within weeks.\n\n"
        "Oren Dalby says he wants to repair relations with Tarsk.\n\n"
        "Mr Dalby says the region did not have a representative in the country last year."
    )
    assert_statements(body, [
        ("Oren Dalby", "indirect", "The Velmoran Chief Minister says he will appoint an envoy to Tarsk within weeks."),
        ("Oren Dalby", "indirect", "Oren Dalby says he wants to repair relations with Tarsk."),
        ("Oren Dalby", "indirect", "Mr Dalby says the region did not have a representative in the country last year."),
    ])


def test_a_host_welcome_given_a_meaning_after_the_place_is_a_statement():
    # "welcomed the ambassador from X to <Place> as a sign of …": the welcome read as a view, as before h1108
    body = "Governor Lina Varo welcomed the ambassador from Zorvia to Brellmont as a sign of growing ties."
    assert_statements(body, [
        ("Lina Varo", "indirect", "Governor Lina Varo welcomed the ambassador from Zorvia to Brellmont as a sign of "
                                  "growing ties."),
    ])


def test_a_host_welcome_to_a_place_alone_stays_a_host_act():
    # guard: h1108's own shape, the place then a day and nothing more
    body = "Governor Lina Varo welcomed the ambassador from Zorvia to Brellmont on Wednesday."
    assert_statements(body, [])


def test_office_comma_names_listed_before_here_stay_a_list_in_the_rules_own_shape():
    # guard of h1106's "called on Lieutenant Governor, X here at …" (`name_offices._here_after`) in its own shape with
    # two names listed before "here": "the Lt Governor" not given to the first (it would be, were the list's " and" not
    # read before "here", or "here" looked for past the name)
    result = run(
        "Secretary of Tourism Ilva Rend on Friday called on Lieutenant Governor, Tavel Marsk and Ida Morn here at Raj "
        "Bhawan.\n\n"
        "The Lt Governor observed that the valley was open to visitors."
    )
    assert [s.speaker for s in result.statements if s.text.startswith("The Lt Governor")] == []


def test_disclosed_on_a_day_with_nothing_disclosed_stays_narrative():
    # guard of h1105's day after "disclosed" (`lexicon._PARENTHETICAL`): the day alone, no complement after it
    body = (
        "Vellmark State governor, Arno Tessid, met the envoy of Quarnesia.\n\n"
        "Governor Tessid disclosed on Monday.\n\n"
        "Governor Tessid said the talks went well."
    )
    assert_statements(body, [
        ("Arno Tessid", "indirect", "Governor Tessid said the talks went well."),
    ])


def test_congratulations_and_thanks_do_not_go_on():
    # guard of h1105's `carrying_on._report_after_courtesy`: ", and" after the congratulations reaches it, but what is
    # joined is another courtesy ("thanked"), no report, so the wish after it stays the readout's (were the thanks
    # taken as a report that goes on, the second sentence would be his)
    body = (
        "On July 23, Quarnesian Ambassador Elan Vosker met in Tarn with Mr. Arno Tessid, Governor of Vellmark "
        "State.\n\n"
        "Elan Vosker congratulated Mr. Arno Tessid on his election, and thanked him for his support. In the days "
        "ahead, Quarnesia wishes to make joint efforts with Vellmark State."
    )
    assert_statements(body, [
        ("Elan Vosker", "indirect", "Elan Vosker congratulated Mr. Arno Tessid on his election, and thanked him for "
                                    "his support."),
    ])
