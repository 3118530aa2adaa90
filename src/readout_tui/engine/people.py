"""Who is who: name forms merged into persons; descriptions and pronouns resolved.

"Aleksandr Lukashenko", "Lukashenko" and "Belarus President Aleksandr Lukashenko"
are one person; "the Belarusian leader" is the person whose titles say Belarus and
leader-like office; "the President", when several people are presidents, is the
readout's principal (the office that publishes it names its own head first); "he"
is the last person who was the subject of a sentence, of the right gender.
"""
from __future__ import annotations

import heapq
import re
import unicodedata
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from readout_tui.engine.house_initials import house_initials, initials_before_officer
from readout_tui.engine.lexicon import (
    CAPITALS, GIVEN_NAME_SPELLINGS, GIVEN_NAME_STYLES, HONORIFICS, NAME_ARTICLES, OFFICE_NAMED_ALSO, POST_NOMINAL_LETTERS, SPOUSE_ROLES,
    STATE_WORDS, STYLE_OFFICES,
)
from readout_tui.engine.phrases import (
    INSTITUTION_WORDS, NATIONALITIES, PRIVATE_BODIES, SURNAME_OFFICES, Phrase, phrase_opening, same_country,
)
from readout_tui.engine.phrases import _DEPUTY_RANKS, _INFORMAL_OFFICES
from readout_tui.engine.phrases import _PARTICLES as PHRASE_PARTICLES
from readout_tui.model import Participant

_PARTICLES = PHRASE_PARTICLES - {"al-"}
NAME_PARTICLES = _PARTICLES | {"bint", "binti"}
"""The lower-case words inside a full name ("Tamim bin Hamad Al Thani", "Ursula von der Leyen"): no first name nor
surname of their own, and after "bin" and its kin a father's name."""
_SUFFIXES = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
GENERATION_MARKS = frozenset({"Jr.", "Jr", "II", "III"})
"""A name's last word that marks a child named after a parent ("Arvid Lund Jr.": `add_name`'s another_generation,
`namesake_by_age`)."""
HEAD_OF_STATE_ROLES = frozenset({
    "president", "king", "queen", "emir", "amir", "sultan", "emperor", "crown prince",
    "prime minister", "chancellor", "federal chancellor", "federal president", "premier",
    "taoiseach", "head of state", "leader", "head of government", "his majesty",
    "her majesty", "supreme commander-in-chief", "monarch", "tsar", "grand duke",
    "president of republic",  # ("the President of the Republic": the Élysée's, Italy's … head of state)
})
ENVOY_HEADS = ("envoy", "emissary")
"""The heads of an envoy's office, sent by one person (`People._envoy_of_a_named_principal`; `name_offices._ENVOYS_OF`)."""

_POOL_LIMIT = 200
_GOVERNMENT_HEADS = frozenset({"prime minister", "chancellor", "premier", "taoiseach"})
_REGION_EXECUTIVE = re.compile(r"\b(?:Oblast|Regional|Region) Executive Committee\b")
"""A region's executive committee, whose Chairman is its governor (Belarus's oblasts)."""
_GENERIC_HEADS = frozenset({"leader", "head of state", "head of government", "supreme commander-in-chief",
                            "chief executive",  # ("the Chief Executive": a president's style, as in Manila)
                            "commander-in-chief"})  # ("In his address, the Commander-in-Chief said …": the President)
_PRESIDENTS_OF_GOVERNMENT = frozenset({"president of government"})
"""A head of government styled a president ("The President of the Government, X, has received … The head of the
Executive has explained …", styles8 castara_moncloa): "the head of the government" or "of the Executive" is his."""
_HEADS_OF_STATE_OR_GENERIC = HEAD_OF_STATE_ROLES | _GENERIC_HEADS
"""The offices an untitled principal may answer to (`resolve_description`): joined once, not on each call."""
_VICEREGAL_OFFICES = frozenset({"governor-general", "governor general"})
_UNTITLED_PRINCIPAL_OFFICES = _HEADS_OF_STATE_OR_GENERIC | _VICEREGAL_OFFICES
"""The offices an untitled principal may answer to, a Commonwealth realm's Governor-General among them, who stands in
for its head of state (four-hundred-sixty-first jamaica_kingshouse: "“…,” Sir Kenneth Hall told the annual dinner for
the Diplomatic Corps at King’s House … The Governor-General noted that …": the untitled knight, as "the President" of
a readout that never titles its principal is he)."""
_GENERIC_HEADS_OR_EXCELLENCY = _GENERIC_HEADS | {"excellency"}
"""What an untitled principal may be called: a generic head, or the style "His Excellency" alone, no office (styles11
tajara_presidency: "…, President of the Republic of Tajara, His Excellency Nurali Davlatzoda received … The Head
of State emphasized …": the office before the comma is not read for the styled name); only when no one holds the
office named ("His Excellency Sheikh X received President Y … The President expressed …" is Y)."""
_STATES_HIGH_COMMISSIONER = ("high commissioner of ", "high commissioner to ")
"""A state's High Commissioner, its ambassador to another Commonwealth state (the bare "high commissioner" too)."""
_CHAIRS = frozenset({"chairman", "chairwoman", "chairperson"})
"""A body's chair by title; one who chaired a meeting (the bare role "chair") is the Chairperson a release then
names."""
_LEADERS = _CHAIRS | {"head", "director", "chief", "administrator", "commissioner"}
_HEADS_BY_THE_BODYS_NOUN = _CHAIRS | {"president", "chair", "leader", "head"}
"""The offices of one who heads a body that "the <noun> leader" may mean, the noun in the body's name
(`People._head_of_the_body_by_its_noun`)."""
_ADJECTIVE_ENDINGS = ("al", "ic", "ous", "ive", "ary")
"""The endings of a lower-case adjective before "leader" ("the national leader", "the regional leader", "the political
leader", "the religious leader"): the kind of leader, a state's or a region's, not the noun of a body he heads
(`People._head_of_the_body_by_its_noun`: "National Youth Council", "Regional Council" hold the word too)."""
_LAWMAKER_WORDS = frozenset({"lawmaker", "legislator", "parliamentarian"})
"""The common nouns of one who sits in a legislature, whatever its members are titled (`roles_compatible`)."""
_HOUSE_OFFICERS = _CHAIRS | {"speaker"}
"""The officers of a house who may be written before it with no "of" ("Chairman Senate", "Speaker National Assembly")."""
_LEGISLATORS = _LAWMAKER_WORDS | {"representative", "congressman", "congresswoman", "congressperson", "senator",
                                  "deputy", "mp", "td"}
"""The heads of the offices (`_role_head`) of those who sit in a legislature: "the lawmaker" may be any of them."""
_CLERIC_WORDS = frozenset({"cleric", "prelate"})
"""The common nouns of a churchman or a religious leader, whatever his rank (`roles_compatible`)."""
_PRELATES = frozenset({"archbishop", "bishop", "cardinal", "metropolitan", "patriarch", "primate", "catholicos", "pope",
                       "apostolic nuncio", "nuncio"})
"""The heads of the offices (`_role_head`) of a church's prelates (styles52 nuncio: "the Archbishop of P, Most Rev. X, …
The prelate also thanked …": X): "the prelate" may be any of them."""
_CLERICS = _PRELATES | {"imam", "mufti", "grand mufti", "rabbi", "chief rabbi", "lama"}
"""The heads of the offices of the clergy of any faith (styles52 interfaith: "Bishop Dr. X … The cleric, who also heads
…, told the envoy …": X): "the cleric" may be any of them."""
_CHAMBER_LEADER = re.compile(r"\b(?:Majority|Minority|Republican|Democratic|Opposition|Floor|Senate|House|Party)\s+Leader\b")
"""A chamber's or a party's leader ("Senate Republican Leader X", "House Democratic Leader Y"): no head of state, so no one
"the President" may mean (three-hundred-eighty-first whitehouse 2012-11-07 congressional leaders)."""
_CG_OFFICES = frozenset({"cg", "consul general", "consul-general", "commissioner-general", "comptroller-general",
                         "commissioner general", "comptroller general"})
"""The offices whose initials are "CG" (`roles_compatible`)."""
_GENERAL_HEADS = frozenset({"director-general", "secretary-general", "commissioner-general", "comptroller-general"})
"""An organisation's head styled "-General": "the WHO chief" in the press; a customs, revenue or immigration service's
head so (styles64: "the Commissioner-General of the Customs Service, Mrs. X … The Service's boss offered …", "the
customs chief"), as UNRWA's Commissioner-General is "the UNRWA chief"."""
_GENERAL_HEAD_WORDS = frozenset(head.partition("-")[0] for head in _GENERAL_HEADS)
"""The office words before "General" of `_GENERAL_HEADS` ("secretary", "director"), as `_civil_general` reads them."""
_NEW_HOLDER_DESCRIPTION = re.compile(r"(?:[Tt]he\s+)?new(?:ly\s+(?:elected|sworn-in|inaugurated))?\s+")
"""The opening of "the new President", "the newly elected president": an office just taken up (`resolve_description`'s
one named its "-elect"); a description's opening, not `name_offices._NEW_HOLDER`, which reads "newly appointed X"
before a name."""
_MANY_HOLD = frozenset({"secretary", "minister", "advisor", "adviser", "ambassador", "senator", "governor",
                        "mayor", "director", "administrator", "commissioner", "envoy", "representative",
                        # (fivehundredsixteenth prc 7433: "… received … the outgoing High Commiissiner of Gabon …, H.E.
                        # X, … X expressed his gratitude … The High Commissioner pinpointed …": a Commonwealth
                        # ambassador, as "ambassador")
                        "high commissioner",
                        # (hard60 dravenholt: "Council member X noted … Council member Dr. Y said … “…,” the council
                        # member said": a body's members, the one last named)
                        "council member", "board member"})
"""Offices several people at one meeting may hold: "the Secretary" is the one last named."""
_SPECIAL = frozenset({"special"})
"""The rank word "the envoy" leaves out of a special envoy's office (`roles_compatible`)."""
_UK_SECRETARIES = ("home secretary", "defence secretary", "business secretary", "trade secretary",
                   "health secretary", "education secretary", "justice secretary", "transport secretary",
                   "culture secretary", "environment secretary", "energy secretary", "work and pensions secretary")
"""A UK Secretary of State's short style, which a gov.uk readout may use alone, never naming the holder
("The Defence Secretary refuted these claims", "The Business Secretary provided an update on …":
two-hundred-fifty-first shoigu, business council)."""
_COUNTRYS_UNNAMED_OFFICES = frozenset({"ambassador", "high commissioner", "head of state",
                                       # (sevenhundredthirteenth changchun: "“…,” said the economic consul of
                                       # Kazakhstan.")
                                       "consul", "consul general", "consul-general", "general consul",
                                       # (sevenhundredtwentyninth a2news: "The Speaker of the Kosovo Parliament
                                       # requested …", the guest never named)
                                       "speaker of parliament", "chairman of parliament", "president of parliament"})
"""The offices of a country's envoy to another, its head of state, and its parliament's presiding officer, whose holder
a readout may name only by the office and the country ("The Kenyan Ambassador", "the Ambassador of Norland", "the
Angolan head of state", "the economic consul of Kazakhstan", "the Speaker of the Kosovo Parliament")."""
_PLACES_UNNAMED_HEADS = frozenset({"mayor"})
"""A place's head whom a readout may name only by the office and the place ("“…,” said the mayor of Incheon." after
the host mayor's own quotation, sevenhundredthirteenth changchun), as the speaker a quotation's cue names; not
inside another's report ("He said that …, and the mayor of X expressed readiness …", threehundredeightyseventh), nor
as a sentence's subject no one named holds the office of (hard set h584's "The mayor of Lower Varn stressed …")."""

_UNNAMED_HOLDERS = frozenset({"president", "vice president", "prime minister", "chancellor",
                              "secretary-general", "secretary general", "pope", "king", "queen",
                              "foreign secretary", "secretary of state",
                              "taoiseach", "tánaiste",
                              # (three-hundred-thirtieth scot_gov 2022-10-25 sunak_call: a devolved government's
                              # statement that never names its head, "The First Minister congratulated the Prime
                              # Minister …", as gov.uk's "The Prime Minister …")
                              "first minister",
                              # (fivehundredtwentieth gibraltar vox13468: an overseas territory's or an Indian state's
                              # head of government, "The Chief Minister briefed the Group …" in a release that never
                              # names him, as a devolved government's "the First Minister")
                              "chief minister",
                              # (sixhundredfortyninth ieyenews 2016-09-20 anelay_visit: the Cayman Islands Governor's
                              # release, "The Premier said: “…”", the territory's head of government never named, as
                              # Gibraltar's "the Chief Minister"; not the guest, a Minister, named before)
                              "premier"}) \
    | frozenset(OFFICE_NAMED_ALSO) | frozenset(_UK_SECRETARIES)
"""Offices whose holder a readout may only ever call "the President", "the Vice President" (and the UK's
"the Foreign Secretary" and other Secretaries of gov.uk readouts that never name them, two-hundred-thirty-ninth
pompeo, two-hundred-fifty-first shoigu; "The Secretary of State said: …" where no one is titled so,
two-hundred-sixty-ninth business_summit)."""
_PLACE_THEN_LOCAL_OFFICE = re.compile(r"[A-Z][\w’'-]+\s+(?:[a-z]+|Governor|Mayor)")
"""A place's one capitalised word, then its head's office in one lower-case word, no article ("Sulaymaniyah governor",
"Basra governor"), or the office capitalised as a title (eighthundredeightyfourth avapress 2023-06-01: "Balkh Governor
shared details of his administration …", a page that never names him): see `_PLACES_HEADS`."""
_NO_PLACE_BEFORE_HEAD = frozenset({"provincial", "regional", "local", "deputy", "acting", "former", "district",
                                   "state", "city", "municipal", "county", "interim", "current", "new", "vice",
                                   "military"})
"""Words capitalised only as a sentence's opening before "governor", "mayor", no place's name ("Provincial governor
referred to …"): no head known by his place (`_PLACE_THEN_LOCAL_OFFICE`; hr57's finding on h1124)."""
_PLACES_HEADS = frozenset({"governor", "mayor"})
"""The offices of a province's or a city's head (`_PLACE_THEN_LOCAL_OFFICE`)."""
_STATES_KNOWN = frozenset(NATIONALITIES.values())
"""The states the word lists know, by their names' lower case ("iraq"): a phrase's other "country" is a place below a
state ("the Sulaymaniyah governor")."""
_LOCAL_OFFICES = frozenset({"governor", "mayor", "director", "head", "commander", "chairman", "chairwoman",
                            "manager", "rector", "principal", "chief"})
"""Offices a readout may name only by their description, their holder never named
("the regional governor", "the plant's director", "the head of the health department")."""
_SCHOOL_WORDS = r"(?-i:University|College|Academy|School|Polytechnic|Conservatory|Conservatoire|Lyceum)"
_HEAD_OF_A_NAMED_SCHOOL = re.compile(
    r"(?!Ministry |Department |Office )(?-i:[A-Z][\w'-]*)(?: (?:of|for|and|the|(?-i:[A-Z][\w'-]*))){0,6} " + _SCHOOL_WORDS
    + r"|" + _SCHOOL_WORDS + r" of (?-i:[A-Z][\w'-]*)(?: (?-i:[A-Z][\w'-]*)){0,2}")
"""A named school, college or university after a local office's "of": "the Rector of Mirnaholt State University", "the
Principal of the Calvesmere Teacher Training College" (styles58: a host named only by post and institution, "The
Rector of Mirnaholt State University said his university had 400 foreign students … The rector agreed …"): the capitals
are the institution's name, not another office's ("the Head of the Presidential Office" stays no local holder), nor a
ministry's body ("the Director of the Ministry of Health Research Institute", knownerrors36b: no person's; an institute
is left out for that reason)."""
_AREA_NAMED_BEFORE_ITS_KIND = re.compile(
    r"the (?-i:[A-Z][\w’'-]*)(?: (?-i:[A-Z][\w’'-]*)){0,2} (?-i:region|province|state|district|division|county|"
    r"municipality|prefecture|oblast|department|governorate|subdivision)")
"""A country's area named before its kind in lower case, after "the" ("the North West region", "the Mezam division"):
`_headed_area`."""
_HEADS_OF_A_REGION = frozenset({"regional head", "head of the region"})
"""What a report of a meeting with a region's head calls him, whatever his title: a governor too."""
OTHER_PARTY = frozenset({"counterpart", "colleague", "interlocutor", "guest", "host", "partner", "visitor"})
"""The other party of a talk ("The guest noted …", "his counterpart"): someone the readout knows even when no office
is resolved."""
_GUESTS = frozenset({"guest", "visitor"})
"""The other party who is not the host who publishes ("the guest", "the visitor")."""
_SEATS_OF_A_MINISTRY = {"pentagon": ("defense", "defence")}
"""A ministry's seat used for it (read as an unknown country before "chief"): its head holds that portfolio."""
_DEPARTMENT_INITIALS = re.compile(r"(?-i:\b[DM]O?([A-Z]{1,4}))\s+(?:chief|head)$")
"""A department's or ministry's initials before "chief" ("the DFA chief", "the DOJ chief", "the MFA head"): the
letters of its portfolio after the D or M (and the O of "of")."""
_NOT_PORTFOLIO = frozenset({"secretary", "minister", "of", "the", "and", "for", "acting", "deputy"})


def _department_letters(text: str) -> str:
    """The portfolio's letters of a department named by its initials in `text`, lower case, or ""."""
    match = _DEPARTMENT_INITIALS.search(text)
    return match.group(1).lower() if match is not None else ""


_NOT_A_CHIEFS_PORTFOLIO = frozenset({"deputy", "acting", "former", "outgoing", "incoming", "interim", "new", "vice",
                                     "assistant", "chief", "their", "your", "whose", "this", "that"})
"""Words before "chief" that say how or whose the chief is ("the deputy chief", "the former chief"), not his remit."""


def _served_by_the_portfolio(word: str, portfolio: str) -> bool:
    """Whether a word of an office that begins as a portfolio does is the people the office serves, an agent noun
    ("investor", "exporters"), not the portfolio itself (styles54: "the agency's Director of Investor Services, Mr. Y …
    the investment chief said …": no investment chief, the agency's Chief Executive Officer is)."""
    return word != portfolio and word.rstrip("s").endswith(("or", "er")) and not portfolio.endswith(("or", "er"))


def _portfolio_before_chief(text: str) -> str:
    """The stem of the lower-case portfolio word before a closing "chief" (fivehundredtwentyninth hksar 2019-11-01:
    "Financial Secretary Paul Chan … The finance chief also met …"; "the commerce chief", "the justice chief"): its
    first six letters, which "financial", "commerce", "justice" in the holder's office begin with, or ""."""
    words = text.split()
    if len(words) < 2 or words[-1].lower() != "chief":
        return ""
    word = words[-2]
    if len(word) < 4 or not (word.isalpha() and word.islower()) or word in _NOT_A_CHIEFS_PORTFOLIO:
        return ""
    return word[:6]


_HOUSE_BEFORE_CHIEF = re.compile(r"(?-i:\b(Senate|House|Assembly|Parliament|Congress|Council|Chamber))\s+(?:chief|head)$")
"""A legislative house or council named before "chief" or "head" ("the Senate chief", "the Assembly head"): its presiding
officer, a Senate President, a Speaker of the House (`_presides_over`)."""
_ANY_HOUSE_BEFORE_CHIEF = re.compile(r"(?-i:\bparliament(?:ary)?)\s+(?:chief|head)$")
"""A parliament said in lower case, or its adjective, before "chief" or "head" ("the parliamentary chief", "the
parliament head"): no house named, the head of whichever house the readout's presiding officer heads
(`_heads_a_house`)."""
_COUNTY_BEFORE_CHIEF = re.compile(r"\b[Cc]ounty\s+(?:chief|head|boss)$")
"""A county named by its common noun before "chief", "head" or "boss" ("The County boss said …", "the county chief"):
Kenya's press for the county's Governor, its elected head (`_county_governor`)."""
_PRESIDING_HEADS = ("president", "speaker", "chairman", "chairwoman", "chairperson", "chair")
"""The offices of one who presides over a house (not its majority leader, nor its "president pro tempore")."""


def _house_before_chief(text: str) -> str:
    """The house named before a closing "chief" or "head" in a description's text, lower case, or ""."""
    match = _HOUSE_BEFORE_CHIEF.search(text)
    return match.group(1).lower() if match is not None else ""


def _presides_over(role: str, house: str) -> bool:
    """Whether the office `role` presides over `house` ("senate president", "speaker of the house", "president of the
    senate"), no deputy of it ("vice", "deputy", "pro tempore")."""
    words = role.split()
    if not words or "pro" in words or words[0] in _RANK_MODIFIERS:
        return False
    return words == [house, words[-1]] and words[-1] in _PRESIDING_HEADS \
        or words[0] in _PRESIDING_HEADS and words[1:2] == ["of"] and house in words[2:4]


def _portfolio_letters(role: str) -> str:
    """The first letters of an office's portfolio words ("foreign affairs secretary", "secretary of foreign
    affairs": "fa"), or "" when it names no secretary or minister."""
    words = role.split()
    if not {"secretary", "minister"} & set(words):
        return ""
    return "".join(word[0] for word in words if word not in _NOT_PORTFOLIO)


_GAVE_A_RECEPTION = re.compile(r"\b(?:gave|hosted|hosts|gives) an? (?:(?:official|state|working|gala) )?"
                                r"(?:reception|dinner|lunch|luncheon|banquet)\b")
"""The first paragraph's "… gave a reception", "hosted a dinner": its subject is the host (`settle_place_host`)."""
_RECEPTION_WORDS = ("reception", "dinner", "lunch", "banquet")
"""What `_GAVE_A_RECEPTION` gives ("luncheon" holds "lunch"): found with `str.find` before the pattern is tried."""
_WELCOMING_VERBS = ("welcomed", "received", "greeted")
_WELCOMED_BY = re.compile(r"\b(?:was|were)\s+(?:warmly\s+|cordially\s+)?(?:" + "|".join(_WELCOMING_VERBS) + r")\s+by\s")
"""A guest's passive welcome in the opening ("were welcomed by", "was warmly received by"): its agent is the host
(`settle_welcoming_host`)."""
_IN_A_CAPITAL = tuple(re.compile(word + r"(?<!\w\w\w)\s+((?:New\s|Abu\s)?[A-Z][a-z]+)\b") for word in ("in", "to"))
r"""A city a meeting is in ("in Amman", "arrived in Kyiv", "in New Delhi", "in Abu Dhabi"). (The
word's start tested after it, `(?<!\w\w\w)`, as `\b` before it would: a pattern that opens with
its letters is searched by them, not tried at every character. One pattern a word, their matches merged in order
(`_cities_after_in_or_to`): "(?:in|to)" was tried at every "i" and "t" of an opening that may be the whole readout.)"""


def _cities_after_in_or_to(text: str, lo: int, hi: int) -> Iterable[re.Match[str]]:
    """The matches of `_IN_A_CAPITAL`'s patterns in text[lo:hi], in order: those of "(?:in|to)…", one pattern. None of
    one starts inside a match of the other (an "in" or "to" inside a capitalised word has letters before it, which
    the look-behind refuses), so each is found as the one pattern's scan would find it."""
    return heapq.merge(*(pattern.finditer(text, lo, hi) for pattern in _IN_A_CAPITAL), key=re.Match.start)
_FACING_THE_HOST = _GUESTS | {"interlocutor"}
"""Who a bare "the guest", "the interlocutor" is not: the host who publishes."""
_CHARGES_DAFFAIRES = ("chargé d'affaires", "charge d'affaires", "chargé d’affaires", "charge d’affaires")
"""The head of an embassy while it has no ambassador: its diplomat, as an ambassador is (`roles_compatible`)."""
_CONSULS = ("consul ", "consul-general", "consul general", "general consul", "general-consul")
"""A consulate's head, its Consul General or Consul ("consul general of azerbaijan"), also with the words turned round
("US general consul Irvin Hicks Jr.", `lexicon`): an envoy, a diplomat (`roles_compatible`); "consul " with its space,
so that no longer word that begins alike is one."""
_ANY_OFFICE = frozenset({"official", "diplomat", "dignitary", "officer"})
"""Words for anyone in office: "the Kaldorian official" is the one of that country named ("the Velchian dignitary":
fifteenth styles rasova_mfa; "The Aravellan officer reported …" after "the Aravellan and Tormundish contingent
commanders, Brig. Gen. X and Col. Y respectively", hard57)."""
_STATE_PRESIDENT_ENDS = ("state president", "president of the state")
"""How a federated state's head in translation ends, in lower case ("The State President", "the President of the
State"): the Governor, when no one named is a President (`People.resolve_description`)."""


def _governor_named_by_his_nation(person: Person) -> bool:
    """Whether a Governor is named with his country before the office ("Kaldorian Governor Ilan Brok paid a courtesy
    call on the leadership of Velchia"): a guest from another country, not the page's own State President (hr57's
    finding on `_STATE_PRESIDENT_ENDS`); "Governor Samuel García", "the Governor of Nuevo León, X," are the State's."""
    for form in person.forms:
        lowered = form.lower()
        at = lowered.find("governor")
        if at > 0 and any(country in lowered[:at].split() for country in person.countries):
            return True
    return False


_SECRETARIES_OF_FOREIGN_AFFAIRS = frozenset({"secretary of foreign affairs", "secretary for foreign affairs",
                                            "secretary of foreign relations", "secretary of external affairs"})
"""A foreign minister styled a Secretary of the foreign affairs (Mexico's, the Philippines'): "the foreign minister", "the
head of X diplomacy" is the one of that country; not a "Foreign Secretary", in some countries the ministry's senior
official."""
_RANK_MODIFIERS = frozenset({"vice", "deputy", "assistant", "under", "first", "acting", "former",
                             "special", "senior", "vice-president", "co-chair",
                             # (hard54 grand_duke_of_lorvenne: "the Hereditary Grand Duke", the heir, is not "the Grand
                             # Duke", his father, as a deputy is not his chief)
                             "hereditary"})
# Common female first names of public figures, for "she" when no title tells (no name that men bear as commonly, as
# the male list below holds no woman's: "Hillary" left out, the given name of Kenyan men in office (the 988th's Bomet
# Governor Hillary Barchok, whose "He said …" went to the High Commissioner he received), so it tells no sex).
FEMALE_FIRST_NAMES = frozenset(
    """kamala condoleezza madeleine angela theresa ursula christine jacinda
    nancy janet gina samantha linda victoria wendy melinda adrienne valentina
    mette sanna kaja giorgia liz elizabeth margaret golda indira benazir julia
    dilma cristina michelle michele jill laura melania tsai yulia ilona maia
    salome zuzana katalin roberta jacqueline dina marise penny ana anna maria
    marie sophie sarah sara helen ellen hanna hannah annalena nicola natalia natalya
    nataliya olena iryna viktoria tatiana tatyana valentina irina elena olga
    ekaterina svetlana lyudmila marina veronika kristalina ngozi amina josephine
    isabel sheikh hasina aung san suu sheikha dilnoza gulnara
    anne ann deb deborah debra brenda vanita marcia jennifer celia irene irène lenna
    yuliya yuliia adrianne stacy stacey polly susan bonnie lael vicki sandra deanne
    xiomara kristine chiquita kate katherine catherine kathleen karen karine avril
    rachel rebecca jessica amy emily alice carol caroline christina claudia diana
    gloria heather jane janice joan joanna julie karin kirsten lisa louise lucy
    magdalena mary megan melanie mélanie monica nina patricia pamela ruth sally
    sharon stephanie valerie virginia olha oksana emine elvira alla inna larisa
    galina nadezhda daria darya ksenia kseniya polina alina ingrida kersti beata
    agnieszka katarzyna samia mia droupadi nirmala retno naledi nanaia ruta ingrid marta
    florence""".split()
# ("florence": the 988th's Kenyan DAILY POST page, "Labour CS Bore has also held a number of events …" / "“…,” he
# stated.": the Cabinet Secretary Florence Bore, a woman, took the Governor's "he")
) - {"sheikh", "aung", "san", "suu"}

# Common male first names of public figures, for "she" to skip a man no "he" has named yet
# (no name that is also a woman's: Jan, Andrea, Kim, Sasha, Jordan are left out).
MALE_FIRST_NAMES = frozenset(
    """joseph joe john james robert michael william david richard thomas charles
    christopher daniel matthew anthony antony mark donald steven stephen paul andrew
    kenneth george edward brian ronald kevin jason jeffrey gary timothy ryan eric
    jacob larry frank scott justin benjamin gregory samuel raymond patrick henry
    douglas peter adam nathan walter keith roger gerald arthur lawrence albert bruce
    alan ralph gabriel wayne louis russell vincent philip lloyd merrick alejandro
    pete tom ned jake antonio pedro luiz jair javier gustavo manuel emmanuel olaf
    rishi keir giorgio sergio mario andrzej mateusz aleksandar janez andrej narendra
    fumio shinzo recep ilham nikol shavkat emomali sadyr serdar tamim salman
    mohammed muhammad mohamed mohammad ahmed abdel vladimir volodymyr aleksandr
    alexander oleksandr alexei aleksei oleksiy sergei sergey serhiy dmitry dmitri
    dmytro andriy andrei andrey mykhailo mikhail ihor igor yuriy yury yuri denys
    kyrylo kirill ruslan rustem oleg petro pyotr pavlo pavel viktor victor valery
    valeriy gennady nikolai mykola ivan ilya maxim maksym anton boris vasily vasyl
    arseniy bohdan taras roman stanislav leonid vitali vitaliy evgeny yevhen rafael
    tomas tomás tomáš tomasz
    jonathan joshua nicholas simon isaac moses elijah dennis geoffrey gideon""".split()
    # (ninehundredninetieth vipasho: "Uasin Gishu governor Jonathan Bii held consultative meetings …" / "“…,” he said.":
    # the Governor, the one man named, not known to be one; common men's names of the Bible and of English, none a
    # woman's, beside "john", "joseph", "samuel", "benjamin" of the list)
    # ("tomáš": the Czech NSA Tomáš Pojar of the White House's 2023 readouts; the Lithuanian, Spanish and Polish
    # forms of Thomas with it, hard36 ossander's "Foreign Minister Tomas Rell … She emphasized …": no woman's name)
)
FIRST_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES
"""Every common first name, female or male."""


def office_shown(roles: Collection[str]) -> str | None:
    """The office to show for a person known by `roles`: a named office before a
    generic one ("president", not "head of state", which says less), then the
    longest, and the same in every run (ties broken by the words)."""
    return max(roles, key=_role_rank) if roles else None


def _role_rank(role: str) -> tuple[bool, int, str]:
    return role not in _SAYS_LESS, len(role), role


_LEFT_OUT_OF_A_ROLE = frozenset({"the", "a", "an"})
_OFFICE_GOES_ON = frozenset({"of", "for", "to", "and", "&", "-", "–", "in", "on", "at"})  # ("Minister of …")
_STYLES_BEFORE_AN_OFFICE = _LEFT_OUT_OF_A_ROLE | {
    "his", "her", "majesty", "excellency", "highness", "h.e.", "h.m.", "h.h.", "h.r.h."}


def _office_goes_on(tail: list[str]) -> bool:
    """Whether the words after an office's last word go on with it ("of the Kingdom
    of Norvane", "Extraordinary and Plenipotentiary", "and CEO"), not with a name or
    a second person ("Hassan Sheikh", "and the Prime Minister of …")."""
    if not tail:
        return True
    at = 0 if tail[0].casefold() in _OFFICE_GOES_ON else 1 if tail[1:2] in (["and"], ["&"]) else -1
    return at >= 0 and not (tail[at] in ("and", "&") and tail[at + 1:at + 2] in (["the"], ["The"]))


def office_as_written(role: str | None, forms: Iterable[str], name: str, text: str = "",
                      others: Collection[str] = ()) -> str | None:
    """`role` (lower case, articles dropped: "prime minister of kingdom") as the
    readout writes it before the name ("Prime Minister of the Kingdom of Norvane
    Casimir Oduya": "Prime Minister of the Kingdom of Norvane"), for people to read.
    A form that names the person stops at the name's first word; a capitalised
    form and then the longest, which tells the most, wins. Where no form holds the
    role, the role less a closing "of Osterra" ("Velorian Minister of Foreign
    Affairs" for "minister of foreign affairs of veloria"); failing that, `role`. A capitalised office
    the `text` writes right before the name after a body's name in capitals keeps it ("Vermont Gas
    President and CEO" where the form held "Gas President and CEO"), not a person's (`others`: the readout's
    speakers' names, this one's among them or not)."""
    if not role:
        return role
    wanted = [w for w in role.split() if w not in _LEFT_OUT_OF_A_ROLE]
    if " ´ " in role:
        wanted = _accent_on_the_next_word(wanted)
    while len(wanted) > 1 and wanted[0] in _STYLES_BEFORE_AN_OFFICE:
        wanted = wanted[1:]  # ("majesty king": "King")
    name_words = {w.casefold() for w in name.split()}
    offices: list[list[str]] = []
    appositives: list[list[str]] = []  # (the office after the name: "Kyrylo Tymoshenko, Deputy Head of …, …")
    for form in forms:
        parts = [part.split() for part in form.split(",")]
        if len(parts) > 1 and parts[0] and all(w.casefold() in name_words for w in parts[0]):
            after = next((part for part in parts[1:] if any(w.casefold() not in name_words for w in part)), [])
            while after and after[0].casefold() in _STYLES_BEFORE_AN_OFFICE:
                after = after[1:]
            if after and after[0][:1].isupper():  # (not a clause: "X, who met the Governor")
                appositives.append(after)
        words = form.split()
        cut = next((i for i, w in enumerate(words) if _names_word(w, name_words)), len(words))
        office = words[:cut]
        while office and (office[0].casefold() in _STYLES_BEFORE_AN_OFFICE
                          or office[0] == "Royal" and office[1:2] == ["Highness"]):
            office = office[1:]  # "His Majesty King …": "King"
        if office:
            office[-1] = office[-1].rstrip(",")
        while office and office[-1].casefold() in HONORIFICS and office[-1].casefold() != wanted[-1]:
            office.pop()  # "Director Dr. Mandy Cohen": "Director"; not the office's own last word ("First Lady")
        if office and office[-1]:
            offices.append(office)
    for written, before_the_name in ((offices, True), (appositives, False)):  # (one before the name first)
        found = _office_of(wanted, written)
        if found is not None:
            return _with_body_before(found.split(), text if before_the_name else "", name_words, others)
    return _office_in_text(wanted, text, name, others) or role


def _names_word(word: str, name_words: Collection[str]) -> bool:
    """Whether a word of a form as written is a word of the name (lower case), or a surname with its initial glued on
    by a full stop (styles36, Montsame-like: "Mayor of Valdara Ch.Delgertsogt", the name "Ch. Delgertsogt"), where
    the office before the name ends."""
    low = word.casefold().strip(",.")
    return low in name_words or "." in low and low.rpartition(".")[2] in name_words


def _accent_on_the_next_word(words: list[str]) -> list[str]:
    """An office whose apostrophe is typed as an accent after a space ("Chargé d ´affaires"), which the role keeps as a
    word of its own ("chargé d ´ affaires"): the accent back on the word it opens, as the readout writes it, so that
    the office is found as written, not shown as the role's words."""
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] == "´":
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _office_in_text(wanted: list[str], text: str, name: str, others: Collection[str]) -> str | None:
    """The key's words (articles between them left out) the text writes in capitals right before the name
    ("Economic Development and Trade Minister German Gref" for "trade minister", no form holding it) or
    right after it and a comma ("Jake Sullivan, Assistant to the President for …"); or None. (Plain `str.find`
    over the text in lower case, no pattern made per speaker: `_office_in_text_by_pattern` reads the few texts
    whose lower case is not one letter for one, or holds a letter a pattern's case folding reads otherwise.)"""
    if not text or not wanted:
        return None
    said = [w for w in name.split() if len(w) > 2]  # (no initial: "R.")
    if not said:
        return None
    low = text.lower()
    if len(low) != len(text) or not _FOLDS_OTHERWISE.isdisjoint(low) or any(len(w.lower()) != len(w) for w in said + wanted):
        return _office_in_text_by_pattern(wanted, text, name, others)
    said, wanted = [w.lower() for w in said], [w.lower() for w in wanted]
    name_words = {w.casefold() for w in name.split()}
    for before_the_name in (True, False):
        resume = 0  # (where the last match ended: the next opens after it)
        at = _next_start(low, wanted[:1] if before_the_name else said, 0)
        while at >= 0:
            if at >= resume and (not at or not _in_a_word(text[at - 1])):
                if before_the_name:
                    office_start, office_end = at, _words_end(low, at, wanted)
                    end = _name_after_office(low, office_end, said) if office_end >= 0 else -1
                else:
                    office_start, name_end = -1, _word_end(low, at, said)
                    if name_end >= 0 and low.startswith(",", name_end):
                        office_start = _after_spaces(low, name_end + 1)
                        if office_start > name_end + 1 and low.startswith("the", office_start):
                            the_end = _after_spaces(low, office_start + 3)
                            office_start = the_end if the_end > office_start + 3 else office_start
                    office_end = end = _words_end(low, office_start, wanted) if office_start > name_end + 1 else -1
                if end >= 0:
                    resume = end
                    words = text[office_start:office_end].split()
                    if all(w[:1].isupper() for w in words if w.casefold() not in _OFFICE_GOES_ON | _LEFT_OUT_OF_A_ROLE) \
                            and text[at].isupper():
                        return _with_body_before(words, text if before_the_name else "", name_words, others)
            at = _next_start(low, wanted[:1] if before_the_name else said, at + 1)
    return None


_FOLDS_OTHERWISE = frozenset("ıſ")
"""Letters a pattern's case folding matches to other letters than `str.lower` does ("ſ" to "s")."""


def _in_a_word(char: str) -> bool:
    """Whether `char` goes on a word (a pattern's `[\\w-]`)."""
    return char.isalnum() or char in "_-"


def _next_start(low: str, words: list[str], pos: int) -> int:
    """Where the first of `words` next opens in `low` from `pos` on; -1 where none does."""
    found = [at for at in (low.find(word, pos) for word in words) if at >= 0]
    return min(found) if found else -1


def _after_spaces(low: str, pos: int) -> int:
    """`pos` past the spaces and tabs there."""
    while pos < len(low) and low[pos] in " \t":
        pos += 1
    return pos


def _word_end(low: str, pos: int, words: list[str]) -> int:
    """The end of the first of `words` `low` writes at `pos` as a word of its own; -1 where none is."""
    for word in words:
        end = pos + len(word)
        if low.startswith(word, pos) and (end >= len(low) or not _in_a_word(low[end])):
            return end
    return -1


def _words_end(low: str, pos: int, words: list[str]) -> int:
    """The end of `words` written at `pos`, spaces between them and an article now and then ("minister of
    the interior"), the last a word's end; -1 where they are not written there."""
    for k, word in enumerate(words):
        if k:
            start = pos
            while pos < len(low) and low[pos].isspace():
                pos += 1
            if pos == start:
                return -1
            for article in ("the", "a", "an"):
                if low.startswith(article, pos):
                    after = pos + len(article)
                    while after < len(low) and low[after].isspace():
                        after += 1
                    if after > pos + len(article) and low.startswith(word, after):
                        pos = after
                        break
        if not low.startswith(word, pos):
            return -1
        pos += len(word)
    return pos if pos >= len(low) or not _in_a_word(low[pos]) else -1


def _name_after_office(low: str, pos: int, said: list[str]) -> int:
    """The end of a word of `said` after the office ending at `pos`: a comma maybe, spaces, and maybe an
    abbreviated honorific ("Dr. "); -1 where none follows."""
    start = pos + 1 if low.startswith(",", pos) else pos
    pos = _after_spaces(low, start)
    if pos == start:
        return -1
    letters = pos
    while letters < len(low) and letters - pos < 4 and "a" <= low[letters] <= "z":
        letters += 1
    if letters > pos and low.startswith(".", letters):
        name_at = _after_spaces(low, letters + 1)
        end = _word_end(low, name_at, said) if name_at > letters + 1 else -1
        if end >= 0:
            return end
    return _word_end(low, pos, said)


def _office_in_text_by_pattern(wanted: list[str], text: str, name: str, others: Collection[str]) -> str | None:
    """`_office_in_text` by a pattern made for the speaker (for a text whose lower case is not letter for letter)."""
    if not text or not wanted:
        return None
    said = [re.escape(w) for w in name.split() if len(w) > 2]  # (no initial: "R.")
    if not said:
        return None
    office = r"(?<![\w-])(" + r"\s+(?:(?:the|a|an)\s+)?".join(map(re.escape, wanted)) + r")(?![\w-])"
    named = r"(?<![\w-])(?:" + "|".join(said) + r")(?![\w-])"
    name_words = {w.casefold() for w in name.split()}
    for pattern, before_the_name in ((office + r",?[ \t]+(?:[A-Z][a-z]{0,3}\.[ \t]+)?" + named, True),
                                     (named + r",[ \t]+(?:the[ \t]+)?" + office, False)):
        for match in re.finditer(pattern, text, re.IGNORECASE):
            words = match.group(1).split()
            if all(w[:1].isupper() for w in words if w.casefold() not in _OFFICE_GOES_ON | _LEFT_OUT_OF_A_ROLE) \
                    and match.group(0)[:1].isupper():
                return _with_body_before(words, text if before_the_name else "", name_words, others)
    return None


def _office_of(wanted: list[str], offices: list[list[str]]) -> str | None:
    """The office of `offices` that holds `wanted` (the key's words) in order, the one that tells most;
    failing that, a capitalised one of the same words in another order; or None."""
    last_of = max((i for i, w in enumerate(wanted) if w == "of"), default=0)  # ("minister of … of veloria": its last)
    read: list[tuple[list[int], list[str]]] = []  # each office's kept words and where they stand, read once
    for office in offices:
        folded = [w.casefold() for w in office]
        at = [i for i, w in enumerate(folded) if w not in _LEFT_OUT_OF_A_ROLE]
        read.append((at, [folded[i] for i in at]))
    for words_wanted in (wanted, wanted[:last_of]):
        if not words_wanted:
            continue
        best: tuple[bool, int, int] | None = None
        found = None
        span, last = len(words_wanted), words_wanted[-1]
        for order, office in enumerate(offices):
            at, kept = read[order]
            first = next((i for i in range(len(kept) - span + 1) if kept[i:i + span - 1] == words_wanted[:-1]
                          and kept[i + span - 1] in (last, last + "-at-large")), None)
            if first is None:  # ("Ambassador-at-Large" an ambassador's)
                continue
            begin, end = at[first], at[first + span - 1] + 1
            if not _office_goes_on(office[end:]):
                office = office[:end]  # "President Hassan Sheikh Mohamud", named "Mohamud": "President"
            if "the" in office[:begin]:  # "… in Algeria the Foreign Office Minister …": from "the" on
                office = office[max(i for i, w in enumerate(office[:begin]) if w == "the") + 1:]
            rank = (not office[0][:1].isupper(), -len(office), order)
            if best is None or rank < best:
                best, found = rank, " ".join(office)
        if found is not None:
            return found
    words = _office_words(wanted)
    same_words = [written for written in offices if written[0][:1].isupper() and _office_words(written) == words]
    if same_words:  # "Deputy Head of the President's Office" for "deputy head of office of president"
        longest: list[str] = max(same_words, key=len)
        return " ".join(longest)
    return None


_OPENING_WORDS = frozenset("""and but also both joining while when as after before during on in at with by then today
    yesterday tonight later earlier meanwhile separately additionally finally first next this that because since
    although though if once so""".split())
"""Words that open a sentence before an office ("Joining President Biden were …"), never a body's name."""
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")  # ("U.S.": no full stop that ends a sentence)


def _with_body_before(office: list[str], text: str, name_words: set[str], others: Collection[str]) -> str:
    """`office` with the body's name in capitals the text writes right before it and the person's name
    ("National Grid" before "Grid President Badar Khan"), where the text first writes the office before the
    name; none when the office is in lower case or opens with a country or its adjective (that kept, the
    rest is said of the country). (The office's places are read once per text and office, `_names_after_office`: this
    runs for every speaker, and a readout of many speakers of one office would else read them all for each.)"""
    if not text or not office[0][:1].isupper() or office[0].casefold() in NATIONALITIES:
        return " ".join(office)
    written = " ".join(office)
    firsts = _names_after_office(text, written)
    here = min((firsts[word] for word in name_words if word in firsts), default=-1)
    if here >= 0:
        others_words = _words_of_names(tuple(others))
        before = text[text.rfind("\n", 0, here) + 1:here].split()
        at = len(before)
        while at and before[at - 1][:1].isupper() and not _not_a_bodys_word(before[at - 1].casefold(), name_words,
                                                                            others_words) \
                and (before[at - 1][-1:].isalnum() or _INITIALS.fullmatch(before[at - 1])) \
                and not before[at - 1].endswith(("'s", "’s")):
            at -= 1
        run = before[at:]
        if run and (at == 0 or before[at - 1][-1:] in ".!?:"):  # (a sentence's first word)
            low = run[0].casefold()
            if low in _OPENING_WORDS or len(run) == 1 and _as_a_word_in(text, low):
                run = run[1:]  # "Joining President Biden": not a body
        if at and before[at - 1] in _LEFT_OUT_OF_A_ROLE:  # "the Federal Emergency Declaration President Biden approved"
            run = []  # (a thing the article opens, then the office and a name, a clause of its own)
        return " ".join(run + office)
    return " ".join(office)


@lru_cache(maxsize=8)
def _words_of_names(names: tuple[str, ...]) -> frozenset[str]:
    """The words (lower case) of speakers' names, but those of names that open with "The " (a body's): read once per
    readout for `_with_body_before`, which asks for them for each speaker."""
    return frozenset(word.casefold() for name in names if not name.startswith("The ") for word in name.split())


def _honorific(word: str) -> bool:
    """Whether a word (lower case) is an honorific that may stand between an office and a name ("Director Dr. X")."""
    return word in HONORIFICS or word.rstrip(".") in HONORIFICS


@lru_cache(maxsize=16)
def _names_after_office(text: str, written: str) -> dict[str, int]:
    """Where `text` first writes the office `written` right before each word that may be a name (lower case, stops and
    commas stripped): the word after the office and any honorifics, or one of those honorifics, within three words on
    its line ("Grid President Badar Khan", "Director Dr. Mandy Cohen", "Minister, Mr. X"), not inside another word.
    One pass per text and office for `_with_body_before`, which asks it for each speaker's name words."""
    firsts: dict[str, int] = {}
    here = text.find(written)
    while here >= 0:
        if not here or not (text[here - 1].isalnum() or text[here - 1] in "-_"):
            rest = text[here + len(written):here + len(written) + 120].split("\n", 1)[0]
            rest = rest[1:] if rest.startswith(",") else rest
            if rest[:1] in (" ", "\t"):
                for word in (word.casefold().strip(",.:;") for word in rest.split()[:3]):
                    firsts.setdefault(word, here)
                    if not _honorific(word):
                        break  # (past the first word that is no honorific: the office said of no one named there)
        here = text.find(written, here + 1)
    return firsts


def _as_a_word_in(text: str, word: str) -> bool:
    """`word` stands in `text` as a word of its own (`_in_a_word` on neither side): plain `str.find`, no pattern made
    per call over the whole text."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (not at or not _in_a_word(text[at - 1])) and (end >= len(text) or not _in_a_word(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _not_a_bodys_word(low: str, name_words: set[str], others_words: set[str]) -> bool:
    """A word that is no part of a body's name before an office: the person's or another speaker's name, a first
    name, an honorific or style, a country's adjective."""
    return low in name_words or low in others_words or low in FIRST_NAMES or low in HONORIFICS \
        or low in _STYLES_BEFORE_AN_OFFICE or low in NATIONALITIES


def _office_words(words: Iterable[str]) -> list[str]:
    """An office's words in any order, lower case, "'s" dropped, articles and "of" left out: "Deputy Head of the
    President's Office" and "deputy head of office of president" are one office."""
    kept = (re.sub(r"['’]s$", "", word.casefold()) for word in words)
    return sorted(word for word in kept if word not in _LEFT_OUT_OF_A_ROLE and word != "of")


_SAYS_LESS = _GENERIC_HEADS | {"head of delegation"}  # (and whom a delegation is led by: "Senator X", not its head)


@lru_cache(maxsize=16384)
def core(name: tuple[str, ...]) -> tuple[str, ...]:
    """The words that identify: no particles, suffixes or initials."""
    out = []
    for w in name:
        low = w.lower()
        if low in _PARTICLES or low in _SUFFIXES or (len(w) == 2 and w.endswith(".")) or low == "i":
            continue  # ("i": Catalan's "and" between two surnames, in lower case; "I" a ruler's regnal numeral one,
            # as "II" is a suffix: `phrases._numeral_may_close`, the only reader that puts it in a name)
        if not low.isascii():
            low = without_accents(low)  # "Nuñez" is "Nunez", "Ågaard" "Agaard"
        if len(low) >= 5 and low[-1] in "iyj":
            low = one_spelling(low)
        out.append(_ARTICLE_PREFIX.sub("", low) if "-" in low else low)  # (the article has a hyphen)
    return tuple(out)


def core_surname(name: tuple[str, ...]) -> str:
    """The last word of a name's `core`, its surname as compared; "" when every word of the name is a particle, as in
    "Van Le" ("Governor Van Le said …" after "Governor Hieu Van Le": "van" and "le" are both particles), so that no
    comparison of surnames fails on it (eighthundredfortieth antaranews)."""
    words = core(name)
    return words[-1] if words else ""


def without_accents(low: str) -> str:
    """A name's word without its accents and with its letters of one language's own written as English writes them
    ("nuñez" "nunez", "ibáñez" "ibanez", "søren" "soren", "wróblewska" "wroblewska"): readouts print one name both
    ways, at times in one readout (hard67: "Lucía Nuñez" … "Ambassador Nunez said …")."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", low) if not unicodedata.combining(ch))
    return plain.translate(_LETTERS_WRITTEN_PLAIN) if not plain.isascii() else plain


_LETTERS_WRITTEN_PLAIN = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ß": "ss", "ı": "i",
                                        "ð": "d", "þ": "th"})
"""Letters with no accent to take off, that English writes with plain ones."""


def _one_given_name(a: str, b: str) -> bool:
    """Two given names' words (a name's core words) that spell one name two ways ("aleksandr", "alexander";
    "mohammed", "muhammad"; `GIVEN_NAME_SPELLINGS`)."""
    one = GIVEN_NAME_SPELLINGS.get(a)
    return one is not None and one == GIVEN_NAME_SPELLINGS.get(b)


def _one_letter_apart(a: str, b: str) -> bool:
    """Two words of one letter's difference: one changed, doubled or dropped, or two
    next to each other swapped; the first two letters alike."""
    if a == b or a[:2] != b[:2] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1 or neighbours_swapped(a, b)
    return _one_letter_dropped(*((a, b) if len(a) < len(b) else (b, a)))


def _one_letter_dropped(short: str, long_: str) -> bool:
    """Whether `short` is `long_` with one letter dropped (`long_` one letter longer): alike up to the first letter
    that differs, and after it `short` goes on as `long_` does one letter later."""
    k = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[k:] == long_[k + 1:]


def _one_letter_changed_inside(a: str, b: str) -> bool:
    """Two long words (eight letters or more) of one length alike but for one letter inside them, changed, their first
    two and last two letters kept (sixhundredeightyfifth, NNA: "American presidential envoy Amos Hochstein …", then
    "For his part, Hockstein made a brief statement …"): a typing slip, not a surname's feminine or plural, which
    changes or adds its ending ("Ivanov", "Ivanova")."""
    if len(a) != len(b) or len(a) < 8 or a[:2] != b[:2] or a[-2:] != b[-2:]:
        return False
    return sum(x != y for x, y in zip(a, b)) == 1


def _one_letter_dropped_inside(a: str, b: str) -> bool:
    """Two long words (the shorter of seven letters or more) alike but for one letter inside the longer, dropped from
    the shorter, their first two and last two letters kept (sixhundredninetyeighth indianexpress 2021-09-10: "Consul
    General of Japan in Mumbai, Dr Fukahori Yasukata, …", then "During the meeting, Yasukta expressed interest …"): a
    typing slip, not a surname's feminine or plural, which adds to its ending ("Ivanov", "Ivanova")."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) != 1 or len(short) < 7 or short[:2] != long_[:2] or short[-2:] != long_[-2:]:
        return False
    return _one_letter_dropped(short, long_)


def _whole_word_in(word: str, text: str) -> bool:
    """Whether `word` stands in `text` as a whole word ("sulaymaniyah" in "governor of sulaymaniyah province", not
    "oman" in "romania"): a find, then the letters on either side."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False


_SLIPPED_CLOSING_VOWELS = frozenset({"a", "o"})
"""The one pair of closing vowels a surname's typing slip is read across (`_closing_vowel_changed`): "a" for "o"
("Akpabia", "Akpabio"). Not "i" or "e" for "o", names of their own (Marchetti, Marchetto; Ferrari, Ferraro; hr57's
finding), nor "a" for "i" or "y", a feminine's ending ("Kowalski", "Kowalska")."""


def _closing_vowel_changed(a: str, b: str) -> bool:
    """Two long words (seven letters or more) of one length alike but for their closing vowel, "a" and "o"
    (eighthundredfiftyfifth tvcnews 2023-06-17: "President of the 10th Senate Godwil Akpabia says …", then "Akpabio
    said election has been fought and won …"): a typing slip (`_SLIPPED_CLOSING_VOWELS`)."""
    if len(a) != len(b) or len(a) < 7 or a[:-1] != b[:-1]:
        return False
    return a[-1] != b[-1] and a[-1] in _SLIPPED_CLOSING_VOWELS and b[-1] in _SLIPPED_CLOSING_VOWELS


def _given_name_slipped(full: tuple[str, ...], word: str) -> bool:
    """Whether a lone word writes the given name of a person named in full (`full`: the core of his full name, two
    words or more) with one letter inside it changed, dropped or added, its first two and last two letters kept
    (`_one_letter_changed_inside`, `_one_letter_dropped_inside`; eighthundredeightyeighth fbc 2020-10-23: "President
    of Oromia Regional State Shimelis Abdissa …", then "Shemelis, explaining that …, said …"): readouts of countries
    whose people are called by their given name (Ethiopia's "Shimelis", "Getachew") transliterate it two ways, as
    they do a surname. Long given names only, where another person's so close is unlikely: eight letters or more for
    a letter changed, the shorter of the two of seven or more for one dropped (the seven-letter test here is the
    cheap one first); not a closing vowel or two letters swapped at the end, a name's other sex ("Christian",
    "Christina")."""
    if len(full) < 2 or len(full[0]) < 7 or full[0][:2] != word[:2]:
        return False
    return _one_letter_changed_inside(full[0], word) or _one_letter_dropped_inside(full[0], word)


def neighbours_swapped(a: str, b: str) -> bool:
    """Two words of one length alike but for two letters next to each other, swapped ("Xahferi", "Xhaferi")."""
    if len(a) != len(b):
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


@lru_cache(maxsize=4096)
def one_spelling(low: str) -> str:
    """'Zelenskyy', 'Zelenskyi', 'Zelenskiy', 'Zelensky'; 'Andriy', 'Andrii', 'Andrij': one
    name transliterated several ways, one word (the ending after a consonant made "y")."""
    match = _TRANSLITERATED_END.search(low)
    return low[:match.start()] + "y" if match else low


_TRANSLITERATED_END = re.compile(r"(?<=[^aeiouy])(?:(?:yy|yi|iy|ij|ii)(?=(?:yy|yi|iy|ij|ii)$))?(?:yy|yi|iy|ij|ii|(?<=sk)i)$")
"""The ending after a consonant; two of them written one after the other are one, a spelling that took both
(fifty-third ukraine_president 72457: "…," Volodymyr Zelenskyiyy summed up.": "Zelenskyi" and "Zelenskyy" at
once, the President, not a second person)."""


_ARTICLE_PREFIX = re.compile("^" + NAME_ARTICLES + r"(?=\w{2})")
"""'el-Sisi' is 'Sisi', 'Al-Sudani' is 'Sudani': an Arabic article joined to the name."""
_ARTICLE_AT_THE_START = re.compile(r"(?i:al|el)-?(?=\w{3})")
"""An Arabic article opening a name's word, hyphened or joined ("Al-Makura", "Almakura", "El-Rufai"): the cheap test
before looking for the person who writes it the other way (`_surname_with_its_article_written_otherwise`)."""


def _hyphen_after_the_article_dropped(word: str) -> str:
    """A surname's word in lower case with the hyphen after an opening "al"/"el" taken out ("Al-Makura" "almakura",
    "Almakura" "almakura"), so that the two ways of writing the article compare equal."""
    low = word.lower()
    return low[:2] + low[3:] if low[2:3] == "-" and low[:2] in ("al", "el") else low


_RANKS_BEFORE_A_NAME = frozenset({"general", "admiral", "colonel", "brigadier", "marshal"})
"""Military ranks that may stand between an office and its holder's name ("Commander of the Joint Forces
Lieutenant General X"), whom "the General" then means."""


def _name_word_at(text: str, word: str) -> int:
    """Where the name's first word stands in a phrase's text, as a word of its own after a space (not the start of
    an office's word: "Prime Minister Senior General Min Aung Hlaing", whose "Min" is no "Minister"), else -1."""
    at = text.find(" " + word)
    end = len(word) + 1
    while at >= 0 and at + end < len(text) and text[at + end].isalpha():
        at = text.find(" " + word, at + end)
    return at


_STYLE_GENDERS = {"Her ": "f", "His ": "m"}
"""The gender a style's first word tells ("Her Royal Highness", "His Royal Highness"), read as a possessive
elsewhere."""


_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
"""A regnal number after a name ("Idris III"), written in capitals."""
_KEPT_IN_CAPITALS = frozenset(POST_NOMINAL_LETTERS)


def _in_usual_case(name: list[str], forms: Iterable[str]) -> list[str]:
    """A name whose family name is written in capitals, as Japanese readouts write it ("Mr. KISHIDA Fumio", "Kassym-Jomart
    TOKAYEV"), shown in the readout's usual case: as the same person's other forms write that word ("Prime Minister
    Kishida"), else, when the name has a word in the usual case beside it, title-cased. Not a regnal number ("Idris
    III"), a member's or an honour's letters ("MLA"), or capitals with no vowel (an office's letters, "DPM X"); a name
    all in capitals (a title's or a transcript's label) only when the readout writes each of its words so elsewhere
    ("FEDERICA MOGHERINI", "Federica Mogherini"), else as written ("PRESIDENT TRUMP")."""
    usual: dict[str, str] = {}
    for form in forms:
        for word in form.split():
            if not word.isupper() and word[:1].isupper():
                usual.setdefault(word.casefold(), word)
    mixed = any(not word.isupper() and word[:1].isupper() for word in name)
    shown = []
    for word in name:
        if len(word) > 2 and word.isupper() and word not in _KEPT_IN_CAPITALS \
                and not _ROMAN_NUMERAL.fullmatch(word):
            written = usual.get(word.casefold())
            if written is not None:
                word = written
            elif not mixed:
                return name  # (all in capitals: "ANTHONY ALBANESE" of a transcript's label, its "Anthony" no form of his)
            elif any(vowel in word for vowel in "AEIOUY"):
                word = word.title()
        shown.append(word)
    return shown


@dataclass(eq=False, slots=True)
class Person:
    """A person the readout names, with everything learnt about them."""

    key: int
    names: list[tuple[str, ...]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    gender: str | None = None
    forms: list[str] = field(default_factory=list)  # surface forms, in order seen
    offices_given: list[str] = field(default_factory=list)  # front matter's roles as written, for `office_as_written`
    aliases: set[str] = field(default_factory=set)  # casefolded forms given by front matter
    first_seen: int = 1 << 62
    mentions: int = 0
    given: bool = False  # declared in front matter
    weak: bool = True  # named only by a bare capitalised pair, so far
    full_name: tuple[str, ...] = field(default=(), repr=False)
    """The fullest of `names` (most core words, then most words; the first of
    equals), kept up to date by `People._add_name_form`, which adds every name."""
    _form_keys: set[str] = field(default_factory=set, repr=False)

    @property
    def display_name(self) -> str:
        name = list(self.full_name)
        if len(name) > 2 and name[0].lower() in _STYLES_BEFORE_A_NAME:
            # (the style the registry keeps as the name's first word, `_STYLES_BEFORE_A_NAME`, is not shown as part
            # of the name: "the Honorable Donald J. Trump" is Donald J. Trump, two-hundred-fifty-fifth and
            # three-hundred-thirty-first japan_mofa, "The Honourable Mélanie Joly" Mélanie Joly)
            del name[0]
        for word in name:  # (a plain loop, no generator: asked for every statement's speaker)
            if len(word) > 2 and word.isupper():
                name = _in_usual_case(name, self.forms)
                break
        return " ".join(name) if name else (self.forms[0] if self.forms else "?")

    def surname(self) -> str | None:
        c = core(self.full_name)
        return c[-1] if c else None

    def told_of_by_surname(self, text: str, lo: int, hi: int) -> bool:
        """Whether text[lo:hi] names the person by the bare surname, capitalised, after its first word ("… to tell the
        governor she was no longer welcome saying Noem led efforts …"): words said of them, in the third person, not
        theirs. Cheap: one search for the surname in the span."""
        surname = self.surname()  # (casefolded)
        if not surname or len(surname) < 3:
            return False
        lowered = text[lo:hi].lower()
        at = lowered.find(surname, 1)
        while at >= 0:
            end = at + len(surname)
            if text[lo + at].isupper() and text[lo + at - 1] == " " and (lo + end >= hi or not text[lo + end].isalpha()):
                return True
            at = lowered.find(surname, end)
        return False

    def add_form(self, form: str) -> None:
        key = form.casefold()
        if form and key not in self._form_keys:
            self._form_keys.add(key)
            self.forms.append(form)

    def learn(self, phrase: Phrase, *, as_alias: bool = True) -> None:
        """What `phrase` says of the person: office, country, gender and (unless
        not `as_alias`: an office said apart, "X, the Minister of Energy") its words
        as a form of their name."""
        if phrase.role and not (phrase.role == "official" and _lone_nationality(phrase)) \
                and not (phrase.role[-4:] in ("hief", "head", "boss") and _COUNTY_BEFORE_CHIEF.search(phrase.text)):
            # (rf2: "The County boss said …" names the Governor, `People._county_governor`, by a nickname, no office of
            # his: learnt as his "chief", it made "the county health chief" after him too)
            self.roles.add(phrase.role)
            if " – " in phrase.role or " - " in phrase.role:
                # "Deputy Prime Minister – Minister of Finance": two offices, each one of theirs
                self.roles.update(part.strip() for part in re.split(r" [–-] ", phrase.role) if part.strip())
            if "Executive Committee" in phrase.text and _REGION_EXECUTIVE.search(phrase.text) \
                    and _role_head(phrase.role) in _CHAIRS:
                self.roles.add("governor")  # "Chairman of the Gorsk Oblast Executive Committee" … "the governor"
            if phrase.kind == "name" and " and " in phrase.text:
                self._learn_second_post(phrase)
            if phrase.kind == "name" and phrase.name and phrase.text[:1].isupper() \
                    and (at := _name_word_at(phrase.text, phrase.name[0])) > 0 and phrase.text[at - 1] in "lLrR":
                # (each rank ends in "l" or "r": the word before the name is read only then)
                rank = phrase.text[phrase.text.rfind(" ", 0, at) + 1:at].lower()
                if rank in _RANKS_BEFORE_A_NAME and not phrase.role.endswith(rank):
                    # (fourteenth hard set tolmaria_security_meeting_region: "Commander of the Joint Forces
                    # Lieutenant General Maksym Orel … The General flagged …"): the rank between his office and
                    # his name is his too, as the office is
                    self.roles.add(rank)
        if phrase.country:
            self.countries.add(phrase.country)
        if phrase.gender and not self.gender:
            self.gender = phrase.gender
        if as_alias:
            self.add_form(phrase.text)

    def _learn_second_post(self, phrase: Phrase) -> None:
        """"Crown Prince and Prime Minister of Saudi Arabia X": one holder of two posts, whose phrase
        keeps the first office; the second is theirs too ("The Saudi Prime Minister noted …")."""
        rest = phrase.text.split(" and ", 1)[1]
        if rest[:1].isupper():
            second = phrase_opening(rest)
            if second is not None and second.kind == "name" and second.role and second.name == phrase.name:
                self.roles.add(second.role)


def _heads_of_a_body_of(country: str, pool: list[Person]) -> list[Person]:
    """Who "the Palestinian leader" is when no one of that country holds an office a leader may mean (a head of
    state or of government): the one of that country who heads or chairs a body (two-hundred-sixty-first 39423:
    "Yasser Arafat, Chairman of the Executive Committee of the Palestine Liberation Organisation and the head of the
    Palestinian National Authority … The Palestinian leader expressed the hope …", Arafat, not the host of no
    country). Not one of that country who holds another office (a minister leads no country)."""
    return [p for p in pool if p.countries and any(same_country(country, c) for c in p.countries)
            and any(_role_head(r) in _LEADERS for r in p.roles)]


def _lone_nationality(phrase: Phrase) -> bool:
    """A person named by the nationality alone ("the Russian"): it gives a country, no office (hundred-forty-eighth
    59476: "the Russian noted …" then "The President of Russia wished …", the same untitled writer)."""
    return not phrase.name and phrase.text.count(" ") == 1


_LOWER_IN_TITLES = _OFFICE_GOES_ON | _LEFT_OUT_OF_A_ROLE
"""The small words an office's name goes on over, which title case leaves in lower case ("Secretary of State")."""


def office_in_title_case(role: str) -> str:
    """An office as readouts write it when it names one person: each word capitalised but the small ones after the
    first ("secretary of state": "Secretary of State", not `str.title`'s "Secretary Of State", which a speaker known
    only by the office was shown as, two-hundred-thirty-ninth uk_scotland_office_2017-06-13_mundell)."""
    words = role.split(" ")
    return " ".join(word if i and word in _LOWER_IN_TITLES else word.title() for i, word in enumerate(words))


_STYLES_BEFORE_A_NAME = frozenset({"honourable", "honorable", "mme", "madame", "monsieur"})
"""A style that the registry may keep as a name's first word ("The Honourable Mélanie Joly"; French releases'
"Mme Catherine Colonna", two-hundred-ninety-third france_mfa), no first name."""


def _place_then_office_bare(phrase: Phrase, country: str) -> bool:
    """A place's office with no article before it, the place first and capitalised ("QUETTA: Balochistan Chief
    Minister congratulated …", Daily Times, sevenhundredfiftyfifth: Pakistani papers drop the article), as "The
    Balochistan Chief Minister" is read (`resolve_description`, a readout that names no one)."""
    return phrase.text[:1].isupper() and phrase.text.lower().startswith(country + " ")


def _office_of_a_country_bare(phrase: Phrase) -> bool:
    """A country's office written out with no article before it, the office first and capitalised ("…
    NAs.Ambassador of Azerbaijan in his social media message said …", DNA, sevenhundredsixtyfirst: Pakistani papers
    drop the article), as "The Ambassador of Azerbaijan" is read (`unnamed_of_a_country`); the mirror of
    `_place_then_office_bare`."""
    return phrase.text[:1].isupper() and " ".join(phrase.text.lower().split()).startswith(phrase.role + " of ")


def _wife_of_the_surnamed_office_holder(phrase: Phrase, words: tuple[str, ...], person: Person) -> bool:
    """A woman named with a given name and the married woman's courtesy title ("Mrs. Jeanette Kagame") whose surname
    is all `person` was named by, with an office ("President Kagame"), and who is not known as a woman: another of that
    surname, his wife, not the office holder (fourhundredfiftyseventh rwanda_presidency_2011-07-31_museveni_nyagatovu:
    "President Kagame and his guest, President Museveni today visited … They were accompanied by Mrs. Jeanette Kagame
    and Mrs. Janet Museveni"). Not "Ms" (a woman in office is styled so: "Mayor Dunmore … Ms Clementine Dunmore")."""
    return phrase.gender == "f" and not phrase.role and phrase.text.startswith(("Mrs. ", "Mrs ")) and len(words) >= 2 \
        and person.gender != "f" and bool(person.roles) and all(len(name) == 1 for name in person.names)


def _gender_from_first_name(person: Person) -> None:
    """A person of no known gender gets the one their full name's first word tells, if any."""
    if not person.gender:
        full = person.full_name
        first = full[0].lower() if full else None
        if first in _STYLES_BEFORE_A_NAME and len(full) > 2:
            # (three-hundred-seventh canada_gac_2021-11-19_joly_truss: "The Honourable Mélanie Joly, Minister of …":
            # the style read as part of the name; the first name follows it)
            first = full[1].lower()
        if len(full) < 2:
            # (fivehundredeightyeighth bta gabriel: the title's "Foreign Minister Gabriel" before the body's "Deputy
            # Prime Minister and Foreign Minister Mariya Gabriel" … "She thanked …": one word after an office is a
            # surname, which a given name's list ("Gabriel", "Thomas", "Jordan") tells no gender by)
            return
        if first in FEMALE_FIRST_NAMES:
            person.gender = "f"
        elif first in MALE_FIRST_NAMES:
            person.gender = "m"


def _name_matches(mention: tuple[str, ...], person: Person, m: tuple[str, ...]) -> bool:
    """Whether `mention`, whose core is `m`, may name `person`."""
    if not m:
        return False
    full = core(person.full_name)
    if len(m) >= 2 and len(full) >= 2 and m[0] != full[0] and m[-1] == full[-1] and _one_given_name(m[0], full[0]):
        m = full[:1] + m[1:]  # "Alexander Volkan" after "Aleksandr Volkan": his given name in another spelling
    if (len(m) >= 2 and len(full) >= 2 and m[0] != full[0] and not _initial_of(m[0], full[0])
            and not _surnames_alone(mention, m, person, full) and not _turned_round(m, full)):
        return False  # Timothy Harris is not Kamala Harris, whatever "Harris" alone may mean
    if len(mention) > len(m) and any(_another_generation(mention, name) for name in person.names):
        return False  # (an initial or a suffix, which `core` drops, in the mention: "Mr George W. Bush")
    for name in person.names:
        n = core(name)
        if not n:
            continue
        if set(m) <= set(n) or set(n) <= set(m):
            # a lone first name must not join a person by their first name only
            # when the mention's last word is not among the person's name words
            if (m[-1] in n or n[-1] in m) and not _fathers_name_only(mention, m, name, n) \
                    and not (_given_name_alone_before_another_surname(m, n, full)
                             and not _house_name_after_the_given_name(mention, person.full_name)):
                return True
    return False


def _second_half_capitalised(full_name: tuple[str, ...]) -> bool:
    """Whether the last hyphenated word of a full name has its second half capitalised ("Angara-Mathay", not the
    given name's "Ki-moon" nor "Jae-in"): a double surname's, which its second half alone may name
    (`People._half_of_a_double_surname`)."""
    word = next((w for w in reversed(full_name) if "-" in w), "")
    return word.rpartition("-")[2][:1].isupper()


def _given_name_alone_before_another_surname(m: tuple[str, ...], n: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a name form of one word (core `n`) is the first word of the person's full name (core `full`), the given
    name a title bears alone ("Crown Prince Al Hussein", "President Karim" after "Karim bin Saleh"), and the mention
    (core `m`, two words or more) opens with it and closes with a word that is none of the full name's: another man of
    that given name with a surname of his own (the 933rd's Ammon News page: "Crown Prince Al Hussein was briefed by CEO
    Hussein Safadi …", whose "Safadi said …" went to the Regent). A longer form of the person's own name ("Mohammed bin
    Salman Al Saud") still joins him by his fuller name forms; a lone surname ("Putin") is no first word."""
    return len(n) == 1 and len(m) >= 2 and len(full) >= 2 and n[0] == full[0] == m[0] and m[-1] not in full


_HOUSE_PARTICLES = frozenset({"Al", "al", "El", "el"})
"""The article before an Arabic house's name ("Al Thani", "Al Varan"; "Al-Thani" joined by its hyphen)."""


def _house_name_after_the_given_name(mention: tuple[str, ...], full_name: tuple[str, ...]) -> bool:
    """Whether `mention` is a given name and a house's name only ("Rami Al Varan", "Rami Al-Varan": no father's name
    of its own) and the person's full name a given name and a father's name with no house's name ("Rami bin Adel"):
    the same man by his dynasty's name (rf4 on h1220: "Emir Sheikh Rami bin Adel …", then "Sheikh Rami Al Varan said
    …", as "Sheikh Tamim Al Thani" is "Sheikh Tamim bin Hamad"), which `_given_name_alone_before_another_surname` must
    not part from him; not "Salman bin Khalifa Al Khalifa" beside "Salman bin Hamad", a father's name of his own,
    nor "Karim Safadi", no house's article."""
    if len(mention) == 3:
        if mention[1] not in _HOUSE_PARTICLES:
            return False
    elif len(mention) != 2 or not mention[1].startswith(("Al-", "al-", "El-", "el-")):
        return False
    return bool(_SON_OF.intersection(full_name)) \
        and not any(w in _HOUSE_PARTICLES or w.startswith(("Al-", "al-", "El-", "el-")) for w in full_name)


def _given_name_of_another_spelling(words: tuple[str, ...], person: Person) -> bool:
    """Whether a lone word (core `words`) is `person`'s given name, the first of their full name, spelt another way
    (`_one_given_name`; sevenhundredseventyninth goobjoog uae: "the Ambassador of United Arab Emirates to Somalia
    Mohammed Ahmed Othman Al Hammadi …", then "ambassador Mohamed stated that …", not the President "Abdiweli Mohamed
    Ali Gaas", whose middle word it is): asked only of the holder of the office written before the word
    (`People._namesake_holding`)."""
    full = core(person.full_name)
    return len(words) == 1 and len(full) >= 2 and words[0] != full[0] and _one_given_name(words[0], full[0])


def _turned_round(m: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a two-word mention is the person's two-word name in the other order (hard69: a Hungarian minister as
    her ministry writes her, family name first, "Minister … Vasváry Ildikó", then "Ildikó Vasváry said …" as English
    writes her; the same of Chinese, Korean or Mongolian names turned round by an English-language desk): one person,
    as the same two words are (before, two people, one statement each). Two words each, the mention's none of the
    other's first word alone."""
    return len(m) == 2 and len(full) == 2 and m[0] == full[1] and m[1] == full[0] and m[0] != m[1]


def _given_name_first_of(words: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a name's core `words` are the person's two-word name `full` turned round (`_turned_round`) with a
    known given name first where `full` had it last: the form English writes, shown instead ("Dmitry Rogozin", not
    the family name first of a list of participants, "Rogozin Dmitry")."""
    return _turned_round(words, full) and words[0] in FIRST_NAMES and full[0] not in FIRST_NAMES


def _surnames_alone(mention: tuple[str, ...], m: tuple[str, ...], person: Person, full: tuple[str, ...]) -> bool:
    """Whether a mention of two words or more (core `m`) is the last words of `person`'s full name (core `full`),
    the given names left out: a double or compound surname, as Spanish and Portuguese readouts write it again
    ("Luiz Inácio Lula da Silva … Lula da Silva said", "Andrés Manuel López Obrador … President López Obrador";
    hard51, styles13, styles27). Not a mention that opens with a common first name ("Oleksiy Reznikov" is a given
    name and a surname, whatever word a sentence glued before them: "Presenting Oleksiy Reznikov's candidacy");
    only a person named with an office, whose full name the text vouches for (a title's bare run, "… and head of
    Tovgaz Artem Zalessky", glues a company to the name; hard42); and not a name with a father's name ("Thamer
    bin Sudayr Al Mahrousi": "Sudayr Al Mahrousi" may be the father)."""
    k = len(m)
    if len(full) <= k or full[-k:] != m or m[0] in FIRST_NAMES or mention[0].lower() in FIRST_NAMES:
        return False
    if _SURNAMES_JOINED.intersection(mention[1:-1]):
        return True  # "Duran i Lleida" after "Josep Antoni Duran i Lleida": two surnames joined, no given name
    return not person.weak and bool(person.roles) and not _SON_OF.intersection(person.full_name)


_SURNAMES_JOINED = frozenset({"i", "y"})
"""The word that joins a father's and a mother's surname in Catalan and Spanish ("Josep Antoni Duran i Lleida", "José
Ortega y Gasset"; fivehundredfortyseventh ufm amrani-duran: "… said Duran i Lleida"): a mention with it inside is a
compound surname, the last words of the full name, whether the person has an office or not (`_surnames_alone`)."""


def _another_generation(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two forms of one surname that name father and son: "and that he was sure the helm to which Mr George W. Bush
    had succeeded …" after "President Vladimir Putin met with George Bush Sr." (third 26871): middle initials that
    differ ("George H. W. Bush", "George W. Bush"), or "Sr."/"Jr." on one form only while the other carries an initial
    the suffixed full name lacks; "Sr." and "Jr." too. ("Joseph R. Biden, Jr.", "President Biden Jr" and "Joseph R.
    Biden": one man.)"""
    initials_a, initials_b = (tuple(w.lower() for w in words if len(w) == 2 and w[1] == ".") for words in (a, b))
    suffixes_a, suffixes_b = ({w.lower().rstrip(".") for w in words if w.lower() in _SUFFIXES} for words in (a, b))
    if initials_a == initials_b:
        return bool(suffixes_a and suffixes_b and suffixes_a != suffixes_b)
    if initials_a and initials_b:
        return True
    # (the suffixed form a full name, its first name with it: "President Biden Jr" beside "Joseph R. Biden" is he)
    return suffixes_a != suffixes_b and bool(suffixes_b if initials_a else suffixes_a) \
        and len(core(b if initials_a else a)) >= 2


_SON_OF = frozenset({"bin", "ibn", "bint", "Bin", "Ibn", "Bint"})
"""The words before a father's name in an Arabic name ("Hamza bin Faisal", at times "Bin")."""


def _fathers_name_only(mention: tuple[str, ...], m: tuple[str, ...], name: tuple[str, ...],
                       n: tuple[str, ...]) -> bool:
    """Whether every word `mention` (core `m`) and `name` (core `n`) share is a father's name in one of them
    and not in the other: "His Majesty King Faisal III" is not "Crown Prince Hamza bin Faisal", his son
    (styles8 hashira_royal_court; styles7 harith_royal_court), nor is "King Salman" "Mohammed bin Salman";
    but "bin Zayed" again after "Mohammed bin Zayed" is the same man (the father's name in both)."""
    if not (_SON_OF.intersection(mention) or _SON_OF.intersection(name)):
        return False  # (most names: no "bin", nothing to test)
    mention_fathers, name_fathers = ({core(words[i + 1:i + 2])[:1] for i, w in enumerate(words[:-1])
                                      if w in _SON_OF} for words in (mention, name))
    return all(((w,) in mention_fathers) != ((w,) in name_fathers) for w in set(m) & set(n))


def _initial_of(a: str, b: str) -> bool:
    return a[0] == b[0] and (len(a) == 1 or len(b) == 1)


def _fits_one_of(role: str, roles: set[str]) -> bool:
    """Whether `role` fits one of a person's `roles` (`roles_compatible`): a plain loop, not `any` over a generator,
    for the loop over a description's candidates runs for every description resolved."""
    for held in roles:
        if roles_compatible(role, held):
            return True
    return False


def _rank(role: str) -> frozenset[str]:
    return frozenset(w for w in role.replace("-", " ").split() if w in _RANK_MODIFIERS)


def _is_spouse(role: str) -> bool:
    """Whether the office is one held by marriage (`lexicon.SPOUSE_ROLES`), its complement after it too: "first lady of
    Ebomi State", and "first lady on tuesday" as the phrase reader reads "The First Lady on Tuesday urged …" (hard92),
    whose head is the two words "first lady", not "lady"."""
    return role in SPOUSE_ROLES or _role_head(role) in SPOUSE_ROLES or role.startswith(_SPOUSE_TITLES_BEFORE_COMPLEMENT)


_SPOUSE_TITLES_BEFORE_COMPLEMENT = ("first lady ", "first gentleman ")


_HOUSE_WORDS = frozenset({"senate", "national", "assembly"})
"""The words of a house of parliament named right after its officer with no "of" ("Chairman Senate X", "Speaker
National Assembly X", Pakistan's releases)."""


_OFFICERS_BEFORE_A_BODY = _HOUSE_OFFICERS | {"director", "governor", "president", "head", "representative"}
"""The offices written right before the body they head with no "of" ("Country Director World Bank X", Pakistan's
releases): the office a bare "the Country Director" later means."""


_PLACE_STOPS = frozenset({"of", "the", "and", "for", "to", "on", "in", "member", "members", "deputy"})
"""Words that end the search for a house's officer before its place ("member provincial assembly" is no speaker's)."""


def _without_house_after_office(words: list[str]) -> list[str]:
    """The office without the house written right after it ("speaker national assembly" -> "speaker", "chairman
    senate" -> "chairman"), so that "the Speaker" and "the NA Speaker" are the Speaker National Assembly named before;
    likewise an institution's name ("country director world bank" -> "country director"); the words as they are when
    the role does not end in a house or is nothing but one."""
    if words[-1:] not in (["senate"], ["assembly"]):
        if words and words[-1] in INSTITUTION_WORDS:
            return _without_institution_after_office(words)
        return words
    k = len(words)
    while k > 0 and words[k - 1] in _HOUSE_WORDS:
        k -= 1
    if k > 0 and words[k - 1] in _HOUSE_OFFICERS:
        return words[:k]
    # a province's or region's name between the officer and its assembly, still no "of" ("Speaker Khyber
    # Pakhtunkhwa Assembly, X … Speaker said …", "Speaker Sindh Assembly X"): up to three words, none an office
    for j in range(k - 1, max(0, k - 4) - 1, -1):
        if words[j] in _HOUSE_OFFICERS:
            return words[:j + 1]
        if words[j] in _PLACE_STOPS:
            break
    return words


def _without_institution_after_office(words: list[str]) -> list[str]:
    """The words up to the last office before an institution's name that ends them ("director world bank" ->
    "director"), or the words as they are when no such office stands before the name."""
    for k in range(len(words) - 2, -1, -1):
        if words[k] in _OFFICERS_BEFORE_A_BODY:
            return words[:k + 1]
    return words


def _role_head(role: str) -> str:
    """The office without its complement: 'head of office of president' -> 'head'."""
    words = role.split()
    for k, word in enumerate(words[1:], 1):
        if word in ("of", "for", "to", "on"):
            words = words[:k]
            break
    words = _without_house_after_office(words)
    if words[-1:] == ["minister"] and len(words) > 1 and words[-2] in ("prime", "chief"):
        # an office of its own: "the interior minister" is not the Prime Minister; "The Chief Minister conveyed …"
        # is no "Minister for Tourism, Smt. X" (styles12 bhutara_pmo: a state's head of government)
        return words[-2] + " minister"
    return words[-1] if words else ""


def _a_chief_executive(words: list[str]) -> bool:
    """Whether an office's words are a body's chief executive's ("chief executive officer of …", "chief executive"):
    its chief and its head for short (styles54: "the Chief Executive Officer of VIPA, Mrs. X, … the investment chief
    said …", "The agency head briefed …"), though the office's last word is "officer" or "executive"."""
    return words[:2] == ["chief", "executive"]


def _heads_an_embassy_as_its_ambassador(phrase: Phrase, person: Person) -> bool:
    """The head of an embassy is its ambassador (hard21 albria: "Albria's ambassador to Velmar, Helen X, … X, the first
    woman to head the Albrish embassy in Velgrad, said …"): a surname named as an embassy's head is the ambassador of
    that name, not someone else."""
    return phrase.role == "head" and "ambassador" in person.roles and "embassy" in phrase.text.lower()


_JUDGES = frozenset({"justice", "judge"})


def _presiding_judge_and_a_judge(presiding: str, judge: str) -> bool:
    """Whether one office is a court's "Judge President" and the other a judge's ("His Lordship Justice X … The Judge
    President also informed …", sixhundredtwentyfirst eacj): the court's presiding judge is one of its judges."""
    return presiding.startswith("judge president") and _role_head(judge) in _JUDGES


@lru_cache(maxsize=16384)
def _a_lieutenant_governor_and_a_governor(wanted: str, have: str) -> bool:
    """Whether one office is a lieutenant governor's and the other a governor's (hard80: "Gov. X and Lt. Gov. Y toured
    …"): the lieutenant governor is not "the governor", nor the governor "the lieutenant governor", as a deputy is not
    his chief. Only for a governor: a "lieutenant general" is still "the General" (`_RANKS_BEFORE_A_NAME`). A cheap
    test of the word first."""
    if ("lieutenant" in wanted) == ("lieutenant" in have):
        return False
    return _role_head(wanted.replace("-", " ")) == "governor" and _role_head(have.replace("-", " ")) == "governor"


_CONSULS_GENERAL = frozenset({"consul general", "consul-general", "general consul", "general-consul"})
_OFFICE_BEFORE_ITS_PLACE = re.compile(r" (?:of|to|in|for|at) ")
"""The word that sets an office's place after it ("consul general to kastravia"): what comes before it is the office."""


def _consul_general_called_consul(wanted: str, have: str) -> bool:
    """Whether the bare "consul" asked for is a consul general's office said short (eighthundredsixtyfifth kazinform
    almaty-mayor-u-s-consul-general-met: "Mayor of Almaty X met with the U.S. Consul General to Kazakhstan Eric Meyer.
    … According to the Consul, Almaty is one of the leading areas …, he said."): the office's head word is read as
    "general" (`_role_head`), so the short form found no one. Only the whole office, its place after "of", "to",
    "in", "for" or "at" aside (`_OFFICE_BEFORE_ITS_PLACE`): a deputy or vice consul general is not "the Consul"
    (`_rank` keeps them apart). A cheap test first."""
    if wanted != "consul" or "consul" not in have:
        return False
    office = _OFFICE_BEFORE_ITS_PLACE.split(have, maxsplit=1)[0]
    return office in _CONSULS_GENERAL


# An Akan stool's own title and the words of its land (`_stool_title_of_the_king`)
_STOOL_TITLE_LANDS: dict[str, frozenset[str]] = {"asantehene": frozenset({"asante", "ashanti"})}
_KINGS_OF_A_LAND = ("king of ", "overlord of ", "paramount chief of ")
"""The offices a stool title may be (`_stool_title_of_the_king`), tested with `str.startswith` before `_OF_THE_LAND`."""
_OF_THE_LAND = re.compile(r"(?:king|overlord|paramount chief) of (?:the )?(\w+)")
"""The land's word right after a king's "of [the]" ("king of the asante kingdom"): not a body of the land a lesser
chief heads ("chief of staff of ashanti regional coordinating council", review hr60)."""


def _stool_title_of_the_king(wanted: str, have: str) -> bool:
    """Whether a bare stool title asked for ("the Asantehene") is the office of the one named king of its land
    (eighthundredninetythird modernghana 2024-06-23: "The King of the Asante Kingdom, X, has praised … According to the
    Asantehene, Asantes are known for …"): the title means the king (or chief) of that land, so a king of another land
    named in the same readout ("King Y of P received the Asantehene …") is not the one. A cheap test first."""
    lands = _STOOL_TITLE_LANDS.get(wanted)
    if lands is None or not have.startswith(_KINGS_OF_A_LAND):
        return False
    land = _OF_THE_LAND.match(have)
    return land is not None and land.group(1) in lands


_AIDES_OFFICES = frozenset({"assistant", "adviser", "advisor"})
"""The offices, by their head word, that "the aide" and "the Governor’s aide" mean (`roles_compatible`)."""


_A_MINISTER_AND_A_CABINET_SECRETARY = frozenset(("minister", "cabinet secretary"))
"""The bare minister and the bare Cabinet Secretary: one office where a Cabinet Secretary heads a ministry."""


_TRADITIONAL_RULERS = frozenset({"traditional ruler", "traditional leader"})
"""The common nouns of a traditional ruler, which a chief named before holds too (ninehundredthirtyeighth lusakatimes
2021-10-16: "Paramount Chief X … The Traditional leader further requested the government …"), not only a monarch
(`lexicon.OFFICE_NAMED_ALSO`): "Chief X", "Paramount Chief X" and "Senior Chief X" are traditional rulers of
Southern and West Africa."""


def _heads_a_delegation_only(person: Person) -> bool:
    """Whether the only office `person` holds that "chief" may mean is "head of delegation" (`People._resolve_description`:
    a body's bare "chief" is another chief named beside him)."""
    return "head of delegation" in person.roles \
        and not any(roles_compatible("chief", r) for r in person.roles if r != "head of delegation")


def roles_compatible(wanted: str, have: str) -> bool:
    """True when an office asked for may be one a person holds (a description is
    tried against every title of every candidate: few pairs, asked often)."""
    if wanted == have or wanted.replace("-", " ") == have.replace("-", " "):
        return True  # "Secretary-General" and "Secretary General" alike
    if have[-11:] == " ambassador" and wanted != "ambassador" and roles_compatible(wanted, have[:-11]):
        # (fivehundredeightyfirst, the Ethiopian News Agency: "Foreign Affairs Spokesperson Ambassador Dina Mufti told
        # journalists … According to the spokesperson, …"): the office before the style "Ambassador" an envoy keeps,
        # read as "spokesperson ambassador", is what "the spokesperson" means
        return True
    if wanted in _TRADITIONAL_RULERS and have == "chief":
        return True  # ("Paramount Chief X … The traditional leader urged …": the chief by the common noun)
    if wanted == "chair" and _role_head(have) in _CHAIRS:
        # (fivehundredtwentyfifth andina olaechea-almagro: "Peruvian Congress Chairman X … According to the Parliament's
        # chair, …"): the bare "chair" is what a body's Chairman is called for short
        return True
    if "speaker" in (wanted[:7], have[:7]) and (_speaker_chairs_house(wanted, have)
                                                 or have != "speaker" and _speaker_chairs_house(have, wanted)):
        # (fivehundredeightyninth kazinform majilis-turkpa, kt toqayev-kosachev: "the Chair of the Kazakh Majilis, X, …
        # the Speaker of the Majilis highlighted …"; "Chairman of the Senate of the Kazakh Parliament X … The Speaker
        # highly appreciated …"): a house of parliament's chair is its speaker; not one called the bare "Speaker" asked
        # for as another house's chair (fivehundredseventyseventh montsame: "Speaker G. Zandanshatar … Ms. Y, Chairperson
        # of the National Assembly of Vietnam congratulated …": Y, the country the role string leaves out)
        return True
    if wanted in _CLERIC_WORDS and _role_head(have) in (_PRELATES if wanted == "prelate" else _CLERICS):
        return True  # (styles52: "Bishop Dr. X … the prelate replied that …"): a cleric by the common noun, any rank
    if wanted in _LAWMAKER_WORDS and (_role_head(have) in _LEGISLATORS or have.startswith("member of parliament")):
        # (fivehundredtwentyfifth andina andean-parliament-presidency: "the country's representative X was elected …
        # After swearing in, the lawmaker announced …"): a lawmaker is whoever sits in a legislature, by its title
        return True
    if wanted == "cs" and have.startswith("cabinet secretary"):
        # (styles72: "The Cabinet Secretary for Tourism and Wildlife, Hon. X, received … The CS thanked …"): the
        # initials East Africa's press writes for the office spelled out (`lexicon.ROLE_WORDS` "cs"), as "MP" is
        return True
    if wanted == "mp" and have.startswith("member of parliament"):
        # (ninehundredeightyfifth adomonline 2022-03-07: "Member of Parliament (MP) for Damongo constituency, X, has
        # donated … The MP, who doubles as Minister of …, also promised …"): the initials are the office written out
        return True
    if have == "chair" and _role_head(wanted) in _CHAIRS:
        # (styles29 lasec_council_of_ministers: "The Session of the Council … opened under the chairmanship of Hon. X
        # … In her opening statement, the Chairperson of the Council welcomed …"): who chaired it is its
        # Chairperson, when no one bears a chair's title (`People`'s choice among the titled)
        return True
    if _presiding_judge_and_a_judge(wanted, have) or _presiding_judge_and_a_judge(have, wanted):
        return True
    if _consul_general_called_consul(wanted, have):
        return True
    if wanted == "foreign minister" and have in _SECRETARIES_OF_FOREIGN_AFFAIRS:
        return True  # (styles9 anahuac_sre: "the Secretary of Foreign Affairs, X, … the head of Anahuacan diplomacy")
    if ("-general" in wanted) != ("-general" in have) and (" general" in wanted or " general" in have):
        # (fivehundredfiftyeighth loopnauru taylor: "The Secretary General of the Pacific Islands Forum Secretariat,
        # Dame Meg Taylor has written … wrote SG Taylor": the SG's Secretary-General and the body's Secretary General
        # one office, the hyphen aside, as the whole offices above; read in the hyphen's form, the heads' lists')
        return roles_compatible(wanted.replace(" general", "-general"), have.replace(" general", "-general"))
    if wanted[:4] == "aide" and wanted.partition(" of ")[0] == "aide" and _role_head(have) in _AIDES_OFFICES:
        # (ninehundredsecond gallantreporters 2025-03-13: "The Executive Assistant to the Governor on Non-Indigene
        # Affairs, Hon Barr X, … The Governor’s aide used the opportunity to appreciate …"): "aide", bare or of a
        # principal, is what an assistant or an adviser held to one is called for short
        return True
    if "advisor" in wanted or "advisor" in have:
        # "Advisor to the Head of the President's Office X … The Adviser to the Head of the Office
        # of the President believes …": one office, two spellings
        return roles_compatible(wanted.replace("advisor", "adviser"), have.replace("advisor", "adviser"))
    if (wanted in _STOOL_TITLE_LANDS or have in _STOOL_TITLE_LANDS) \
            and (_stool_title_of_the_king(wanted, have) or _stool_title_of_the_king(have, wanted)):
        return True  # (the dict's lookup first: a stool title is asked for in few readouts)
    if wanted in OFFICE_NAMED_ALSO or have in OFFICE_NAMED_ALSO:
        # "Chairman of the Government Mikhail Sobolin … The Prime Minister briefed …"
        wanted, have = OFFICE_NAMED_ALSO.get(wanted, wanted), OFFICE_NAMED_ALSO.get(have, have)
        if wanted == have:
            return True
    if " of " in have and (head := have.partition(" of ")[0]) in OFFICE_NAMED_ALSO:
        # (eighthundredsixtyeighth uzdaily: "The khokim of Ferghana region, X, held … The khokim highlighted …"): an
        # office of another name with its place, "khokim of ferghana region", read as the office it names, "governor
        # of ferghana region", which "the khokim" and "the governor" may both mean
        return roles_compatible(OFFICE_NAMED_ALSO.get(wanted, wanted), OFFICE_NAMED_ALSO[head] + have[len(head):])
    if (wanted == "monarch" or have == "monarch") \
            and _role_head(have if wanted == "monarch" else wanted) in STYLE_OFFICES["majesty"]:
        return True  # "King Aldric … The Monarch, for his part, …": whoever reigns, by any title
    if wanted.replace("-", " ") == "vice premier" or have.replace("-", " ") == "vice premier":
        # "Deputy Prime Minister X … The Vice Premier said …"
        return {wanted.replace("-", " "), have} <= {"vice premier", "deputy prime minister"}
    if wanted == "ceo" and have.partition(" of ")[0] == "chief executive officer":
        # (four-hundred-twelfth az_president_2024-03-13_bp: "… received X, the newly appointed bp Chief Executive
        # Officer … the bp CEO extended his congratulations …"): the initials of the office one named holds (a
        # check on the pair, not a synonym in the office lists: no unnamed "the Chief Executive Officer" speaks), its
        # body after "of" too (styles38: "the Chief Executive Officer of the X Investment Promotion Centre (XIPC), Mrs.
        # Y, … The XIPC CEO said …")
        return True
    if "cg" in (wanted, have):
        # ("The Consul General of X, Mr. Y, … The CG said …"; "the Iranian CG"): "CG" alone is the initials of the
        # office the other holds, a Consul General's or a Commissioner- or Comptroller-General's (`_CG_OFFICES`)
        return (have if wanted == "cg" else wanted).partition(" of ")[0] in _CG_OFFICES
    if {wanted, have} == {"premier", "prime minister"}:
        return True  # "Prime Minister H.E. Mr Yeon … The Hanaran Premier also made known …" (hard20): one office
    if {wanted, have} == _A_MINISTER_AND_A_CABINET_SECRETARY:
        # (styles65: "The Cabinet Secretary for Gender, Children and Social Protection, Hon. X, … The minister
        # recounted …"; "The Minister of Gender, …, Hon. Y, … The Cabinet Secretary told the committee …"): East
        # Africa's Cabinet Secretary is the minister of a ministry, and its press calls the one by the other's name
        return True
    if _is_spouse(wanted) or _is_spouse(have):
        return _is_spouse(wanted) and _is_spouse(have)
    if wanted.startswith("former ") or have.startswith("former "):
        # three-hundred-twenty-eighth mea_2022-05-24_suga_calls_on_pm: "Former Prime Minister of Japan X called on Prime
        # Minister Y … Prime Minister appreciated X's contribution": the one named as the office's former holder
        # (`phrases`) is not the same office named bare; any other pair is read without the "former" ("Former Minister
        # X … Minister X"; "Former US National Security Adviser X … The former adviser to the President said")
        if have.startswith("former ") and not wanted.startswith("former ") and wanted == have[len("former "):]:
            return False  # (not the other way: "former X" before a name the phrase leaves out, two-hundred-eighty-third)
        return roles_compatible(wanted.removeprefix("former "), have.removeprefix("former "))
    if wanted == "envoy" and _role_head(have) == "envoy" and _rank(have) <= _SPECIAL:
        # (hard48 kesterholm_president_receives_ardevanian_special_envoy: "the Special Envoy of the President of X,
        # Dr. Y, … Speaking for himself, the envoy said …"): the bare noun is what a special (or presidential,
        # personal) envoy is called for short; not a deputy's office, whom the bare noun leaves to his chief
        return True
    if wanted == "senator" and " senate" in have and _role_head(have) in _CHAMBER_HEADS:
        # (styles34 qaysar_kna_amir: "President of the Senate of the Republic of Carvallia X … The Carvallian senator
        # added that …"): the head of a Senate sits in it, a senator
        return True
    if _a_lieutenant_governor_and_a_governor(wanted, have):
        return False
    if _rank(wanted) != _rank(have):
        return False
    if style_of(wanted) or style_of(have):
        # "His Royal Highness" is the Crown Prince, "the Holy Father" the Pope
        wanted_style, have_style = style_of(wanted), style_of(have)
        if wanted_style == have_style \
                or wanted_style and _role_head(have) in STYLE_OFFICES[wanted_style] \
                or have_style and _role_head(wanted) in STYLE_OFFICES[have_style]:
            return True
    if wanted == "governor" and have.startswith("head of ") \
            and (have.endswith((" region", " oblast", " province", " krai", " territory"))
                 or have.startswith(("head of republic", "head of the republic"))):
        # "Acting Head of Orlensk Region X … the acting governor said": a region's head; so is the head
        # of a republic of the country ("Head of Republic of Dornia X … According to the Governor, …")
        return True
    if wanted in SPOKESPERSONS and "press" in have.split() and _role_head(have) == "secretary":
        return True  # "Press Secretary X … The spokesman added …": the one who speaks for the office
    if wanted in _OMBUDSPEOPLE and _rights_commissioner(have) or have in _OMBUDSPEOPLE and _rights_commissioner(wanted):
        return True  # "Commissioner for Human Rights X … The Ombudsman noted …": one office, two names
    if wanted.startswith("head of ") and wanted.endswith(" ministry") and _role_head(have) == "minister":
        # "the head of the Ukrainian Defence Ministry" is its Minister of Defence (the same portfolio)
        led = _portfolio(wanted.split()[2:])
        return bool(led) and bool(led & _portfolio(have.split()))
    if wanted.endswith(_OF_A_STATE) and _head_of_the_state(wanted) and wanted.rsplit(" of ", 1)[0] in _GENERIC_HEADS:
        wanted = wanted.rsplit(" of ", 1)[0]  # "the leader of the French Republic": its leader (France)
    if wanted == "commander-in-chief" and have.startswith("commander-in-chief "):
        return True  # "Commander-in-Chief of the Navy X … The Commander-in-Chief said …": the Navy's, not the President
    if wanted in _GENERIC_HEADS:
        # "the head of state" is a state's head, not the head of an office or a service
        # ("Premier of the State Council of the People's Republic of China X … The head of the Chinese
        # government noted …": a premier of a body heads a government)
        # ("His Majesty King X … The Head of State stressed …": a majesty reigns, a state's head)
        return have in HEAD_OF_STATE_ROLES or _head_of_the_state(have) \
            or wanted != "head of state" and (have.startswith("premier of ") or have in _PRESIDENTS_OF_GOVERNMENT) \
            or wanted == "head of state" and style_of(have) == "majesty"
    wanted_words, have_words = wanted.split(), have.split()
    if wanted_words[1:2] == ["of"] and wanted_words[2:] in _PARLIAMENT_SAID and wanted_words[0] in _PARLIAMENT_HEADS:
        return _heads_a_house(have)  # "the Head of the parliament" (`_heads_a_house`)
    if "of" in wanted_words and "of" in have_words:
        # the same office, one spelled out further: "Speaker of the House of Representatives (of Congress)"
        shorter, longer = sorted((wanted_words, have_words), key=len)
        return longer[:len(shorter)] == shorter or _said_shorter(shorter, longer) \
            or _a_house_said_plainly(wanted_words, have_words) \
            or _led_alike(wanted_words, have_words) or _one_portfolio(wanted_words, have_words)
    wanted_head, have_head = _role_head(wanted), _role_head(have)
    if wanted_head == "general" and _civil_general(wanted_words) != _civil_general(have_words):
        return False  # "the Secretary General" is not "General Stanley A. McChrystal", nor the Director General
    if wanted_words[1:] == ["minister"] and wanted_words[0] in _GOVERNMENT_LEVELS and have_head == "minister":
        return have_words[0] not in _HEADS_OF_A_GOVERNMENT_STYLED_MINISTER
    if (len(wanted_words) == 2 and len(have_words) == 2 and wanted_head == have_head
            and wanted_words[1] == have_words[1] and wanted_words[0] != have_words[0]):
        return False  # "the interior minister" is not the defence minister
    if len(wanted_words) == 3 == len(have_words) and wanted_words[0] == have_words[0] in _DEPUTY_RANKS \
            and wanted_words[2] == have_words[2] and wanted_words[1] != have_words[1]:
        # (hard95, hard96: "The deputy regional minister, Mrs. X, … with the deputy health minister, Dr. Y."): two
        # deputies of one rank and office, each with the word of his own portfolio or level between, two offices, as
        # "the interior minister" is not the defence minister; a word no portfolio list holds ("regional") clashes too
        return False
    if wanted_head == have_head and wanted_head in ("minister", "secretary") \
            and _portfolio_clash(wanted_words, have_words):
        return False  # "the Foreign Minister" is not the Minister of Defence
    if wanted == "chief" and (have_head in _LEADERS or have_head.replace(" ", "-") in _GENERAL_HEADS
                              or have_head == "general" and _civil_general(have_words) in _GENERAL_HEAD_WORDS
                              or _a_chief_executive(have_words)):
        # "the WHO chief", "the UN chief": its Director-General, its Secretary-General; also written without the
        # hyphen (fivehundredseventyfirst newslk: "United Nations Secretary General Ban Ki Moon … The UN chief
        # commended …", whose head reads "general")
        return True
    if wanted in ("top diplomat", "chief diplomat", "foreign policy chief"):
        # "Germany's top diplomat", "America's chief diplomat": its foreign minister, its Secretary of State; so
        # "Kessmoor's foreign policy chief" (hard52), and the EU's, its High Representative
        return have_head == "minister" and any(w.startswith(("foreign", "external")) for w in have_words) \
            or have.startswith("secretary of state") or have == "foreign secretary" \
            or wanted == "foreign policy chief" and have.startswith("high representative")
    if wanted in ("envoy", "diplomat") and (have_head == "ambassador" or have == "high commissioner"
                                            or have.startswith(_STATES_HIGH_COMMISSIONER)
                                            or have.startswith(_CHARGES_DAFFAIRES)
                                            or have.startswith(_CONSULS) or have == "consul"):
        # "Ambassador Rolf Sander … The outgoing envoy said …", "According to the diplomat, …"; a High
        # Commissioner of a state is one Commonwealth state's ambassador to another (styles29: "the outgoing High
        # Commissioner of X, Amb. Y … The outgoing envoy said …"); so the head of an embassy with no ambassador
        # (hard61: "the Charge d'Affaires ad Interim of X in Y Z … “…,” the diplomat said"), and a consul, who heads a
        # consulate (sevenhundredninetyfifth todayaz 2020-03-10: "Consul General of Azerbaijan informed about … The
        # diplomat also spoke about …": the Consul General)
        return True
    if wanted in ("envoy", "diplomat") and "embassy" in have_words and have_words[:1] != ["head"]:
        # (eighthundredseventieth theyucatantimes 2022-07-15: "Takashi Manabe, Minister of the Embassy of Japan in Mexico
        # … The diplomat highlighted …"): one who holds a post of an embassy, its Minister, Counsellor or Secretary, is
        # a diplomat, as its ambassador is
        return True
    if wanted == "diplomat" and have_head == "minister" and any(w.startswith(("foreign", "external")) for w in have_words):
        # (thirteenth styles lusanga_presidency: "the Minister of Foreign Affairs of X, Y, … According to the diplomat,
        # President Z considers …"): a foreign minister is his country's diplomat, as its "top diplomat" is
        return True
    if have in _GENERIC_HEADS:
        return False  # "the director" is not the one called "the head of state"
    if "head" in (wanted_head, have_head):
        # "the Head of the FBS" is its Director: an office named by what it leads
        return {wanted_head, have_head} <= _LEADERS or wanted_head == "head" and _a_chief_executive(have_words)
    if "-" in have_head and wanted.replace("-", " ") == have_head.replace("-", " "):
        return True  # "the Secretary General" of "Secretary-General of the Sahel League"
    if wanted == "president" and have_words[-1] in PRIVATE_BODIES and "of" in have_words:
        return False  # "the President" is no "President of the Economic Policy Institute"
    if wanted_head == have_head and (_institutions_office(wanted_words) or _institutions_office(have_words)):
        return _same_institution(wanted_words, have_words)
    if wanted == "senator" and have_words[0] == "senate":
        return True  # "Senate President Ilse Varga … The senator thanked …": she sits in the Senate
    return wanted_head == have_head


_GOVERNMENT_LEVELS = frozenset({"union", "federal", "central"})
"""The level of a government before "minister" (sevenhundredeightyfifth arunachal24: "Union Health Minister Mansukh
Mandaviya … The Union Minister assured …"; "the Federal Minister"): a minister of that government, of any portfolio
(`roles_compatible`), not a portfolio of its own that clashes with "Health Minister"; never the Chief or Prime
Minister, who heads one (`_HEADS_OF_A_GOVERNMENT_STYLED_MINISTER`)."""
_HEADS_OF_A_GOVERNMENT_STYLED_MINISTER = frozenset({"chief", "prime", "first"})
"""The first word of a head of government's office that ends in "minister" ("Chief Minister", "Prime Minister", "First
Minister"), no office a government level names."""


_OFFICES_ENDING_GENERAL = frozenset({"secretary", "director", "attorney", "governor", "consul", "inspector", "procurator",
                                     "prosecutor", "auditor", "solicitor", "surgeon", "postmaster", "comptroller",
                                     "advocate", "registrar", "commissioner"})
"""The civil offices whose last word is "general" ("Secretary General", "Attorney General"): an office of its own, not
the military rank a "General X" holds ("Lieutenant General", "Major General" and the bare rank are one head)."""


def _civil_general(words: list[str]) -> str | None:
    """The office word before "general" in an office whose head is a civil "… General", else None (the rank);
    "Secretary-General" as "Secretary General"."""
    words = " ".join(words).replace("-", " ").split()
    for k, word in enumerate(words):
        if word in ("of", "for", "to", "on"):
            words = words[:k]
            break
    if len(words) >= 2 and words[-1] == "general" and words[-2] in _OFFICES_ENDING_GENERAL:
        return words[-2]
    return None


def _institutions_office(words: list[str]) -> bool:
    """An office with its institution's name before it (`phrases._institutions_office`): "supreme court
    president", "senate president", "accounts chamber chairman"."""
    return len(words) > 1 and words[-2] in INSTITUTION_WORDS and "of" not in words


def _same_institution(wanted_words: list[str], have_words: list[str]) -> bool:
    """Whether two holders of one kind of office, one or both named with an institution's name before it,
    may be one: "The Supreme Court President" is "Supreme Court President X" (or "President of the Supreme
    Court X"), not the host President; a bare "the President" is no "Senate President" (hard8), while a bare
    "the Chairman", "the Speaker" may still be the institution's (whoever chairs)."""
    if not _institutions_office(wanted_words):
        return wanted_words != ["president"]  # a bare "the President": the head of state, no institution's
    body = wanted_words[:-1]
    if _institutions_office(have_words):
        shorter, longer = sorted((body, have_words[:-1]), key=len)
        return longer[len(longer) - len(shorter):] == shorter  # "the Court President": the Supreme Court's
    return "of" in have_words and all(word in have_words for word in body)


SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
"""The offices of one who speaks for another ("The spokesman added …" is the Press Secretary; `name_offices` reads
them in lower case before a name)."""


A_SPOKESPERSON = re.compile(r"\b[Aa]n?\s+(?:[A-Za-z][\w-]*\s+){0,2}?spokes(?:person|man|woman)\b")
"""An unnamed spokesperson with the indefinite article ("a Government spokesperson", "A spokeswoman"):
`People.unnamed_spokesperson`."""
AN_UNNAMED_OFFICIAL = re.compile(r"[Aa]n?\s+(?:[A-Za-z][\w-]*\s+){0,3}?official\b")
"""An unnamed official with the indefinite article, in a quotation's tag ("“…,” an official from the group said.",
"“…,” a Japanese trade ministry official told reporters"): `People.unnamed_official_after_a_quote`."""
OFFICIALS_BODY = re.compile(r"\s+(?:from|of|at|with)\s+(?:the\s+)?(?:[\w&’'-]+\s+){0,4}?(?=(?:said|added|stated|told)\b)")
"""A short "from/of/at the <body>" between an unnamed official and the speech verb of a quotation's tag ("… an official
from the group said"): read as part of who he is (`_OFFICIALS_TAG`; `SentenceReading`'s tag after a quotation)."""
_OFFICIALS_TAG = re.compile(
    r"\s+(?:from|of|at|with)\s+(?:the\s+)?(?:[\w&’'-]+\s+){0,4}?(?:said|added|stated|told)\b")
"""What follows an unnamed official in a quotation's tag: the body he is of (`OFFICIALS_BODY`) and the speech verb,
nothing else (no name set off after him)."""
_A_QUOTATIONS_CLOSE = re.compile(r"[,.!?…][”\"]\s*$")
"""A quotation closing with its comma or stop right before a tag (`People.unnamed_official_after_a_quote`)."""
_SPOKESPERSONS_TAG = re.compile(r"\s+(?:said|added|stated)(?:\s*,?\s*[“\"]|\s*[.,](?:\s|$))")
"""The speech verb after an unnamed spokesperson in a tag of a quotation or a sentence ("…,” a Government spokesperson
said,", "A spokesperson said, “…", "…, a spokesperson said."), not a colon over a readout of others' words."""


def _spokesperson_for_a_body(text: str) -> bool:
    """Whether a description is a spokesperson's office of a body, capitalised ("The Spokesman for the Presidency",
    "The Spokeswoman of the Ministry"): "Spokes…" then "for" or "of" and a capitalised body (not "the spokesman",
    nor "the Spokesman for that matter")."""
    at = text.find(" Spokes")
    if at < 0:
        return False
    words = text[at + 1:].split(None, 3)
    return len(words) == 4 and words[0].lower() in SPOKESPERSONS and words[1] in ("for", "of") \
        and words[2] == "the" and words[3][:1].isupper()


_OMBUDSPEOPLE = ("ombudsman", "ombudswoman", "ombudsperson")
"""(two-hundred-sixty-eighth 63425: "the children's ombudswoman …", "The ombudswoman placed special emphasise on
…": the Commissioner for Children's Rights, as "ombudsman" is)"""


def _rights_commissioner(role: str) -> bool:
    """A commissioner for (human, children's) rights: the office the press calls an ombudsman."""
    return _role_head(role) == "commissioner" and "rights" in role.split() \
        or role.endswith(_OMBUDSPEOPLE)


_OF_A_STATE = tuple(" of " + word for word in STATE_WORDS)
"""The end of an office whose complement is the state: "leader of republic"."""


_PORTFOLIOS = frozenset(w[:4] for w in """foreign external defence defense interior internal home finance
    economy economic energy justice health trade industry agriculture education culture transport labour
    labor environment digital science sport tourism construction housing""".split())
# (twentieth styles karsovia_presidency_heating_season_ministers: "Minister of Energy X and Minister of Construction
# and Housing Y … The Construction Minister said …": Y's portfolio, not the energy minister's)
_PORTFOLIO_SAME = {"external": "foreign", "armed": "defence"}
"""Portfolios named two ways: "External Affairs Minister" is the foreign minister."""


_SHORT_STYLE_PORTFOLIOS = _PORTFOLIOS | {"trea", "ente", "infr"}
"""A minister's short style may name the department as a government of a small jurisdiction does ("the Treasury
Minister", "the Enterprise Minister", "the Infrastructure Minister"), beside the portfolios of `_PORTFOLIOS`."""


def _short_style_minister(role: str) -> bool:
    """ "treasury minister", "health minister": one portfolio word and "minister" (`_SHORT_STYLE_PORTFOLIOS`), the
    short style of an office ("the Treasury Minister said …"); not "prime minister", "chief minister", "the new
    minister". A suffix test first."""
    if not role.endswith(" minister"):
        return False
    first = role[:-9]
    return " " not in first and first[:4] in _SHORT_STYLE_PORTFOLIOS


def _portfolio(words: list[str]) -> set[str]:
    """What a minister's office is of, by its first letters: "foreign minister" and
    "minister of foreign affairs" {"fore"}; "the minister" none."""
    if "of" in words or "for" in words:
        k = next(i for i, w in enumerate(words) if w in ("of", "for"))
        words = [w for w in words[k + 1:] if w not in ("of", "for", "and", "the", "&")]
    else:  # ("the Lirean minister": a country, no portfolio)
        words = [w for w in words[:-1] if w[:4] in _PORTFOLIOS]
    return {_PORTFOLIO_SAME.get(w, w)[:4] for w in words}


def _one_portfolio(wanted_words: list[str], have_words: list[str]) -> bool:
    """Two offices of a minister (or a secretary) "of" a portfolio named in other words: "Minister of the Interior" is
    the Minister of Internal Affairs (four-hundred-forty-seventh akorda 2017-04-19: "Meeting with X, Minister of Internal
    Affairs … Minister of the Interior reported to the Head of the State …"); the portfolio's words only ("affairs"
    aside), each by its first letters as `_portfolio`, but not through `_PORTFOLIO_SAME` (styles13 lusanga_presidency:
    "the Minister of External Relations" of the host is not the guest's Minister of Foreign Affairs)."""
    if wanted_words[0] != have_words[0] or wanted_words[0] not in ("minister", "secretary"):
        return False
    wanted, have = ({w[:4] for w in words[words.index("of") + 1:] if w[:4] in _PORTFOLIOS}
                    for words in (wanted_words, have_words))
    return bool(wanted) and wanted == have


def _portfolio_clash(wanted_words: list[str], have_words: list[str]) -> bool:
    """Two offices of one kind, each saying its portfolio, and no portfolio shared:
    "the Foreign Minister" and "Minister of Defense"."""
    wanted, have = _portfolio(wanted_words), _portfolio(have_words)
    return bool(wanted and have) and not wanted & have


def _speaker_chairs_house(speaker: str, chair: str) -> bool:
    """Whether `speaker` ("speaker", "speaker of majilis") names the office `chair` does ("chair of majilis",
    "chairman of senate of parliament"): a house of parliament's chair, the house the same where the speaker's
    names one; so a house's President (`_PRESIDED_HOUSE`: sixhundredfiftyseventh newsam 364281, "President of the
    National Assembly (NA) of Armenia, X, … The Armenian parliament speaker stressed …")."""
    words = chair.split()
    if not words or words[0] != "chair" and words[0] not in _CHAIRS and words[0] != "president" \
            or words[1:2] != ["of"]:
        return False
    house = words[2:words.index("of", 2)] if "of" in words[2:] else words[2:]
    if not house or house[-1] not in _LEGISLATURES \
            or words[0] == "president" and (_PRESIDED_HOUSE.isdisjoint(house) or "general" in house):
        return False
    said = speaker.split()
    return said == ["speaker"] or said[:2] == ["speaker", "of"] and said[2:] == house


def _led_alike(wanted_words: list[str], have_words: list[str]) -> bool:
    """One body's leader named by two words for leading it: "the head of the General
    Staff" is its Chief, "the Head of the Service" its Director, "the head of the
    National Bank" the Chairman of the Board of the National Bank."""
    if have_words[:1] in (["managing"], ["executive"]) and wanted_words[:1] == ["head"]:
        # (thirtieth kremlin_40498: "Horst Koehler, managing director of the International Monetary Fund … The head of
        # the Fund welcomed this initiative": a managing (executive) director heads his body, named by its last word)
        have_words = have_words[1:]
        return have_words[1:2] == ["of"] and have_words[0] in _LEADERS and len(wanted_words) == 3 \
            and have_words[-1] == wanted_words[2]
    if wanted_words[:2] == ["head", "of"] and len(wanted_words) == 3 and have_words[1:2] != ["of"] \
            and "of" in have_words and _civil_general(have_words) in ("secretary", "director"):
        # (hard56: "The Secretary General of the Organization of Tremontane States … The head of the hemispheric
        # Organization noted …", "the Director General of the Austral Health Agency … The head of the regional Agency
        # praised …"): a body's Secretary or Director General heads it, named by its first or its last word
        body = have_words[have_words.index("of") + 1:]
        return wanted_words[2] in (body[0], body[-1])
    if wanted_words[1:2] != ["of"] or have_words[1:2] != ["of"] \
            or wanted_words[0] not in _LEADERS or have_words[0] not in _LEADERS:
        return False
    led = wanted_words[2:]  # ("the head of the National Bank": the Chairman of its Board)
    return led == have_words[2:] or wanted_words[0] == "head" and have_words[-len(led) - 1:] == ["of", *led]


def _said_shorter(shorter: list[str], longer: list[str]) -> bool:
    """The same office with words of its complement left out: "the Chair of the
    Committee" for the Chair of the Foreign Affairs Committee of the Parliament;
    "the Speaker of Parliament" for the Speaker of any house ("of the National
    Assembly"). Not another portfolio: "Minister of Defence" is not "of Foreign Affairs"."""
    cut = shorter.index("of")
    if longer[:cut + 1] != shorter[:cut + 1]:
        return False
    rest = iter(longer[cut + 1:])
    if all(word in rest for word in shorter[cut + 1:]):  # (in order: `in` moves the iterator on)
        return True
    return _a_house_said_plainly(shorter, longer)


def _a_house_said_plainly(said: list[str], named: list[str]) -> bool:
    """Whether the office `said` ("chairperson of national parliament", "speaker of parliament") is the office `named`
    of a house by its name ("chairperson of assembly", "speaker of national assembly"): one head's word, a house said
    with no name (`_PARLIAMENT_SAID`), a house's word in the name (`_LEGISLATURES`), whichever is the longer
    (four-hundred-seventy-second turkmenistan_gov 13665: "Chairperson of the Mejlis … the Chairperson of the national
    parliament congratulated …")."""
    cut = said.index("of")
    return said[cut + 1:] in _PARLIAMENT_SAID and named[:cut + 1] == said[:cut + 1] \
        and not _LEGISLATURES.isdisjoint(named[cut + 1:])


_PARLIAMENT_HEADS = _CHAIRS | {"head", "chair", "president"}
"""The words for a house's head that `_heads_a_house` reads before a parliament said plainly ("the head of parliament");
not "speaker", whose house `_speaker_chairs_house` matches."""
_HOUSE_HEADS = _PARLIAMENT_HEADS | {"speaker"}
"""A house's head by any head's word, "speaker" too (`_heads_a_house`)."""


def _heads_a_house(have: str) -> bool:
    """Whether the office `have` may be the one "the head of (the) parliament" names (armenpress 936775,
    sixhundredfiftyseventh: "The President of the National Assembly of Armenia X received … Executive Director of the
    AAA Y … The Head of the parliament highly assessed …": X, not Y, whom "head" would fit as a body's leader): a
    house's head by any head's word ("president of national assembly", "speaker of senate"), or a bare speaker's or
    chair's office, or one with its house before it ("parliament president"); not another body's leader ("executive
    director") nor a bare "president" (a state's)."""
    head, _, house = have.partition(" of ")
    if not house:
        words = have.split()
        return have == "speaker" or have in _CHAIRS or have in ("chair", "head") \
            or len(words) > 1 and words[-1] in _HOUSE_HEADS \
            and not _LEGISLATURES.isdisjoint(words[:-1])
    return head in _HOUSE_HEADS and house.split(" of ", 1)[0].split()[-1] in _LEGISLATURES


_PRESIDED_HOUSE = frozenset({"assembly", "parliament", "senate", "chamber", "house", "majlis", "duma", "rada"})
"""The houses whose President is their speaker ("President of the National Assembly", "of the Senate"); not a
council's or a general assembly's President (a body of states: `_speaker_chairs_house` leaves "general" out)."""
_PARLIAMENT_SAID = (["parliament"], ["national", "parliament"])
"""A house of a parliament said with no name of its own: "the Speaker of Parliament", "the Chairperson of the
national parliament"."""
_LEGISLATURES = frozenset({"parliament", "assembly", "house", "chamber", "congress", "senate", "diet",
                           "council", "rada", "duma", "majlis", "mazhilis", "majilis", "knesset", "sejm", "seimas", "saeima",
                           "riigikogu", "storting", "folketing", "riksdag", "eduskunta", "bundestag"})
"""The words that name a house of a parliament."""


def _head_of_the_state(role: str) -> bool:
    """"president of republic", "king of kingdom": a state's head by an office whose
    complement is the state ("President of the Republic of Belovia"), not "president
    of chamber of commerce"."""
    words = role.split()
    return len(words) >= 3 and words[-2] == "of" and words[-1] in STATE_WORDS \
        and " ".join(words[:-2]) in HEAD_OF_STATE_ROLES


def _ministers_sent_by(country: str, pool: list[Person]) -> list[Person]:
    """Whom "the Canadian envoy" means when no one of that country holds an envoy's office: one of its ministers or
    secretaries sent abroad (fourhundredsixtyfifth barbados canada-minister-of-state: "the Canadian Minister of State
    of Foreign Affairs, X, called on … In turn, the Canadian envoy stated …"); never its head of state or government,
    who sends envoys, nor an officer of a mission ("Defence Attaché"), who is no envoy."""
    return [p for p in pool if any(same_country(country, c) for c in p.countries)
            and any("minister" in r or "secretary" in r for r in p.roles)
            and not any(r in HEAD_OF_STATE_ROLES or _head_of_the_state(r) for r in p.roles)]


_VICE_MINISTER = re.compile(r"\b(?:vice|deputy)\b(?: [\w-]+){0,3} minister$")
"""An office one rank below a minister's ("vice foreign minister", "deputy minister", "first deputy foreign minister")."""


def _vice_ministers_of(country: str, pool: list[Person]) -> list[Person]:
    """Whom "the Japanese minister" means when no one of that country is a minister: its one vice or deputy minister,
    the rank below said for short (sixhundredthirtyseventh, Yonhap: "Seoul's Vice Foreign Minister X and his Japanese
    counterpart, Y, … X wished …, and the Japanese minister expressed appreciation"); no one when two are."""
    held = [p for p in pool if any(same_country(country, c) for c in p.countries)
            and any(_VICE_MINISTER.search(r) for r in p.roles)]
    return held if len(held) == 1 else []


def _holding_it_now(role: str, titled: list[Person]) -> list[Person]:
    """Of several named who fit "the <office>" (no "former", "outgoing", "new" before it), those who hold it now, when
    one does (hard92 mines: "… attended by the former Minister of Mines, Mr. A, …, and by the Minister of Mines, Mr. B.
    According to the Minister, he …": B; the bare office is its present holder's, the one named as its former holder
    is "the former Minister"); all of them when none of them was named as a former holder, or when none holds it now.
    The office held now is the one asked for by its head ("minister" for "minister of mines"): not a word that fits a
    former holder by its sense (sixhundredseventyninth thenewsnigeria: "Former President X … The elder statesman also
    congratulated …": X, not the President in office named later)."""
    if not any(r[:7] == "former " for p in titled for r in p.roles):
        return titled
    head = _role_head(role)
    now = [p for p in titled if any(r[:7] != "former " and _role_head(r) == head and roles_compatible(role, r)
                                    for r in p.roles)]
    return now or titled


def _holding_the_office_not_only_the_style(role: str, titled: list[Person]) -> list[Person]:
    """Of those an office may mean, the ones who hold it by an office of theirs, not only by the style every prince
    at the court bears (fivehundredfirst, KUNA: "His Highness the Amir Sheikh X received His Highness the Crown Prince
    Sheikh Y … a letter he received from His Highness Sheikh X … His Highness the Crown Prince briefed …": the Amir's
    "His Highness Sheikh X" fits a Crown Prince by its style, his office does not); all of them when none does. Only
    the style of highness, which a court's several princes share: a cleric's "His Beatitude X" is still the
    Metropolitan (hard50), a king's "His Majesty" still a sovereign (hard28)."""
    own = [p for p in titled if any(style_of(r) != "highness" and roles_compatible(role, r) for r in p.roles)]
    return own or titled


def style_of(role: str) -> str | None:
    """The style of address an office is ("his majesty", "royal highness prince",
    "holy father"), as a key of STYLE_OFFICES, or None."""
    initials = role.partition(" ")[0]  # ("HM the King", "HH Sheikh X", "HRH the Crown Prince": a style's initials)
    if "majesty" in role or initials == "hm":
        return "majesty"
    if "highness" in role or initials in ("hh", "hrh"):
        return "highness"
    if "holiness" in role:
        return "holiness"
    if "beatitude" in role or "eminence" in role:
        return "beatitude" if "beatitude" in role else "eminence"  # (a cleric's style: `STYLE_OFFICES`)
    if "his worship" in role or "her worship" in role:
        return "worship"  # (a mayor's style: `STYLE_OFFICES`; not a ministry's "International Trade and Worship")
    if "lordship" in role or "ladyship" in role:
        return "lordship"  # (a judge's style: `STYLE_OFFICES`)
    if "excellency" in role:
        return "excellency"  # (whoever was named with it: many offices are "His Excellency")
    return "pope" if OFFICE_NAMED_ALSO.get(role) == "pope" else None


def _alias_name(alias: str) -> tuple[str, ...]:
    """The name words of a front-matter alias, without its title ("Prime Minister
    Oduya" is named "Oduya"), or none if it is a description ("the head of state")."""
    from readout_tui.engine.phrases import TOKEN, phrase_starting_at

    words = tuple(TOKEN.findall(alias))
    if not words or not all(w[:1].isupper() for w in words) or len(words) > 3:
        return ()
    phrase = phrase_starting_at(alias, 0, len(alias))
    if phrase is not None and phrase.kind == "name" and phrase.role:
        return phrase.name
    return words


class People:
    """The persons of one readout, built up as their names are met."""

    def __init__(self, participants: tuple[Participant, ...] = ()) -> None:
        self.persons: list[Person] = []
        self.principal: Person | None = None
        self.place_host: Person | None = None  # whose capital the meeting is in (`settle_place_host`)
        self._holders: dict[str, Person] = {}  # unnamed office holders, by office
        self._own_head_unnamed = False  # see `settle_principal`
        self._hostless_guests: tuple[Person, ...] = ()  # the guests of a title that names no host (`settle_principal`)
        self._title_guests: tuple[Person, ...] = ()  # the guests the title names (`settle_principal`)
        self.unnamed_hosts: set[str] = set()  # offices whose bare form is a host who meets a namesake
        self.listed_offices: set[str] = set()  # offices listed as taking part, no one named with them
        self._by_word: dict[str, list[Person]] = {}  # name word -> persons, for match_name
        self._by_last: dict[str, list[Person]] = {}  # last name word -> persons
        self._known: dict[str, Person] = {}  # name forms already resolved: the same form, the same person
        self._has_aliases = any(p.aliases for p in participants)
        self.younger_siblings: list[Person] = []  # "X, who is Y's younger brother" (`namesake_by_age`)
        for participant in participants:
            self._declare(participant)

    def _declare(self, participant: Participant) -> None:
        from readout_tui.engine.phrases import TOKEN

        forms = {" ".join(f.casefold().split()) for f in (participant.name, *participant.aliases)}
        person = next((p for p in self.persons if forms & p.aliases), None)  # listed twice: one person
        if person is None:
            person = self._new(0)
        person.given = True
        person.weak = False
        person.aliases.add(" ".join(participant.name.casefold().split()))
        self._add_name_form(person, tuple(TOKEN.findall(participant.name)))
        person.add_form(participant.name)
        for alias in participant.aliases:
            person.aliases.add(" ".join(alias.casefold().split()))
            name = _alias_name(alias)
            if name:
                self._add_name_form(person, name)
            person.add_form(alias)
        if participant.role and not participant.role.isspace():  # (a role of blanks only is none)
            person.roles.add(" ".join(participant.role.lower().split()))
            person.offices_given.append(" ".join(participant.role.split()))

    def _add_name_form(self, person: Person, name: tuple[str, ...]) -> None:
        person.names.append(name)
        words = core(name)
        full = person.full_name
        if len(person.names) == 1 or (len(words), len(name)) > (len(core(full)), len(full)):
            person.full_name = name
        elif _given_name_first_of(words, core(full)):
            person.full_name = name  # "Rogozin Dmitry" in a list, then "Dmitry Rogozin:": shown as English writes him
        self._index_words(person, words)

    def add_nickname(self, person: Person, word: str) -> None:
        """File a one-word nickname given in brackets after the person's full name (`bracketed_nicknames`) as a name
        of theirs, so that the bare word names them; the full name stays the one shown."""
        name = (word,)
        if name not in person.names:
            self._add_name_form(person, name)
            person.add_form(word)

    def _index_words(self, person: Person, words: tuple[str, ...]) -> None:
        """File `person` under each of a name's core `words` and under its last one,
        where `match_name` looks names up."""
        by_word = self._by_word
        for word in words:
            bucket = by_word.get(word)
            if bucket is None:
                by_word[word] = [person]  # (most name words are new: no list made to be thrown away)
            elif bucket[-1] is not person and person not in bucket[-8:]:
                bucket.append(person)
        if words:
            last = self._by_last.get(words[-1])
            if last is None:
                self._by_last[words[-1]] = [person]
            elif person not in last[-8:]:
                last.append(person)

    def _new(self, position: int) -> Person:
        person = Person(key=len(self.persons), first_seen=position)
        self.persons.append(person)
        return person

    # -- names ------------------------------------------------------------

    def by_alias(self, phrase: Phrase) -> Person | None:
        if not self._has_aliases:
            return None
        text = " ".join(phrase.text.casefold().split())
        for person in self.persons:
            if person.aliases and (text in person.aliases or _strip_the(text) in person.aliases):
                return person
        return None

    def match_name(self, name: tuple[str, ...], recent: list[Person] | None = None) -> Person | None:
        return self._match_words(name, core(name), recent)

    def _match_words(self, name: tuple[str, ...], words: tuple[str, ...],
                     recent: list[Person] | None = None) -> Person | None:
        """`match_name` for `name`, whose core is `words` (`add_name` has it already)."""
        if not words:
            return self._surname_that_is_a_particle(name)
        # a match shares the mention's last word, or its own last word is in the mention
        seen = self._by_word.get(words[-1])
        if len(words) > 1:
            by_last = self._by_last
            others: list[Person] = []
            for word in words[:-1]:
                if word in by_last:
                    others += by_last[word]
            if others:
                seen = seen + others if seen else others
        if not seen:
            return None  # a name not met before: most names, the first time
        if len(seen) == 1:  # (most names met before: one person, no list to dedupe and filter)
            return seen[0] if _name_matches(name, seen[0], words) else None
        found = [p for p in dict.fromkeys(seen) if _name_matches(name, p, words)]
        if len(found) <= 1:
            return found[0] if found else None
        full = [p for p in found if core(p.full_name) == core(name)]
        if len(full) == 1:
            return full[0]
        for person in reversed(recent or []):
            if person in found:
                return person
        return found[0]

    def _surname_that_is_a_particle(self, name: tuple[str, ...]) -> Person | None:
        """The one person whose full name is two words, the first of them this lone capitalised particle
        (fivehundredfiftythird fao: "Le Yucheng, China’s Vice Minister …", then "…, Le added."): a surname written first
        that `core` drops as a particle ("Marine Le Pen" has it inside, and no one writes her "Le" alone)."""
        if len(name) != 1 or not name[0][:1].isupper():
            return None
        found = [p for p in self.persons if p.full_name and len(p.full_name) == 2 and p.full_name[0] == name[0]]
        return found[0] if len(found) == 1 else None

    def _misspelt(self, phrase: Phrase) -> Person | None:
        """The one person already named whose surname a titled surname misspells by one
        letter (changed, doubled, dropped, or two swapped: "Zelenskky" for "Zelenskyy"),
        holding the same office; or whose full name a full name of the same first name
        misspells so (two-hundred-eighty-seventh 72833: "First Deputy Prime Minister ... Yulia
        Svyryidenko noted", then "Yulia Svyrydenko also said": one woman, whose carry-ons
        broke where the two spellings took turns); long surnames only, where a namesake so
        close is unlikely."""
        words = core(phrase.name)
        if not 1 <= len(words) <= 2 or len(words[-1]) < 7:
            return None
        word = words[-1]
        if len(words) == 2:
            # (only those filed under the first name, `_index_words`, can have it first in their full name, which is
            # one of their names: most first names are new, and no one is looked at)
            found = [p for p in dict.fromkeys(self._by_word.get(words[0], ())) if not p.weak
                     and len(full := core(p.full_name)) == 2 and full[0] == words[0]
                     and _one_letter_apart(full[-1], word)]  # (its core read once)
        else:
            found = [p for p in self.persons if not p.weak and p.full_name and len(p.full_name) >= 2
                     and _one_letter_apart(core_surname(p.full_name), word)
                     and any(roles_compatible(phrase.role, r) or roles_compatible(r, phrase.role) for r in p.roles)]
        return found[0] if len(found) == 1 else None

    def _surname_with_letters_swapped(self, word: str) -> Person | None:
        """The one person named in full before (not weak) whose surname this lone untitled word writes with two letters
        next to each other swapped, a typing slip (sixhundredfirst mia 2017-12-20: "Parliament Speaker Talat Xhaferi …",
        then "In this respect Xahferi mentioned …"); the first letter kept, long surnames only (six letters or more),
        where a namesake so close is unlikely; a letter changed or dropped inside it, its two last letters kept
        (`_one_letter_changed_inside`, `_one_letter_dropped_inside`), not at its end, as a surname's feminine or
        plural may be ("Ivanov", "Ivanova")."""
        if len(word) < 6:
            return None
        found = [p for p in self.persons if not p.weak and len(p.full_name) >= 2
                 and ((last := core_surname(p.full_name))[:1] == word[:1]
                      and (neighbours_swapped(last, word) or _one_letter_changed_inside(last, word)
                           or _one_letter_dropped_inside(last, word) or _closing_vowel_changed(last, word))
                      or _given_name_slipped(core(p.full_name), word))]
        return found[0] if len(found) == 1 else None

    def _surname_with_its_article_written_otherwise(self, word: str) -> Person | None:
        """The one person named in full before (not weak) whose surname is this lone word with its Arabic article
        written the other way, hyphened in one and joined in the other (ninehundredseventysixth blueprint 2020-07-20:
        "Leader of the delegation, Senator Umaru Almakura, said …", then "Al-Makura described the development as …";
        so "El-Rufai" and "Elrufai"): one name, the same letters, `core` dropping only the hyphened article. The
        letters compared whole, the article's hyphen taken out of both (`_hyphen_after_the_article_dropped`); the
        cheap test of the caller first: the word opens with an article (`_ARTICLE_AT_THE_START`)."""
        if len(word) < 6:
            return None
        plain = _hyphen_after_the_article_dropped(word)
        found = [p for p in self.persons if not p.weak and len(p.full_name) >= 2
                 and p.full_name[-1] != word and _hyphen_after_the_article_dropped(p.full_name[-1]) == plain]
        return found[0] if len(found) == 1 else None

    def _half_of_a_double_surname(self, word: str, gender: str | None, confirmed: bool) -> Person | None:
        """The one person already named in full (not weak), whose hyphenated surname opens with this lone word
        (styles42: "WHO Representative … Dr. Tomasz Ojukwenda-Vesk called on …" then "…, Dr Ojukwenda said."): the
        surname's first half, as readouts shorten a double surname; or closes with it, its second half capitalised as
        written (ninehundredseventieth negrosocc: "… led by Dita Angara-Mathay, Special Trade Representative …" then
        "Rep. Mathay also assured the Governor that …": a Filipino woman's married surname after her maiden one, as
        "Macapagal-Arroyo" is "Arroyo"; not the lower-case second syllable of a Korean given name, "Ban Ki-moon");
        None when no one, or more than one, has it, or the mention's sex (`gender`, from its honorific) is not the
        person's. The full name named with no office nor title (weak: "led by Dita Angara-Mathay, Special Trade
        Representative …") only for a mention its title or speech verb confirms (`confirmed`), by the second half; and
        by the second half a mention with a sex ("Mr. Mathay") only for one known to be of that sex, as her husband
        bears that half ("Her husband, Mr. Mathay, said …" after "Dita Angara-Mathay": no one named yet, not her)."""
        if len(word) < 4:
            return None
        found = [p for p in self.persons if len(p.full_name) >= 2
                 and not (gender and p.gender and gender != p.gender)
                 and "-" in (last := core_surname(p.full_name))
                 and (not p.weak and last.partition("-")[0] == word
                      or (not p.weak or confirmed) and last.rpartition("-")[2] == word
                      and (not gender or gender == p.gender) and _second_half_capitalised(p.full_name))]
        return found[0] if len(found) == 1 else None

    def _only_namesake_of_the_sex(self, person: Person, words: tuple[str, ...], sex: str) -> Person | None:
        """The one person other than `person` whose name `words` (a bare surname) matches and whose sex is `sex`, else
        None (`add_name`: "Mrs. Delvanne" after "Premier Oskar Delvanne" and "Mrs. Annika Delvanne")."""
        others = [p for p in self.persons if p is not person and p.gender == sex and not p.weak
                  and _name_matches(words, p, words)]
        return others[0] if len(others) == 1 else None

    def _role_clash(self, phrase: Phrase, words: tuple[str, ...], person: Person) -> bool:
        """'Speaker McCarthy' is not 'White House Climate Advisor Gina McCarthy' (`words`:
        core(phrase.name))."""
        return bool(len(words) == 1 and phrase.role and person.roles
                    # (hard23: "Vice President Babatope X … Professor X reassured …": an academic title, which
                    # the holder of any office may bear, is no other office; nor "Ambassador", the courtesy title a
                    # former ambassador keeps: NATO's "Deputy Secretary General Alexander X … Ambassador X underlined …",
                    # the White House's "National Security Advisor to the Vice President Nancy X … Ambassador X provided
                    # an update …", thirty-fourth)
                    and phrase.role not in ("professor", "ambassador")
                    # "President of the X Sheikh Hamad bin Y … Sheikh Hamad noted …": a style borne with the office
                    and phrase.role not in _STYLES_WITH_AN_OFFICE
                    and not _heads_an_embassy_as_its_ambassador(phrase, person)
                    and not _office_next_to_the_name_held(phrase, person)
                    and not any(roles_compatible(phrase.role, r) or roles_compatible(r, phrase.role)
                                # "Minister for Foreign Affairs Senator X": two offices, one "Senator X"
                                or r.endswith(" " + phrase.role) or _minister_and_senator(phrase.role, r)
                                for r in person.roles))

    def _office_held_by_another(self, phrase: Phrase, person: Person) -> bool:
        """`person`, known as of other countries, is named with an office of a country (`phrase`) that another one
        named holds, of that country, and that `person` holds in his own: no one holds one office in two countries,
        so the office before the name is the other's."""
        country, role = phrase.country, phrase.role
        if any(same_country(country, c) for c in person.countries) \
                or not any(roles_compatible(role, r) for r in person.roles):
            return False
        return any(p is not person and not p.weak and any(same_country(country, c) for c in p.countries)
                   and any(roles_compatible(role, r) for r in p.roles) for p in self.persons)

    def add_name(self, phrase: Phrase, position: int, *, may_create: bool = True,
                 confirmed: bool = False, another_generation: bool = False) -> Person | None:
        """Record a name mention; a new name is a new person (when allowed).

        A bare capitalised pair ("Nord Stream", "Middle East") may be a person or
        not: it stays `weak`, invisible to descriptions and to "the principal",
        until a title, an honorific or a speech verb confirms it."""
        if not confirmed and phrase.name and phrase.name[0].lower() in _STYLES_BEFORE_A_NAME and len(phrase.name) > 2:
            # (four-hundred-thirty-ninth tajik_president_2023-01-27: "a telephone conversation took place between …
            # President of the Republic of Tajikistan, Honorable Emomali Rahmon, and the President of Turkmenistan,
            # Honorable Serdar Berdimuhamedov"): a style only a person bears, kept as the name's first word
            # (`_STYLES_BEFORE_A_NAME`), confirms the name as an honorific does
            confirmed = True
        known = self._known.get(phrase.text)
        if known is not None:
            if position < known.first_seen:
                known.first_seen = position
            known.weak = known.weak and not confirmed
            return known
        words = core(phrase.name)
        person = (self._has_aliases and self.by_alias(phrase)) or self._match_words(phrase.name, words)
        if person is None and len(words) == 2 and phrase.name[0] in GIVEN_NAME_STYLES:
            person = self._match_words(phrase.name[1:], words[1:])  # ("Gen Mathers" after "General Tom Mathers": his)
        if person is not None and self._role_clash(phrase, words, person):
            # (hard29 ostmark fuel staff: "General Anders Voss … the head of the Fuel Directorate, Colonel Hedda Voss
            # … Colonel Voss said …"): the office or rank before a surname two bear is the one's who holds it
            # (`_namesake_holding`), not a new person of that surname; none such, a new one as before
            namesake = self._namesake_holding(phrase, words, person)
            person = namesake if namesake is not person else None
        if person is not None and phrase.gender == "f" and person.gender is None and len(words) == 1 \
                and phrase.role == "" and (woman := self._only_namesake_of_the_sex(person, words, "f")) is not None:
            # (hard87: "Premier Oskar Delvanne … his wife, Mrs. Annika Delvanne … Mrs. Delvanne opened …"): a woman's
            # courtesy title on a bare surname two bear, one of no known sex, is the one known as a woman (not "Mr":
            # hard8 kremlin_former_president's "Mr Marsh" is the elder, whose sex no word told, not his son)
            person = woman
        if person is not None and phrase.gender and person.gender and person.gender != phrase.gender:
            # (sixteenth styles tarvania_two_ministers_novak: "Ms Novak briefed … Mr Novak presented …", Petra and Tomas
            # Novak): the honorific's sex is not hers; the other of that name, if just one, whose sex may be his
            others = [p for p in self.persons if p is not person and p.gender in (None, phrase.gender)
                      and _name_matches(phrase.name, p, words)]
            if len(others) == 1:
                person = others[0]
        if person is not None and len(words) == 1 and phrase.role:
            person = self._namesake_holding(phrase, words, person)
        if person is not None and _wife_of_the_surnamed_office_holder(phrase, words, person):
            person = None
        if person is not None and another_generation and phrase.name[-1] not in (n[-1] for n in person.names):
            person = None  # ("his son X Jr." after X: the parent's namesake, `name_registry`)
        if person is None and may_create and (phrase.role and len(phrase.name) == 1 or len(phrase.name) == 2):
            person = self._misspelt(phrase)  # "President Zelenskky shared …" after "President Zelenskyy"
        if person is None and len(words) == 1 and not phrase.role:
            person = self._surname_with_letters_swapped(words[0])  # "Xahferi mentioned …" after "Talat Xhaferi"
        if person is None and len(words) == 1:
            # ("Dr Ojukwenda" after "Dr. X Ojukwenda-Vesk"; not "Mr Kovac" after "Ms Anna Kovac-Horvat", her husband;
            # a bare untitled word too, only matched, never made a person, sixhundredsixtyfirst jiji 2025-06-13:
            # "Kosovar President Vjosa Osmani-Sadriu …" then "…, Osmani said that …")
            person = self._half_of_a_double_surname(words[0], phrase.gender, confirmed)
        if person is None and len(phrase.name) == 1 and not phrase.role:
            person = self._initials_of_a_full_name(phrase.name[0])  # "KCR requested …" after "K Chandrasekhar Rao"
        if person is None and len(words) == 1 and _ARTICLE_AT_THE_START.match(phrase.name[-1]) is not None:
            person = self._surname_with_its_article_written_otherwise(phrase.name[-1])  # "Al-Makura" after "X Almakura"
        if person is None:
            if not may_create:
                return None
            return self._add_person(phrase, words, position, confirmed)
        if phrase.name not in person.names:
            self._add_name_form(person, phrase.name)
        if phrase.role and phrase.country and person.countries and self._office_held_by_another(phrase, person):
            # (three-hundred-ninety-fifth belarus 2022-02-27: "Belarus President X phoned Ukraine President Y. …
            # After talking to the President of Ukraine X contacted …", a comma left out): the office of the clause
            # before, glued to the name that opens the main one, is the other's; the name alone is his
            phrase = phrase._replace(role=None, country=None, text=" ".join(phrase.name))
        person.learn(phrase)
        _gender_from_first_name(person)
        if position < person.first_seen:
            person.first_seen = position
        person.weak = person.weak and not confirmed and not phrase.role
        self._known[phrase.text] = person
        return person

    def _initials_of_a_full_name(self, word: str) -> Person | None:
        """The one person named before whose full name, three words or more, has this one word in capitals for its
        initials (sixhundredseventieth sakshi 2020-12-12: "Telangana Chief Minister K Chandrasekhar Rao …", then "KCR
        requested Shekhawat to …"): the letters the Indian press writes for a leader, as "KTR", "NTR"; never a new
        person by itself."""
        if not 3 <= len(word) <= 5 or not word.isupper() or not word.isalpha():
            return None
        letters = word.casefold()
        found = [p for p in self.persons if len(p.full_name) == len(letters)
                 and "".join(w[:1] for w in p.full_name).casefold() == letters]
        return found[0] if len(found) == 1 else None

    def _namesake_holding(self, phrase: Phrase, words: tuple[str, ...], person: Person) -> Person:
        """The one of this surname who holds the office named before it ("Ambassador X" after "Foreign Minister Maren
        X received … the Ambassador of Y, Tobias X": Tobias, hard54 varndal_foreign_minister), when `person`, the first
        match, does not hold it and just one other of that name does; else `person`. That other's given name may be
        written in another spelling (`_given_name_of_another_spelling`)."""
        role = phrase.role
        if any(roles_compatible(role, r) for r in person.roles):
            return person
        # (only those filed under the word can bear it, `_index_words`; a given name spelt another way may be anyone's
        # first: a look at every person per mention made a readout of many speakers of one office quadratic)
        candidates = self.persons if words[0] in GIVEN_NAME_SPELLINGS else dict.fromkeys(self._by_word.get(words[0], ()))
        others = [p for p in candidates if p is not person and any(roles_compatible(role, r) for r in p.roles)
                  and (_name_matches(phrase.name, p, words) or _given_name_of_another_spelling(words, p))]
        return others[0] if len(others) == 1 else person

    def namesake_by_age(self, surname: str, younger: bool) -> Person | None:
        """Of two people of one surname, one named with a child's suffix ("Arvid Lund Jr.", `GENERATION_MARKS`) and one
        without, the younger (that one) or the elder (the other); None unless there are just those two (sixteenth
        styles kelmar_president_lund_shipyards: "The younger Mr Lund informed …"); or one told to be the other's younger
        brother or sister (seventeenth styles dravonia kremlin rebrov brothers: "The younger Rebrov noted …")."""
        bearers = [p for p in self.persons if any(n and surname in n for n in p.names)]  # (the parent may be weak yet)
        if len(bearers) != 2:
            return None
        young = [p for p in bearers if any(n[-1] in GENERATION_MARKS for n in p.names if n) or p in self.younger_siblings]
        if len(young) != 1:
            return None
        return young[0] if younger else next(p for p in bearers if p is not young[0])

    def _add_person(self, phrase: Phrase, words: tuple[str, ...], position: int, confirmed: bool) -> Person:
        """`add_name` for a name no one bears yet: a new person, first seen at
        `position`, with that one name (most calls: a readout names most people
        once in each form), whose core is `words`. The same steps as for a person
        already known, less the tests that a new person answers alike (no names,
        no gender, seen nowhere before): `_add_name_form` with its first name
        made the full one."""
        person = self._new(position)
        person.names.append(phrase.name)
        person.full_name = phrase.name
        self._index_words(person, words)
        person.learn(phrase)
        _gender_from_first_name(person)
        person.weak = not confirmed and not phrase.role
        self._known[phrase.text] = person
        return person

    # -- descriptions -----------------------------------------------------

    def _office_and_surname(self, phrase: Phrase) -> Person | None:
        """(three-hundred-seventeenth us_usaid_2023-02_king_abdullah) "Today, Administrator Samantha Power met with
        King Abdullah II … Administrator Power emphasized that …": a surname that is also a body's word ("Power")
        reads, after an office, as part of the office ("administrator power"); the office's holder named before
        with that surname is meant. Not a surname nobody named bears, nor one whose bearer holds another office."""
        split = office_then_surname(phrase)
        if split is None:
            return None
        office, surname = split[0], split[1].casefold()
        found = [p for p in self.persons if not p.weak and p.surname() == surname and p.roles
                 and any(roles_compatible(office, r) for r in p.roles)]
        return found[0] if len(found) == 1 else None

    def _bare_surname_office(self, phrase: Phrase) -> Person | None:
        """(hard63 ambassador_bishop: "Ambassador Imelda Bishop … Bishop thanked the Minister …") an office word that is
        also a surname (`phrases.SURNAME_OFFICES`), capitalised, alone, with no article: the one person named
        before with that surname, not the office of a bishop or a judge nobody named. The word is the phrase's own text,
        not its role, which may be the office's other name (fx68's "Mr. Rel Boss … Boss said …": "boss" read as "chief",
        `phrases._INFORMAL_OFFICES`)."""
        word = phrase.text.casefold()
        if word not in SURNAME_OFFICES or not phrase.text[:1].isupper():
            return None
        found = [p for p in self.persons if not p.weak and p.surname() == word]
        return found[0] if len(found) == 1 else None

    def resolve_description(self, phrase: Phrase, recent: list[Person], exclude: Person | None = None) -> Person | None:
        if phrase.role == "leader" and exclude is None and phrase.text[-7:] == " leader" \
                and (leads := self._head_of_the_body_by_its_noun(phrase)) is not None:
            return leads  # ("the community leader": the one named President of the … Community Association)
        if phrase.role in _INFORMAL_OFFICES:
            phrase = phrase._replace(role=_INFORMAL_OFFICES[phrase.role])  # ("the agency's boss": a body's chief)
        found = self._resolve_description(phrase, recent, exclude)
        if found is None and exclude is None and recent and phrase.role[:7] == "former " \
                and phrase.text[:11].lower() == "the former ":
            return _last_subject_by_a_past_office(phrase.role[7:], recent[-1], phrase.start)
        return found

    def _head_of_the_body_by_its_noun(self, phrase: Phrase) -> Person | None:
        """(styles70: "The President of the Orvanesian Community Association of Lindmere, Mr. X, … “…,” the community
        leader said.") "the <noun> leader", one lower-case noun before "leader": the one person named who heads a body
        whose name in his office holds that noun (his office's head a president, a chair or a leader,
        `_HEADS_BY_THE_BODYS_NOUN`, and the noun after its "of": "president of community association", "chairman of
        farmers union"); None when no one or two do, or the word is an adjective (`_ADJECTIVE_ENDINGS`, rf12: "the regional
        leader" is the region's governor, not the "Chairperson of the Vell Regional Council"), the bare "leader" (a
        state's) read as before."""
        noun = phrase.text[:-7].rpartition(" ")[2]
        if not noun.isalpha() or not noun.islower() or noun in ("the", "a", "an", "its", "their", "our") \
                or noun.endswith(_ADJECTIVE_ENDINGS):
            return None
        holders = [p for p in self.persons if not p.weak and any(
            r.partition(" of ")[0] in _HEADS_BY_THE_BODYS_NOUN and noun in r.partition(" of ")[2].split() for r in p.roles)]
        return holders[0] if len(holders) == 1 else None

    def _county_governor(self, exclude: Person | None) -> Person | None:
        """(ninehundredfourteenth turkanagoke 2024-04-04: "Governor Jeremiah Lomorukai today hosted UNHCR’s Head of
        Kakuma Sub-Office X … The County boss said locals in Turkana have been hospitable …"): "the county boss" (or
        chief, head) is the one Governor named, not another office's head, whose "head" the bare "chief" would match;
        no one when no Governor or more than one is named (a deputy governor holds another office)."""
        governors = [p for p in self.persons if p is not exclude and not p.weak and "governor" in p.roles]
        return governors[0] if len(governors) == 1 else None

    def _holders_by_a_places_last_word(self, role: str, country: str, exclude: Person | None) -> list[Person]:
        """Those who hold `role` and were named with the last word of a place of two or more words before their office
        (eighthundredseventyfirst quangninh 2019-08-20: "Quang Ninh's Chairman Nguyen Van Thang made a brief
        introduction … Quang Ninh's Chairman hoped that …"): the name's phrase reads only "Ninh's Chairman X", so his
        place is "ninh's", the last word and its possessive, where the description's is "quang ninh"."""
        last = country.rpartition(" ")[2]
        forms = (last + "'s", last + "’s")
        return [p for p in self.persons if not p.weak and p is not exclude and role in p.roles
                and any(c in forms for c in p.countries)]

    def _aides_named(self) -> int:
        """How many people named hold an aide's office (`_AIDES_OFFICES`: an assistant's, an adviser's), whom "the aide"
        and "the Governor's aide" may mean (`roles_compatible`): with two or more, the bare word names none of them."""
        return sum(1 for p in self.persons if p.names and not p.weak
                   and any(_role_head(r) in _AIDES_OFFICES for r in p.roles))

    def _resolve_description(self, phrase: Phrase, recent: list[Person], exclude: Person | None = None) -> Person | None:
        by_alias = self.by_alias(phrase)
        if by_alias is not None:
            return by_alias
        if phrase.role[:4] == "aide" and phrase.role.partition(" of ")[0] == "aide" and self._aides_named() > 1:
            return None  # (hr61: an Executive Assistant and a Special Adviser named, "the Governor's aide": either)
        if exclude is None and phrase.text[4:12] == "retired " and phrase.text[:4].lower() == "the ":
            retired = self._retired_holders(phrase.role, phrase.start)
            if len(retired) == 1:
                return retired[0]
            if not retired and not self._former_holders(phrase.role, phrase.start):
                # (hr58 on h1140: "the retired judge" where no one named is marked retired nor a former holder: no
                # one, not the sitting Chief Justice who spoke last)
                return None
        if exclude is None and " for " in phrase.role and (remitted := self._sole_holder_of_the_remit(phrase.role)):
            return remitted
        if phrase.role == "chancellor" and phrase.country and self._chancellor_is_a_foreign_minister(phrase.country):
            # (styles27 aurelandia_chancellor: "The Minister of Foreign Affairs, X, received … The Aurelandian
            # Chancellor underscored …"): Latin America's "canciller" in English, its Foreign Minister ("the
            # Chancellor" alone after it is he, by that form; with no nationality, a UK readout's unnamed
            # Chancellor, who met a Foreign Minister, stays one of his own)
            phrase = phrase._replace(role="foreign minister")
        role, country = phrase.role, phrase.country
        if role in ("president", "president of state") and exclude is None \
                and phrase.text.lower().endswith(_STATE_PRESIDENT_ENDS) and not self.holds("president"):
            # (eighthundredfiftyeighth mexiconewstv: "… Governor Samuel Alejandro García Sepúlveda … The State President
            # also reaffirmed his Administration’s commitment …"): a Mexican state's "mandatario estatal" in English, its
            # Governor, when no one named is a President and one named is a Governor (a head of state, as Viet Nam's
            # "State President X", holds "president" and is read as before)
            governors = [p for p in self.persons if p.names and not p.weak and "governor" in p.roles]
            if len(governors) == 1 and not _governor_named_by_his_nation(governors[0]):
                return governors[0]
        if country and exclude is None and role.endswith(" of parliament") and _HEAD_OF_A_CHAMBER.match(role):
            # (four-hundred-thirty-ninth tajik_president_2023-10-05: "… a telephone conversation with the Chairperson of
            # the Council of Federation of the Federal Assembly of Russia Valentina Matviyenko … The Chairperson of the
            # Upper Chamber of the Russian Parliament sincerely congratulated …"): a parliament's chamber described,
            # not named; its head is the one of that country who heads a chamber by its own name
            heads = [p for p in self.persons if not p.weak and any(same_country(country, c) for c in p.countries)
                     and any(r.partition(" ")[0] in _CHAMBER_HEADS and " of " in r for r in p.roles)]
            if len(heads) == 1:
                return heads[0]
        if country and (exclude is None or phrase.possessive) and not any(country in p.countries for p in self.persons):
            # (thirty-sixth hard korsovia_president_meets_two_governors: "… Governor of the Velichar Region X and
            # Governor of the Dunavets Region Y … The Velichar governor also spoke …", "His Dunavets colleague
            # supported …", whose "His" is the one who spoke last): a place no one comes from, its name as an
            # adjective, is the one whose office names it
            placed = [p for p in self.persons if not p.weak and p is not exclude and any(
                f" of {country} " in f"{r} " and (role == "colleague" or r.startswith(role + " ")) for r in p.roles)]
            if not placed and " " in country:
                placed = self._holders_by_a_places_last_word(role, country, exclude)
            if len(placed) == 1:
                return placed[0]
            named = self._own_name_word_before_office(phrase) or self._envoy_of_a_named_principal(phrase)
            if named is not None:
                return named
        if country is None and role[-11:] == " government" and role.startswith("head of ") \
                and " " not in (place := role[8:-11]) and any(place in p.countries for p in self.persons):
            # (thirty-third hard set morvia_call_ketland_prime_minister: "The head of the Ketland Government
            # thanked …"): a country the readout's people come from, its name as an adjective, as "the head of the
            # Government of Ketland" (a country of the word lists is read so already: "the Singapore Government")
            role, country = "head of government", place
            phrase = phrase._replace(role=role, country=country)
        if exclude is None and (role in SURNAME_OFFICES or role == "chief") \
                and (surnamed := self._bare_surname_office(phrase)):
            return surnamed
        if " " in role and exclude is None:
            surnamed = self._office_and_surname(phrase)
            if surnamed is not None:
                return surnamed
        if country in _SEATS_OF_A_MINISTRY and role in ("chief", "head", "boss"):
            # "The Pentagon chief", "the head of the Pentagon": the minister whose ministry sits there
            stems = _SEATS_OF_A_MINISTRY[country]
            return self._pick([p for p in self.persons if p is not exclude and not p.weak and any(
                w.startswith(stems) for r in p.roles for w in r.split())], recent)
        if role == "foreign minister" and phrase.text[-2:] == "FM" and not country and exclude is None \
                and ("first minister" in self._holders or self.holds("first minister")) \
                and not self.holds("foreign minister"):
            # (three-hundred-thirtieth scot_gov 2023-04-24 sunak_meeting: "The First Minister and the Prime Minister
            # met this evening. The FM raised the cost-of-living crisis …"): the initials are the First Minister's
            # where the readout has one and no Foreign Minister (the devolved governments' "the FM")
            return self.resolve_description(phrase._replace(role="first minister",
                                                            text=phrase.text[:-2] + "First Minister"), recent)
        if country is None and role in ("chief", "head"):
            portfolio = _department_letters(phrase.text)
            if portfolio:
                # (three-hundred-twenty-ninth philippines_pco pna_2020-11-10_locsin_asean_meetings: "Foreign Affairs
                # Secretary X … the DFA chief highlighted …": a department's initials before "chief", its head the
                # one whose office the letters spell, "Department of Foreign Affairs" for "foreign affairs secretary")
                # (the office as the registry keeps it may have lost its first word to a country's place, "Foreign
                # Affairs Secretary" kept as "affairs secretary": its letters end the department's)
                heads = [p for p in self.persons if p is not exclude and not p.weak
                         and any((letters := _portfolio_letters(r)) and portfolio.endswith(letters) for r in p.roles)]
                if heads:
                    return self._pick(heads, recent)
        if country is None and role in ("chief", "head") and (house := _house_before_chief(phrase.text)):
            # (sixhundredthirtythird senate 2024-05-28: "Senate President Francis “Chiz” Escudero … The Senate chief also
            # expressed his gratitude …"): a house named before "chief", its head the one who presides over it
            heads = [p for p in self.persons if p is not exclude and not p.weak
                     and any(_presides_over(r, house) for r in p.roles)]
            if heads:
                return self._pick(heads, recent)
        if country is None and role in ("chief", "head") and _ANY_HOUSE_BEFORE_CHIEF.search(phrase.text) is not None:
            # (sixhundredseventyeighth kbsworld 154052: "National Assembly Speaker Park Byeong-seug and the floor
            # leaders … the parliamentary chief had made clear his intent to convene …"): a house's presiding officer
            heads = [p for p in self.persons if p is not exclude and not p.weak and any(_heads_a_house(r) for r in p.roles)]
            if heads:
                return self._pick(heads, recent)
        if country is None and role in _HOUSE_OFFICERS and (letters := initials_before_officer(phrase.text)):
            # (eighthundredthirteenth nation 2022-06-15: "Speaker Balochistan Assembly X called on Speaker National
            # Assembly Y … The NA speaker further said …"): the Speaker of the house those initials spell, not the
            # readout's principal, the other house's Speaker
            heads = [p for p in self.persons if p is not exclude and not p.weak
                     and any(house_initials(r) == letters for r in p.roles)]
            if heads:
                return self._pick(heads, recent)
        if country is None and role in ("chief", "head") and _COUNTY_BEFORE_CHIEF.search(phrase.text) is not None \
                and (governor := self._county_governor(exclude)) is not None:
            return governor
        if country is None and role[-5:] == "chief" and (stem := _portfolio_before_chief(phrase.text)):
            # "The finance chief", "the justice chief": the one whose office holds that portfolio ("Financial
            # Secretary", "Secretary for Justice"), as a department's initials before "chief" name its head
            portfolio = phrase.text.split()[-2]
            heads = [p for p in self.persons if p is not exclude and not p.weak
                     and any(word.startswith(stem) and not _served_by_the_portfolio(word, portfolio)
                             for r in p.roles for word in r.split())]
            if heads:
                return self._pick(heads, recent)
        if role[:5] == "host " and role[5:] in _ANY_OFFICE:
            # (styles37 lanmei: "Auditor General … X received Chairperson … Y … The host official expressed his hope
            # …"): "the host official" is the host; the word for anyone in office after it names no office of its own
            role = "host"
        host = self.place_host or self.principal
        if role == "host" and self.place_host is not None and self.place_host is not exclude:
            return self.place_host  # "… met with Y in Y's capital. The host noted …": Y
        if " of " in role and role.partition(" ")[0] in OTHER_PARTY and exclude is None:
            return self._other_party_of(phrase, recent)
        if "visiting " in phrase.text and exclude is None:
            # "the visiting minister": the guest who holds that office (not the host who
            # publishes, as "the guest" is not)
            role, exclude = role.removeprefix("visiting "), host
            if host is not None and host is not self.place_host and host.names and not host.weak \
                    and any(roles_compatible(role, r) for r in host.roles) and self.holders_named(role) == 1 \
                    and any(p is not host and p.names and not p.weak for p in self.persons):
                # "H.E. President Tomas Varga met H.E. Sheikh …, Amir of Qaderia … The visiting President thanked
                # the Amir." (styles7, left alone there): the only President named is the visitor, though the
                # readout, naming him first, makes him its principal; no place makes him the host, and the one
                # he met is named (not "President X received the President of Velora": the guest, unnamed)
                exclude = None
        if self._own_head_unnamed and not country and role in _UNNAMED_HOLDERS and _is_bare(phrase, role) \
                and not self._guest_holds(role):
            return self._holder(role, phrase.start)
        if role in self.unnamed_hosts and not country and _is_bare(phrase, role):
            # "the President met with President X of Y … The President reaffirmed …": the
            # unnamed host, not the guest who holds the same office
            return self._holder(role, phrase.start)
        if self._own_head_unnamed and not country and role == "head of state" and _is_bare(phrase, role):
            # "The Head of State thanked …" from an office that never names its President:
            # its own head, whom "the President" means (not the guest, who holds another office)
            held = list(self._holders)
            return self._holder(held[0] if len(held) == 1 else "president", phrase.start)
        if "excellency" in role and not country and self.principal is not None and self.principal is not exclude \
                and style_of(role) == "excellency" and not any("excellency" in r for p in self.persons for r in p.roles):
            # (styles31 prime_minister_al_hilfi: "Prime Minister Dr. X received, on Sunday, the Ambassador of Y … His
            # Excellency affirmed …"): the style alone, no one named with it, is the readout's principal, whose office
            # writes of its head so; a principal of the other sex than the style's "His" is not (sixhundredfifth, a
            # title "X Receives Phone Call from French Foreign Minister" makes the caller, Catherine Y, the principal):
            # then the one other person named who may be a man, if one only
            if self.principal.gender in (None, phrase.gender):
                return self.principal
            return _the_one_who_may_be_of_the_sex(self.persons, phrase.gender)
        persons = self.persons
        if len(persons) > _POOL_LIMIT:  # a long readout: whoever was named lately, and the principal
            persons = list(dict.fromkeys([*recent[-_POOL_LIMIT:], *([self.principal] if self.principal else [])]))
        pool = [p for p in persons if p is not exclude and not p.weak]
        if phrase.gender:
            pool = [p for p in pool if p.gender in (None, phrase.gender)]
        if role in _ANY_OFFICE and country:
            # "the Kaldorian official": whoever holds an office of that country, whatever it is
            found = self._pick([p for p in pool if p.roles and any(same_country(country, c) for c in p.countries)],
                               recent)
            if found is None and _lone_nationality(phrase):
                found = self._of_unknown_country(pool)
            return found
        if role in _ANY_OFFICE and not country and (bodied := _office_naming_the_body(phrase, pool)) is not None:
            return bodied
        if role == "official" and not country and self.principal is not None and self.principal in pool \
                and self.principal.roles and phrase.text.lower().endswith(" top official"):
            # (fivehundredtwentyfifth andina castillo-dignitaries: "The President of the Republic X … the top official
            # indicated that …"): the highest office named, the readout's principal who holds one
            return self.principal
        if role in ("successor", "newcomer"):
            # (thirty-second hard velsk_defence_ministers_handover: "The former Defence Minister, X, … His successor
            # promised …"): whoever holds now the office another is named as having held; no one when none is
            held = [r[7:] for p in persons if not p.weak for r in p.roles if r[:7] == "former "]  # (his: the excluded)
            return self._pick([p for p in pool if any(r[:7] != "former " and roles_compatible(r, was)
                                                      for r in p.roles for was in held)], recent) if held else None
        if role in OTHER_PARTY:
            titled = pool
            if role in _FACING_THE_HOST and len(pool) > 1 and (exclude is None or role in _GUESTS):
                # the guest is not the host who publishes; nor is a bare "the interlocutor" (the one
                # the host spoke with: "Vladimir X had a telephone conversation with President Y … The
                # interlocutor noted …")
                titled = [p for p in pool if p is not (host if role in _GUESTS else self.principal)]
                if role in _GUESTS and not country and len(titled) > 1 and host is not None and host.countries:
                    # (forty-second hard sarnetia_president_ulmeria_prime_minister: "President of Sarnetia X met
                    # with Prime Minister of Ulmeria Y … Sarnetian Foreign Minister Z … took part … The guest
                    # thanked …"): the guest is not of the host's country, when someone of another country is there
                    foreign = [p for p in titled if p.countries
                               and not any(same_country(h, c) for h in host.countries for c in p.countries)]
                    titled = foreign or titled
                if role in _GUESTS and len(titled) > 1 and self._title_guests:
                    # (hard60 valdessa: "Foreign Minister of V receives Deputy Prime Minister of G / … received … the
                    # Deputy Prime Minister of G, Mr. T S-H, … The Ambassador of G, Mr. L B-T, attended … The guest
                    # thanked …"): the guest is the one the title names as received, not another of his country
                    titled = [p for p in titled if p in self._title_guests] or titled
            if country and role in _GUESTS and ("’s " in phrase.text or "'s " in phrase.text):
                # (thirty-second hard set velsk_orsa_presidents_talks: "Velsk's guest recalled that this was his
                # third visit …"): the guest a country has, one not of that country, not its own president
                titled = [p for p in titled if not any(same_country(country, c) for c in p.countries)]
                country = None
            if role == "counterpart" and phrase.possessive and exclude is not None and exclude.roles and len(titled) > 1:
                # (forty-second hard tovarnia_president_kostrava_prime_minister: "Kirill Shumeiko [Prime Minister]
                # thanked his counterpart … His counterpart added …" with a President there too): his counterpart holds
                # the office he holds, in the other government; the principal of another office is not meant
                same = [p for p in titled if p.roles and any(roles_compatible(o, r) for r in p.roles for o in exclude.roles)]
                titled = same or titled
        else:
            # (`p.roles and`: no call made for one who holds no office)
            titled = [p for p in pool if p.roles and _fits_one_of(role, p.roles)]
            if titled and " of " in role:
                titled = _not_of_another_capital(role, titled)
            if len(titled) > 1 and not style_of(role):
                titled = _holding_the_office_not_only_the_style(role, titled)
            if len(titled) > 1 and role == "minister" and _is_bare(phrase, role):
                titled = [p for p in titled if not _minister_of_state_only(p.roles)] or titled
            if titled and role in _A_MINISTER_AND_A_CABINET_SECRETARY:
                titled = _cabinet_secretary_as_minister(role, titled, pool)
            if role == "diplomat" and len(titled) > 1:
                # (hard61 orrisande: "The Minister of Foreign Affairs of O, Mr. X, received the Charge d'Affaires … of
                # V … Y … “…,” the diplomat said"): the head of a mission, not the foreign minister, who is a diplomat
                # only where no envoy is named
                titled = [p for p in titled if any(roles_compatible("envoy", r) for r in p.roles)] or titled
            if titled and role == "foreign secretary":
                # (two-hundred-thirty-ninth) "US Secretary of State Mike Pompeo … Secretary Pompeo … The Foreign
                # Secretary reiterated his disappointment at the US decision …": the UK's office, not the US
                # Secretary of State's (whose "Secretary Pompeo" fits any secretary)
                titled = [p for p in titled if "secretary of state" not in p.roles]
            if not titled and role in ("head", "head of region") and "egion" in phrase.text and _heads_a_region(phrase.text):
                # (ninety-first) "Governor of Orlensk Territory X … the regional head dwelled on …": its governor
                # (a republic's head too: "Head of the Republic of Dornia X … The head of the region said …")
                titled = [p for p in pool if any(_role_head(r) == "governor" or r.startswith("head of republic")
                                                 for r in p.roles)]
            if ("outgoing " in phrase.text or "former " in phrase.text) and phrase.text[:4].lower() == "the ":
                # (thirty-second hard velsk_defence_ministers_handover: "The former Defence Minister, X, … The new
                # Minister's task … The outgoing Minister thanked …"): the office's holder named as its former one,
                # not the new holder; with no former holder named, read as before; so "the former minister" (hard52
                # velmara_foreign_ministry_handover: "X took office …, succeeding Y … the former minister said"); the one
                # spoken of last, when he holds it, before the sole former holder of another office (hard84: "Ambassador
                # Lena X, who served as envoy to Y until last year, told … The former ambassador added …" after "The
                # former commander of the Northern Army said …" had made its speaker a former holder: she, not he)
                office = role.removeprefix("outgoing ").removeprefix("former ")
                titled = [p for p in pool if any(r[:7] == "former " and roles_compatible(office, r[7:])
                                                 for r in p.roles)] \
                    or (recent[-1:] if recent and recent[-1] in titled and role[:7] == "former " else []) \
                    or (role[:7] == "former " and _sole_former_holder(pool, country, phrase.start)) or titled
            elif len(titled) > 1 and phrase.text[:4].lower() == "the " \
                    and ("new " in phrase.text or "incoming " in phrase.text):
                # (hard60 saunmark: "the outgoing Ambassador of Corravel, Mr. X, … and his successor, Ms. Y, … The new
                # ambassador said …"): of two holders of the office, not the one leaving it (`left_by_its_holder`)
                staying = [p for p in titled if not any(r[:7] == "former " and roles_compatible(role, r[7:])
                                                        for r in p.roles)]
                titled = staying or titled
            elif len(titled) > 1 and phrase.text[:4].lower() == "the ":
                titled = _holding_it_now(role, titled)
            if not titled and role.removeprefix("former ") == "ambassador":
                titled = _representatives_to_the_un(pool) or _heads_of_a_delegation_of(country, pool)
        if len(titled) > 1 and role == "consul":
            # (hr58 on h1135: "… the Velorian Consul General to Kastravia Ilse Marr and the Nordian Consul in Tarvik,
            # Pavel Orm. … According to the Consul, …"): one who holds a consul's office itself before a consul general,
            # whom "the Consul" means only when no plain consul is named (`_consul_general_called_consul`)
            titled = [p for p in titled if any(roles_compatible(role, r) and not _consul_general_called_consul(role, r)
                                               for r in p.roles)] or titled
        if len(titled) > 1 and role in OFFICE_NAMED_ALSO:
            titled = _holders_by_the_word_itself(role, titled)
        if len(titled) > 1 and " " in role:
            titled = [p for p in titled if not _other_portfolio_only(role, p.roles)] or titled
            if role in _A_FIRMS_OFFICES:
                titled = [p for p in titled if role in p.roles] or titled  # (`_A_FIRMS_OFFICES`)
        if len(titled) > 1 and " of " in role:
            titled = _heads_of_the_house_named(role, titled) or titled
        if len(titled) > 1 and not country and phrase.text[:4].lower() == "the " and not _is_bare(phrase, role):
            titled = _named_with_the_qualifier(phrase, titled) or titled
        if len(titled) > 1 and not country and " of " in phrase.text:
            titled = _heads_of_a_body_by_its_initials(phrase, titled) or titled
        if role == "head of state" and len(titled) > 1:
            # the President, when a Chancellor is there too ("President X, answering questions
            # after talks with Chancellor Y … the Head of State said …"): a head of government
            # heads no state
            titled = [p for p in titled if not all(_role_head(OFFICE_NAMED_ALSO.get(r, r)) in _GOVERNMENT_HEADS
                                                   for r in p.roles if roles_compatible(role, r))] or titled
        if len(titled) > 1 and _role_head(role) in _CHAIRS:
            # (styles29 lasec_council_of_ministers): one who bears a chair's title ("The Chairman of the Board of X,
            # Y, …") before one who chaired the session (the bare role "chair", `roles_compatible`)
            titled = [p for p in titled if any(r != "chair" and roles_compatible(role, r) for r in p.roles)] or titled
            # (styles57 mirrowan_tourism_board: "A delegation …, led by the Ambassador, Mr. X, … met the Chairman of the
            # Board, Mr. Y. … the Chairman said …"): one who bears the title itself, not one who heads a delegation
            # (a "head", which "chairman" may also mean)
            titled = [p for p in titled if any(_role_head(r) in _CHAIRS and roles_compatible(role, r)
                                               for r in p.roles)] or titled
        if (role in ("commander-in-chief", "chief executive")
                or role in ("chief justice", "chief judge", "premier") and not country) and len(titled) > 1:
            # "Commander-in-Chief of the Navy X reported to President Y … The Commander-in-Chief
            # said …": the one who bears the title, not the President it may also mean; so "The Chief Executive,
            # Mr X, met the Premier of Y, Mr Z … Chief Executive: We agreed …" (styles12 kestria_chief_executive)
            # is X, not the Premier; so the bare "the Chief Justice" (styles43: "… led by the Honourable the Chief
            # Justice, Mr Justice X, … included Lady Justice Y of the Court of Appeal … the Chief Justice said …"): the
            # court's head, not a judge whose rank "Justice" the office ends with (not "The Norland Chief Justice",
            # hard30: a country's, which the country picks among the judges); so the bare "the Premier"
            # (sixhundredtwentyninth, the Bahamas' BIS: "Prime Minister X … the Premier of the Cayman Islands, the Hon.
            # Y … “…,” the Premier told Prime Minister X."): the one titled Premier, not the Prime Minister it may mean (not "the Polish premier", whom
            # the country picks)
            titled = [p for p in titled if any(r == role or r.startswith(role + " ") for r in p.roles)] or titled
        if role == "chief" and len(titled) > 1:
            # (styles69: "… the ICRC head of delegation, Mr. X, … The Red Crescent chief said …"): a body's bare "chief"
            # beside another chief named is that one, not a delegation's head, whom the press calls "the delegation
            # chief" (`phrases._delegation_head`); the delegation's head alone is still "the chief" (rf5)
            titled = [p for p in titled if not _heads_a_delegation_only(p)] or titled
        if role == "head of delegation" and len(titled) > 1:
            # (styles69: "… received the head of the delegation of the ICRC in X, Mr. Y. … the Red Crescent chief
            # said … The delegation head added …"): one who heads a delegation itself, not one only called a body's
            # "chief" before, whom a bare "head" may also mean
            titled = [p for p in titled if role in p.roles] or titled
        if role == "head of government" and len(titled) > 1:
            # the Prime Minister, when the President is there too ("Prime Minister X reported
            # … The head of government noted …")
            titled = [p for p in titled if any(_role_head(OFFICE_NAMED_ALSO.get(r, r)) in _GOVERNMENT_HEADS
                                               for r in p.roles)] or titled
        # "the President" of a readout that never gave its principal a title
        # (one called only "the head of state" or "the leader" so far has no title yet)
        if phrase.text.lower().startswith(("the acting ", "acting ")):
            # "The Acting President stressed …": the one named "Acting President X", not the host
            # (whose title may never be given) nor another President
            acting = [p for p in titled if any(form.lower().startswith("acting ") for form in p.forms)]
            if len(acting) == 1:
                return acting[0]
        if not titled and not country and _NEW_HOLDER_DESCRIPTION.match(phrase.text) \
                and len(elect := [p for p in pool if role + "-elect" in p.roles]) == 1:
            # (sevenhundredthirtythird chinagate: "… president-elect X was on Wednesday sworn in as president … The new
            # president reiterated …"): "the new" office no one named holds is the one named its "-elect", who has
            # now taken it up, not an untitled person named in passing ("the second president after Y")
            return elect[0]
        # (an office of another name answers as the office it names, eighthundredseventysixth newsdiary: "the Osemawe …,
        # Oba Dr X, … The royal father equally urged …": "royal father" the monarch, whom an untitled Oba may be)
        untitled = [p for p in pool if not p.roles or p.roles <= (_GENERIC_HEADS if titled else _GENERIC_HEADS_OR_EXCELLENCY)] \
            if OFFICE_NAMED_ALSO.get(role, role) in _UNTITLED_PRINCIPAL_OFFICES else []
        if untitled and role != "leader":
            # "the President telephoned … Senate Republican Leader Mitch McConnell … The President reiterated …": the
            # untitled host, not a chamber's leader (three-hundred-eighty-first whitehouse 2012-11-07 congressional leaders)
            untitled = [p for p in untitled if not any(_CHAMBER_LEADER.search(form) for form in p.forms)]
        if self._hostless_guests and untitled and role == "president" and not country and _is_bare(phrase, role):
            # (two-hundred-fifth 58799: "Meeting with Radiy Khabirov / The President had a working meeting with Radiy
            # Khabirov and informed him of his decision to appoint him Acting Head …": the bare office of the one who
            # publishes, whose title names only the man he met; that guest, untitled, is not "the President")
            untitled = [p for p in untitled if p not in self._hostless_guests]
        if not country and self.principal in untitled and role in ("president", "head of state"):
            # the office that publishes calls its own head "the President" without
            # ever giving him the title; titled guests are named with their country
            # (but not when an organisation's head is named with the office: "Mr X was greeted by AGFD's President Y.
            # “…,” said the President.": Y, `_heads_of_an_organisation`)
            heads = _heads_of_an_organisation(role, titled, self.principal)
            return heads[0] if len(heads) == 1 else self.principal
        if country:
            # (not one first named later when the principal, untitled, may be meant: "The President
            # of Russia extended his condolences on the passing of President Khalifa …")
            fore = self.principal is not None and self.principal in untitled and not self.principal.countries
            tiers: tuple[list[Person], ...] = (
                [p for p in titled if p.countries and any(same_country(country, c) for c in p.countries)],
                [p for p in titled if not p.countries
                 and (not fore or p.first_seen < phrase.start or p is self.principal)
                 and not (" of " in phrase.text and _holds_only_a_bodys(role, p.roles))],
                [p for p in untitled if not p.countries or any(same_country(country, c) for c in p.countries)])
            if role == "leader" and not tiers[0]:
                tiers = (_heads_of_a_body_of(country, pool), *tiers[1:])
        else:
            tiers = (titled, untitled)
        candidates = next((tier for tier in tiers if tier), [])
        if not candidates and country and country not in _STATES_KNOWN and country not in NATIONALITIES:
            # (eighthundredfiftyseventh mehrnews: "Governor of Iraqi Kurdistan region’s Sulaymaniyah Province Haval
            # Abubakir … The Sulaymaniyah governor further expressed hope …"): a place no state of the lists, a
            # province or city, before a local office is the place of the office someone titled holds as written,
            # though his country is the state's
            candidates = [p for p in titled if any(_whole_word_in(country, form.lower()) for form in p.forms)]
        if not candidates and country and role == "minister":
            candidates = _vice_ministers_of(country, pool)
        if not candidates and country and role == "envoy":
            candidates = _ministers_sent_by(country, pool)
        if not candidates and country and phrase.kind == "description" and " " not in role:
            candidates = _sole_head_of_a_body_of(country, role, pool)
        if not candidates and country and role in _HEADS_OF_STATE_OR_GENERIC and phrase.kind == "description":
            candidates = self._only_one_named_in_passing(exclude)
        if candidates and country and self._holders and country not in NATIONALITIES and role in _UNNAMED_HOLDERS:
            bare = self._holders.get(OFFICE_NAMED_ALSO.get(role, role))
            if bare in candidates and _office_of_a_body(phrase, role):
                # (two-hundred-thirty-ninth first_ministers: "The Chancellor set out the direct UK-wide support …
                # The Chancellor of the Duchy of Lancaster said that collaboration …"): an office whose complement is
                # a body ("of the Duchy of Lancaster", not a country) is not the bare one's holder, who may hold the
                # same office of another body (the Exchequer's): a second person, known by that office
                candidates = [p for p in candidates if p is not bare]
                if not candidates:
                    return self._holder_of_a_body(phrase, role)
        if len(candidates) > 1 and role in ("wife", "husband", "spouse") and not country \
                and " ".join(phrase.text.lower().replace("’", "'").split()) in _OWN_PRESIDENTS_SPOUSE:
            # (thirty-ninth hard ustrana_president_and_first_lady_meet_yarvenian_president: "… First Lady X met with
            # President of Yarvenia Y and his wife Z … The President's wife thanked Mrs. Z …"): the President's, with
            # no country, is the office's own, his spouse the one titled First Lady, not the guest's wife
            titled_spouse = [p for p in candidates if p.roles & {"first lady", "first gentleman"}]
            if len(titled_spouse) == 1:
                return titled_spouse[0]
        last = recent[-1] if recent else None
        if len(candidates) > 1 and last in candidates and role in _MANY_HOLD \
                and any(held == role or held.startswith(role + " ") or _role_head(held) == role
                        or role in ENVOY_HEADS and roles_compatible(role, held)
                        for held in last.roles):  # ("Foreign Minister X … The Minister …" too)
            # an office many hold, and the last subject holds it: "Secretary McDonough
            # reiterated … The Secretary highlighted …" (the President stays the host); "the envoy" is any head of
            # a mission, so the last subject who heads one (eighthundredfiftyfifth sunnewsonline 2022-10-30: "The
            # Ambassador of France …, Mrs. X, has acknowledged … the Rwandan High Commissioner …, Amb. Y, … Y expressed
            # gratitude … The envoy expressed joy …": Y, not the ambassador named first)
            return last
        if len(candidates) > 1 and last in candidates and role in _HOUSE_OFFICERS and _officer_of_his_own_house(last, candidates):
            # (hard81: "Speaker Karsolan Provincial Assembly X … called on Speaker National Assembly Y. … Y said … The
            # speaker further said …"): each the Speaker of his own house, written with no "of"; the bare office is the
            # one of them spoken of last, not the readout's principal
            return last
        if len(candidates) > 1 and last in candidates and role in _CLERIC_WORDS:
            # (styles52 nuncio: "A Mass for the Apostolic Nuncio, Archbishop X, … celebrated by … Most Rev. Y … said
            # Archbishop Y … The prelate also thanked …"): the common noun of several ranks, the one of them spoken of
            # last, not the first named
            return last
        if len(candidates) > 1 and role in ("chief", "head") and phrase.kind == "description":
            # (styles54: "the Chief Executive Officer of VIPA, Mrs. X, and the agency's Director of Investor Services,
            # Mr. Y … the investment chief said …"; "… Mrs. Z, Chairwoman of a dairy firm, said … the Invest Korrowa
            # chief said …"): "the … chief" of the press is a body's chief executive, when one of them is one
            executives = [p for p in candidates if any(_a_chief_executive(held.split()) for held in p.roles)]
            if len(executives) == 1:
                return executives[0]
        if len(candidates) > 1 and style_of(role) == "highness" and " ".join(phrase.text.lower().split()) == role:
            # the style alone, which several at the court bear, is the one of them named last, among the last two
            # subjects (styles11 qarnis_news_agency: "Later, His Highness the Crown Prince received President X at
            # Seif Palace. His Highness stressed …"), not the Amir who publishes; "His Highness the Amir" names
            # his office
            styled = next((p for p in reversed(recent[-2:]) if p in candidates), None)
            if styled is not None:
                return styled
        if len(candidates) > 1 and role.endswith(" highness") and " " not in role[:-9]:
            # a qualified style ("His Royal Highness added"), the one of them named with it (styles12 monavel_palace:
            # "H.S.H. the Sovereign Prince X welcomed His Royal Highness Grand Duke Y … His Royal Highness added"): Y
            named_so = [p for p in candidates if any(role in form.lower() for form in p.forms)]
            styled_gender = _STYLE_GENDERS.get(phrase.text[:4]) if len(named_so) > 1 else None
            if styled_gender is not None:
                # (hard50 lorvenburg: "His Royal Highness the Grand Duke X received Her Royal Highness Crown Princess
                # Y … Her Royal Highness said"): of two so styled, "Her" is the one known to be a woman, "His" any
                # not known to be one (a Grand Duke's first name tells no gender, an Amir's may tell it for one of
                # two: "His Highness" stays as undecided as before)
                named_so = [p for p in named_so if p.gender == "f"] if styled_gender == "f" \
                    else [p for p in named_so if p.gender != "f"]
            if len(named_so) == 1:
                return named_so[0]
        if not candidates and (role in _STYLES_WITH_AN_OFFICE or style_of(role) == "highness"):
            candidates = _styled(pool, role)  # "The Sheikh noted …", "His Highness stressed …"
        person = self._pick(candidates, recent)
        if person is None and not candidates and country is not None and country.endswith(" union") \
                and role.endswith(" president") and _institutions_office(role.split()):
            # (two-hundred-forty-eighth, eu_council 2021-06-07: "President Michel spoke with President Putin …
            # During the call the European Council president reiterated …": a union's institution is no state's,
            # so its president whom no one named holds is a President of no known state, the one named lately)
            person = self._pick([p for p in pool if "president" in p.roles and not p.countries], recent)
        if person is None and not candidates and not country and role.replace(" ", "-") in _GENERAL_HEADS \
                and role not in self._holders and _is_bare(phrase, role) and self._untitled_principal_holds(role, pool) \
                and self.principal is not None and self.principal.first_seen < phrase.start:
            # (fourhundredtwentythird nato_2009-08-05_rasmussen_kabul: "Mr. Anders Fogh Rasmussen had a busy day in
            # Kabul … as NATO Secretary General. … the Secretary General commended …"): an organisation's head its
            # release names first and never titles, every other one named titled, is whom its bare office means,
            # before an unnamed holder is made of it (not when the office is spoken of before anyone is named:
            # "The Secretary-General met with Mr X" of a release that never names its own head)
            person = self.principal
        if person is None and role in _UNNAMED_HOLDERS and _is_bare(phrase, role):
            person = self._holder(role, phrase.start)
        if person is None and not candidates and exclude is None \
                and (_bodys_general_head(phrase, role) or _bodys_director(phrase, role)) \
                and all(p.roles for p in pool if p.names):
            # (fivehundredth thecommonwealth 2014-09 foreign-ministers: "The Maltese Minister of Foreign Affairs, Dr
            # George Vella, briefed … Also at the meeting, the Commonwealth Secretary-General updated ministers on …"):
            # a body's "-General" head written with the body ("the UN Secretary-General", "the Secretary-General of
            # the Commonwealth"), no one named holding the office, is one person known by the office as written, as
            # the bare office's unnamed holder is, though others are named (a body has one such head); not while
            # someone named has no office yet, who may be the head ("The Commonwealth Secretary-General, the Rt Hon X
            # KC, met …", styles4 commonwealth_sg)
            person = self._holder_of_a_body(phrase, role)
        if person is None and not candidates and country and exclude is None and role in _UNNAMED_HOLDERS \
                and phrase.kind == "description" \
                and (phrase.text[:4].lower() == "the " or _place_then_office_bare(phrase, country)) \
                and not any(p.names for p in self.persons):
            # (two-hundred-fifty-ninth kremlin_34229: a readout that names no one, "The President of Russia emphasized
            # that …"): a country's head, unnamed, known by the office as written (not the bare office's unnamed
            # holder: "the President of Velora" of another office's readout is not its own "the President")
            person = self._holder_of_a_body(phrase, role)
        if person is None and not candidates and not country and _is_bare(phrase, role) \
                and self._untitled_principal_holds(role, pool):
            person = self.principal
        if person is None and not candidates and not country \
                and (role.startswith(("minister for ", "minister of ")) or _short_style_minister(role)) \
                and phrase.kind == "description" and phrase.text[:4].lower() == "the ":
            # (two-hundred-ninety-third le_drian_kuleba: "The Minister for Europe and Foreign Affairs spoke today with
            # his Ukrainian counterpart, Dmytro Kuleba. … The Minister expressed his full support …"): a ministry's
            # communiqué that names its own minister only by the office, a portfolio's full style no one named
            # holds; one person known by the office as written, as a UK Secretary's (not "the Kastravian Minister
            # of Defence", a country's, nor one a name was given: the candidates found him); so is a portfolio's
            # short style (fivehundredtwentyfirst iomtoday 2025-02-05: "The Isle of Man’s Chief Minister and Treasury
            # Minister were in London … The treasury minister said: ‘I was very glad …’": not the Chief Minister)
            person = self._holder_of_a_body(phrase, role)
        if person is None and not country and role.startswith("secretary of state for ") and _is_bare(phrase, role):
            # (a gov.uk readout that names neither: "The Secretary of State for Defence said …" and "The Secretary of
            # State for Health said …"): each full office, as the short style "The Defence Secretary" is, one person
            # however often it is, and not the other Secretary of State
            person = self._holder_of_a_body(phrase, role)
        if person is None and not candidates and not country and self.listed_offices and phrase.kind == "description" \
                and " ".join(phrase.text.lower().split()).removeprefix("the ") in self.listed_offices:
            # (styles19 korsland_president_speaker_prosecutor: "Taking part were the Speaker of Parliament, the
            # Prosecutor General, … The Prosecutor General, in turn, noted that …"): an office the opening lists among
            # those taking part, no one named holding it, is one person known by the office as written
            person = self._holder_of_a_body(phrase, role)
        if person is None and not candidates and phrase.kind == "description" and phrase.text[:4].lower() == "the " \
                and (not country and "Official Spokes" in phrase.text or _spokesperson_for_a_body(phrase.text)):
            # (styles24 brisendale_cabinet_readout: "Responding to questions from the lobby afterwards, the Prime
            # Minister's Official Spokesperson said the Prime Minister had full confidence …"): an office's Official
            # Spokesperson, capitalised as a post of one holder whom the readout never names, is one person known
            # by the office as written (not "a spokesperson", "the spokesperson": unnamed speakers, no one); so is
            # the Spokesman "for" or "of" a body, capitalised (four-hundred-fifty-third egypt_presidency_2024-08-24_biden:
            # "The Spokesman for the Presidency said the call came within …")
            person = self._holder_of_a_body(phrase, role)
        if person is None and role.split(" ", 1)[0] in _LOCAL_OFFICES and not country and phrase.kind == "description" \
                and phrase.text[:4].lower() == "the " and self.principal is not None \
                and (not any(ch.isupper() for ch in phrase.text[4:]) or _headed_school(phrase.text)
                     or _headed_area(phrase.text)) \
                and not role.endswith("delegation"):  # (not "the Head of the Presidential Office")
            # ("the head of the delegation" is whoever led it, if named: no one else)
            person = self._local_holder(role, phrase)
        if person is None and not candidates and not titled and role in _PLACES_HEADS and phrase.kind == "description" \
                and country and country not in _STATES_KNOWN and country not in NATIONALITIES \
                and self.principal is not None and _PLACE_THEN_LOCAL_OFFICE.fullmatch(phrase.text) is not None \
                and phrase.text.split(None, 1)[0].lower() not in _NO_PLACE_BEFORE_HEAD:
            # (eighthundredfiftyseventh irna 2019-08-20: "Iran's Consul General to Sulaymaniyah X met … with the
            # governor of Sulaymaniyah … Sulaymaniyah governor referred to deep relations …"): a place's head after
            # its place's one capitalised word, no state's, and no article (a wire's English), that no one named
            # holds, is one person known by the office as written, as "the governor" alone is; not "the Dornogobi
            # governor" of a page whose governor is named in a form the names do not read (sevenhundredsixtysecond
            # oananews: "The aimag governor, MrT.Enkhtuvshin …"), nor "African head of states", no place's head
            person = self._local_holder(role, phrase)
        if person is None and not candidates and not country and exclude is None and role in _MANY_HOLD \
                and _is_bare(phrase, role):
            # (four-hundred-seventy-fourth sierraleone_mofaic envoys-farewell-minister: "… bid farewell to the Minister of
            # Foreign Affairs … Dr. X welcomed the diplomats to the Ministry and told them … The minister reminded the
            # diplomats that …", an ambassador and a director general named later): the bare office no one named holds
            # is the last subject, the only one named with no office at all, whom the readout titles so for the first
            # time
            person = _last_subject_untitled(recent, pool, phrase.start)
        return person

    def _retired_holders(self, role: str, at: int) -> list[Person]:
        """Those named before `at` with a retired mark in a form of their name ("Justice (Retd) X", "Justice X
        (retd.)", "Brig (R) X") or a retired office, who hold `role` or, for a judge, sit on a bench as a "Justice"
        (hard85 chief_justice: "… led by its Director, Justice (Retd) X, a retired judge of the Court of Appeal …
        The retired judge said …"): whom "the retired <office>" means, not the sitting Chief Justice who spoke last;
        the caller wants exactly one."""
        bench = role in _BENCH_WORDS
        return [p for p in self.persons if not p.weak and p.first_seen < at
                and (any(r[:8] == "retired " for r in p.roles) or any(_RETIRED_MARK_IN_A_FORM.search(f) for f in p.forms))
                and any(roles_compatible(role, r) or bench and _role_head(r) in _BENCH_WORDS for r in p.roles)]

    def _former_holders(self, role: str, at: int) -> list[Person]:
        """Those named before `at` as a former holder of `role` ("former judge X"), whom "the retired <office>" may
        also mean when no one is marked retired (`_retired_holders`)."""
        return [p for p in self.persons if not p.weak and p.first_seen < at
                and any(r[:7] == "former " and roles_compatible(role, r[7:]) for r in p.roles)]

    def _sole_holder_of_the_remit(self, role: str) -> Person | None:
        """The one person whose office has the remit of `role` ("… of State for Overseas Territories"), two words
        or more after "for", when no one holds `role` itself (four-hundred-sixty-eighth manele-goldsmith: "Lord X, UK
        Minister of State for Overseas Territories, … The UK Secretary of State for Overseas Territories, …
        assured …": the office's head miswritten, its remit his); None if two hold it, or none."""
        remit = role.partition(" for ")[2]
        if remit.count(" ") < 1:
            return None
        holders = [p for p in self.persons if not p.weak and any(r.partition(" for ")[2] == remit for r in p.roles)]
        if len(holders) != 1 or role in holders[0].roles:
            return None  # (the office's own holder is left to the usual reading)
        return holders[0]

    def _own_name_word_before_office(self, phrase: Phrase) -> Person | None:
        """(four-hundred-seventy-sixth cnv_org_kh: "Samdech Akka Moha Sena Padei Techo Hun Sen, Prime Minister of …
        Samdech Techo Prime Minister also briefed his guest …"): a word before an office that is no one's country but a
        word of one person's own name, who holds that office, is that person (an honorific of the name kept before the
        office, as "Samdech Techo Hun Sen"), read as a place by the phrase."""
        word = phrase.country
        holders = [p for p in self.persons if not p.weak and any(word == w.lower() for n in p.names for w in n)
                   and any(roles_compatible(phrase.role, r) for r in p.roles)]
        return holders[0] if len(holders) == 1 else None

    def _envoy_of_a_named_principal(self, phrase: Phrase) -> Person | None:
        """(hard76: "Mr. X, the emissary of President Y of Z, … Daskorin's envoy told his host …"; "X, President Amira
        Tolbeck's special envoy for the Lakes region, said … Tolbeck's envoy said …"): a word before an envoy's office
        that is no one's country but a word of one person's own name is that person's envoy: the one envoy whose office
        is an envoy's "of" an office that person holds, or who was named as that person's envoy (not the envoy of a
        body named beside him); None when not exactly one."""
        if not phrase.role.endswith(ENVOY_HEADS):
            return None
        word = phrase.country
        principals = [p for p in self.persons if not p.weak and any(word == w.lower() for n in p.names for w in n)]
        if len(principals) != 1:
            return None
        principal = principals[0]
        own = (f"{word}'s ", f"{word}’s ")
        envoys = [p for p in self.persons if p is not principal and not p.weak and any(
            r.partition(" of ")[0].partition(" for ")[0].endswith(ENVOY_HEADS)
            and (r.partition(" of ")[2] in principal.roles or any(o in f.lower() for f in p.forms for o in own))
            for r in p.roles)]
        return envoys[0] if len(envoys) == 1 else None

    def _chancellor_is_a_foreign_minister(self, country: str) -> bool:
        """Whether "the <country's> Chancellor" means a Foreign Minister: no one named holds a chancellor's office,
        and someone named holds a foreign ministry's, of that country or of none given (the Spanish and Portuguese
        "canciller", "chanceler" of Latin American ministries' English); a German or Austrian Chancellor, named, or a
        readout with no Foreign Minister keeps it."""
        named = [p for p in self.persons if p.names and not p.weak and p.roles]
        return not any(roles_compatible("chancellor", r) for p in named for r in p.roles) \
            and any(" " in r and roles_compatible("foreign minister", r)
                    and (not p.countries or any(same_country(country, c) for c in p.countries))
                    for p in named for r in p.roles)

    @staticmethod
    def _of_unknown_country(pool: list[Person]) -> Person | None:
        """Who "the Russian" (a person named by the nationality alone) is when no one of that country holds an
        office the readout names: one whose country it never gave (hundred-forty-eighth 59476: "Vladimir Putin
        congratulated President of Azerbaijan X … In his message of congratulations the Russian noted that …",
        the writer, the lead naming Putin with no title; the one of another country is not him). Only when one
        person is left: with two or more of no known country, none is read (a guess would spread)."""
        left = [p for p in pool if not p.countries]
        return left[0] if len(left) == 1 else None

    def _other_party_of(self, phrase: Phrase, recent: list[Person]) -> Person | None:
        """"The Russian President's interlocutor", "the counterpart of the Turkish President": the
        other party of the one the office and country after "of" mean (the country is the owner's)."""
        party, _, owner_role = phrase.role.partition(" of ")
        owner = self.resolve_description(phrase._replace(role=owner_role, text=owner_role), recent)
        if owner is None:
            return None
        return self.resolve_description(phrase._replace(role=party, country=None, text=party), recent, exclude=owner)

    def _local_holder(self, role: str, phrase: Phrase) -> Person:
        """"The regional governor reported …", "the director answered …" in a readout that
        names no one who holds the office: the one person the office means there."""
        return self._known_by_office(role, " ".join(phrase.text.split()), phrase.start)

    def _guest_holds(self, role: str) -> bool:
        """The unnamed head already holds another office ("the President") and someone
        named holds `role`: "The Prime Minister also invited …" is that guest."""
        return bool(self._holders) and OFFICE_NAMED_ALSO.get(role, role) not in self._holders \
            and any(role in p.roles for p in self.persons if p.names and not p.weak)

    def holds(self, role: str) -> bool:
        """Someone named holds an office `role` means ("president": President X)."""
        return any(roles_compatible(role, r) for p in self.persons if p.names and not p.weak for r in p.roles)

    def holders_named(self, role: str) -> int:
        """How many persons named hold an office `role` means."""
        return sum(1 for p in self.persons if p.names and not p.weak and any(roles_compatible(role, r) for r in p.roles))

    def sole_holder_of_both(self, first: str, second: str) -> Person | None:
        """The one person named who holds both offices `first` and `second` as written (the double title of "X,
        Deputy Prime Minister and Minister of Foreign Affairs"), or None when no one or more than one does. The
        offices themselves, not ones they may mean ("Foreign Secretary" is no "Secretary of State" here)."""
        holders = [p for p in self.persons if p.names and not p.weak and first in p.roles and second in p.roles]
        return holders[0] if len(holders) == 1 else None

    def unnamed_holders(self) -> list[Person]:
        """The persons known only by an office their readout never names them in
        ("the President" of an office that does not name its own head)."""
        return list(self._holders.values())

    def _holder(self, role: str, position: int) -> Person:
        """The one person "the President" means in a readout that never names them
        (the office publishing it does not name its own head): known by the office."""
        role = OFFICE_NAMED_ALSO.get(role, role)  # ("the Holy Father": the Holy See's readouts never name him)
        person = self._holders.get(role)
        if person is None and role == "secretary of state":
            # a UK Secretary already known by his short style holds it ("The Defence Secretary refuted these
            # claims … The Secretary of State observed …", two-hundred-fifty-first shoigu), not someone new
            person = next((p for p in self._holders.values()
                           if any(r.startswith("secretary of state for ") for r in p.roles)), None)
            if person is not None:
                self._holders[role] = person  # (found once: every later "the Secretary of State" is he)
        if person is None:
            person = self._holders[role] = self._known_by_office(role, "The " + office_in_title_case(role), position)
            if role in _UK_SECRETARIES:
                # the short style's full office, which "the Secretary of State" fits ("The Defence Secretary
                # refuted these claims … The Secretary of State observed that …", two-hundred-fifty-first shoigu)
                person.roles.add("secretary of state for " + role.removesuffix(" secretary"))
        return person

    def unnamed_of_a_country(self, phrase: Phrase, cue_names_him: bool = False) -> Person | None:
        """(fivehundredtwentyeighth lana 2020-12-10: "During the meeting, the British ambassador expressed his country's
        support …"; fivehundredtenth suna 2019-12-03: "The Kenyan Ambassador … He said that …"; fourhundredeightyninth
        angop five-ambassadors: "In separate ceremonies, …, the Angolan head of state reaffirmed …", the ambassadors he
        received named after): a country's envoy or head of state whom no one named holds the office of, a described
        subject that nothing else resolved (not one named in the next sentence), is one person, known by the office
        as written, as an office of a body is; None for any other phrase. So is a place's mayor (`_PLACES_UNNAMED_HEADS`)
        where `cue_names_him`, the speaker a quotation's cue names."""
        if phrase.kind != "description" or not phrase.country \
                or phrase.text[:4].lower() != "the " and not _office_of_a_country_bare(phrase) \
                or phrase.role not in _COUNTRYS_UNNAMED_OFFICES \
                and not (cue_names_him and phrase.role in _PLACES_UNNAMED_HEADS):
            return None
        return self._holder_of_a_body(phrase, phrase.role)

    def unnamed_spokesperson(self, text: str, phrase: Phrase) -> Person | None:
        """(sixhundredseventythird bernews: "“…,” a Government spokesperson said," / "A Government spokesperson
        said, “…"; twohundredsixtyseventh uk_fcdo: "A government spokesperson said:") a spokesperson brought in by
        "a"/"an" and at most two words of whom he speaks for, no name set off after him: one person known by the
        words as written, the same one however often they come; None for any other phrase."""
        if phrase.kind != "description" or phrase.role not in SPOKESPERSONS or phrase.name:
            return None
        found = A_SPOKESPERSON.search(text, max(0, phrase.start - 40), phrase.end)
        if found is None or found.end() != phrase.end or _SPOKESPERSONS_TAG.match(text, phrase.end) is None:
            return None  # ("A Scottish Government spokesperson said:" over a readout: the words of those it tells of)
        form = " ".join(found.group(0).split())
        key = "a spokesperson: " + form.lower()
        person = self._holders.get(key)
        if person is None:
            person = self._holders[key] = self._known_by_office(phrase.role, form[:1].upper() + form[1:],
                                                                   phrase.start)
        return person

    def unnamed_official_after_a_quote(self, text: str, phrase: Phrase) -> Person | None:
        """(eighthundredsixtysecond joongangdaily, Yonhap: ""Tennessee boasts an outstanding workforce, …," an
        official from the group said.") an official brought in by "a"/"an" in the tag right after a quotation, then
        the body he is of ("from the group", "of the ministry", a spokesperson's "for X" as it were) before the verb:
        one person known by the words as written (as `unnamed_spokesperson`'s), not the last one named. None for any
        other phrase: an official with no body after him (styles57's trap: ""…," a tourism official said.", no
        statement; so sevenhundredninetysixth brecorder's ""…," a Japanese trade ministry official told reporters,
        adding …", left as it was), and an official whose sentence reports another's words ("An replied that …, a
        foreign ministry official said.", no quotation before him)."""
        if phrase.kind != "description" or phrase.role != "official" or phrase.name:
            return None
        found = AN_UNNAMED_OFFICIAL.search(text, max(0, phrase.start - 40), phrase.end)
        if found is None or found.end() != phrase.end \
                or not _A_QUOTATIONS_CLOSE.search(text, max(0, found.start() - 4), found.start()):
            return None
        tag = _OFFICIALS_TAG.match(text, phrase.end)
        if tag is None:
            return None
        verb = tag.group(0).split()[-1]
        form = " ".join(text[found.start():tag.end() - len(verb)].split())
        key = "an official: " + form.lower()
        person = self._holders.get(key)
        if person is None:
            person = self._holders[key] = self._known_by_office(phrase.role, form, found.start())
        return person

    def author_known_by_office(self, phrase: Phrase) -> Person | None:
        """(sixhundredeighth sainthelena queen-statement: "A personal statement by the Governor of X, Y and Z:") the
        author of a text that a lead-in names by an office of a place written in full, no one named holding it: one
        person known by the office as written, as an office of a body is; None for any other phrase."""
        if phrase.kind != "description" or phrase.text[:4].lower() != "the " or " of " not in phrase.text:
            return None
        return self._holder_of_a_body(phrase, phrase.role)

    def _holder_of_a_body(self, phrase: Phrase, role: str) -> Person:
        """The one person an office of a body means ("The Chancellor of the Duchy of Lancaster") in a readout that
        never names them: known by the office as written, one person however often it is; an honorific its run
        ends with, whose name is no capitalised word ("The Chairperson of the African Union Commission H.E.
        @handle received …"), is not of the office."""
        office = " ".join(phrase.text.split())
        last = office.rpartition(" ")
        if last[2].lower() in HONORIFICS and last[0]:
            office = last[0]
        key = office.lower().removeprefix("the ")
        person = self._holders.get(key)
        if person is None:
            bare = office[4:] if office[:4].lower() == "the " else office  # ("Balochistan Chief Minister", no article)
            person = self._holders[key] = self._known_by_office(role, "The " + bare, phrase.start)
        return person

    def _known_by_office(self, role: str, form: str, position: int) -> Person:
        """A new person the readout knows only by an office, called `form`."""
        person = self._new(position)
        person.roles.add(role)
        person.add_form(form)
        person.weak = False
        return person

    def _untitled_principal_holds(self, role: str, pool: list[Person]) -> bool:
        """Whether the readout's principal, whose office it never gives, is the one a bare office no one named holds
        means: "the Minister" when the principal is the only one named (two-hundred-ninety-third colonna_italy: "Italy
        – Conversation between Mme Catherine Colonna and her counterpart / …, Mme Colonna recalled … The Minister
        emphasized …"; not when another is named, who may be the minister); "the Director-General" or "the
        Secretary-General" when every other one named holds an office (thirty-first hard set tarrow_space_agency_board:
        "Dr X instructed the Executive Board … the Director-General criticised the plans …": an organisation's head
        whose release never gives its own head's office)."""
        principal = self.principal
        if principal is None or principal.roles or principal not in pool:
            return False
        if role == "minister":
            return pool == [principal]
        return role.replace(" ", "-") in _GENERAL_HEADS and all(p.roles for p in pool if p is not principal)

    def _only_one_named_in_passing(self, exclude: Person | None) -> list[Person]:
        """(two-hundred-sixty-eighth kremlin_63621: "Telephone conversation with President of People's Republic of
        China Xi Jinping" / "Xi Jinping congratulated Vladimir Putin on …" / "The President of Russia thanked the
        President of the People's Republic of China for …"): a country's head of state whom no one titled or known
        to be of that country fits is the one person named only in passing, as an object, with a common first name
        and no office or country known, under a title that names only its guest and when everyone named as a
        subject is known to be of some country; none when there are more."""
        if not self._hostless_guests or not all(p.countries for p in self.persons if not p.weak):
            return []  # (a title that names a host; someone named as a subject, of no known country: not asked here)
        passing = [p for p in self.persons if p.weak and p is not exclude and not p.roles and not p.countries
                   and p.full_name and len(p.full_name) >= 2 and p.full_name[0].lower() in FIRST_NAMES]
        return passing if len(passing) == 1 else []

    def _pick(self, candidates: list[Person], recent: list[Person]) -> Person | None:
        if not candidates:
            return None
        if len(candidates) == 1:
            return candidates[0]
        if self.principal in candidates:
            return self.principal
        for person in reversed(recent[-50:]):  # bounded: a long readout must stay linear
            if person in candidates:
                return person
        return candidates[0]

    # -- pronouns ---------------------------------------------------------

    @staticmethod
    def resolve_pronoun(gender: str | None, subjects: list[Person], mentioned: Sequence[Person] = ()) -> Person | None:
        """The most recent subject whose gender does not contradict the pronoun, else
        the last person of that gender named at all ("Ms Brenn welcomed Mr Petrak.
        She thanked him. He said …": he is Petrak, though only ever an object)."""
        for person in reversed(subjects[-50:]):
            if gender is None or person.gender in (None, gender):
                return person
        for person in reversed(mentioned):
            if person.gender == gender:
                return person
        if gender == "m" and subjects and all(p.gender == "f" for p in subjects[-3:]):
            # "Ms X met with Minister Piotr Y. Ms X stressed … He noted …": every subject was a woman; the
            # last one named of no known gender (most names the engine cannot sex are men's)
            return next((p for p in reversed(mentioned) if p.gender is None), None)
        if gender == "f" and len(subjects) > 1 and all(p.gender == "m" for p in subjects[-3:]):
            # (sevenhundredtwentieth pireport: "… Mr. Talagi … Mr. Key … Miss Niue, whose name is Vanessa Marsh, was
            # recently crowned Miss South Pacific. [paragraph] She says …"): every subject a man, no woman named before,
            # "She" is the last one named whose sex the engine could not tell
            return next((p for p in reversed(mentioned) if p.gender is None), None)
        return None

    def settle_place_host(self, text: str, lo: int, hi: int) -> None:
        """The host of a meeting the first paragraph places in a capital ("X met with President Y in
        Amman", "X arrived in Kyiv on an official visit"): the one person named there of that capital's
        country, when only one is (the principal, who publishes, may be the guest)."""
        # (a plain find first: the pattern, tried at every word of a first paragraph that may be the whole readout,
        # cost 2.5% of the engine's work)
        meal = any(text.find(word, lo, hi) >= 0 for word in _RECEPTION_WORDS)
        gave = _GAVE_A_RECEPTION.search(text, lo, hi) if meal else None
        if gave is not None:
            # (thirty-ninth hard velgoria_president_reception_at_zorvenian_embassy: "X visited the Embassy of Z,
            # where President of Z Y, who is in X's country on a state visit, gave a reception …"): whoever gives
            # the reception, dinner or lunch is the host, the last one named before it, not the one whose country it is
            named = [p for p in self.persons if not p.weak and lo <= p.first_seen < gave.start()]
            if len(named) > 1:
                self.place_host = max(named, key=lambda p: p.first_seen)
                return
        for match in _cities_after_in_or_to(text, lo, hi):
            country = CAPITALS.get(match.group(1).lower())
            if country is None:
                continue
            named = [p for p in self.persons if not p.weak and lo <= p.first_seen < hi]
            of_it = [p for p in named if any(same_country(country, c) for c in p.countries)]
            if len(of_it) == 1 and len(named) > 1:
                self.place_host = of_it[0]
            return

    def settle_welcoming_host(self, text: str, lo: int, hi: int) -> None:
        """The host of a meeting the opening tells in the passive, the guests "welcomed by" or "received by" their host
        (styles38 halmbrook: "Mr. X and his colleagues were welcomed by the President of the Chamber, Mr. Y, and his
        top aides. … The host described …"): the first person named after "by", when someone else was named before
        the verb. Only where no capital made a host (`settle_place_host`); plain tests first, " by " and one of the verbs
        (`_WELCOMING_VERBS`): the pattern, which opens with a word boundary, is tried at every character of an opening
        that may be the whole readout, and eight openings in ten hold none of the verbs."""
        if self.place_host is not None:
            return
        opening = text[lo:hi]  # (one copy, then each word an `in`)
        if " by " not in opening or not any(verb in opening for verb in _WELCOMING_VERBS):
            return
        welcomed = _WELCOMED_BY.search(text, lo, hi)
        if welcomed is None:
            return
        after = [p for p in self.persons if not p.weak and welcomed.end() <= p.first_seen < welcomed.end() + 80]
        if after and any(not p.weak and lo <= p.first_seen < welcomed.start() for p in self.persons):
            self.place_host = min(after, key=lambda p: p.first_seen)

    def settle_principal(self, counts: dict[int, int], host: Person | None, guests: list[Person],
                         visiting: Sequence[Person] = (), places: frozenset[str] = frozenset()) -> None:
        """The readout's principal: the title's host ("X met with Y"), else the first
        person named in the body who is not the title's guest ("Conversation with Y").
        When the title has a guest and no host, and the body names no one else, the
        office that publishes the readout never names its own head ("PM call with
        Prime Minister of Osterra": "The Prime Minister spoke to Prime Minister
        Hovik"): a bare "the Prime Minister" is that head, not the guest. `visiting`: those the opening names as the
        head of a visiting delegation (`NameRegistry._heads_of_visiting_delegations`), passed over for another
        titled person named in the body."""
        self._title_guests = tuple(guests)
        if host is not None and not host.roles and _named_as_a_place(host, places):
            host = None  # (a place the opening calls "the city of X", taken for a name: `places_named`)
        if host is not None and (host.roles or counts.get(host.key)
                                 or not any(counts.get(p.key) and p.roles and not p.weak and p not in guests
                                            for p in self.persons)):
            self.principal = host
            return
        # (hard27: a title's "host" with no office whom the body never names, while it names someone titled, is
        # no principal: a headline in title case, "Staged Referendums Would Wreck Any Talks, Warns President",
        # made a name of its first words; the principal is read from the body; but not for the title's guest,
        # titled in the body: "Vladimir Putin met with the CEO of General Motors, Richard Wagoner / The President
        # congratulated Richard Wagoner …" keeps Putin, the host the Kremlin names only in its titles)
        named = sorted((p for p in self.persons if not p.weak and counts.get(p.key)), key=lambda p: p.first_seen)
        # (every guest named in the body too: a title's person the body never names is
        # whom its bare office means, "the President" of "At a meeting with X,
        # President Vladimir Putin discussed …")
        self._own_head_unnamed = bool(named) and all(p in guests for p in named) \
            and all(counts.get(p.key) for p in guests)
        self._hostless_guests = tuple(guests) if host is None else ()
        # someone with an office before a bare capitalised pair ("Nord Stream", "Verkhovna Rada")
        titled = [p for p in named if p.roles and p not in guests]
        if visiting and len(titled) > 1:
            titled = [p for p in titled if p not in visiting] or titled
        self.principal = titled[0] if titled else next((p for p in named if p not in guests), named[0]) if named else None
        if not titled and self.principal is not None and counts.get(self.principal.key) == 1 and guests:
            self.principal = _named_again(named, guests, counts) or self.principal
        if titled and named[0] not in guests and not named[0].roles and len(core(named[0].full_name)) >= 2 \
                and not _named_as_a_place(named[0], places):
            # "Anatoly Ferzin met with … Luka Pavic conveyed greetings from President X":
            # the host the Kremlin never titles, named first, not someone titled later
            self.principal = named[0]


def _named_as_a_place(person: Person, places: frozenset[str]) -> bool:
    """Whether one of the person's forms is a name the opening gave as a place (`places_named`, lower case), "Đà Nẵng"
    and its dateline "ĐÀ NẴNG" of "the central city of Đà Nẵng"."""
    return bool(places) and any(form.lower() in places for form in (*person.forms, " ".join(person.full_name)))


_OWN_PRESIDENTS_SPOUSE = frozenset({f"{the}{form}" for the in ("the ", "") for form in (
    "president's wife", "wife of the president", "president's husband", "husband of the president",
    "president's spouse", "spouse of the president")})
"""A spouse named by the bare office "President" ("The President's wife"), which is the office's own President."""


def _holders_by_the_word_itself(role: str, titled: list[Person]) -> list[Person]:
    """(hr63 on h1207: "The Chief Justice of X, Y, swore in … Later, Judge Z of the District Court heard the appeal …
    The judge said …"): an office's other name (`OFFICE_NAMED_ALSO`: "the judge" for one styled "Justice") means one
    who bears the word itself first, here Judge Z; the other name's holders only when no one bears it. Not one who
    holds the other name too (styles13: "the visiting Mandatary", the guest President, learned "mandatary"; "the
    Mandatary" then is the host President, `_pick`'s)."""
    other = OFFICE_NAMED_ALSO[role]
    own = [p for p in titled if any(r == role or r.startswith(role + " of ") for r in p.roles)
           and not any(r == other or r.startswith(other + " ") for r in p.roles)]
    return own or titled


def _not_of_another_capital(role: str, titled: list[Person]) -> list[Person]:
    """Those of `titled` not placed in a capital other than the one the office names (sixhundredthirtieth yerevan
    tehran: "Yerevan Mayor X met with … in Tehran … The mayor of Tehran, in his turn, noted …": not X, whose city the
    words before his office name, `Person.countries`); all of them when the office names no capital (`CAPITALS`)."""
    place = role.rpartition(" of ")[2]
    if place not in CAPITALS:
        return titled
    return [p for p in titled if not any(c != place and c in CAPITALS for c in p.countries)]


def _other_portfolio_only(role: str, roles: Collection[str]) -> bool:
    """A person the office asked for fits only by a bare title, while the full office he holds
    is another of its kind: "Trade Minister X … Minister X noted … the Foreign Minister
    underscored …" is not X ("minister" fits, "trade minister" does not), when someone
    else there holds the office."""
    fits = [r for r in roles if roles_compatible(role, r)]
    if not fits or any(" " in r for r in fits):
        return False
    head = _role_head(role)
    return any(" " in r and _role_head(r) == head and not roles_compatible(role, r) for r in roles)


def _heads_of_the_house_named(role: str, titled: list[Person]) -> list[Person]:
    """Of several a house's head fits, those whose own office names that house (fivehundredninetyfourth 24kg: "Speaker
    of the Parliament of Kyrgyzstan X met with the Chairwoman of the Federation Council of the Federal Assembly of the
    Russian Federation Y. … «…,» the Speaker of the Federation Council added.": Y, not X, whose "Speaker of Parliament"
    fits any house a speaker heads); [] when the office is no head's of a house, or no one's names it."""
    head, _, house = role.partition(" of ")
    if head not in _CHAMBER_HEADS or _LEGISLATURES.isdisjoint(house.split()):
        return []
    named = f" of {house} "
    return [p for p in titled if any(named in f"{r} " for r in p.roles)]


_NOT_A_BARE_OFFICE = frozenset({"the", "his", "her", "their", "its", "a", "an"})


def office_then_surname(phrase: Phrase) -> tuple[str, str] | None:
    """An office read with a surname as its last word ("Administrator Power", "Consul Church": the role "administrator
    power", a surname that is also a body's word): the office and the surname as written; None when the phrase's last
    word is no capitalised word its role ends with."""
    words = phrase.text.split()
    last = words[-1] if len(words) >= 2 else ""
    if not last[:1].isupper() or not phrase.role.endswith(" " + last.casefold()):
        return None
    return phrase.role[:-len(last) - 1], last


def _office_next_to_the_name_held(phrase: Phrase, person: Person) -> bool:
    """Whether two offices joined by "and" before a surname ("Secretary General and Minister Kerimoglu exchanged views
    …") end in the one `person` holds: the office right before the name is his, the first maybe another's
    (`speech_subjects`' pair reading; h775: his office known from "the Minister of Foreign Affairs …, H.E. Osman
    Kerimoglu on 4 May 2023", a date closing the name)."""
    if " and " not in phrase.text:
        return False
    first, _, rest = phrase.text.rpartition(" and ")
    opening = phrase_opening(first)
    if opening is None or opening.kind != "description" or opening.end != len(first) \
            or first.split(" ", 1)[0].lower() in _NOT_A_BARE_OFFICE or opening.role in STYLE_OFFICES:
        return False  # (a bare office before "and": not "His Majesty and President X discussed …", a style)
    second = phrase_opening(rest)
    return second is not None and bool(second.role) and second.role != phrase.role \
        and any(roles_compatible(second.role, r) for r in person.roles)


def _minister_and_senator(wanted: str, have: str) -> bool:
    """A minister who sits in the Senate (Australia's, the Philippines'), his office and his seat one person
    (styles28 kurrajin joint media release: "Foreign Minister Senator the Hon X Y …" read as the office "foreign
    minister senator", or "Senator X Y …", then "Foreign Minister Y said …"): a minister's office and "senator",
    or that office with "senator" after it."""
    if "senator" not in wanted and "senator" not in have:
        return False
    return wanted == have + " senator" or have == wanted + " senator" \
        or (wanted == "senator" and "minister" in have) or (have == "senator" and "minister" in wanted)


_STYLES_WITH_AN_OFFICE = frozenset({"sheikh", "shaikh", "sheikha", "prince", "princess"})
"""Styles borne before a given name whatever the office ("President of the X Sheikh Hamad bin Y",
"Emir of Y Sheikh Z", "Crown Prince and Prime Minister Prince W"): no office of their own."""


def _styled(pool: list[Person], role: str) -> list[Person]:
    """Whoever was named with the style `role` means: "President of the X Sheikh Hamad bin Y … The
    Sheikh noted …"; "His Highness" any named with a style of highness ("Sheikh", "Prince", "Emir")."""
    words = tuple(w + " " for w in (STYLE_OFFICES["highness"] if style_of(role) == "highness" else (role,)))
    return [p for p in pool if any(w in form.lower() for form in p.forms for w in words)]


def _named_again(named: list[Person], guests: list[Person], counts: dict[int, int]) -> Person | None:
    """The host of a readout titled with its guest only, when the first one named besides
    the guest is named once, in passing, and another is named again and again: "Meeting
    with Head of Zembla Ivan Korov … Nika Petrotech has implemented a joint project … The
    President noted …, Vladimir Putin pointed out …, Vladimir Putin wished him …" is
    Vladimir Putin's readout, not the company's; "the President" means him."""
    return next((p for p in named if p not in guests and counts.get(p.key, 0) >= 2), None)


_BENCH_WORDS = frozenset(("judge", "justice"))
"""A judge's office as a description names it ("the retired judge") and as a style before his name ("Justice X")."""
_RETIRED_MARK_IN_A_FORM = re.compile(r"\((?:[Rr]etd\.?|[Rr]td\.?|[Rr]etired|R)\)")
"""A retired judge's or officer's mark in a form of his name: "Justice (Retd) X", "Justice X (retd.)", "Brig (R) X"."""


def _last_subject_by_a_past_office(office: str, last: Person, at: int) -> Person | None:
    """(hard84: "The keynote address was given by retired Lieutenant General X, who commanded the Northern Army from 2016
    to 2020. X said … The former commander of the Northern Army said …"; the 850th's "The former commander of Kostrad
    said …"): "the former <office>" that no one is named as holding, now or before, is the one spoken of last, a
    readout's way of naming its speaker again by a past office; not when that one holds the office now ("President X
    said … The former president …" is another) nor when he was named after the phrase."""
    if last.weak or last.first_seen >= at or any(r[:7] != "former " and roles_compatible(office, r) for r in last.roles):
        return None
    return last


def _sole_former_holder(pool: list[Person], country: str | None, at: int) -> list[Person]:
    """(sevenhundredsixtieth africalibertynews soro: "… former Ivorian Prime Minister X was received in audience by the
    president … The former president of the Ivorian National Assembly was pleased to see …"): "the former <office>" that
    no one holds, now or before, is the one person named as a former holder of another office (of the phrase's country,
    when it names one): a readout describes its one former officeholder by his several past offices; none when two are.
    Only one named before the phrase at `at` (hard84: "… Ambassador Lena X, who served as envoy to Y until last year,
    told … The former ambassador added …", then "… attended by … the former Minister of Defence, Mr. Z": the guest
    named last in a list of those present is not whom the earlier "the former ambassador" describes)."""
    former = [p for p in pool if p.first_seen < at and any(r[:7] == "former " for r in p.roles)
              and (country is None or any(same_country(country, c) for c in p.countries))]
    return former if len(former) == 1 else []


def _representatives_to_the_un(pool: list[Person]) -> list[Person]:
    """Those of `pool` who represent a country at the United Nations (hard59 lusardy: "… received the Permanent
    Representative of Tervany to the United Nations, X, … The ambassador briefed the Minister …"): the ambassador a
    readout names no one else as, since a permanent representative to the UN holds an ambassador's rank and is called
    so; not a representative of another body ("the representative of UNICEF in Y")."""
    return [p for p in pool if "united nations" in p.countries
            and any(_role_head(r.removeprefix("former ")) == "representative" for r in p.roles)]


def _heads_of_a_delegation_of(country: str | None, pool: list[Person]) -> list[Person]:
    """Those of `pool` who head a delegation of `country` abroad (hard60 marvesh: "the head of the delegation of the
    European Union in Castalny, X, … “…,” the EU ambassador said"): the ambassador a readout names no one else as,
    since the head of such a delegation holds an ambassador's rank and is called so; none without a country (the
    head of a delegation to talks, of a body: "the head of the ICRC delegation" is no ambassador)."""
    if country is None:
        return []
    return [p for p in pool if country in p.countries and "head of delegation" in p.roles]


def _heads_of_an_organisation(role: str, titled: list[Person], principal: Person) -> list[Person]:
    """Those of `titled` (not the untitled principal) named with `role` as an organisation's, its acronym's possessive
    before the office ("AGFD's President Lena Ostrova": the country the phrase reader keeps is "agfd's", written in
    capitals in the form), whom a bare "the President" means rather than the untitled one named first; a country's
    possessive ("Kazakhstan's President") is kept as the country itself and is no organisation's."""
    heads = []
    for p in titled:
        if p is principal or role not in p.roles:
            continue
        for country in p.countries:
            if country[-2:] in ("'s", "’s") and any(country[:-2].upper() + country[-2:] + " " in form for form in p.forms):
                heads.append(p)
                break
    return heads


def _office_naming_the_body(phrase: Phrase, pool: list[Person]) -> Person | None:
    """(fourhundredeightythird cancilleria 2019-12-11: "… the Acting Assistant Secretary for U.S. Department of State's
    Bureau of Western Hemisphere Affairs, Michael Kozak … The State Department official expressed his support …"): "the
    <Body> official" with a body's capitalised name and no country is the only one whose office holds every word of
    that name ("State Department" in "… Department of State …"); none when no one's or more than one's does."""
    words = phrase.text.split()
    if len(words) < 3 or words[0].lower() != "the" or not all(w[:1].isupper() for w in words[1:-1]):
        return None
    body = [w.lower() for w in words[1:-1]]
    holders = [p for p in pool if any(all(w in r.split() for w in body) for r in p.roles)]
    return holders[0] if len(holders) == 1 else None


def _named_with_the_qualifier(phrase: Phrase, titled: list[Person]) -> list[Person]:
    """The one of `titled` named with the description's own words after "the", a body's capitalised name before the
    office (three-hundred-fifteenth uwc: "UWC President Paul Grod … “…,” the UWC President noted.": Grod, not the
    President of Ukraine who publishes), else []. Only a qualifier in capitals ("the UWC President", "the OSCE
    Secretary General"), no country (the caller's), and a form that holds those words before more of a name."""
    key = phrase.text[4:]
    first = key.split(" ", 1)[0].lower()
    if not key[:1].isupper() or first in _RANK_MODIFIERS or first == phrase.role.split(" ", 1)[0]:
        return []  # ("the Vice President", "the President of …": the office itself)
    named = [p for p in titled if any(form != phrase.text and (form.startswith(key + " ") or f" {key} " in form)
                                      for form in p.forms)]
    return named if len(named) == 1 else []


_BODYS_INITIALS_AFTER_OF = re.compile(r" of (?:the )?([A-Z]{3,8})$")
_SMALL_WORDS_OF_AN_OFFICE = frozenset({"of", "the", "and", "for", "on", "in"})
"""The small words an office's or a body's name holds that its initials pass over ("Chief of the Naval Staff": CNS;
`_heads_of_a_body_by_its_initials`, and `name_registry`'s `_office_initials`, `_spelled_out_pattern`)."""


def _heads_of_a_body_by_its_initials(phrase: Phrase, titled: list[Person]) -> list[Person]:
    """The one of `titled` whose office "of" a body the description names by the body's initials (sevenhundredtwelfth
    thetowerpost: "Dennis Francis, President of the UN General Assembly, … The President of UNGA emphasized …": Francis,
    "general assembly" the last letters of "UNGA", not the President of the country who is the readout's principal),
    else []. Only initials in capitals closing the description, and one holder whose body's words give its last
    letters (a country's letters before them, "UN", left to the acronym)."""
    initials = _BODYS_INITIALS_AFTER_OF.search(phrase.text)
    if initials is None:
        return []
    letters = initials.group(1).lower()
    named = [p for p in titled if any(
        " of " in r and (body := [w for w in r.split(" of ", 1)[1].split() if w not in _SMALL_WORDS_OF_AN_OFFICE])
        and len(body) >= 2 and letters.endswith("".join(w[0] for w in body)) for r in p.roles)]
    return named if len(named) == 1 else []


_CHAMBER_HEADS = _CHAIRS | {"head", "chair", "speaker", "president"}
_HEAD_OF_A_CHAMBER = re.compile("(?:" + "|".join(sorted(_CHAMBER_HEADS))
                                + ") of (?:upper|lower) (?:house|chamber) of parliament$")
"""A chamber's head described by the chamber's place, not its name ("the Chairperson of the Upper Chamber of the
Russian Parliament", "the head of the Upper House of …"): `resolve_description`."""


def _last_subject_untitled(recent: list[Person], pool: list[Person], at: int) -> Person | None:
    """The last subject, if named and the only one named before `at` who holds no office (`resolve_description`'s bare
    office no one holds); not when another named so far holds none either (twohundredninetythird's "Mme Selin received
    Mr Olek Tarnas today. … The Minister emphasized …": either may be meant)."""
    last = recent[-1] if recent else None
    if last is None or last not in pool or not last.names or last.roles:
        return None
    return None if any(p is not last and p.names and not p.roles and p.first_seen < at for p in pool) else last


def _bodys_general_head(phrase: Phrase, role: str) -> bool:
    """"The Commonwealth Secretary-General", "the Secretary-General of the Commonwealth", "The Chairperson of the
    African Union Commission": a description of a body's "-General" head (`_GENERAL_HEADS`) or chair (`_CHAIRS`)
    with the body written beside the office, not the bare office (`_is_bare`); a body the tables do not know stays in
    the role after "of" ("The Chairperson of the AU Commission": "chairperson of au commission"). A chair of a
    state's body ("The Chairperson of the Upper Chamber of the Chilean Parliament") is not: that state's named
    speaker of a chamber may be the one meant (test_patterns_h594)."""
    head = role.partition(" of ")[0]
    return phrase.kind == "description" \
        and (head.replace(" ", "-") in _GENERAL_HEADS or head in _CHAIRS and not phrase.country) \
        and phrase.text[:4].lower() == "the " and not phrase.possessive and not _is_bare(phrase, role)


def _bodys_director(phrase: Phrase, role: str) -> bool:
    """"The Director of ACTRAV", "the Director of the FBI": a body's Director written with the body's initials after
    "of", as `_bodys_general_head` reads a "-General" head (fivehundredseventythird ilo actrav-ituc-ap: "In his opening
    remarks to introduce the video message of the Director-General, Juan Somavia, the Director of ACTRAV expressed
    concern that …", a Bureau's head the note never names); not the bare "the Director", nor a country's, nor one of
    a body written out in words ("The Director of the Ministry of Health Research Institute noted …" of a guest met,
    no one's named statement: test_patterns_knownerrors36b)."""
    if phrase.kind != "description" or role != "director" or phrase.country or phrase.possessive \
            or phrase.text[:4].lower() != "the ":
        return False
    body = phrase.text.rpartition(" of ")[2].removeprefix("the ")
    return len(body) > 1 and body.isalpha() and body.isupper()


def _cabinet_secretary_as_minister(role: str, titled: list[Person], pool: list[Person]) -> list[Person]:
    """Of those the bare "minister" or "Cabinet Secretary" may mean, drop the ones who hold only the other office
    (`roles_compatible` reads the two as one: East Africa's Cabinet Secretary heads a ministry) when someone else in
    `pool` holds a minister's office of any rank ("The Prime Minister of X, Y, met Cabinet Secretary Z, the head of the
    civil service … The minister said …": where a Prime Minister or a minister is named, the Cabinet Secretary is the
    civil servant of a cabinet, no minister)."""
    other = "cabinet secretary" if role == "minister" else "minister"
    crossed = [p for p in titled if other in p.roles and role not in p.roles]
    if not crossed:
        return titled
    if not any(p not in crossed and any(r == "minister" or r.endswith(" minister") or r.startswith("minister ")
                                        for r in p.roles) for p in pool):
        return titled
    return [p for p in titled if p not in crossed]


def _minister_of_state_only(roles: set[str]) -> bool:
    """Whether every minister's office of `roles` is a Minister of State's, the junior office a release calls "the
    Minister of State" (styles49 unesco: "Minister of Education, Malam X has called on … Minister of State for
    Education, Prof. Y received the team on behalf of the Minister … The Minister commended UNESCO …"): the bare "the
    Minister" is the ministry's head, when another named holds a minister's office of his own (the caller's test)."""
    held = [r for r in roles if roles_compatible("minister", r)]
    return bool(held) and all(r.startswith(("minister of state", "state minister")) for r in held)


def _officer_of_his_own_house(last: Person, candidates: list[Person]) -> bool:
    """`last` holds a house's office that names his house (`house_initials`: "speaker national assembly"), a house no
    other of `candidates` is named the officer of (the other's house may be unread: "Speaker Karsolan Provincial Assembly
    X" kept as "speaker")."""
    houses = {h for r in last.roles if (h := house_initials(r))}
    return bool(houses) and not any(house_initials(r) in houses for p in candidates if p is not last for r in p.roles)


def _headed_school(text: str) -> bool:
    """"The Rector of Mirnaholt State University": the office's "of" is followed by a named school (`_HEAD_OF_A_NAMED_SCHOOL`),
    the only capitals after the office's own word."""
    _, of, school = " ".join(text.split()).partition(" of ")
    return bool(of) and _HEAD_OF_A_NAMED_SCHOOL.fullmatch(school.removeprefix("the ")) is not None


def _headed_area(text: str) -> bool:
    """"The governor of the North West region", "the mayor of the Velm municipality": the office's "of" is followed by
    a named area of a country, its name capitalised and its kind in lower case (`_AREA_NAMED_BEFORE_ITS_KIND`), the
    only capitals after the office's own word: the area's one local holder, as "the regional governor" is, not
    another office's body ("the Governor of the Central Bank")."""
    _, of, area = " ".join(text.split()).partition(" of ")
    return bool(of) and _AREA_NAMED_BEFORE_ITS_KIND.fullmatch(area) is not None


def _is_bare(phrase: Phrase, role: str) -> bool:
    """"The Prime Minister" for the office "prime minister": the office alone."""
    return " ".join(phrase.text.lower().split()) == "the " + role


def _holds_only_a_bodys(role: str, roles: set[str]) -> bool:
    """Whether every office of `roles` that `role` may mean is that office of a body, its complement kept in it
    (thirteenth hard set sorvenia_commission_sanctions: "During a meeting with President of the Union Commission
    Annelie Vos in the capital, the President of Sorvenia called for …", the role "president of union commission"):
    the holder is no country's "the President of Sorvenia", though the readout gave her no country. (Only for an
    office whose country is named after "of": "the Cubaran President" may be the President of a body of Cubara's,
    thirteenth styles cubara_minrex.)"""
    held = [r for r in roles if roles_compatible(role, r)]
    return bool(held) and all(r.startswith(role + " of ") for r in held)


def _office_of_a_body(phrase: Phrase, role: str) -> bool:
    """"The Chancellor of the Duchy of Lancaster", "the Chancellor of the Exchequer" for the office "chancellor":
    the office, then "of the" and its body (the country read off it one the tables do not know; "of Vesland" may be
    one)."""
    return " ".join(phrase.text.lower().split()).startswith(f"the {role} of the ")


def _strip_the(text: str) -> str:
    return text[4:] if text.startswith("the ") else text


_A_FIRMS_OFFICES = frozenset({"country manager"})
"""A firm's office for a country (hard84: "led by its country manager, Mr. X, and …" then "The country manager said …"):
the one named so, before another holder a looser reading of the office would fit."""


def _heads_a_region(text: str) -> bool:
    """"the regional head", "the head of the region": whoever heads the region (a governor, or the
    head of a republic), not the head of a body of the talks."""
    words = _strip_the(" ".join(text.lower().split()))
    return words in _HEADS_OF_A_REGION or words.endswith(_A_REGIONS_HEAD) and words.count(" ") <= 3


_A_REGIONS_HEAD = (" region head", " oblast head", " territory head", " republic head")
"""A region's name before "Head" ("The Orlensk Region Head informed the President …", hundred-seventy-fourth 63498, a
working meeting with the region's governor): whoever heads the region (`_heads_a_region`; a name of at most two words)."""


def _the_one_who_may_be_of_the_sex(persons: Sequence[Person], gender: str | None) -> Person | None:
    """The one person named who is not known to be of the other sex than `gender`, or None when none or more than one
    is."""
    may_be = [p for p in persons if p.names and not p.weak and p.gender in (None, gender)]
    return may_be[0] if gender and len(may_be) == 1 else None


def _sole_head_of_a_body_of(country: str, role: str, pool: list[Person]) -> list[Person]:
    """The one person of `country` whose office is `role` of a body, where no one holds the bare office of that country
    (hard31 dalmarch_football_federation_meets_brevia: "the President of the Football Association of Brevia, Mr Y … To
    quote the Brevian president, …": Y); none or several: no one."""
    heads = [p for p in pool if not p.weak and any(same_country(country, c) for c in p.countries)
             and any(r.startswith(role + " of ") for r in p.roles)]
    return heads if len(heads) == 1 else []
