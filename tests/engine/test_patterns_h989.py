"""Helper h989 (sevenhundredfiftieth, Guizhou province's leaders and guests as outlets print them): praise voiced
through the idiom "sang high praise for …" / "sang the praises of …" (lexicon `_COMPLEMENTS`, "sing"); a song sung
stays an act."""

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
