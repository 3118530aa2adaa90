"""rf14's review of the stop's merges h1270, h1271, h1272, h1274 and h1273: near shapes where a new rule did worse than
the base engine, each mended in the rule's module. Invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements

INTRO = "Minister Tomas Arvel toured the new bridge site in Kavala on Monday.\n\n"


def test_said_this_comma_when_completed_keeps_what_he_said():
    """h1273's "affirmed this, when he paid a courtesy call" (`reported_speech._WHERE_ONLY`) took "said this, when
    completed, would create …" for an occasion: the words he said were dropped and the lead given him instead. "this"
    is there the subject of what he said, its clause's time between commas."""
    assert_statements(INTRO + "The minister said this, when completed, would create 500 jobs for the youth.", [
        ("Tomas Arvel", "indirect", "The minister said this, when completed, would create 500 jobs for the youth."),
    ])


def test_said_this_comma_when_he_toured_is_only_when():
    """The rule's own shape kept: "said this, when he toured …" says only when the words before were said."""
    assert_statements("Minister Tomas Arvel said the bridge would open in June.\n\n"
                      "The minister said this, when he toured the site on Monday.", [
                          ("Tomas Arvel", "indirect", "Minister Tomas Arvel said the bridge would open in June."),
                      ])


def test_to_him_before_a_gift_is_no_view():
    """h1272's "To him, …" a view (`reported_speech`) took "To him, the pupils presented a card" (the one given to)
    and "To him, the school owes its new roof" for his view; only a clause with a copula or a modal is one, as "For
    him, …" (`_FOR_ONES_VIEW`)."""
    body = ("Minister Tomas Arvel visited the Kavala school on Monday.\n\n"
            "To him, the pupils presented a hand-made card and a song.\n\n"
            "To him, the school owes its new roof.\n\n"
            "“We will build more classrooms,” Arvel said.")
    assert_statements(body, [
        ("Tomas Arvel", "direct", "We will build more classrooms,"),
    ])


def test_to_him_before_a_modal_is_his_view():
    """The rule's own shape kept: "To him, individualism will not benefit …" is his view."""
    body = ("Minister Tomas Arvel visited the Kavala school on Monday.\n\n"
            "To him, individualism will not benefit the country.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect", "To him, individualism will not benefit the country."),
    ])


def test_his_own_report_saying_is_carried_on():
    """h1274's outlet's "reported X saying" (`carrying_on._an_outlet_reports_one_saying`) took the minister's own
    "reported on the progress … saying that …" for an outlet's: the next paragraph, which goes on with his report, was
    no longer his. Only a capitalised name or place after "reported" is an outlet's report of one."""
    body = ("The council met in Kavala on Monday.\n\n"
            "Minister Tomas Arvel reported on the progress of the road project saying that work was on schedule.\n\n"
            "The road would be opened in June and a second bridge would follow.")
    assert_statements(body, [
        ("Tomas Arvel", "indirect",
         "Minister Tomas Arvel reported on the progress of the road project saying that work was on schedule."),
        ("Tomas Arvel", "indirect", "The road would be opened in June and a second bridge would follow."),
    ])


def test_spoke_on_radio_amid_tensions_is_no_topic():
    """h1270's "spoke on perceived rift" (`lexicon`) took "spoke on radio amid tensions" for a topic spoken about:
    the trouble there is the setting, after a preposition, and no statement is made."""
    assert_statements("Governor Tomas Arvel spoke on radio amid tensions in the north.\n\n"
                      "“We will restore order,” Arvel said.", [
                          ("Tomas Arvel", "direct", "We will restore order,"),
                      ])


def test_spoke_on_perceived_rift_is_a_topic():
    """The rule's own shape kept: "has spoken on perceived rift with …" is a topic he spoke about."""
    body = "The Governor of Kavala, Tomas Arvel, has spoken on perceived rift with Varno governor, Lina Voss."
    assert_statements(body, [("Tomas Arvel", "indirect", body)])
