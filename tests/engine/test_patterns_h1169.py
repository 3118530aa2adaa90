"""Rules from the eight-hundred-ninety-first held-out set (the Mayor of Iloilo City and the Governor of Iloilo and those
who speak at or of their meetings, 2017-2026): invented readouts, invented people and countries."""

from __future__ import annotations

from .test_patterns import assert_statements

_GAVAN = ("Lira Ostvik, head of the Tarsk investment office, said that the investors showed interest in the port.\n\n"
          "The investors were also amazed by the city’s peace and order, Ostvik said.\n\n")


def test_the_visiting_mission_met_is_the_readouts_account():
    """"…, Gavan said." / "On the other hand, the mission also met with migrant domestic workers … at the Hong Kong
    Consulate …" (sunstar 2017-05-02): the visiting party's act, narrative, as "the delegation also met" already was.
    Before, both paragraphs were carried on as Ostvik's report."""
    body = (_GAVAN + "On the other hand, the mission also met with migrant workers at the Zarnian Consulate for a "
            "dialogue on housing.\n\nThe team also visited the new port.")
    assert_statements(body, [
        ("Lira Ostvik", "indirect",
         "Lira Ostvik, head of the Tarsk investment office, said that the investors showed interest in the port."),
        ("Lira Ostvik", "indirect", "The investors were also amazed by the city’s peace and order, Ostvik said."),
    ])


def test_the_mission_with_no_verb_of_the_visit_still_goes_on():
    """The guard: "The mission will help the workers." names the party but tells no act of the visit; the report goes
    on as before (Ostvik's)."""
    body = _GAVAN + "The mission will help the workers find jobs at home."
    assert_statements(body, [
        ("Lira Ostvik", "indirect",
         "Lira Ostvik, head of the Tarsk investment office, said that the investors showed interest in the port."),
        ("Lira Ostvik", "indirect", "The investors were also amazed by the city’s peace and order, Ostvik said."),
        ("Lira Ostvik", "indirect", "The mission will help the workers find jobs at home."),
    ])


_FRIENDSHIP = ("Tarsk City Mayor Olef Brandt on Tuesday welcomed the city's hosting of the Zarnia Friendship Day which "
               "he said will be \"a big boost to tourism.\" ")


def test_a_festivals_programme_is_the_readouts_account():
    """"An exhibit featuring sketches … will be unveiled in the afternoon of May 19.", "The celebration will culminate
    with a Friendship Day Festival …" between two statements of the mayor in one paragraph (philippinesnewsgazette
    2023-05-09): the event's programme, narrative. Before, both were carried on as Brandt's."""
    body = (_FRIENDSHIP + "An exhibit featuring sketches of famous landmarks by the architect Paulo Vendar as well as "
            "his photos will be unveiled in the afternoon of May 19. The celebration will culminate with a Friendship "
            "Day Festival at the city mall on May 21. In the order, the mayor said that Zarnia has supported the "
            "city through school programs.")
    assert_statements(body, [
        ("Olef Brandt", "indirect", _FRIENDSHIP.strip()),
        ("Olef Brandt", "indirect",
         "In the order, the mayor said that Zarnia has supported the city through school programs."),
    ])


def test_a_festivals_claim_still_goes_on():
    """The guard: "The festival will also boost the city's economy." between the same two statements is a claim, no
    item of the programme (no "culminate", "open with", "be unveiled"); it is still carried on as Brandt's."""
    body = (_FRIENDSHIP + "The festival will also boost the city's economy. In the order, the mayor said that Zarnia "
            "has supported the city through school programs.")
    assert_statements(body, [
        ("Olef Brandt", "indirect", _FRIENDSHIP.strip()),
        ("Olef Brandt", "indirect", "The festival will also boost the city's economy."),
        ("Olef Brandt", "indirect",
         "In the order, the mayor said that Zarnia has supported the city through school programs."),
    ])


_CONSUL = ("TARSK CITY – The consul general of Zarnia based in Velm urged this city to pursue more sister city "
           "linkages.\n\n“We all know that the exchanges were very low,” said Consul General Lira Ostvik during the new year "
           "celebration here.")


def test_an_office_based_in_a_place_is_the_holder_named_later():
    """"The consul general of China based in Cebu urged this city to pursue …" / "“…,” said Consul Zhang Zhen …" (mb
    2024-02-11): the office with "based in" and its place is the subject, the holder named in the next paragraph, as
    "The consul general of Zarnia in Velm urged …" already was. Before, the subject was read as "Velm", and the
    sentence was no one's."""
    assert_statements(_CONSUL, [
        ("Lira Ostvik", "indirect", "The consul general of Zarnia based in Velm urged this city to pursue more sister "
         "city linkages."),
        ("Lira Ostvik", "direct", "We all know that the exchanges were very low"),
    ])


def test_a_firm_based_in_a_place_stays_no_one():
    """The guard: "A trading firm based in Velm urged …" has no person before "based in"; the sentence stays no one's,
    as before, and the consul's words are still hers."""
    body = _CONSUL.replace("The consul general of Zarnia based in Velm urged", "A trading firm based in Velm urged")
    assert_statements(body, [
        ("Lira Ostvik", "direct", "We all know that the exchanges were very low"),
    ])
