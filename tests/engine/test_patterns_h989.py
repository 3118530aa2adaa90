"""Helper h989 (sevenhundredfiftieth, Guizhou province's leaders and guests as outlets print them): praise voiced
through the idiom "sang high praise for …" / "sang the praises of …" (lexicon `_COMPLEMENTS`, "sing"); a song sung
stays an act. A sentence carrying on one person's report whose subject is the
people who met, with "can" ("The two parties can collaborate in many areas."): what the speaker sees they can do, his
words carried on (carrying_on `_PRESCRIBED_OR_ABLE` in `_together` and `_goes_on_reporting`); what they did stays
narrative."""

from .test_patterns import assert_statements


def test_sang_high_praise_for_is_praise_voiced():
    assert_statements(
        "Governor meets visitors\n\n"
        "On May 5, Governor Tomas Arvell met Lina Ostrova, chair of Ostrova Group.\n\n"
        "Mr. Arvell expressed his welcome to the guests. He sang high praise for Ostrova Group to choose Velmar city "
        "as its venue.",
        [("Tomas Arvell", "indirect", "Mr. Arvell expressed his welcome to the guests."),
         ("Tomas Arvell", "indirect", "He sang high praise for Ostrova Group to choose Velmar city as its venue.")])


def test_sang_the_praises_of_is_praise_voiced():
    assert_statements(
        "Minister visits the port\n\n"
        "Minister Dana Vell sang the praises of the port workers of Marrow during her visit.",
        [("Dana Vell", "indirect", "Minister Dana Vell sang the praises of the port workers of Marrow during her visit.")])


def test_a_song_sung_stays_an_act():
    # guard: "sang" with no noun of praise is no statement
    assert_statements(
        "Minister visits the port\n\n"
        "Minister Dana Vell sang a folk song with the port workers of Marrow during her visit.",
        [])


def test_the_two_parties_can_carries_on_the_report():
    assert_statements(
        "Governor meets visitors\n\n"
        "On May 5, Governor Tomas Arvell met Lina Ostrova, chair of Ostrova Group.\n\n"
        "Tomas Arvell said that Velmar is embarking on a new journey of development. The two parties can collaborate "
        "in many areas. It is hoped that Ostrova Group can actively leverage its own advantages.",
        [("Tomas Arvell", "indirect", "Tomas Arvell said that Velmar is embarking on a new journey of development."),
         ("Tomas Arvell", "indirect", "The two parties can collaborate in many areas."),
         ("Tomas Arvell", "indirect", "It is hoped that Ostrova Group can actively leverage its own advantages.")])


def test_what_the_two_parties_did_stays_narrative():
    # guard: the people who met acting together, in the past, carry no one's words on
    assert_statements(
        "Governor meets visitors\n\n"
        "On May 5, Governor Tomas Arvell met Lina Ostrova, chair of Ostrova Group.\n\n"
        "Tomas Arvell said that Velmar is embarking on a new journey of development. The two parties signed an "
        "agreement on urban renewal.",
        [("Tomas Arvell", "indirect", "Tomas Arvell said that Velmar is embarking on a new journey of development.")])
