"""Rules from styles72 (wildlife, forestry and national parks services in the East and Southern African press):
invented readouts, invented people, services, parks and countries."""

from __future__ import annotations

from .test_patterns import assert_statements, run


def test_the_chief_conservator_of_forests_is_an_office_the_ccf_means():
    """"The Chief Conservator of Forests, Mrs. X, … The CCF said …" (styles72): "conservator" is an office's word, so
    the Chief Conservator of Forests holds her office and its initials "CCF" mean her after another man has spoken;
    before, "Chief Conservator" was read as the style "Chief" and a person named "Conservator", the office no one's,
    and "The CCF said …" no one's."""
    body = ("The Chief Conservator of Forests, Mrs. Wambui Karekio, on Monday opened a tree nursery at Ngarua.\n\n"
            "Mr. Joel Mwakilo, the nursery's manager, said the nursery would raise 80,000 seedlings a year.\n\n"
            "The CCF said the Forest Service would buy every seedling for the Ngarua forest block.")
    assert_statements(body, [
        ("Joel Mwakilo", "indirect", "Mr. Joel Mwakilo, the nursery's manager, said the nursery would raise 80,000 "
                                     "seedlings a year."),
        ("Wambui Karekio", "indirect", "The CCF said the Forest Service would buy every seedling for the Ngarua forest "
                                       "block."),
    ])


def test_conservators_as_a_trade_stay_a_group():
    """The guard: "The museum's conservators said …" (styles55's paper conservators, a trade) is a group, no one's
    statement, beside the one named who speaks."""
    body = ("The director of the Ngarua Museum, Dr. Joel Mwakilo, received the bronzes on Monday.\n\n"
            "The museum's conservators said the bronzes would be cleaned before the exhibition.\n\n"
            "Dr. Mwakilo said the exhibition would open in May.")
    assert_statements(body, [
        ("Joel Mwakilo", "indirect", "Dr. Mwakilo said the exhibition would open in May."),
    ])


def test_a_cabinet_secretary_with_a_remit_is_the_cs():
    """"The Cabinet Secretary for Tourism and Wildlife, Hon. X, … The CS thanked …" (styles72): the office keeps
    "cabinet" before its remit, and the initials "CS" are that office; before, the office was kept as "secretary for
    tourism" and "the CS" fitted no one."""
    body = ("The Cabinet Secretary for Water and Irrigation, Hon. Amina Waruiru, on Monday received the Country "
            "Director of the Ngarua Water Trust, Mr. Joel Mwakilo, at her office.\n\n"
            "Mr. Mwakilo said the Trust would drill twenty boreholes in the north.\n\n"
            "The CS thanked the Trust and said the ministry would pay for the pumps.")
    assert_statements(body, [
        ("Joel Mwakilo", "indirect", "Mr. Mwakilo said the Trust would drill twenty boreholes in the north."),
        ("Amina Waruiru", "indirect", "The CS thanked the Trust and said the ministry would pay for the pumps."),
    ])


def test_the_cs_is_not_a_principal_secretary():
    """The guard: with only a Principal Secretary named ("The Principal Secretary for Water, Dr. X,"), "The CS said …"
    is no one's, never the Principal Secretary's."""
    body = ("The Principal Secretary for Water, Dr. Amina Waruiru, on Monday received the Country Director of the "
            "Ngarua Water Trust, Mr. Joel Mwakilo.\n\n"
            "Dr. Waruiru said the ministry would map the boreholes.\n\n"
            "The CS said the ministry would pay for the pumps.")
    assert_statements(body, [
        ("Amina Waruiru", "indirect", "Dr. Waruiru said the ministry would map the boreholes."),
    ])


def test_the_chief_warden_is_an_office():
    """"Chief Warden X told the committee … “…,” the chief warden said." (styles72): "warden" is an office's word, so
    "the chief warden" is the one named so, not the committee's chairman who asked him a question; before, the
    quotation went to the chairman, the last subject."""
    body = ("Chief Warden Daniel Sakuda told the county assembly's environment committee that most of the killings had "
            "been by snares.\n\n"
            "The committee's chairman, Hon. Joel Mwakilo, asked the chief warden whether the service had enough "
            "vehicles.\n\n"
            "“We have six vehicles, and two of them are in the garage,” the chief warden said.")
    assert_statements(body, [
        ("Daniel Sakuda", "indirect", "Chief Warden Daniel Sakuda told the county assembly's environment committee "
                                      "that most of the killings had been by snares."),
        ("Joel Mwakilo", "indirect", "The committee's chairman, Hon. Joel Mwakilo, asked the chief warden whether the "
                                     "service had enough vehicles."),
        ("Daniel Sakuda", "direct", "We have six vehicles, and two of them are in the garage,"),
    ])


def test_an_office_at_its_level_before_a_name_is_the_holders():
    """"The Wildlife Service's county warden, Mrs. X, said … The warden said …" (styles72): a lower-case word of the
    level an office is held at ("county", "park", "district") and the office's word, set off before a name, give her
    the office, which the later bare word means after another man has spoken; before, the two words gave no one an
    office and "The warden said …" was no one's."""
    body = ("The Wildlife Service's county warden, Mrs. Grace Lengare, said the service would pay for the goats.\n\n"
            "Mr. Joel Mwakilo, the conservancy's head of security, said the herders had followed the pride for two "
            "days.\n\n"
            "The warden said the service would build two bomas in the village.")
    assert_statements(body, [
        ("Grace Lengare", "indirect", "The Wildlife Service's county warden, Mrs. Grace Lengare, said the service "
                                      "would pay for the goats."),
        ("Joel Mwakilo", "indirect", "Mr. Joel Mwakilo, the conservancy's head of security, said the herders had "
                                     "followed the pride for two days."),
        ("Grace Lengare", "indirect", "The warden said the service would build two bomas in the village."),
    ])


def test_a_rank_before_an_office_is_no_level():
    """The guard: "The deputy director, Mrs. X," is a deputy's office, no level's: "The director said …" after is
    never hers."""
    body = ("The deputy director, Mrs. Grace Lengare, said the service would pay for the goats.\n\n"
            "Mr. Joel Mwakilo, the conservancy's head of security, said the herders had followed the pride.\n\n"
            "The director said the service would build two bomas in the village.")
    lengare = [s.text for s in run(body).statements if s.speaker and "Lengare" in s.speaker]
    assert lengare == ["The deputy director, Mrs. Grace Lengare, said the service would pay for the goats."]


def test_an_interpreter_named_after_his_calling_speaks_for_himself():
    """"The interpreter, Mr. X, greeted the visitors in English and said he had served …" (styles72): "interpreter"
    is a calling's word, so the name set off after it is the subject of "greeted … and said"; before, "The
    interpreter" was a thing and the sentence no one's."""
    body = ("The chairman of the Ngarua Farmers Union, Mr. Kasaine Oloshoi, on Thursday hosted the Minister of Water, Hon. "
            "Amina Waruiru, at Ngarua.\n\n"
            "The interpreter, Mr. Joel Mwakilo, greeted the visitors in English and said he had served as a scout "
            "for eleven years.\n\n"
            "Speaking in Maa through an interpreter, the chairman said elephants had destroyed the maize of forty "
            "families.")
    assert_statements(body, [
        ("Joel Mwakilo", "indirect", "The interpreter, Mr. Joel Mwakilo, greeted the visitors in English and said he "
                                     "had served as a scout for eleven years."),
        ("Kasaine Oloshoi", "indirect", "Speaking in Maa through an interpreter, the chairman said elephants had "
                                      "destroyed the maize of forty families."),
    ])


def test_words_through_the_interpreter_stay_the_chairmans():
    """The guard: "The chairman, through the interpreter, thanked …" and "“…,” Mzee X said through an interpreter."
    are the chairman's, never the interpreter's named before."""
    body = ("The chairman of the Ngarua Farmers Union, Mr. Kasaine Oloshoi, on Thursday hosted the Minister of Water, Hon. "
            "Amina Waruiru, at Ngarua.\n\n"
            "The interpreter, Mr. Joel Mwakilo, stood beside him.\n\n"
            "The chairman, through the interpreter, thanked the minister and said the elders would keep the herders "
            "out of the corridor.\n\n"
            "“We cannot feed our children with patience,” Mr. Oloshoi said through an interpreter.")
    assert_statements(body, [
        ("Kasaine Oloshoi", "indirect", "The chairman, through the interpreter, thanked the minister and said the elders "
                                      "would keep the herders out of the corridor."),
        ("Kasaine Oloshoi", "direct", "We cannot feed our children with patience,"),
    ])


def test_a_community_conservancy_is_a_body_its_chairman_heads():
    """"The chairman of the Ngarua Community Conservancy, Mr. X, on Thursday hosted … The chairman, through the
    interpreter, thanked …" (styles72): "conservancy" is a body's word, so X holds the chairmanship of a named body and
    "The chairman" is he; before, "Community Conservancy, Mr. X" was no body, the office no one's, and "The chairman"
    a new unnamed person."""
    body = ("The chairman of the Ngarua Community Conservancy, Mr. Kasaine Oloshoi, on Thursday hosted the Minister of "
            "Water, Hon. Amina Waruiru, at Ngarua.\n\n"
            "The chairman, through the interpreter, thanked the minister and said the elders would keep the herders "
            "out of the corridor.")
    assert_statements(body, [
        ("Kasaine Oloshoi", "indirect", "The chairman, through the interpreter, thanked the minister and said the "
                                        "elders would keep the herders out of the corridor."),
    ])
