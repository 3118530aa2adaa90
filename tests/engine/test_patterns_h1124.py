"""Rules from the eight-hundred-fifty-seventh held-out set (the Governor of Sulaymaniyah, Kurdistan Region of Iraq, and
those the governorate meets, 2010-2024): invented readouts, invented people and places (a real nationality's adjective
where a rule reads one)."""

from __future__ import annotations

from readout_tui.engine.phrases import phrase_starting_at

from .test_patterns import assert_statements


def test_emphasis_laid_upon_is_stressed():
    """"Decottignies laid emphasis upon his country's support …" (shafaq 2021-10-21): "upon" for "on" after "laid
    emphasis", as "laid emphasis on" already was. Before, the sentence was no one's."""
    body = ("Consul General Irek Dova visited the governorate of Tarsk and held a meeting with its governor. "
            "Dova laid emphasis upon his country's support to the people of the region.")
    assert_statements(body, [
        ("Irek Dova", "indirect", "Dova laid emphasis upon his country's support to the people of the region."),
    ])


def test_a_wreath_laid_upon_stays_narrative():
    """The guard: "laid a wreath upon …" is an act, no emphasis laid."""
    body = "Consul General Irek Dova laid a wreath upon the memorial to the victims of the flood."
    assert_statements(body, [])


def test_a_guest_who_arrived_with_time_and_company_then_welcomed_is_received():
    """"X … arrived in Kurdistan province on Sunday, May 23, at the head of a delegation, and was welcomed by Y, the
    governor of Kurdistan province, at the Bashmaq border" (kurdpress, the set's trap): the time and the company after
    the place, set off by commas, still tell of a coming, so the passive "welcomed by" is the host's act. Before, the
    commas hid the coming and the sentence was Y's statement."""
    body = ("Tomas Varek, the governor of Zarnia, arrived in Tarsk province on Sunday, May 23, at the head of a "
            "delegation, and was welcomed by Ilan Brok, the governor of Tarsk province, at the border crossing.")
    assert_statements(body, [])


def test_a_thing_welcomed_by_a_person_stays_his_view():
    """The guard: with no coming before it, "The proposal … was welcomed by X, who called it …" stays X's words."""
    body = ("The proposal to open a new border crossing, made in March, was welcomed by Governor Ilan Brok, "
            "who called it a step forward.")
    assert_statements(body, [
        ("Ilan Brok", "indirect",
         "The proposal to open a new border crossing, made in March, was welcomed by Governor Ilan Brok, "
         "who called it a step forward."),
    ])


def test_a_general_consul_is_a_consul_general():
    """"US general consul Irvin Hicks Jr. held a meeting … The diplomat made a statement; saying that …" (sulcci):
    the office's words turned round are a consul general's, a diplomat, whom "The diplomat" then means. Before, the
    name had no diplomat's office and the report went to a word of the title."""
    body = ("Kenyan general consul Irek Dova held a meeting with traders of the city. "
            "The diplomat said that his visit is to promote the trade between the two regions.")
    assert_statements(body, [
        ("Irek Dova", "indirect",
         "The diplomat said that his visit is to promote the trade between the two regions."),
    ])


def test_a_general_is_no_diplomat():
    """The guard: a general's rank before a name ("Major General Irek Dova") is no consul's office, and "The
    diplomat" does not mean him."""
    body = ("Major General Irek Dova held a meeting with traders of the city. "
            "The diplomat said that his visit is to promote the trade between the two regions.")
    result = assert_statements(body, [])
    assert all(s.speaker != "Irek Dova" for s in result.statements)


def test_a_land_in_stan_after_a_nationality_is_a_place():
    """"Governor of Iraqi Kurdistan region’s Sulaymaniyah Province Haval Abubakir has called for … The Sulaymaniyah
    governor further expressed hope …" (mehrnews): "Iraqi Kurdistan" is a land, not a man named "Kurdistan"; the
    region's possessive before the province leaves the governor's office to the name after it; and the province
    before "governor" is the place of his office as written. Before, a person "Kurdistan" took the office and the
    second report was missed."""
    body = ("Governor of Iraqi Varnistan region’s Tarsk Province Omar Zeki has called for more trade with the "
            "neighbouring provinces. "
            "The Tarsk governor further expressed hope that the cultural ties would grow.")
    assert_statements(body, [
        ("Omar Zeki", "indirect",
         "Governor of Iraqi Varnistan region’s Tarsk Province Omar Zeki has called for more trade with the "
         "neighbouring provinces."),
        ("Omar Zeki", "indirect", "The Tarsk governor further expressed hope that the cultural ties would grow."),
    ])


def test_a_name_after_a_nationality_stays_a_name():
    """The guard: a nationality then a one-word name that is no land's ("Iraqi Zarko") or too short to be one
    ("British Tristan") stays a person's name."""
    for text, name in (("He met Iraqi Zarko.", ("Zarko",)), ("He met British Tristan.", ("Tristan",))):
        phrase = phrase_starting_at(text, 7, len(text))
        assert phrase is not None and phrase.kind == "name" and phrase.name == name


def test_a_name_in_stan_after_an_offices_place_stays_a_name():
    """The guard: a one-word name in "-stan" after an office and its place, no nationality right before it ("Harbour
    Gas Minister Velistan"), stays the minister's name."""
    body = "Harbour Gas Minister Velistan said: “We thank our partners of the northern district.”"
    assert_statements(body, [
        ("Velistan", "direct", "We thank our partners of the northern district."),
    ])


def test_an_unnamed_governor_known_by_his_province():
    """"Iran's Consul General to Sulaymaniyah X met on Tuesday with the governor of Sulaymaniyah … Sulaymaniyah
    governor referred to … He called for …" (irna 2019-08-20): a local office after its province's word, the article
    lost, that no one named holds, is one person known by that office, as "the governor" alone is; the "He" after
    it is he. Before, the first report was missed and the second given to the consul."""
    body = ("Kenyan Consul General to Tarsk Irek Dova met on Tuesday with the governor of Tarsk to examine ways of "
            "expanding trade. "
            "Tarsk governor referred to the deep relations between the two sides. "
            "He called for taking advantage of their cultural ties. "
            "Meanwhile, Dova expressed happiness over the level of trade.")
    assert_statements(body, [
        ("Tarsk governor", "indirect", "Tarsk governor referred to the deep relations between the two sides."),
        ("Tarsk governor", "indirect", "He called for taking advantage of their cultural ties."),
        ("Irek Dova", "indirect", "Meanwhile, Dova expressed happiness over the level of trade."),
    ])


def test_the_province_governor_named_stays_the_named_governor():
    """The guard: when a governor is named, "The Tarsk governor" is he, not a second, unnamed holder."""
    body = ("Governor Omar Zeki received Consul General Irek Dova in his office. "
            "The Tarsk governor said that the province welcomes investors.")
    assert_statements(body, [
        ("Omar Zeki", "indirect", "The Tarsk governor said that the province welcomes investors."),
    ])


def test_a_province_governor_with_the_article_and_no_holder_stays_as_it_was():
    """The guard: with the article, "As the Tarsk governor has requested, …" of a page whose governor no name gives
    (as sevenhundredsixtysecond's "The aimag governor, MrT.Enkhtuvshin", whose glued name the engine does not read)
    makes no unnamed holder: the rule is the wire's article-less "Tarsk governor" only."""
    body = ("The mayor's delegation visited Tarsk province on Monday. "
            "As the Tarsk governor has requested, the visitors agreed to send doctors to the province.")
    assert_statements(body, [])
