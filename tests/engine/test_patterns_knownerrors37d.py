"""Readings of known errors of the thirty-eighth hard set (where a speaker's report ends): "X held a working meeting
with Governor Y. The Governor briefed the President on …" and paragraphs of figures after it (the Korvesh governor,
the transport minister), the guest's report carried on over the paragraph breaks.

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

GOVERNOR_TITLE = "Meeting with Governor of Vell Region Ivo Marsk"


def test_a_guests_report_after_the_meeting_lead_goes_on_into_the_next_paragraphs():
    """"X held a working meeting with Governor Y. The Governor briefed the President on …" / "The region's gross
    regional product grew …" / "In addition, …": the guest's report presented after the meeting lead, carried on."""
    body = (
        "Petar Vor held a working meeting with Governor of Vell Region Ivo Marsk. "
        "The Governor briefed the President on the socioeconomic situation in the region.\n\n"
        "The region's industrial output grew by 4.2 percent last year. Unemployment has fallen to 3.1 percent.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "The Governor briefed the President on the socioeconomic situation in the region."),
        ("Ivo Marsk", "indirect", "The region's industrial output grew by 4.2 percent last year."),
        ("Ivo Marsk", "indirect", "Unemployment has fallen to 3.1 percent."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title=GOVERNOR_TITLE)


def test_a_report_after_a_visit_lead_stays_the_readouts():
    """Guard: after a visit ("The President toured the mine. X described the history of the mine to the President.",
    two-hundred-forty-fifth 26983) the next paragraph's facts are the readout's, as before."""
    body = (
        "Petar Vor toured the Kell copper mine. "
        "Ivo Marsk, the mine's director, described the history of the mine to the President.\n\n"
        "The deposit was discovered in 1961. The mine produces copper and silver.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "Ivo Marsk, the mine's director, described the history of the mine to the President."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title="Petar Vor visited the Kell copper mine")


def test_a_place_put_first_before_a_figure_goes_on_with_the_report():
    """"In Tolmask, 40 schools have been fully renovated since 2023, …" (thirty-eighth hard set, the Korvesh
    governor): a place put first, a figure after its comma; the subject the schools, the report carried on."""
    body = (
        "Petar Vor held a working meeting with Governor of Vell Region Ivo Marsk. "
        "The Governor briefed the President on the school renovation programme.\n\n"
        "In Dormask, 40 schools have been fully renovated since 2023. Every district now has a sports hall.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "The Governor briefed the President on the school renovation programme."),
        ("Ivo Marsk", "indirect", "In Dormask, 40 schools have been fully renovated since 2023."),
        ("Ivo Marsk", "indirect", "Every district now has a sports hall."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title=GOVERNOR_TITLE)


def test_a_thing_built_goes_on_with_the_report():
    """"Track has been laid along 420 kilometres of the route, …" (thirty-eighth hard set, the transport minister):
    a lone capitalised word and a thing built after it ("has been laid", "was built"), no one's name."""
    body = (
        "Petar Vor held a meeting with Minister of Transport Ivo Marsk. "
        "The Minister reported on the construction of the northern railway.\n\n"
        "Track has been laid along 300 kilometres of the route. The first trains are expected to run in 2028.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "The Minister reported on the construction of the northern railway."),
        ("Ivo Marsk", "indirect", "Track has been laid along 300 kilometres of the route."),
        ("Ivo Marsk", "indirect", "The first trains are expected to run in 2028."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title="Meeting with Minister of Transport Ivo Marsk")


def test_a_name_laid_to_rest_stays_no_report():
    """Guard: "Kovar was laid to rest in …" after the report is no thing built: the sentence stays out, as before."""
    body = (
        "Petar Vor held a meeting with Minister of Transport Ivo Marsk. "
        "The Minister reported on the construction of the northern railway.\n\n"
        "Kovar was laid to rest in Dormask on Monday.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "The Minister reported on the construction of the northern railway."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title="Meeting with Minister of Transport Ivo Marsk")


FLOOD_TITLE = "Meeting on preparations for the spring floods"


def test_a_list_of_things_with_a_figure_goes_on_with_the_report():
    """"Sandbags, pumps and 140 boats have been stockpiled …" (thirty-eighth hard set, the Saltmere floods) after
    "X reported that …": a list of things ending in a counted plural, no one's name, the report carried on."""
    body = (
        "Petar Vor held a meeting on preparations for the spring floods.\n\n"
        "Ivo Marsk reported that the dams had been reinforced along 30 kilometres. "
        "Sandbags, pumps and 90 boats have been stockpiled in the district centres.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "Ivo Marsk reported that the dams had been reinforced along 30 kilometres."),
        ("Ivo Marsk", "indirect", "Sandbags, pumps and 90 boats have been stockpiled in the district centres."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title=FLOOD_TITLE)


def test_a_plural_amount_changing_goes_on_with_the_report():
    """"Exports to the traditional markets are growing more slowly than planned." (thirty-eighth hard set, the
    machine-building meeting) after "X reported that …": a plural, its place, a plural verb of an amount changing."""
    body = (
        "Petar Vor held a meeting on the machine-building industry.\n\n"
        "Ivo Marsk reported that output had grown by 3 percent. "
        "Imports from the northern markets are falling faster than planned.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "Ivo Marsk reported that output had grown by 3 percent."),
        ("Ivo Marsk", "indirect", "Imports from the northern markets are falling faster than planned."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title=FLOOD_TITLE)


def test_the_people_who_met_and_their_delegations_still_end_the_report():
    """Guard: "The two leaders and their delegations then toured …" after "X reported that …" is the people who met
    acting, no list of things: the report is over, as before."""
    body = (
        "Petar Vor held a meeting with Ivo Marsk.\n\n"
        "Ivo Marsk reported that the dams had been reinforced along 30 kilometres. "
        "The two leaders and their delegations then toured the port.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "Ivo Marsk reported that the dams had been reinforced along 30 kilometres."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title=FLOOD_TITLE)


CALL_TITLE = "Secretary Vor's Call with Foreign Minister Marsk"


def test_an_adding_connective_after_a_stance_goes_on_with_it():
    """"Foreign Minister Lusk thanked the Secretary for … . At the same time, the reconstruction … will take …" and
    "… Moreover, Nordane stands ready … . In addition, the Relief Agency’s field office … will remain open …"
    (thirty-eighth hard set, the Nordane call): a sentence that adds to the statement just before it, theirs."""
    body = (
        "Secretary Petra Vor held a call today with Foreign Minister Ivo Marsk on the floods.\n\n"
        "Foreign Minister Marsk thanked the Secretary for the swift response. "
        "At the same time, the repair of the valley’s roads will take at least two years.\n\n"
        "The Secretary said that Velsia would send engineers. "
        "In addition, the Relief Office’s depot in Tarn will remain open through the winter."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "Foreign Minister Marsk thanked the Secretary for the swift response."),
        ("Ivo Marsk", "indirect", "At the same time, the repair of the valley’s roads will take at least two years."),
        ("Petra Vor", "indirect", "The Secretary said that Velsia would send engineers."),
        ("Petra Vor", "indirect", "In addition, the Relief Office’s depot in Tarn will remain open through the winter."),
    ], title=CALL_TITLE)


def test_an_adding_connective_before_a_body_that_acts_stays_the_readouts():
    """Guard: "In addition, the Congress considered …" (seventh 74629) after a statement: a body named acts, the
    readout's account, no one's statement."""
    body = (
        "Secretary Petra Vor held a call today with Foreign Minister Ivo Marsk on the floods.\n\n"
        "Foreign Minister Marsk thanked the Secretary for the swift response. "
        "In addition, the Congress considered the assistance to the valley."
    )
    assert_statements(body, [
        ("Ivo Marsk", "indirect", "Foreign Minister Marsk thanked the Secretary for the swift response."),
    ], title=CALL_TITLE)


def test_a_list_after_its_determiner_is_a_noun():
    """"Moreover, a third of the critical medicines on the Union list now depend on a single supplier …" (thirty-eighth
    hard set, the Commission's medicines reserve) after "X stressed that …": "the Union list" a noun, no cue."""
    body = (
        "Presenting the proposal in Tarn, Commissioner Ida Morn stressed that shortages had affected every member state. "
        "Moreover, a third of the medicines on the Union list now depend on a single supplier."
    )
    assert_statements(body, [
        ("Ida Morn", "indirect", "Presenting the proposal in Tarn, Commissioner Ida Morn stressed that shortages had "
                                 "affected every member state."),
        ("Ida Morn", "indirect", "Moreover, a third of the medicines on the Union list now depend on a single supplier."),
    ], title="Commission proposes a medicines reserve")


def test_list_as_a_verb_after_its_subject_stays_a_cue():
    """Guard: "The Ministers will list the priorities …" after a statement: "list" a verb after its subject (no
    determiner right before it), a cue of its own, not carried on by the connective."""
    body = (
        "Presenting the proposal in Tarn, Commissioner Ida Morn stressed that shortages had affected every member state. "
        "Moreover, the Ministers will list the priorities in May."
    )
    assert_statements(body, [
        ("Ida Morn", "indirect", "Presenting the proposal in Tarn, Commissioner Ida Morn stressed that shortages had "
                                 "affected every member state."),
    ], title="Commission proposes a medicines reserve")


HOSPITALS_TITLE = "The President held a meeting on the restoration of hospitals"


def test_a_paragraph_opened_on_a_bodys_account_ends_the_report():
    """"The Minister of Health reported on … . She said that …" / "According to the Ministry of Health, 1,240 medical
    facilities have been damaged … . Repairs have been completed at 580 facilities." (thirty-eighth hard set, the Pryvil
    hospitals): a new paragraph opened on a body's account, the readout's source: no one's statement."""
    body = (
        "President Petar Vor held a meeting on the restoration of hospitals. "
        "The meeting was attended by Minister of Health Ida Morn.\n\n"
        "The Minister of Health reported on the progress of the work. "
        "She said that 30 hospitals had been restored this year.\n\n"
        "According to the Ministry of Health, 900 medical facilities have been damaged. "
        "Repairs have been completed at 300 facilities.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ida Morn", "indirect", "The Minister of Health reported on the progress of the work."),
        ("Ida Morn", "indirect", "She said that 30 hospitals had been restored this year."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title=HOSPITALS_TITLE)


def test_a_bodys_account_in_the_reports_own_paragraph_stays_the_reporters():
    """Guard: "X spoke about … . According to the Ministry, the GDP increased …" in the report's own paragraph
    (two-hundred-forty-sixth 28851) stays the reporter's, as before."""
    body = (
        "President Petar Vor held a meeting on the restoration of hospitals. "
        "The meeting was attended by Minister of Health Ida Morn.\n\n"
        "The Minister of Health Ida Morn spoke about the progress of the work. "
        "According to the Ministry, 900 medical facilities have been repaired. "
        "Repairs have been completed at 300 facilities.\n\n"
        "\"Keep the programme going,\" the President said."
    )
    assert_statements(body, [
        ("Ida Morn", "indirect", "The Minister of Health Ida Morn spoke about the progress of the work."),
        ("Ida Morn", "indirect", "According to the Ministry, 900 medical facilities have been repaired."),
        ("Ida Morn", "indirect", "Repairs have been completed at 300 facilities."),
        ("Petar Vor", "direct", "Keep the programme going,"),
    ], title=HOSPITALS_TITLE)


BUDGET_TITLE = "Meeting with Government members"


def test_a_known_name_label_before_an_office_holders_label_opens_the_turns():
    """"The President held a meeting with Government members …" / "Milan Dravec: Good afternoon, colleagues. …" /
    "Minister of Finance Oskar Ferrin: Mr President, …" (thirty-eighth hard set, the Oravia budget meeting): the
    first label after a narrative lead, the turns beginning, the host's words."""
    body = (
        "The President held a meeting with Government members. The main item was the draft budget.\n\n"
        "Petar Vor: Good afternoon, colleagues. Today we will discuss the budget.\n\n"
        "Minister of Finance Ida Morn: Mr President, colleagues, the draft budget is balanced.\n\n"
        "Petar Vor: Thank you."
    )
    assert_statements(body, [
        ("Petar Vor", "direct", "Good afternoon, colleagues. Today we will discuss the budget."),
        ("Ida Morn", "direct", "Mr President, colleagues, the draft budget is balanced."),
        ("Petar Vor", "direct", "Thank you."),
    ], title=BUDGET_TITLE)


def test_a_known_name_label_before_narrative_stays_as_it_was():
    """Guard: the same first label with a narrative paragraph after it (no office holder's label next) is read as
    before."""
    body = (
        "The President held a meeting with Government members. The main item was the draft budget.\n\n"
        "Petar Vor: Good afternoon, colleagues. Today we will discuss the budget.\n\n"
        "The Minister of Finance then presented the draft."
    )
    assert_statements(body, [], title=BUDGET_TITLE)


def test_an_office_holders_label_with_a_topic_is_a_turn():
    """"Minister of Economic Development Lidia Orlund on the investment programme: We have selected …" (thirty-eighth
    hard set, the Oravia budget meeting): the label with the turn's topic, first-person words after it, hers."""
    body = (
        "The President held a meeting with Government members. The main item was the draft budget.\n\n"
        "Minister of Finance Ida Morn: Mr President, colleagues, the draft budget is balanced.\n\n"
        "Minister of Economy Lena Dorn on the investment programme: We have selected 40 projects.\n\n"
        "Petar Vor: Thank you."
    )
    assert_statements(body, [
        ("Ida Morn", "direct", "Mr President, colleagues, the draft budget is balanced."),
        ("Lena Dorn", "direct", "We have selected 40 projects."),
        ("Petar Vor", "direct", "Thank you."),
    ], title=BUDGET_TITLE)


def test_a_topic_label_with_words_in_the_third_person_stays_as_it_was():
    """Guard: "Minister of Economy Lena Dorn on the investment programme: 40 projects selected." (no first person
    after the colon, a summary in the press office's words) is read as before: no turn of hers."""
    body = (
        "The President held a meeting with Government members. The main item was the draft budget.\n\n"
        "Minister of Economy Lena Dorn on the investment programme: 40 projects selected, most in transport."
    )
    assert_statements(body, [], title=BUDGET_TITLE)
