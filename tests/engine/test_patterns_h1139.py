"""Rules from the eight-hundred-sixty-ninth held-out set (the Governor of Duhok, Kurdistan Region of Iraq, the
governorate's relief board and those who meet the Governor, 2016-2021): invented readouts, invented people and places."""

from __future__ import annotations

from .test_patterns import assert_statements


def test_one_person_tackled_a_topic_is_discussed():
    """"During his meeting with a delegation from RTT, …, Governor Tamr Ramadan tackled the agency’s program …"
    (iraqinews, the English of Iraqi and Arab agencies): one person's "tackled" and its topic, as "discussed". Before,
    the sentence was no one's."""
    body = ("During his meeting with a delegation from a building firm, Governor Ilan Brok tackled the firm’s plan "
            "for the construction of schools in the province.")
    assert_statements(body, [
        ("Ilan Brok", "indirect", "During his meeting with a delegation from a building firm, Governor Ilan Brok "
                                  "tackled the firm’s plan for the construction of schools in the province."),
    ])


def test_a_trouble_tackled_stays_an_act():
    """The guard: "tackled the problem of …" is a trouble dealt with, no words; nor does a meeting speak."""
    body = ("Governor Ilan Brok tackled the problem of drought in the northern districts last year. "
            "The meeting also tackled ways of bringing water to the villages.")
    assert_statements(body, [])


def test_a_place_described_ends_the_report_carried_on():
    """"… the statement noted. Also spelled Duhok …; it is a city in the far northern part of Iraq … . It has about
    500,000 inhabitants …" (iraqinews, a page stored as one paragraph): the encyclopaedia's words about a place, and
    what follows them, are the writer's background. Before, "It has about …" and every sentence after it had gone on
    as the governor's report."""
    body = ("Governor Ilan Brok discussed construction issues with a visiting delegation. "
            "Tarsk is a city in the far north of Zarnia, near the border. "
            "It has about 300,000 inhabitants, mostly farmers. "
            "Its population grew fast in the 1990s.")
    assert_statements(body, [
        ("Ilan Brok", "indirect", "Governor Ilan Brok discussed construction issues with a visiting delegation."),
    ])


def test_a_report_with_no_place_described_goes_on():
    """The guard: with no place described between, the sentence after the report still carries it on."""
    body = ("Governor Ilan Brok discussed construction issues with a visiting delegation. "
            "The new schools will open in the spring.")
    assert_statements(body, [
        ("Ilan Brok", "indirect", "Governor Ilan Brok discussed construction issues with a visiting delegation."),
        ("Ilan Brok", "indirect", "The new schools will open in the spring."),
    ])


def test_a_lower_office_with_its_remit_before_the_name():
    """"the governor’s assistant in IDP and refugee affairs, Mr. Ismail Mohamed Ahmed, met with … The governor’s
    assistant spoke about …" (brha 2016-11-29): the office with its remit ("in …", "for …", "on …") before the name and
    its comma is his, the remit left out, so the later "The governor’s assistant" is he. Before, the remit hid the
    office and his three statements were no one's."""
    body = ("On the 3rd of May, the governor’s assistant in refugee and returnee affairs, Mr. Tomas Varek Dalin, met "
            "with two representatives of the Red Crescent. The governor’s assistant spoke about the camps and made "
            "clear that a great burden rests on the province.")
    assert_statements(body, [
        ("Tomas Varek Dalin", "indirect", "The governor’s assistant spoke about the camps and made clear that a "
                                          "great burden rests on the province."),
    ])


def test_a_relation_word_with_a_remit_stays_no_office():
    """The guard: a word that says how one stands to a body ("representative", "head") is no office of its own before
    a name, with a remit as without one; the later "The representative" stays no one's."""
    body = ("Minister Irek Dova met the representative in Zarnia, Mr. Tomas Varek Dalin, on Monday. "
            "The representative said that the camps are full.")
    assert_statements(body, [])


def test_an_unnamed_envoy_who_opens_a_narrative_sentence_is_he_after():
    """"On the 5th of December, the American consul general to the Kurdish region visited Domiz 2 Camp …. He made clear
    that …" (brha, the consul never named): a country's envoy known only by the office, the subject of the sentence
    before, after a fronted date, is the "He" who speaks next, as a named one would be. Before, "He" was no one."""
    body = ("On the 5th of December, the Zarnian consul general to the region visited the Tarsk camp in order to see "
            "the circumstances of the refugees. He made clear that his country will keep up its support.")
    assert_statements(body, [
        ("The Zarnian consul general", "indirect", "He made clear that his country will keep up its support."),
    ])


def test_a_named_envoy_stays_himself():
    """The guard: an envoy the readout names is the one "He" means, by his name, as before."""
    body = ("On the 5th of December, the Zarnian consul general, Tomas Varek, visited the Tarsk camp. "
            "He made clear that his country will keep up its support.")
    assert_statements(body, [
        ("Tomas Varek", "indirect", "He made clear that his country will keep up its support."),
    ])
