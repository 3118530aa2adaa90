"""Helper h977 (stop 58, known errors of older sets, KE58): the carried-on report of translated Chinese provincial and
foreign-ministry readouts. A place the reporter's own statement just before named, as the subject of a verb of his
stance in the present ("Wang said that Tianlan and Carvia are partners … . Tianlan welcomes more Carvian products …",
"… investment in Anhui … . Anhui welcomes European companies …"): his words carried on, the place he speaks for
(carrying_on `_place_of_own_report`, now read for a cue's subject too, and a capitalised object after the verb); and
what the place should do ("Minister WAN recognized Gansu’s endeavors … . He hoped … . Gansu should also optimize …",
`_PRESENT_VERB_AFTER`); KE57's candidate "presented <Name/place> as a/an …" ("Mayor Vučević presented Novi Sad as a city
…", lexicon `_COMPLEMENTS`' present entry)."""

from .test_patterns import assert_statements

MEETING = "On April 9, Foreign Minister Ren Dao met with Ossian Foreign Minister Pel Varga in Tianmar.\n\n"


def test_a_place_welcomes_after_its_speakers_report_is_his():
    assert_statements(
        MEETING + "Ren Dao said that Kessa and Ossia are old partners and trade between them has grown. "
        "Kessa is willing to work with Ossia to deepen cooperation in trade and energy. "
        "Kessa welcomes more quality Ossian farm products into the Kessa market.",
        [("Ren Dao", "indirect", "Ren Dao said that Kessa and Ossia are old partners and trade between them has grown."),
         ("Ren Dao", "indirect", "Kessa is willing to work with Ossia to deepen cooperation in trade and energy."),
         ("Ren Dao", "indirect", "Kessa welcomes more quality Ossian farm products into the Kessa market.")])


def test_a_place_welcomes_a_capitalised_object_after_its_speakers_report_is_his():
    assert_statements(
        MEETING + "Ren Dao said that Ossian investment in Kessa grew tenfold last year. "
        "Kessa welcomes Ossian companies to the Kessa Trade Fair.",
        [("Ren Dao", "indirect", "Ren Dao said that Ossian investment in Kessa grew tenfold last year."),
         ("Ren Dao", "indirect", "Kessa welcomes Ossian companies to the Kessa Trade Fair.")])


def test_a_place_his_report_did_not_name_is_still_the_readouts():
    # guard: the place no statement of his named before, a new paragraph: the readout's own account
    assert_statements(
        MEETING + "Ren Dao said that trade between the two countries has grown.\n\n"
        "Tianmar welcomes Ossian tourists every summer.",
        [("Ren Dao", "indirect", "Ren Dao said that trade between the two countries has grown.")])



SCIENCE = ("The 2nd Ossian Science Ministry-Kessa Consultation Meeting was held in Tarsk on July 28. The meeting was chaired "
           "by Vice Minister Lia Moren, in the presence of Science Minister Pel Varga and Kessa Governor Tor Alen.\n\n"
           "Minister VARGA recognized Kessa’s endeavors to develop science and technology. He hoped the Province would "
           "base itself on characteristic industries and integrate resources with an aim to better implement the "
           "Innovation Initiative. ")
SCIENCE_SAID = [
    ("Pel Varga", "indirect", "Minister VARGA recognized Kessa’s endeavors to develop science and technology."),
    ("Pel Varga", "indirect", "He hoped the Province would base itself on characteristic industries and integrate "
     "resources with an aim to better implement the Innovation Initiative.")]


def test_a_place_should_after_its_speakers_report_is_his():
    assert_statements(
        SCIENCE + "Efforts could be made to achieve leapfrogging development through more technological innovation. "
        "Kessa should also optimize its pro-innovation environment through full implementation of relevant policies.",
        [*SCIENCE_SAID, ("Pel Varga", "indirect", "Kessa should also optimize its pro-innovation environment through "
                                                  "full implementation of relevant policies.")])


def test_a_place_was_willing_in_a_backshifted_report_is_his():
    # (read before h977 too, the stance word "willing" a cue of the place his report named: kept as the backshifted
    # form of the construction, "Gansu was willing to …", sevenhundredthirtyfirst)
    assert_statements(
        SCIENCE + "Efforts could be made to achieve leapfrogging development through more technological innovation. "
        "Kessa was willing to further strengthen exchanges with the Ministry in science and trade.",
        [*SCIENCE_SAID, ("Pel Varga", "indirect",
                         "Kessa was willing to further strengthen exchanges with the Ministry in science and trade.")])


def test_a_place_that_did_something_after_his_report_is_still_the_readouts():
    # guard: the place's past act, not a stance, is the readout's own account
    assert_statements(
        SCIENCE + "Efforts could be made to achieve leapfrogging development through more technological innovation. "
        "Kessa hosted the national science fair in Tarsk last year.",
        SCIENCE_SAID)


CITY = "Mayor Ana Dol received the Deputy Head of Mission of the Embassy of Ossia, Lia Moren, at the City Hall of Tarsk.\n\n"


def test_presented_a_place_as_a_city_is_a_description_told():
    # KE57's candidate (fivehundredsixtyeighth: "Mayor Vučević presented Novi Sad as a city boasting tradition, …")
    assert_statements(
        CITY + "Mayor Dol presented Tarsk as a city boasting tradition, but also as a modern centre of technology.",
        [("Ana Dol", "indirect",
          "Mayor Dol presented Tarsk as a city boasting tradition, but also as a modern centre of technology.")])


def test_presented_a_thing_as_a_gift_is_still_an_act():
    # guard: a thing handed over, in lower case ("presented the city's emblem as a gift"), and an award, no words told
    assert_statements(
        CITY + "Mayor Dol presented the city's emblem as a gift to the guest.\n\n"
        "Mayor Dol presented the Tarsk Medal to the ambassador.",
        [])
