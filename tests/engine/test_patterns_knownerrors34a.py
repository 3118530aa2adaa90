"""Readings of known errors of labelled Kremlin held-out sets (stop 34): a report that opens under "He" after the
reporter's own sentence (two-hundred-sixty-eighth kremlin_63418); "He" after "…, which X called …" (thirty-eighth
kremlin_67624); "They concern …" after questions raised (the same); a message a title says was delivered "from" someone
(forty-fourth kremlin_39581); a country's head of state named only in passing (two-hundred-sixty-eighth kremlin_63621); a
lower-case office before an untitled name (hundred-ninety-first kremlin_40059); a title's office of a company's board
(ninety-ninth kremlin_34253); sentences that open with a lone capitalised word and things (sixty-fourth kremlin_29462,
two-hundred-sixty-eighth kremlin_63427, two-hundred-fortieth kremlin_28168); a region's "nations" spoken of (ninety-fourth
kremlin_33734).

Each test is a small invented readout (invented people and countries) and the statements
GOLD-FORMAT.md asks for; each rule's test fails without it, and a guard test keeps what it
must not change.
"""
from __future__ import annotations

from .test_patterns import assert_statements

GOVERNOR_TITLE = "Working meeting with Orlensk Region Governor Pavel Dorn"


def test_a_report_under_he_after_the_reporters_own_sentence_goes_on():
    """"The governor extensively covered the agricultural industry … . He noted that the grain harvest has been
    growing annually … . In 2019, the region won back the title of the largest sower of flax …" (two-hundred-
    sixty-eighth kremlin_63418, after a paragraph where the President and the Governor discussed business): the
    paragraph's first sentence is the governor's own, with no speech verb; his report opens in the second, under
    "He", and goes on over the sentences in which no one else acts or speaks."""
    body = (
        "The Governor reported on the support of medical workers.\n\n"
        "The President and the Governor also discussed supporting businesses.\n\n"
        "The governor extensively covered the agricultural industry. He noted that the grain harvest has been growing "
        "annually. In 2019, the region won back the title of the largest sower of flax in the district. A modern "
        "flax processing factory will be finished this year."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The Governor reported on the support of medical workers."),
        ("Pavel Dorn", "indirect", "He noted that the grain harvest has been growing annually."),
        ("Pavel Dorn", "indirect", "In 2019, the region won back the title of the largest sower of flax in the district."),
        ("Pavel Dorn", "indirect", "A modern flax processing factory will be finished this year."),
    ], title=GOVERNOR_TITLE)


def test_a_report_under_he_after_someone_elses_sentence_does_not_go_on():
    """Guard: the paragraph's first sentence is another person's act ("Minister Ilan Torsk toured the new
    plant."), and "He noted …" is his; the governor's report is not opened there, and what the readout tells
    next ("In 2019, the ministry launched …") stays the readout's."""
    body = (
        "The Governor reported on the support of medical workers.\n\n"
        "The President and the Governor also discussed supporting businesses.\n\n"
        "Minister Ilan Torsk toured the new plant. The governor noted that the grain harvest has been growing "
        "annually. In 2019, the ministry launched a federal programme for land reclamation."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The Governor reported on the support of medical workers."),
        ("Pavel Dorn", "indirect", "The governor noted that the grain harvest has been growing annually."),
    ], title=GOVERNOR_TITLE)


def test_he_after_a_sentence_naming_its_speaker_only_in_a_relative_clause():
    """"The discussion predictably covered tourism, which Vladimir Solodov called the most promising industry. He
    said Kamchatka was known to the whole world. At present, work is underway in the Valley of Geysers."
    (thirty-eighth kremlin_67624): the sentence before has a thing for subject and names one person only, the one
    who speaks in its relative clause ("which X called …"); "He" is that person, not the President who spoke
    last, and the report goes on with him."""
    body = (
        "Governor Pavel Dorn reported that the region's harvest had grown.\n\n"
        "President Oren Vask asked him to prepare relevant proposals. The discussion predictably covered tourism, which "
        "Pavel Dorn called the most promising industry. He said the region was known to the whole world. At "
        "present, work is underway in the Valley of Springs."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "Governor Pavel Dorn reported that the region's harvest had grown."),
        ("Oren Vask", "indirect", "President Oren Vask asked him to prepare relevant proposals."),
        ("Pavel Dorn", "indirect", "He said the region was known to the whole world."),
        ("Pavel Dorn", "indirect", "At present, work is underway in the Valley of Springs."),
    ], title="Working meeting with Orlensk Region Governor Pavel Dorn")


def test_he_after_a_person_subject_with_a_relative_clause_stays_that_subject():
    """Guard: the sentence before has a person for subject ("The President praised tourism, which Pavel Dorn
    called …"); "He" is still that subject, the President."""
    body = (
        "Governor Pavel Dorn reported that the region's harvest had grown.\n\n"
        "President Oren Vask praised tourism, which Pavel Dorn called the most promising industry. He said the "
        "region was known to the whole world."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "Governor Pavel Dorn reported that the region's harvest had grown."),
        ("Oren Vask", "indirect", "President Oren Vask praised tourism, which Pavel Dorn called the most promising industry."),
        ("Oren Vask", "indirect", "He said the region was known to the whole world."),
    ], title="Working meeting with Orlensk Region Governor Pavel Dorn")


def test_they_concern_between_two_statements_carries_the_report_on():
    """"The Governor also raised a number of questions that are very important for Kamchatka Territory. They
    concern a fair indexation of fees on aquatic biological resources, investment quotas … . Vladimir Solodov
    stressed that …" (thirty-eighth kremlin_67624): "They" with a verb of what things are about ("concern",
    "include", "involve", "relate") is the questions he raised, his words carried on, not the people who met."""
    body = (
        "President Oren Vask asked him to prepare proposals. The Governor also raised a number of questions that are "
        "very important for the region. They concern a fair indexation of fees on fishing, investment quotas and so "
        "on. Pavel Dorn stressed that the region expected a tangible effect from the new route."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Oren Vask asked him to prepare proposals."),
        ("Pavel Dorn", "indirect", "The Governor also raised a number of questions that are very important for the region."),
        ("Pavel Dorn", "indirect", "They concern a fair indexation of fees on fishing, investment quotas and so on."),
        ("Pavel Dorn", "indirect", "Pavel Dorn stressed that the region expected a tangible effect from the new route."),
    ], title=GOVERNOR_TITLE)


def test_they_with_a_verb_of_the_meeting_between_two_statements_stays_narrative():
    """Guard: "They discussed …" between two statements of one person is the people who met, acting together;
    it carries no one's words on."""
    body = (
        "President Oren Vask asked him to prepare proposals. The Governor also raised a number of questions that are "
        "very important for the region. They discussed a fair indexation of fees on fishing. Pavel Dorn stressed that "
        "the region expected a tangible effect from the new route."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Oren Vask asked him to prepare proposals."),
        ("Pavel Dorn", "indirect", "The Governor also raised a number of questions that are very important for the region."),
        ("Pavel Dorn", "indirect", "Pavel Dorn stressed that the region expected a tangible effect from the new route."),
    ], title=GOVERNOR_TITLE)


def test_the_message_a_title_says_was_delivered_from_someone_is_his():
    """"Vasily Sredin, Deputy Foreign Minister …, delivered a message from President Vladimir Putin to the Emir of
    Bahrain …" / "The message touched on current problems in the Middle East …" (forty-fourth kremlin_39581): the
    message a title says someone carried "from" a person is that person's, and "The message …" speaks for him,
    not for the title's host who delivered it."""
    body = "The message touched on current problems in the region and the situation in the Gulf."
    assert_statements(body, [
        ("Oren Vask", "indirect", "The message touched on current problems in the region and the situation in the Gulf."),
    ], title="Ilan Torsk, Deputy Foreign Minister, delivered a message from President Oren Vask to the Emir of Qaderia")


def test_a_message_delivered_from_a_ministry_is_no_ones_words():
    """Guard: the message carried is from a body ("a message from the Foreign Ministry of Kastravia"): no person's
    words, and not the carrier's either."""
    body = "The message touched on current problems in the region and the situation in the Gulf."
    assert_statements(body, [], title="Ilan Torsk, Deputy Foreign Minister, delivered a message from the Foreign "
                                      "Ministry of Kastravia to the Emir of Qaderia")


CALL_TITLE = "Telephone conversation with President of the Republic of Velora Ilan Torsk"


def test_a_countrys_president_is_the_one_named_only_in_passing():
    """"Telephone conversation with President of People's Republic of China Xi Jinping" / "Xi Jinping congratulated
    Vladimir Putin on the successful national vote …" / "The President of Russia thanked the President of the
    People's Republic of China for sending a representative delegation …" (two-hundred-sixty-eighth kremlin_63621):
    the host the title does not name is named in the body only as an object; "the President of <country>", whom
    no one titled fits, is that one person named in passing."""
    body = (
        "Ilan Torsk congratulated Anton Vesk on the successful national vote.\n\n"
        "The President of Kastravia thanked the President of the Republic of Velora for sending a delegation to the "
        "parade."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect", "Ilan Torsk congratulated Anton Vesk on the successful national vote."),
        ("Anton Vesk", "indirect",
         "The President of Kastravia thanked the President of the Republic of Velora for sending a delegation to the parade."),
    ], title=CALL_TITLE)


def test_a_countrys_president_is_no_one_when_two_are_named_in_passing():
    """Guard: two people named only in passing ("congratulated Anton Vesk …, recalling his talks with Viktor
    Dorn"): which of them is "the President of Kastravia" is not known; the statement stays no one's."""
    body = (
        "Ilan Torsk congratulated Anton Vesk on the successful national vote, recalling his talks with Viktor Dorn.\n\n"
        "The President of Kastravia thanked the President of the Republic of Velora for sending a delegation to the "
        "parade."
    )
    assert_statements(body, [
        ("Ilan Torsk", "indirect",
         "Ilan Torsk congratulated Anton Vesk on the successful national vote, recalling his talks with Viktor Dorn."),
    ], title=CALL_TITLE)


SPEAKER_TITLE = "The Kastravian President addressed Veloran parliamentary leaders"


def test_a_lower_case_office_before_an_untitled_name_is_hers():
    """"For her part, the speaker of the Finnish Parliament, Riitta Uosukainen, indicated that … The speaker
    described cooperation between Russia and the European Union as a prerequisite …" (hundred-ninety-first
    kremlin_40059): the office in lower case, "of" and its body, before a comma and the untitled name, is hers,
    and "The speaker" later means her."""
    body = (
        "President Oren Vask said that Kastravia and Velora shared common interests.\n\n"
        "For her part, the speaker of the Veloran Parliament, Ilse Marr, indicated that Mr Vask had made a significant "
        "contribution. The speaker described cooperation as a prerequisite for stability."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Oren Vask said that Kastravia and Velora shared common interests."),
        ("Ilse Marr", "indirect",
         "For her part, the speaker of the Veloran Parliament, Ilse Marr, indicated that Mr Vask had made a significant "
         "contribution."),
        ("Ilse Marr", "indirect", "The speaker described cooperation as a prerequisite for stability."),
    ], title=SPEAKER_TITLE)


def test_the_speaker_is_no_one_when_no_office_was_given():
    """Guard: the name with no office before it ("For her part, Ilse Marr indicated …"): "The speaker" still finds
    no one."""
    body = (
        "President Oren Vask said that Kastravia and Velora shared common interests.\n\n"
        "For her part, Ilse Marr indicated that Mr Vask had made a significant contribution. The speaker described "
        "cooperation as a prerequisite for stability."
    )
    assert_statements(body, [
        ("Oren Vask", "indirect", "President Oren Vask said that Kastravia and Velora shared common interests."),
        ("Ilse Marr", "indirect", "For her part, Ilse Marr indicated that Mr Vask had made a significant contribution."),
    ], title=SPEAKER_TITLE)


def test_a_title_office_of_a_companys_board_is_the_companys_head():
    """"The President met with the Chairman of Gazprom's board of directors, Alexei Miller" / "The head of Gazprom
    also talked about the preparations for liberalizing the company's share market …" (ninety-ninth kremlin_34253):
    the title's office before the comma and the name, its board cut off as in the body, is the company's head."""
    body = (
        "They discussed the company's work.\n\n"
        "The head of Kastroil also talked about the preparations for liberalizing the company's share market."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect",
         "The head of Kastroil also talked about the preparations for liberalizing the company's share market."),
    ], title="The President met with the Chairman of Kastroil's board of directors, Pavel Dorn")


def test_a_title_office_of_a_company_with_no_board_stays_the_companys_head():
    """Guard: "the Chairman of Kastroil, Pavel Dorn" in the title, no board: his office as before."""
    body = (
        "They discussed the company's work.\n\n"
        "The head of Kastroil also talked about the preparations for liberalizing the company's share market."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect",
         "The head of Kastroil also talked about the preparations for liberalizing the company's share market."),
    ], title="The President met with the Chairman of Kastroil, Pavel Dorn")


def test_a_report_goes_on_over_sentences_that_open_with_things():
    """"Mr Shoigu told Mr Putin that seismic activity … was not subsiding …" / "Rescue operations involved more than
    a thousand workers and 150 vehicles. Auxiliary aviation and local forces were operating. Food, tents and portable
    stoves for 5,000 had been delivered to the calamity-stricken zone." (sixty-fourth kremlin_29462): a lone
    capitalised word before a plural and a past verb, a noun and a plural, or a list of lower-case things is no
    one's name; the minister's report goes on into the next paragraph."""
    body = (
        "Mr Dorn told Mr Vask that seismic activity in the south was not subsiding.\n\n"
        "Rescue operations involved more than a thousand workers and 150 vehicles. Auxiliary aviation and local forces "
        "were operating. Food, tents and portable stoves for 5,000 had been delivered to the stricken zone."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "Mr Dorn told Mr Vask that seismic activity in the south was not subsiding."),
        ("Pavel Dorn", "indirect", "Rescue operations involved more than a thousand workers and 150 vehicles."),
        ("Pavel Dorn", "indirect", "Auxiliary aviation and local forces were operating."),
        ("Pavel Dorn", "indirect", "Food, tents and portable stoves for 5,000 had been delivered to the stricken zone."),
    ], title="President Oren Vask met with Emergencies Minister Pavel Dorn")


def test_a_lone_name_known_before_a_plural_and_a_past_verb_still_acts():
    """Guard: a one-word name the readout knows ("Vask", the President) before "officials arrived" is still
    someone named; the report does not go on into that sentence."""
    body = (
        "Mr Dorn told Mr Vask that seismic activity in the south was not subsiding.\n\n"
        "Vask aides arrived in the zone the next day."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "Mr Dorn told Mr Vask that seismic activity in the south was not subsiding."),
    ], title="President Oren Vask met with Emergencies Minister Pavel Dorn")


def test_a_report_goes_on_over_a_compound_noun_and_a_list_of_companies():
    """"As for the operation of the real economy …, the region did not suspend … . Timber processing, agriculture and
    construction companies continue working, as well as enterprises implementing the state defence order …"
    (two-hundred-sixty-eighth kremlin_63427, a governor's report): a lone capitalised word, a lower-case noun, then
    a list of lower-case things ending in a plural; no one's name, the report goes on."""
    body = (
        "The Governor reported that the region did not suspend the construction of schools. Timber processing, "
        "agriculture and construction companies continue working, as well as exporting companies."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The Governor reported that the region did not suspend the construction of schools."),
        ("Pavel Dorn", "indirect",
         "Timber processing, agriculture and construction companies continue working, as well as exporting companies."),
    ], title=GOVERNOR_TITLE)


def test_a_statement_goes_on_over_a_lone_word_a_plural_and_a_participle():
    """"Mr Koptev said the European Union still lacked a similar medium-class launch vehicle. Soyuz rockets lifting
    off from the Baikonur space centre … normally orbit 1.5-tonne payloads …" (two-hundred-fortieth kremlin_28168):
    a lone capitalised word, a plural and a participle open the sentence with things, no one's name; his words go
    on."""
    body = (
        "Mr Dorn said the region still lacked a similar launch vehicle. Soyuz rockets lifting off from the northern "
        "site normally orbit 1.5-tonne payloads."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "Mr Dorn said the region still lacked a similar launch vehicle."),
        ("Pavel Dorn", "indirect", "Soyuz rockets lifting off from the northern site normally orbit 1.5-tonne payloads."),
    ], title="President Oren Vask met with Space Agency head Pavel Dorn")



def test_other_nations_of_a_region_are_countries_the_report_speaks_of():
    """"The governor reported that the issue was being developed together with Gazprom … . Other Caspian nations
    have already shown an interest in this project, in particular Azerbaijan and Kazakhstan." (ninety-fourth
    kremlin_33734): a region's or people's word and "nations" ("states", "countries") is countries his report speaks
    of, not a group who acts; his report goes on."""
    body = (
        "The Governor reported that a gas processing plant was being developed in the region. Other Baltic nations "
        "have already shown an interest in this project."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The Governor reported that a gas processing plant was being developed in the region."),
        ("Pavel Dorn", "indirect", "Other Baltic nations have already shown an interest in this project."),
    ], title=GOVERNOR_TITLE)


def test_the_participants_are_the_people_who_met():
    """Guard: "The participants have already shown an interest …": the people who met, a group who acts, not
    countries spoken of; the report does not go on into it."""
    body = (
        "The Governor reported that a gas processing plant was being developed in the region. The participants have "
        "already shown an interest in this project."
    )
    assert_statements(body, [
        ("Pavel Dorn", "indirect", "The Governor reported that a gas processing plant was being developed in the region."),
    ], title=GOVERNOR_TITLE)
