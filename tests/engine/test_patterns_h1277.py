"""Rules from styles71 (traditional rulers and their palaces in the West African press): invented readouts, invented
people, kingdoms and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_OBA = ("The Governor of Marun State, Mr. Dele Fasinro, on Monday visited the Oba of Ikaso, Oba Tunji Ademokun II, at "
        "his palace. ")
_NANA = ("The Omanhene of the Sefwi-Tano Traditional Area, Nana Kobby Asaremfo I, on Friday received the Regional "
         "Minister, Mr. Kwesi Brenya, at the palace. ")


def test_a_regnal_one_before_a_verb_closes_the_rulers_name():
    """"Nana Yaw Osekre Akwantu I thanked the minister … and said …" (styles71): the numeral one after a ruler's title
    and name is no pronoun; before, "I thanked" was read as the pronoun's sentence, no one's, and the quotation tagged
    "Nana Akwantu I said through his linguist" went to the linguist named before."""
    body = (_NANA + "Nana Kobby Asaremfo I thanked the minister for the new road and said the area had waited ten "
            "years for it.\n\nThe chief's linguist, Okyeame Yaw Fordwo, poured libation.\n\n"
            "“A road keeps our children at home,” Nana Asaremfo I said through his linguist.")
    assert_statements(body, [
        ("Nana Kobby Asaremfo I", "indirect", "Nana Kobby Asaremfo I thanked the minister for the new road and said the "
                                         "area had waited ten years for it."),
        ("Nana Kobby Asaremfo I", "direct", "A road keeps our children at home,"),
    ])


def test_the_pronoun_i_after_a_capitalised_place_stays_the_speakers():
    """The guard: "In Akwamfo I said …" inside a quotation (a place, no ruler's title before it) keeps its pronoun: the
    quotation is the minister's who is tagged."""
    body = (_NANA + "“In Sefwi-Tano I said the road would come, and it has come,” Mr. Brenya said.")
    assert_statements(body, [
        ("Kwesi Brenya", "direct", "In Sefwi-Tano I said the road would come, and it has come,"),
    ])


def test_homage_paid_to_a_ruler_by_his_title_is_a_visit():
    """"The Governor of X State, Mr. Y, on Friday paid homage to the Oba of Z, Oba W II, on the first anniversary of
    his coronation" (styles71): a visit of respect to a throne, no statement, wherever it is paid; before, only homage
    "at the palace" was read so, and the governor's visit and his deputy's were statements of theirs."""
    body = ("The Governor of Marun State, Mr. Dele Fasinro, on Friday paid homage to the Oba of Ikaso, Oba Tunji "
            "Ademokun II, on the first anniversary of his coronation.\n\nThe Deputy Governor, Mrs. Bisi Lagunju, had "
            "paid homage to the Oba on Thursday at a separate visit.\n\nGovernor Fasinro said the state would pay for "
            "the festival's security.")
    assert_statements(body, [
        ("Dele Fasinro", "indirect", "Governor Fasinro said the state would pay for the festival's security."),
    ])


def test_homage_paid_to_a_late_ruler_is_still_praise():
    """The guard: homage to a ruler who has died ("paid homage to the late Oba …") is praise of him, a statement, as
    before; so is homage to a quality ("paid homage to the courage of …")."""
    body = ("Governor Dele Fasinro on Friday paid homage to the late Oba of Ikaso for his forty years of service to the "
            "kingdom.")
    assert_statements(body, [
        ("Dele Fasinro", "indirect", "Governor Dele Fasinro on Friday paid homage to the late Oba of Ikaso for his "
                                     "forty years of service to the kingdom."),
    ])


def test_the_regent_is_the_one_named_regent():
    """"The Regent of Oketanla, Princess X, … The regent said … and urged …" (styles71): "regent" an office, so the
    description finds the princess named with it; before, she held only the style "Princess" and the sentence was no
    one's."""
    body = ("The Regent of Ilaro-Oke, Princess Titi Adesanmi, on Wednesday met the kingmakers at the palace.\n\n"
            "The Commissioner for Chieftaincy Affairs, Mr. Gbenga Olaniwo, was present.\n\n"
            "The regent said the palace would remain open to every family and urged the ruling houses to avoid the "
            "courts.")
    assert_statements(body, [
        ("Titi Adesanmi", "indirect", "The regent said the palace would remain open to every family and urged the "
                                      "ruling houses to avoid the courts."),
    ])


def test_the_linguist_is_the_one_named_linguist():
    """"The chief's linguist, Okyeame X, poured libation. … The linguist later told reporters that …" (styles71): the
    Akan court's spokesman by his office; before, "linguist" was no office word and the sentence was no one's. The guard
    in the same readout: "Speaking through his linguist, the Paramount Chief said …" stays the chief's."""
    body = ("The Paramount Chief of the Bodwesem Traditional Area, Okatakyie Kofi Dapaah, on Tuesday received a "
            "delegation of doctors.\n\nThe chief's linguist, Okyeame Yaw Fordwo, poured libation.\n\n"
            "Speaking through his linguist, the Paramount Chief said the clinic had no doctor.\n\n"
            "The linguist later told reporters that he had served three chiefs since 1998.")
    assert_statements(body, [
        ("Okatakyie Kofi Dapaah", "indirect", "Speaking through his linguist, the Paramount Chief said the clinic had no doctor."),
        ("Okyeame Yaw Fordwo", "indirect", "The linguist later told reporters that he had served three chiefs since 1998."),
    ])


def test_kabiyesi_alone_is_the_oba_named_before():
    """"Kabiyesi urged both governors to keep the peace …" (styles71): the Yoruba's word for a king, used alone as
    "His Majesty" for the Oba named before; before, after another governor's sentence, it was no one's."""
    body = (_OBA + "The Governor of Ekiti-Oke State, Mr. Sule Bintan, also attended.\n\n"
            "Kabiyesi urged both governors to keep the peace between their states.")
    assert_statements(body, [
        ("Tunji Ademokun II", "indirect", "Kabiyesi urged both governors to keep the peace between their states."),
    ])


def test_kabiyesi_with_no_oba_named_is_no_one():
    """The guard: "Kabiyesi" where no Oba is named is given to no one (never the governor named before)."""
    body = "Governor Dele Fasinro visited Ikaso on Friday.\n\nKabiyesi thanked the governor for the visit."
    assert_statements(body, [])
