"""Who "the city leader" is: the head of a city's or a province's government the readout names.

A city's press writes of the official who received a guest for the city, whatever his title, as "the city leader", "the
city's leader", "the municipal leader" or "the provincial leader" once he is named. Vietnam's news agency and papers so
of the city's Chairman (or Vice Chairman, or Party Secretary): "Chairman of the People Committee of Ho Chi Minh City
Phan Van Mai hosted … a reception for Oh Se-Hoon, Mayor of Seoul … The city leader pledged to create optimal conditions
for Seoul firms …" (eighthundredsixtieth vietnamplus 2022-08-04); "The Da Nang People's Committee Vice Chairman, Mr X,
recently played host to … The city leader said that he would like …" (eighthundredfiftythird baodanang); and of a
mayor: "Mayor of Brellmont X … Deputy Mayor Y and the director of the city's Department of External Relations, Mr. Z,
also attended … The city leader thanked the consulate …" (hard84: X, not the director named last). "Leader" is no
office of anyone's there, so the description names no one by its word; the one meant holds a local government's chair:
the readout's principal, its host, when he holds one (the Chairman, not the visiting Mayor); else the one who does;
else, of several, the one mayor or governor (not a deputy); else the one chairman or vice chairman of a body who is no guest.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from readout_tui.engine.people import Person
    from readout_tui.engine.phrases import Phrase

_LOCAL_LEADER = re.compile(r"(?:city|municipal|provincial|province|local)(?:[’']s)?\s+leader$", re.IGNORECASE)
""""the city leader", "The city's leader", "the municipal leader", "the provincial leader", ending the phrase."""

_LOCAL_HEADS = frozenset({"chairman", "chairwoman", "chairperson", "vice chairman", "vice chairwoman",
                          "permanent vice chairman", "mayor", "deputy mayor", "vice mayor", "governor",
                          "vice governor"})
"""The offices (before their " of …") of a city's or a province's head or deputy head."""

_HEADS_OF_A_PLACE = frozenset({"mayor", "governor"})
"""The offices of a city's or a province's own head, not a deputy's (`_the_one_head`)."""
_CHAIR_WORDS = frozenset({"chairman", "chairwoman", "chairperson"})
"""The last word of a body's chair's or vice chair's office ("vice chairman of people committee")."""


def _holds_a_local_chair(person: Person) -> bool:
    """Whether one of the person's offices is a local government's chair ("chairman of people committee of …",
    "mayor of seoul", "vice chairman"), or its Party Committee's secretary ("secretary of municipal party committee")."""
    for role in person.roles:
        head = role.partition(" of ")[0]
        if head in _LOCAL_HEADS or head == "secretary" and "party committee" in role:
            return True
    return False


def _the_one_head(chairs: list[Person]) -> Person | None:
    """Of several who hold a local chair, the city's or the province's head: its one mayor or governor ("mayor",
    "governor of …", not a deputy's or a vice governor's office: "Mayor of Brellmont X … Deputy Mayor Y"); else the one
    chairman or vice chairman of a body who is no guest; else no one."""
    heads = [p for p in chairs if any(r.partition(" of ")[0] in _HEADS_OF_A_PLACE for r in p.roles)]
    if len(heads) == 1:
        return heads[0]
    heads = [p for p in chairs if "guest" not in p.roles
             and any(r.partition(" of ")[0].rpartition(" ")[2] in _CHAIR_WORDS for r in p.roles)]
    return heads[0] if len(heads) == 1 else None


def local_leader_meant(text: str, phrase: Phrase, persons: list[Person], principal: Person | None,
                       recent: list[Person]) -> Person | None:
    """The person "the city leader" (`_LOCAL_LEADER`, read on the few characters before the phrase's end, so that "the
    city's leader", read as the phrase "leader", is seen too) means: the principal if he holds a local chair, else the
    one person who does, else the city's head among them (`_the_one_head`); None when the phrase is no such description
    or no one is meant. A bare "the leader" is the last subject when he holds a local chair ("Mai pledged … Close
    coordination … will be sustained …, the leader affirmed.", eighthundredsixtieth vietnamplus 2023-01-16), else left
    alone."""
    if phrase.role != "leader" or phrase.country is not None:
        return None
    if phrase.text.lower() == "the leader":
        last = recent[-1] if recent else None
        return last if last is not None and not last.weak and _holds_a_local_chair(last) else None
    if _LOCAL_LEADER.search(text, max(0, phrase.end - 24), phrase.end) is None:
        return None
    chairs = [p for p in persons if not p.weak and p.roles and _holds_a_local_chair(p)]
    if principal is not None and principal in chairs:
        return principal
    return chairs[0] if len(chairs) == 1 else _the_one_head(chairs)


_A_PLACES_LEADER = re.compile(r"[Tt]he ((?:[A-Z][\w-]+ ){1,3})leader")
""""The Lekiri leader", "The Akwa Ibom leader": one to three capitalised words between the article and "leader", the
whole phrase (`state_leader_meant` reads the words as a place)."""
_GOVERNOR_WINDOW = 3000
"""How far before "the <place> leader" (in characters) the governor's office naming that place is looked for."""


def _governor_of_the_place(place: str) -> re.Pattern[str]:
    """The office of a state's or a province's governor naming the place: "Lekiri State Governor", "Akwa Ibom Governor",
    "Governor of Akwa Ibom", "Governor of the Lekiri State" (not "Governor-General", nor "Governor of Kenya's …", nor
    a body's governor with the place the end of its name, "Bank of Lekiri Governor", "Central Bank of Lekiri Governor":
    a bank's head, where "the Lekiri leader" is the country's)."""
    words = r"\s+".join(map(re.escape, place.split()))
    return re.compile(rf"(?<![\w-])(?<!\bof\s){words}\s+(?:State\s+|Province\s+)?Governor(?![\w-])"
                      rf"|(?<![\w-])Governor\s+of\s+(?:the\s+)?{words}(?![\w'’-])")


def state_leader_meant(text: str, phrase: Phrase, persons: list[Person]) -> Person | None:
    """The person "the <place> leader" means when the place is a state or province the readout named in a governor's
    office (hard90: "President Daniel Amakwe on Tuesday received Lekiri State Governor, Musa Idrabo, … The Lekiri leader
    told the President that …"; ninehundredthirtysixth coretv: "Akwa Ibom State Governor, Pastor Umo Eno, … visited
    President Bola Ahmed Tinubu … The Akwa Ibom leader believes that …"): the press's word for the state's head, its
    Governor, where a nationality's adjective ("the Okuvanian leader", no governor of "Okuvanian" named) is the head of
    state, read as before. The governor is the one person named who holds "governor" (not a deputy's office); None when
    the phrase is no such description, no office names the place within `_GOVERNOR_WINDOW` characters before, or none
    or several hold the office."""
    if phrase.role != "leader" or phrase.country is None or phrase.text[:4].lower() != "the ":
        return None
    shape = _A_PLACES_LEADER.fullmatch(phrase.text)
    if shape is None:
        return None
    governors = [p for p in persons if not p.weak and "governor" in p.roles]
    if len(governors) != 1:
        return None  # (no one or several hold the office: tried first, before the place's pattern is compiled)
    lo = max(0, phrase.start - _GOVERNOR_WINDOW)
    if text.find("Governor", lo, phrase.start) < 0:
        return None  # (a cheap test first: no governor's office written in the window)
    place = shape.group(1).strip()
    if _governor_of_the_place(place).search(text, lo, phrase.start) is None:
        return None
    return governors[0]


_PARTY_CHIEF = re.compile(r"(?<![\w-])(?:(?:city|municipal|provincial|province|local)(?:[’']s)?\s+)?Party\s+chief$")
""""the provincial Party chief", "the city's Party chief", "the Party chief", ending the phrase; not "deputy Party
chief" (the word before must be one of these or the article: `party_chief_meant` reads it)."""
_NOT_THE_CHIEF = ("deputy", "vice", "former", "acting")


def _heads_a_party_committee(person: Person) -> bool:
    """Whether one of the person's offices is a Party Committee's secretary ("secretary of the provincial party
    committee of …", "party secretary"), no deputy's."""
    for role in person.roles:
        if any(word in role for word in _NOT_THE_CHIEF):
            continue
        if role.partition(" of ")[0] == "secretary" and "party committee" in role or role.endswith("party secretary"):
            return True
    return False


def party_chief_meant(text: str, phrase: Phrase, persons: list[Person], principal: Person | None) -> Person | None:
    """The person "the provincial Party chief" means (sggpnews 2022-04-20, eighthundredseventyfirst: "Secretary of the
    Provincial Party Committee of Quang Ninh Nguyen Xuan Ky expressed … Reviewing …, the provincial Party chief hoped
    that …"): the principal if he is a Party Committee's secretary, else the one person who is; None when the phrase
    is no such description ("chief" alone, "deputy Party chief"), or no one, or several others, are."""
    if phrase.role != "chief" or phrase.country is not None or phrase.text.lower() != "chief":
        return None
    found = _PARTY_CHIEF.search(text, max(0, phrase.end - 32), phrase.end)
    if found is None:
        return None
    before = text[max(0, found.start() - 12):found.start()].split()
    if not before or before[-1].lower() not in ("the", "its", "city's", "city’s", "province's", "province’s"):
        return None
    secretaries = [p for p in persons if not p.weak and p.roles and _heads_a_party_committee(p)]
    if principal is not None and principal in secretaries:
        return principal
    return secretaries[0] if len(secretaries) == 1 else None


_UNION_LEADER = re.compile(r"(?:[Tt]he\s+)(?:[Tt]rade\s+)?(?:[Ll]abou?r|[Uu]nion)\s+(?:leader|boss|chief)")
""""the labour leader", "the union boss", "the union chief", "the trade union leader": the whole phrase (a press word for
a trade union's head; "Labour leaders from …", plural and with no article, is no one)."""
_UNION_HEAD_NAMED = re.compile(
    r"(?:[Ss]ecretary[- ][Gg]eneral|[Gg]eneral [Ss]ecretary|[Pp]resident|[Cc]hair(?:man|woman|person)) of the "
    r"((?:[A-Z][\w'’-]*|of|and|&)(?:\s+(?:[A-Z][\w'’-]*|of|and|&)){0,9})(?:\s+\([A-Z]{2,8}\))?, ")
"""A body's head named with his office before the name: "Secretary-General of the National Union of Dock and Transport
Workers, |Mr. X", "general secretary of the Mineworkers' Union, |Mr. Y" (the body's capitalised name, its initials
may follow); `union_heads_named` keeps those whose body is a trade union."""
_UNION_WORDS = frozenset({"Union", "Unions", "Union's", "Union’s"})
"""A word of a trade union's name ("… Workers' Union", "Trade Union Congress", "Federation of Trade Unions")."""
_UNION_OFFICE = re.compile(r"^(?:secretary[- ]general|general secretary|president|chair(?:man|woman|person)) of .*\bunions?\b")
"""A person's office (as the registry keeps it, lower case) that heads a union: "secretary-general of national union"."""


def is_union_leader(phrase: Phrase) -> bool:
    """Whether the phrase is the press's word for a trade union's head (`_UNION_LEADER`): "the labour leader", "The
    union boss", "the union chief" (the registry reads "boss" as "chief")."""
    return phrase.role in ("leader", "chief") and phrase.country is None \
        and _UNION_LEADER.fullmatch(phrase.text) is not None


_UNION_POSSESSIVE_HEAD_NAMED = re.compile(
    r"\b[Tt]he\s+(?:union|(?:[A-Z][\w'’-]*\s+){0,6}?(?:Workers|Seafarers|Teachers|Employees|Labou?r|Trade|Dockers|"
    r"Miners|Nurses|Journalists)['’]?\s+Union)['’]s\s+(?:[Ss]ecretary[- ][Gg]eneral|[Gg]eneral\s+[Ss]ecretary|"
    r"[Pp]resident|[Cc]hair(?:man|woman|person)),\s+")
"""A union's head named with the union as his office's possessive (styles74: "The union's General Secretary, |Mr. X,
told reporters …", "the Taruvan Seafarers' Union's President, |Mr. Y"): as `_UNION_HEAD_NAMED`, the union in the
possessive before the office: "the union" itself, or a name whose last word before "Union" is a trade's (not "the
European Union's President, …", a union of states)."""


def union_heads_named(text: str) -> tuple[int, ...]:
    """Where the name of each trade union's head starts, named after his office and the union's name
    (`_UNION_HEAD_NAMED`, the name "… Union …"); where none is, those named after "the union's" and his office
    (`_UNION_POSSESSIVE_HEAD_NAMED`: "The union's General Secretary, Mr. X"), so that a head named with the union's
    whole name stays the one head beside "The union's president, Mrs. Y, chaired the vote" (styles68). One pass over
    the text (two when the first finds none), made once per readout (`NameRegistry`) and only when a phrase
    `is_union_leader`."""
    named = tuple(found.end() for found in _UNION_HEAD_NAMED.finditer(text)
                  if not _UNION_WORDS.isdisjoint(found.group(1).split()))
    return named or tuple(found.end() for found in _UNION_POSSESSIVE_HEAD_NAMED.finditer(text))


def holds_a_unions_top_office(person: Person) -> bool:
    """Whether one of the person's offices is a union's head's ("secretary-general of national union"), as the
    registry read it from "Mr. X, Secretary-General of the National Union of …"."""
    return any(_UNION_OFFICE.match(role) for role in person.roles)
