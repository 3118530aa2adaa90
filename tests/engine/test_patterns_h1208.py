"""Rules from the eighty-ninth hard set (stop 69's left-overs): a title the lexicon does not know kept in the text and
then used alone as the subject ("the Kurunaa, Naa X … The Kurunaa said …", "The Ohene of Asenkrom, Nana Y … The Ohene
thanked …", "The Wali of Tessoun Province Z … The Wali said …", and "the Nayiri", read as a people's word); "The NTC
member explained …" after "A member of the National Transition Council (NTC), Mr. X"; "The Ossorian official said …"
after the one person named with an office "of the Ossorian <body>"; "Also speaking at the event was <office> X who
called on …" (no comma before "who"). Invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_KURUNAA = ("KURUGU — The paramount chief of the Kurugu Traditional Area, the Kurunaa, Naa Yakubu Dassanbila, on "
            "Wednesday received the Ossorian Ambassador, Mr. Lukasz Pergolan, at his palace. The Ohene of Asenkrom, "
            "Nana Kwadwo Bretuo III, and the palace secretary, Mr. Abdulai Tahiru, were also present.\n\n")


def test_an_unknown_title_alone_is_the_one_named_after_it():
    """"the Kurunaa, Naa X, … The Kurunaa said …" and "The Ohene of Asenkrom, Nana Y, … The Ohene thanked …" (hard89):
    "the" and a capitalised word the lexicon knows as no office, a thing to the phrase reader, is the one person named
    right after that word as his title. Before, no one's."""
    body = _KURUNAA + ("The Kurunaa said he will allocate land for any school that Ossoria wants to build.\n\n"
                       "The Ohene thanked the ambassador for the boreholes drilled in Asenkrom.")
    assert_statements(body, [
        ("Naa Yakubu Dassanbila", "indirect", "The Kurunaa said he will allocate land for any school that Ossoria wants "
                                          "to build."),
        ("Nana Kwadwo Bretuo III", "indirect", "The Ohene thanked the ambassador for the boreholes drilled in Asenkrom."),
    ])


def test_an_unknown_title_read_with_the_name_is_its_holder():
    """"The Wali of Tessoun Province Karim Bendaoud on Saturday opened … The Wali said …" (hard89): the one whose name
    was read with the title before it. Before, no one's."""
    body = ("TESSOUN — The Wali of Tessoun Province Karim Bendaoud on Saturday opened a solar plant near Ain Ledra, with "
            "the province's Director of Energy, Mr. Youssef Lazrek.\n\n"
            "The Wali said the plant would supply power to 60,000 homes in the province.")
    assert_statements(body, [
        ("Karim Bendaoud", "indirect", "The Wali said the plant would supply power to 60,000 homes in the province."),
    ])


def test_an_unknown_title_read_as_a_peoples_word_is_its_holder():
    """(ninehundredtenth ghanagrio: "a courtesy call on the Nayiri, Naa X, King of Mamprugu … The Nayiri said he will
    allocate lands …") an unknown title ending in "-i", read as a people's word and so as "an official" of it: the
    one named right after it. Before, the minister's (the last one in office)."""
    body = ("The Regional Minister, Mr. Joseph Amartei-Bansah, said the new region would get a hospital.\n\n"
            "This was disclosed when the minister paid a courtesy call on the Bawiri, Naa Salifu Dawuntiga, King of "
            "Kurugu, at his palace.\n\n"
            "Naa Salifu Dawuntiga thanked the minister for the creation of the new region.\n\n"
            "The Bawiri said he will allocate lands for any project in the region.")
    assert_statements(body, [
        ("Joseph Amartei-Bansah", "indirect", "The Regional Minister, Mr. Joseph Amartei-Bansah, said the new region "
                                              "would get a hospital."),
        ("Naa Salifu Dawuntiga", "indirect", "Naa Salifu Dawuntiga thanked the minister for the creation of the new "
                                             "region."),
        ("Naa Salifu Dawuntiga", "indirect", "The Bawiri said he will allocate lands for any project in the region."),
    ])


def test_a_known_title_or_one_no_one_was_given_stays_as_it_was():
    """Guards: "The Kurunaa's palace said in a statement …" (a body, the possessive) names no one; "The Elder said …"
    when no one was named after "Elder" is no one's; "The Speaker said …" is the Speaker, not the one whose name was
    read with "The Speaker of the Parliament and the Ambassador X"."""
    body = _KURUNAA + ("The Kurunaa's palace said in a statement that the durbar would be held in March.\n\n"
                       "The Elder said the rains had come late this year.")
    assert_statements(body, [])
    body = ("The Speaker of the Parliament of Kalimbe, Mr. Gideon Kasembeli, received the Drelvanian Ambassador, Mr. "
            "Aurel Vescaru.\n\nThe Speaker of the Parliament and the Drelvanian Ambassador Vescaru then opened an "
            "exhibition.\n\nThe Speaker said the exhibition would stay open to schools.")
    assert_statements(body, [
        ("Gideon Kasembeli", "indirect", "The Speaker said the exhibition would stay open to schools."),
    ])


_NTC = ("SORVAYA — A member of the National Transition Council (NTC), Mr. Daniel Okonkwo-Barasa, on Tuesday received "
        "Drelvanian observers led by Mrs. Vesna Haldoraki.\n\n")


def test_an_acronyms_member_is_the_one_named_as_its_member():
    """"A member of the National Transition Council (NTC), Mr. X, … The NTC member explained …" (hard89; the
    916th's moi "The SAC member explained …"): the one named beside the body's initials, whose membership was written
    before them. Before, "The NTC member" was a thing and no one's."""
    body = _NTC + "The NTC member explained the council's plan for the transition."
    assert_statements(body, [
        ("Daniel Okonkwo-Barasa", "indirect", "The NTC member explained the council's plan for the transition."),
    ])


def test_an_acronyms_member_when_its_chairman_was_named_is_no_one():
    """Guard: "The Chairman of the National Transition Council (NTC), Mr. X, … The NTC member said …": X chairs the
    body, no membership written before its name; the member is no one named."""
    body = ("SORVAYA — The Chairman of the National Transition Council (NTC), Mr. Daniel Okonkwo-Barasa, on Tuesday "
            "received Drelvanian observers.\n\nThe NTC member said the register would be printed.")
    assert_statements(body, [])


_OSSORIAN = ("The Permanent Secretary of the Kalimban Ministry of Trade, Mrs. Harriet Nakabiito, on Thursday received "
             "the Director of Foreign Trade of the Ossorian Ministry of the Economy, Mr. Tomasz Vrbenski.\n\n")


def test_the_nationalitys_official_is_the_one_named_with_an_office_of_its_body():
    """"the Director of Foreign Trade of the Ossorian Ministry of the Economy, Mr. X … The Ossorian official said …"
    (hard89): the one person named right after an office "of the Ossorian <body>". Before, no one's (no country read
    from his office)."""
    body = _OSSORIAN + "The Ossorian official said his ministry would send customs experts in March."
    assert_statements(body, [
        ("Tomasz Vrbenski", "indirect", "The Ossorian official said his ministry would send customs experts in March."),
    ])


def test_the_nationalitys_official_when_two_are_so_named_is_no_one():
    """Guard: two named after offices "of the Ossorian <body>": "The Ossorian official said …" is neither's."""
    body = ("The Permanent Secretary received the Director of Foreign Trade of the Ossorian Ministry of the Economy, "
            "Mr. Tomasz Vrbenski, and the Head of Grants of the Ossorian Agency for Development, Mr. Marek "
            "Fonteyne.\n\nThe Ossorian official said a union could apply for a grant.")
    assert_statements(body, [])


def test_also_speaking_was_a_named_person_who_speaks_with_no_comma():
    """"Also speaking at the event was Erongo Regional Governor X who called on councillors to …" (ninehundredsixth
    nbc; hard89): the sentence only says who also spoke, and the clause run on after his name with no comma is his
    (the whole sentence, as the 906th's gold). Before, no one's."""
    body = ("TESSOUN — The Wali opened a solar plant on Saturday.\n\n"
            "Also speaking at the event was Sunvara managing director Tomas Rasmundsen who called on the province's "
            "schools to train more electricians.")
    assert_statements(body, [
        ("Tomas Rasmundsen", "indirect", "Also speaking at the event was Sunvara managing director Tomas Rasmundsen "
                                         "who called on the province's schools to train more electricians."),
    ])


def test_also_present_was_a_named_person_who_arrived_is_no_one():
    """Guard: "Also present at the event was X who arrived with …": no speech; and "Also speaking at the event were
    pupils of the school who recited poems": a group."""
    body = ("TESSOUN — The Wali opened a solar plant on Saturday.\n\n"
            "Also present at the event was council head Hamid Tazrouti who arrived with a group of pupils.\n\n"
            "Also speaking at the event were pupils of the town's school who recited poems about the sun.")
    assert_statements(body, [])


_CASTRENA = ("CASTRENA — The Mayor of Castrena, Mr. Stefano Marvelli, on Wednesday hosted a delegation from Vrelgorod "
             "led by its Deputy Mayor, Mrs. Katja Dravnikova.\n\n"
             "Mrs. Dravnikova said Vrelgorod wanted to copy the city's night bus network.\n\n")


def test_an_inverted_lead_in_alone_in_its_paragraph_gives_the_next_quotation():
    """"Said the Mayor:" alone in its paragraph, the quotation in the next (hard89; the 912th's nyasatimes "Said the
    Mayor; “…”" in one paragraph): the verb before its speaker, the Mayor's words. Before, Dravnikova's (the last
    speaker's quotation run on)."""
    body = _CASTRENA + "Said the Mayor:\n\n“We built the night buses with mistakes, and we will share them too.”"
    assert_statements(body, [
        ("Katja Dravnikova", "indirect", "Mrs. Dravnikova said Vrelgorod wanted to copy the city's night bus network."),
        ("Stefano Marvelli", "direct", "We built the night buses with mistakes, and we will share them too."),
    ])


def test_an_inverted_lead_in_in_the_quotations_own_paragraph_stays_its_speakers():
    """Guard: "Said the Mayor: “…”" in one paragraph, the lead-in read where it was before (the colon's own
    paragraph): the Mayor's, as on the base engine."""
    body = _CASTRENA + "Said the Mayor: “We built the night buses with mistakes.”"
    assert_statements(body, [
        ("Katja Dravnikova", "indirect", "Mrs. Dravnikova said Vrelgorod wanted to copy the city's night bus network."),
        ("Stefano Marvelli", "direct", "We built the night buses with mistakes."),
    ])


def test_a_bodys_word_alone_is_never_a_title():
    """Guard (styles30, styles42, styles56, styles61, styles64, 421st whitehouse, found by the first form of the title
    rule): "The Fund expressed …", "The Ministry said in a statement …" and "the Administration, President X, …" then
    "The Administration has proposed …": a body's word, never the title of the one named after it."""
    body = ("The Director of the Fund, Mr. Florencio Vellacastro, signed the agreement. Since the start of the "
            "Administration, President Ilse Varnholt has worked on child care.\n\n"
            "The Fund expressed its gratitude to the Government for hosting the ceremony.\n\n"
            "The Administration has proposed new investments in child care.")
    assert_statements(body, [])
