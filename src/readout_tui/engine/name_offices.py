"""The offices a readout writes beside a name: appositions, offices before a name, counterparts."""
from __future__ import annotations

import re

from readout_tui.engine.lexicon import (
    ABBREVIATIONS,
    AFFILIATION_NOUNS,
    CAPITALS,
    FIRM_NOUNS,
    FUNCTION_WORDS,
    HONORIFICS,
    MONTH_NAME_PATTERN,
    NATIONALITIES,
    NON_PERSON_WORDS,
    POST_NOMINAL_LETTERS,
    ROLE_WORD_SET,
    ROLE_WORDS,
)
from readout_tui.engine.name_runs import CAP_RUN, run_entries, run_phrase, title_run
from readout_tui.engine.people import (ENVOY_HEADS, HEAD_OF_STATE_ROLES, SPOKESPERSONS, Person, _role_head,
                                      office_in_title_case)
from readout_tui.engine.phrases import (
    DETERMINERS_BEFORE_AN_OFFICE, INSTITUTION_WORDS, LOWER_LEVELS_OF_A_PORTFOLIO, ROLE_TOKENS, Phrase,
    ambassadors_second_office, phrase_ending_at, phrase_starting_at, place_key_of_an_office, portfolio_word,
)
from readout_tui.engine.segments import capitals_dateline, date_first_dateline, mixed_case_dateline
from readout_tui.engine.sentence_patterns import SPEAKING_PARTICIPLES


# (the look-behind comes after the first capital, not before it: a pattern that
# opens with a character class is searched by that class, 1.5x as fast; the
# look-ahead after the first word says what must come next, so that a
# capitalised word that starts no run is given up at once; the words are taken
# whole (`*+`): a shorter one would end before a word character, where neither
# the look-ahead nor the next word can begin)
def is_office_aside(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] is an office set off by commas: of a body ("Business Manager of Local
    449", "the leader of the Masjid Al-Noor"), or capitalised words that end in an office's
    word ("the Hamilton County Executive", "CEO")."""
    lower = _LOWER_OFFICE_ASIDE.match(text, lo, hi) or _LOWER_OFFICE_OF_AN_ORGAN_ASIDE.match(text, lo, hi)
    if lower is not None:
        return lower.group(1) in ROLE_TOKENS
    office = OFFICE_ASIDE.fullmatch(text, lo, hi)
    return office is not None and (office.group(1) is not None or text[lo:hi].rsplit(None, 1)[-1].lower() in ROLE_TOKENS)


def is_body_aside(text: str, lo: int, hi: int) -> bool:
    """text[lo:hi] is a body a person speaks for, set off by commas with no office (`_BODY_ASIDE`): a capitalised
    first word and a body's noun (`AFFILIATION_NOUNS`) last ("US trade delegation", "the Louisiana Export Council")."""
    space = text.rfind(" ", lo, hi)
    return space > lo and text[space + 1:hi].lower() in AFFILIATION_NOUNS and _BODY_ASIDE.fullmatch(text, lo, hi) is not None


_BODY_ASIDE = re.compile(r"(?:the\s+)?[A-Z][\w’'.&-]*(?:\s+[\w’'.&-]+){1,4}")
"""A body's name in at most five words after an optional "the", its first capitalised (`is_body_aside`)."""

_LOWER_OFFICE_ASIDE = re.compile(r"(?:the\s+)?(?:[a-z-]+\s+){0,2}?([a-z-]+)\s+(?:of|at|for)\s+(?:the\s+)?[A-Z]")
"""An office in lower case, of a body named after it ("the leader of the Masjid Al-Noor"), with no article too
(fivehundredseventyninth fjportal zhao_hongzhu: "Zhao Hongzhu, member of the Secretariat of the CPC Central Committee,
says he …")."""
_LOWER_OFFICE_OF_AN_ORGAN_ASIDE = re.compile(r"(?:the\s+)?([a-z-]+)\s+of\s+the\s+(?:[a-z-]+\s+){1,2}of\s+(?:the\s+)?[A-Z]")
"""An office in lower case, its first word, of a body's organ named in lower case before the body (sixhundredtwentyfifth
nanning_gov talents: "Wang Xiaodong, member of the standing committee of the CPC Guangxi Committee and secretary of …,
expressed …"); not "and the head of …", a second person's office."""

OFFICE_ASIDE = re.compile(
    r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|and|&))*"
    r"(\s+(?:of|for|at)\s+(?:the\s+)?[A-Z0-9][\w’'-]*(?:\s+(?:[A-Z0-9&][\w’'-]*|of|for|and|the|in|on))*)?"
    r"(?:,\s+[A-Z][a-z]+)?")
"""An office in apposition, all capitalised: one of a body ("Business Manager of Local 449",
"Secretary-Treasurer of the Brotherhood of Rail Carmen") or one that ends in an office's
word ("the Hamilton County Executive")."""
_APPOSITIVE = re.compile(r",\s+(?:the\s+|an?\s+)?(?:(?:outgoing|incoming|newly\s+appointed)\s+(?=[A-Z]))?(?=[A-Za-z])")
"""The comma, the article and the rank in time that open an office in apposition ("H.E. Mr. Erik Sandvold, outgoing
Ambassador of the Kingdom of Norlandia to Kambuja", styles9 kambuja_akp: "The diplomat also affirmed …" is his)."""
_ONE_OFFICE_WORD = re.compile(r"[A-Z][a-z]{3,}(?=,\s+[a-z])")
"""One capitalised word closed by a comma and a lower-case word (the sentence going on: "X, Ambassador, accompanied by
…"): an office of one word in apposition, kept only if `title_run` reads it as an office with a role (not a place,
"X, Paris, …"); not a list's "X, President, Lumen Storage", where the office's body follows."""
_QUOTE_MARKS_AS_SPACES = str.maketrans("“”«»\"", "     ")
"""Quotation marks blanked (one space each, offsets kept) around a body's name in an office."""
_LOWER_OFFICES = r"(?:head|chair|chairman|chairwoman|chairperson|(?:managing\s+|executive\s+)?director|president|speaker|" \
    r"minister|secretary|(?:special\s+)?(?:envoy|emissary))"
"""Offices written in lower case before "of" and the body they lead ("head of the FDFA"; thirtieth kremlin_40498's "Horst
Koehler, managing director of the International Monetary Fund"; styles33 lagunie_presidency's "Mr. X, Minister of Mines
of the Republic of Nyangoué, special envoy of the Nyangouan Head of State")."""
_LOWER_OFFICE_OF = re.compile(r"(?:" + _LOWER_OFFICES[3:-1] + r"|mayor|governor)\s+of\s+(?:the\s+)?(?=[A-Z])")
"""The same after a name and its comma, and a city's or a province's head too (hard62: "X, mayor of Drumlin County,
Merriwake." in a provincial readout's style, then "“…,” the mayor said"; not before a name, where "the mayor of V, Y,"
would make Y the one an unattributed quotation after it goes to)."""
_APPOSITIVE_END = re.compile(r"\s*(?:[,;.]|$)")
_AND_THE_MEETINGS_VERB = re.compile(
    r" and (?:also )?(?:discussed|apprised|exchanged|briefed|informed|assured|congratulated|felicitated|thanked"
    r"|conveyed|expressed|urged|requested|inquired|enquired) ")
"""What closes an office's holder's name as a comma would (`office_then_comma`): "and" and a verb of the meeting
that the one called on or met goes on to ("called on Speaker X Assembly, Y and discussed …"), not a second name."""
_OCCASION_AFTER = re.compile(r" at an? (?:[a-z]+ ){0,2}(?:ceremony|meeting|reception|event|function|luncheon|dinner)\b")
"""The occasion after an office in apposition, no comma before it (fivehundredsixth oecs canada_credentials: "presented
her Letters of Credence to Dr. X, Director General of the OECS at a virtual ceremony on Friday"): where the act took
place closes the office, as a comma would."""
_WHEN_OR_WHERE_AFTER = re.compile(
    r" (?:today|yesterday)\b(?:[,.;]|\s+(?:in|at|on)\s+[A-Z]|$)|"
    r" on (?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2}(?:st|nd|rd|th)?\s+"
    + MONTH_NAME_PATTERN + r"\b|" + MONTH_NAME_PATTERN + r"\s+\d{1,2}\b)| in [A-Z][a-z]+[,.;]")
"""When or where a meeting took place, after a name in apposition to an office with no comma before it ("met with the
new Kenyan Cabinet Secretary for …, Alfred Mutua today in Khartoum.", "…, Ida Morn on Monday", "…, Ida Morn in Tarvik.";
fivehundredeightieth sadc tax-dow: "… for the Republic of Botswana, Honourable Dr. Unity Dow on 6th August 2018"): it
closes the name as a comma would. Only "today"/"yesterday" closed or followed by a place, a weekday or a day of a month
after "on", or one capitalised place closed by a stop or a comma (not "in Tarvik and Anton Vesk …")."""


def _here_after(text: str, end: int) -> bool:
    """Whether the name ending at `end` is followed by "here", the place of the release (eighthundredfortysecond
    devdiscourse: "called on Lieutenant Governor, Manoj Sinha here at Raj Bhawan", "…, X here on Friday"): no name goes
    on with "here", which closes it as "today" or "at" would."""
    return text.startswith(" here", end) and not text[end + 5:end + 6].isalpha()


_AT_THE_BODY = re.compile(r" at (?:the )?" + CAP_RUN.pattern)
"""The body an office in apposition is held at, after it ("…, the Regional Director for the South Caucasus at the World
Bank."): read up to the close, the office its own."""


_IN_THE_POST = re.compile(r" in (?:[A-Z][\w’'.-]*)(?: [A-Z][\w’'.-]*){0,2}(?=\s*[,;.])")
"""Where a mission's office is held, after it and before the close ("…, Minister of the Embassy of Japan in Mexico,",
"…, Consul General of France in Shanghai,"): read up to the close, the office its own (`_MISSION_WORDS`)."""
_MISSION_WORDS = ("ambassador", "embassy", "consul", "chargé", "charge d", "envoy", "high commissioner")
"""The words of an office held in a diplomatic mission, whose holder serves "in" a place, not a body."""


_ONE_OFFICE_WORD_OF_THIS = re.compile(r"[A-Z][a-z]{3,}(?= of (?:this|that) )")
"""One capitalised office word before the demonstrative of `_OF_THIS_COUNTRY`, which no run of two words reads."""
_OF_THIS_COUNTRY = re.compile(
    r" of (?:this|that) (?:[A-Z][\w-]* ){0,2}(?:[a-z]+ )?(?:country|republic|nation|state|kingdom|archipelago|island)\b")
"""The country of an office in apposition named again by a demonstrative (sevenhundredninetyfirst cubadebate: "…, noted
Jorge Carlos de Almeida Fonseca, President of this African republic, upon arrival …", then "The President expressed …"):
read up to the close, the office its own, as if the country were named."""


_WHERE_OR_WHEN_AFTER_INITIALS = (" at ", " in ", " on ", " during ", " today", " yesterday")
"""Where or when the meeting took place, right after the initials in brackets that end an office in apposition with no
comma before it ("received Mr. X, Secretary-General of South Asian Association for Regional Cooperation (SAARC) at the
Ministry of Foreign Affairs today.", Pakistan's PID, sixhundredseventysecond): the body's initials end its name, so
the office is closed there, as a comma would close it; "the Secretary-General SAARC thanked …" is then his."""


_WHO_TOOK_OFFICE = re.compile(r"(?:,\s+who\s+|\s+)(?:(?:was|has\s+been|had\s+been)\s+(?:confirmed|appointed|named|elected|"
                              r"sworn\s+in|installed|crowned|enthroned|turbaned)|took\s+office|takes\s+office|has\s+taken\s+office)\s+as\s+"
                              r"(?:the\s+)?(?:new\s+)?(?=[A-Z])"
                              # (fivehundredseventythird ilo somavia-tribute: "paid a warm tribute to Juan Somavia, who
                              # was taking part in his last International Labour Conference as the ILO’s
                              # Director-General": the capacity he takes part in is the office he holds, "In reply, the
                              # Director-General recalled …" his; the occasion at most a dozen words, no comma)
                              r"|,\s+who\s+(?:is|was)\s+(?:taking\s+part|participating|attending|speaking)\s+"
                              r"(?:(?:in|at)\s+[^,.;]{0,100}?\s+)?as\s+(?:the\s+)?(?=[A-Z])"
                              # (hard76: "Minister of Finance X, who is also the Deputy Prime Minister, received …",
                              # then "The Deputy Prime Minister thanked …": a second office held beside the first)
                              r"|,\s+who\s+(?:is\s+also|also\s+serves\s+as)\s+(?:the\s+)?(?=[A-Z])")
_OFFICE_OF_A_LOWER_BODY = re.compile(r"[A-Z][a-z]+(?=\s+of\s+the\s+(?:newly\s+)?[a-z])")
"""The office word alone when the body after its "of the" opens in lower case, so no capitalised run reads it
(ninehundredsixtyfifth dailytrust 2025-02-05: "… has been installed as Emir of the newly established Fufore Emirate"):
"Emir", the office `office_taken_in_aside` gives the name."""
TAKING_OFFICE_WORDS = (" took office as ", " takes office as ", " has taken office as ", " was sworn in as ",
                       " was appointed as ", " has been appointed as ", " was confirmed as ", " was elected as ",
                       " was installed as ", " has been installed as ", " was crowned as ", " has been crowned as ",
                       " was enthroned as ", " has been enthroned as ", " was turbaned as ", " has been turbaned as ")
"""The ways the name's own sentence says its bearer took an office, the cheap test before `office_taken_in_aside`
with no aside."""
_KIN_ASIDE_OPENINGS = (", brother ", ", sister ", ", son ", ", daughter ", ", wife ", ", husband ", ", cousin ",
                       ", nephew ", ", niece ", ", father ", ", mother ", ", uncle ", ", aunt ", ", widow", ", the ",
                       ", elder ", ", younger ", ", eldest ", ", youngest ", ", half", ", step", ", twin ")
"""The cheap test, after a name and its comma, before `_KIN_ASIDE_BEFORE_TAKING_OFFICE` is tried (", brother to …"):
its kin and degree words' openings, kept beside it so the two change together."""
_KIN_ASIDE_BEFORE_TAKING_OFFICE = re.compile(
    r",\s+(?:the\s+)?(?:(?:elder|younger|eldest|youngest|half|step|twin)[\s-]+)?"
    r"(?:brother|sister|son|daughter|wife|husband|cousin|nephew|niece|father|mother|uncle|aunt|widow|widower)"
    r"\s+(?:to|of)\s+[^,;:“”()]{1,80}(?:,\s+[^,;:“”()]{1,60})?,(?=\s+(?:was|has\s+been|had\s+been)\s)")
"""A kinship set off after a name and before the verb of taking an office (ninehundredsixtyfifth dailytrust
2025-02-05: "Alhaji X, brother to the National Security Adviser, Mallam Y, has been installed as Emir of …"): the
kin's office and name (one comma between them at most) tell who X is to someone; the office after "as" is X's, not
the kin's (`office_taken_after_kin_aside`)."""


def office_taken_after_kin_aside(text: str, end: int, hi: int) -> Phrase | None:
    """The office the name ending at `end` takes after a kinship aside (`_KIN_ASIDE_BEFORE_TAKING_OFFICE`: ", brother
    to the …, Y, has been installed as Emir …"), read as `office_taken_in_aside` reads "X has been installed as …"; None
    when no kinship aside and verb of taking office follow. Anchored at `end`, bounded by the aside's length; the
    cheap test of the aside's opening word first (`_KIN_ASIDE_OPENINGS`)."""
    if not text.startswith(_KIN_ASIDE_OPENINGS, end):
        return None
    kin = _KIN_ASIDE_BEFORE_TAKING_OFFICE.match(text, end, hi)
    return office_taken_in_aside(text, kin.end(), hi) if kin is not None else None


_SUCCEEDING = re.compile(r"(?:,\s+|\s+)(?:succeeding|replacing|taking\s+over\s+from)\s+\Z")
"""The words before the name of the one whose office the sentence's subject took ("…, succeeding X")."""


def office_taken_in_aside(text: str, end: int, hi: int) -> Phrase | None:
    """The office a person takes in an aside after the name ("Deputy Prime Minister Ivanna Kost, who was
    confirmed as Minister of Energy this week, …"), or in the sentence the name opens ("X took office as Minister of
    Foreign Affairs on Monday, succeeding Y"): the readout then calls her by it ("The new Minister")."""
    taken = _WHO_TOOK_OFFICE.match(text, end, hi)
    if taken is None:
        return None
    run = CAP_RUN.match(text, taken.end(), hi) or _OFFICE_OF_A_LOWER_BODY.match(text, taken.end(), hi)
    if run is None:
        return None
    office = title_run(text[taken.end():run.end()])
    return office[0] if office and office[0].kind == "description" and office[0].role else None


_ELECTED_BY_OTHERS = re.compile(r"\b(?:elected|re-elected|appointed|named)\s+"
                                r"(?:its\s+(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*,\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?)?\Z")
"""The verb before a name whose bearer others put in an office (`office_elected_to`); also with the body's own officer
set off before the name (styles68: "The Commission named its Chief Conciliator, Mrs. X, as mediator …"), a courtesy
title maybe before the name."""
_ELECTED_REACH = 64
"""How far before the name the verb of `_ELECTED_BY_OTHERS` may stand (the verb, "its" and an office of four words)."""
_AS_THE_NEW = re.compile(r"(?:,\s+[^;:.()]{1,120}?,|,(?=\s+as\s))?\s+as\s+(?:the\s+)?(?:new\s+)?(?=[A-Za-z])")
"""After the name: an aside set off by commas maybe, or the comma that closes the officer set off before the name
("named its Chief Conciliator, Mrs. X, as mediator"), then "as (the) (new)" before the office (`office_elected_to`)."""


def office_elected_to(text: str, lo: int, start: int, end: int, hi: int) -> Phrase | None:
    """The office others elected or appointed the name at text[start:end] to, after "as" ("the deputies … elected
    Mārtiņš Staķis, the leader of the … list, as the new chairman of the Riga City Council",
    fivehundredseventyfourth riga): his, so "The newly elected chairman of the Riga City Council" later is he; None
    when the verb before the name is no such verb or no office follows "as"."""
    if _ELECTED_BY_OTHERS.search(text, max(lo, start - _ELECTED_REACH), start) is None:
        return None
    taken = _AS_THE_NEW.match(text, end, hi)
    if taken is None:
        return None
    office = phrase_starting_at(text, taken.end(), hi)
    return office if office is not None and office.kind == "description" and office.role else None


def office_given_up_before(text: str, lo: int, start: int) -> Phrase | None:
    """The office the name at `start` held before the sentence's subject took it ("X took office as Minister of
    Foreign Affairs of Velmara on Monday, succeeding Y, who …"; hard52): the office with "former" before it, so that
    "the outgoing minister", "the former minister" and "her predecessor" are Y and the bare office X."""
    if _SUCCEEDING.search(text, max(lo, start - 22), start) is None:
        return None
    taken = _WHO_TOOK_OFFICE.search(text, lo, start)
    office = office_taken_in_aside(text, taken.start(), start) if taken is not None else None
    return office._replace(role="former " + office.role) if office is not None else None


def appositive_office(text: str, start: int, end: int, lo: int, hi: int) -> tuple[Phrase, ...]:
    """The office after the name at text[start:end] and a comma: closed by a comma
    or a full stop ("Ida Morn, the Minister of Energy, …"), or with no article
    after a name that opens its sentence ("Mykhailo Podoliak, Adviser to the Head
    of the Office spoke …"); not "…, the Vice President conveyed …", the subject
    of what follows. The office is read as a title run, parsed once per run. Two
    offices joined by "and" are both the person's ("Alexei Kudrin, Deputy Prime
    Minister and Finance Minister": "The Finance Minister expressed …" is his,
    two-hundred-fifty-eighth 28074); () if there is none."""
    # (one copy, then three `in`: cheaper than three `find` with offsets; `min` written out, ten times cheaper)
    after = text[end:end + 60 if end + 60 < hi else hi]
    if "“" in after or "«" in after or '"' in after:
        # "Sergei Bogdanchikov, head of the “Rosneft Oil Company.”": the body it leads
        # named in quotation marks (curly, guillemets or straight), read as if they were
        # not there
        text = text[:end] + text[end:hi].translate(_QUOTE_MARKS_AS_SPACES)
    comma = _APPOSITIVE.match(text, end, hi)
    if comma is None:
        return ()
    run_start = comma.end()
    # (the comma's look-ahead leaves a letter there: a capital may open the run, a
    # lower-case one the office; each is tried only where it can match, CAP_RUN's
    # first character being a capital)
    lower = None
    if text[run_start].isupper():
        run = CAP_RUN.match(text, run_start, hi)
        if run is None and comma.group() == ", ":
            # (fivehundredfiftyfourth mfaic 2020-05-13: "H.E. Mr. X, Ambassador, accompanied by …": one capitalised
            # office word closed by a comma, which no run of two words reads; `role` checked below)
            run = _ONE_OFFICE_WORD.match(text, run_start, hi)
        if run is None and text.find(" of th", run_start, run_start + 30) > 0:
            run = _ONE_OFFICE_WORD_OF_THIS.match(text, run_start, hi)  # (`_OF_THIS_COUNTRY`)
        if run is None and text.find("s ", run_start, run_start + 40) > 0:
            # (hard52 wire: "Corentin Aspelund, Kessmoor's foreign minister since 2023, told …": a country's office
            # in lower case after its possessive, which no capitalised run reads)
            run = _POSSESSORS_LOWER_OFFICE.match(text, run_start, hi)
    else:
        # "Federal Councillor X, head of the Federal Department of Foreign Affairs, …":
        # an office in lower case, then the capitalised body it leads
        lower = _LOWER_OFFICE_OF.match(text, run_start, hi)
        run = CAP_RUN.match(text, lower.end(), hi) if lower is not None else None
    if run is None:
        return ()
    whole = text[run_start:run.end()]
    office = title_run(whole)
    if office and office[0].kind == "name" and lower is not None and office[0].role \
            and lower.group().startswith(_ENVOYS_OF):
        office = (office[0]._replace(kind="description", name=()),)  # (`_ENVOYS_OF`)
    before_a_name = False
    joined = " and " in whole  # (the run already copied: one `in`, no second walk of the text with offsets)
    if joined and (not office or office[0].kind != "description"):
        office = _two_offices(whole)
        if not office:
            office = _office_then_and_a_name(whole)
            before_a_name = bool(office)
    elif joined and len(office) == 1 and _second_office_read_whole(office[0]):
        # (sixhundredfortieth ningbo_fao: "Mr. X, Special Envoy of the President of France to the United Nations Ocean
        # Conference and Ambassador for Maritime and Polar Affairs of France, visited …": the run read as one office,
        # the first; "The ambassador said …" is his, so both offices are his)
        office = _two_offices(whole) or office
    if not office or office[0].kind != "description" or not office[0].role:
        return ()
    if before_a_name:
        return office  # (closed by the "and" of the next person's name)
    after = run_start + office[-1].end
    if text.startswith(" at ", after) and (body := _AT_THE_BODY.match(text, after, hi)) is not None:
        # (four-hundred-sixteenth az_president_2023-09-22_world_bank: "Mrs. Rolande Pryce, the Regional Director for the
        # South Caucasus at the World Bank."): the body where the office is held, named after it, before the close
        after = body.end()
    elif text.startswith(" in ", after) and any(w in office[0].text.lower() for w in _MISSION_WORDS) \
            and (post := _IN_THE_POST.match(text, after, hi)) is not None:
        # (eighthundredseventieth theyucatantimes 2022-07-15: "Takashi Manabe, Minister of the Embassy of Japan in
        # Mexico, to promote …" then "The diplomat highlighted …"): the place the mission serves in, then the close
        after = post.end()
    closed_by_initials = False
    if text.startswith(" (", after) and (initials := INITIALS_IN_BRACKETS.match(text, after, hi)
                                         or _GLOSS_IN_BRACKETS.match(text, after, hi)) is not None:
        # (styles35 dhakura_dscsc: "Major General X, Commandant of the Defence Services Command and Staff College
        # (DSCSC), received …" after a dateline): the office's initials before the comma that closes it
        after = initials.end()
        # (initials, not a gloss: the match already made says which, no second match over the same span)
        closed_by_initials = initials.re is INITIALS_IN_BRACKETS \
            and text.startswith(_WHERE_OR_WHEN_AFTER_INITIALS, after)
    if text.startswith(" of th", after) and (this := _OF_THIS_COUNTRY.match(text, after, hi)) is not None:
        after = this.end()  # ("…, President of this African republic,": `_OF_THIS_COUNTRY`)
    if text.startswith(" since ", after) and (since_end := text.find(",", after, min(hi, after + 30))) > 0:
        after = since_end  # ("Kessmoor's foreign minister since 2023," closed by the comma after when it began)
    closed = _APPOSITIVE_END.match(text, after, hi) is not None or _second_office_closes(text, after, hi) \
        or text.startswith(" at a", after) and _OCCASION_AFTER.match(text, after, hi) is not None \
        or closed_by_initials
    opens = comma.group().strip(", \n\t") == "" and _name_opens_its_sentence(text, lo, start)
    if closed and text.startswith(", ", after) and _STYLED_NAME.match(text, after + 2, hi) is not None \
            and _set_off_after_a_lower_office(text, lo, start):
        return ()  # (`_set_off_after_a_lower_office`: the office is the styled name's after it)
    if closed and text.startswith(", ", after) and (chained := _chained_office(text, start, after, lo, hi)):
        return (*office, chained)
    if closed or opens:
        return office
    if comma.group() == ", the " and _MEETING_VERB_AFTER.match(text, after, hi) is not None \
            and _name_opens_its_sentence(text, lo, start):
        return office  # ("Ion Ceban, the General Mayor met Igor Dodon, …": the closing comma left out before the verb)
    if text.startswith("On ", lo) and start - lo <= _FRONTED_DATE_REACH and _MEETING_VERB_AFTER.match(text, after, hi) \
            and _FRONTED_DATE.fullmatch(text, lo, start) is not None:
        return office  # ("On 1 July 2019 Mr. X, Chairman of the Supreme Assembly of Y met with …": `_FRONTED_DATE`)
    return ()


_STYLED_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Hon|Engr|Barr|Chief|Sir|Dame)\.? [A-Z]")
"""A name opened by its style ("Mr. Y", "Dr Y", "Hon. Y"), after an office in apposition and its comma."""
_LOWER_OFFICE_AND_COMMA = re.compile(r"([a-z][a-z-]*), \Z")
_SPEAKING_FOR_ANOTHER = frozenset({"spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor",
                                   "assistant"})
"""The offices of one who speaks or works for a principal, in lower case before a name and its comma ("his spokesman,
Mr. X,"): the principal is the styled name after the next office. Not "counterpart" (styles33: "her Tavarelan
counterpart, Mr. X, the Minister of Foreign Affairs …, Mrs. Y," where the later "The Tavarelan Minister" is read through
X's office)."""


def _set_off_after_a_lower_office(text: str, lo: int, start: int) -> bool:
    """Whether the name at `start` is itself set off after the office of one who speaks for another and its comma ("… by his
    spokesman, Mr. X, the Governor of Ebomi State, Mr. Y, solicited …", hard92): the name already has its office
    before it, so the office after it opens the next pair, the styled name after that office's comma (Y the
    Governor, not X). Asked only where a styled name follows the office's closing comma."""
    if start - lo < 4 or text[start - 2:start] != ", ":
        return False
    word = _LOWER_OFFICE_AND_COMMA.search(text, start - 30 if start - 30 > lo else lo, start)
    return word is not None and word.group(1) in _SPEAKING_FOR_ANOTHER


_ENVOYS_OF = tuple(f"{special}{head} " for special in ("", "special ") for head in ENVOY_HEADS)
"""The lower-case offices of one sent by another (`_LOWER_OFFICE_OF`'s envoys): after a name and its comma, before "of" and
a titled name (hard76: "Mr. X, the emissary of President Y of Z," then "The emissary conveyed …"), the run is read as
the principal's name with the envoy's office ("emissary of president"); `appositive_office` keeps the office alone, a
description, so that it is the envoy's and a later "the emissary" / "the envoy" is he (the principal keeps his own
name where it is read again)."""


_MEETING_VERB_AFTER = re.compile(r" (?:met|received|hosted|visited)\b")
"""A verb of meeting right after an office in apposition with "the" that no comma closes, the name opening its sentence
(sevenhundredfourth chisinaumd dodon: "Ion Ceban, the General Mayor met Igor Dodon, the President of …" then "The Mayor
of the capital wanted to mention that …"): the comma left out before the verb, the office is the subject's; not a
speech verb ("X, the Minister said, will …": the office may be another's, the subject's words reported by him)."""


_THE_AND_A_RANK = re.compile(r"The (?:(?!(?:with|of|by|for|to|and|from|at|on|in|between|after|before)\s)[a-z][a-z-]+ ){1,2}")
"""All that opens a sentence before a titled name: "The" and one or two lower-case words of rank or standing
(sixhundredsixtieth arabpressreleases: "The plenipotentiary Minister X, Arab League Secretary General Spokesman said
that …", as "The former …"); the name is the subject, its office after the comma its aside though no comma closes it;
not "The meeting with Minister X, …" (a preposition before the name)."""
_HEAD_OF_AN_OPENING_DELEGATION = re.compile(r"The (?:[A-Z][\w-]* )?delegation (?:led|headed) by (?:the )?")
"""A delegation that opens the sentence and the words before its head's name (fourhundredeightysecond antigua canada:
"The Canadian delegation led by the Honourable X, Parliamentary Secretary to the Ministry of Foreign Affairs met with
…"): the name heads the subject, its office after the comma his aside though no comma closes it."""


def _name_opens_its_sentence(text: str, lo: int, start: int) -> bool:
    """Whether the name at `start` opens its sentence, or only "His"/"Her" of its style comes before it (fourhundredeighty
    first mfabt jaishankar-visit: "His Excellency Dr. S. Jaishankar, External Affairs Minister of India is in Bhutan …",
    the name read from "Excellency"): an office after its comma with none closing it is still the subject's aside."""
    if start == lo or text[max(lo, start - 2):start] in (". ", ": ") \
            and (text[start - 2] == "." or start - lo <= _TOPIC_BEFORE_A_COLON):
        return True
    if text.endswith((" by ", " the "), lo, start) and _HEAD_OF_AN_OPENING_DELEGATION.fullmatch(text, lo, start):
        return True
    if text.startswith(", ", start - 2) and _opens_after_the_occasion(text, lo, start):
        return True
    if text[lo:lo + 4] == "The " and start - lo <= 40 and _THE_AND_A_RANK.fullmatch(text, lo, start) is not None:
        return True  # ("The plenipotentiary Minister X, Arab League Secretary General Spokesman said …")
    at = start - 4
    return at >= lo and text[at:start] in ("His ", "Her ") and text.startswith("Excellency ", start) \
        and (at == lo or text[max(lo, at - 2):at] == ". ")


def _opens_after_the_occasion(text: str, lo: int, start: int) -> bool:
    """Whether only a fronted "On the occasion," (`_FRONTED_OCCASION`) opens the sentence before the name at `start`
    (fivehundredsixtysixth findivpk: "On the occasion, Dr. X, British High Commissioner extended the felicitations …
    and expressed …"): the name is still the clause's subject, its office after the comma its aside."""
    stop = text.rfind(". ", lo, start)
    found = _FRONTED_OCCASION.match(text, stop + 2 if stop >= 0 else lo, start)
    return found is not None and found.end() == start


_FRONTED_OCCASION = re.compile(r"(?:On (?:the|this|that) occasion|Meanwhile|During the (?:meeting|call|talks|visit)),\s+")
"""A short phrase of the occasion fronted before a sentence's subject ("On the occasion, ", "During the meeting, ")."""

_FRONTED_DATE = re.compile(
    r"On (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+" + MONTH_NAME_PATTERN
    + r"|" + MONTH_NAME_PATTERN + r"\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?,?\s+")
"""A date fronted before a sentence's subject, its comma maybe left out (eighthundredfortythird dmfanakhchivan 2019-07-01:
"On 1 July 2019 Mr. X, Chairman of the Supreme Assembly of Y met with Z, …", then "Chairman of the Supreme Assembly
expressed …" and "Mr. Chairman noted …"): the name still opens its clause, and the office after its comma is its
aside though no comma closes it, where the verb of a meeting follows the office at once (`_MEETING_VERB_AFTER`, as
after "X, the General Mayor met …"). A date only: "On the visit of Mr. X, …" is no subject's opening. Not with any
verb (fourhundredtwentyseventh thai_mfa 2024-07-31: "On 31 July 2024, H.E. Mr. X, Vice Minister for Foreign Affairs
discussed with H.E. Mr. Y, …": his office would make "discussed with" his report, where the readout only says the two
met)."""
_FRONTED_DATE_REACH = 40
"""The longest fronted date read before a name ("On Wednesday, 21st September, 2022, ")."""


_TOPIC_BEFORE_A_COLON = 60
"""A short topic and a colon before the name (fourhundredninetythird ecowas 2023-05-18_japan-ambassador's title,
"ECOWAS-Japan Cooperation: H.E. Dr. X, President of the ECOWAS Commission plays host to …"): the name opens its clause
as it opens a title with no topic, and the office after its comma is his, though no comma closes it (the body's "The
President of the ECOWAS Commission also expressed …" had found no one). Only within the paragraph's first 60
characters: a colon further on introduces a list or a quotation."""


def _chained_office(text: str, start: int, after: int, lo: int, hi: int) -> Phrase | None:
    """A second office in apposition right after the first, the last of the name's asides, closed by a full stop, a
    semicolon or a comma before a lower-case word (styles33 lagunie_presidency: "Mr. X, Minister of Mines of the Republic
    of Nyangoué, special envoy of the Nyangouan Head of State."): his too, so that "the special envoy" is he; not "Ida
    Morn, the Minister of A, the President of B, Oren Vask", the next office the next name's. The close is looked for
    first: most asides have none before a comma (nine in ten), and the second office is then not read at all."""
    close = _NEXT_OFFICE_CLOSE.search(text, after + 2, min(hi, after + 120))
    if close is None or text[after + 2:close.start()].count(",") != 0:
        return None
    second = appositive_office(text, start, after, lo, hi)
    return second[0] if len(second) == 1 and text.find(second[0].text, after, close.start() + 1) >= 0 else None


_NEXT_OFFICE_CLOSE = re.compile(r"[.;](?:\s|$)|,\s+(?!and\b)[a-z]")
"""What closes the last office of a name's asides: a full stop, a semicolon, or a comma before a lower-case word that
opens no next pair ("…, who …", "…, arrived")."""


def _second_office_read_whole(office: Phrase) -> bool:
    """An office read whole over an "and" whose first part is an office of several words and whose second opens with
    an office's own word in capitals ("… to the United Nations Ocean Conference and Ambassador for …"): two offices may
    be joined there (`_two_offices` decides); not "Minister of Trade and Industry", whose second part is a remit."""
    cut = office.text.find(" and ")
    return cut > 0 and _OFFICE_AFTER_AND.match(office.text, cut + 5) is not None


_OFFICE_AFTER_AND = re.compile(r"(?:Ambassador|Minister|Secretary|Special Envoy|Envoy|Commissioner|Representative|"
                               r"Consul|Director|Chairman|Chairperson|President|Governor|Ruler|Deputy Ruler|"
                               r"Crown Prince)\b")
"""The capitalised head of a second office after "and" (`_second_office_read_whole`); a Gulf emirate's head after his
seat on the federal council (eighthundredfortyninth, WAM's form for every Ruler: "Sheikh X, Supreme Council Member and
Ruler of Umm Al Qaiwain, congratulated …" then "The Ruler of Umm Al Qaiwain prayed …": he holds both)."""


def _two_offices(run: str) -> tuple[Phrase, ...]:
    """A run of two bare offices joined by "and", each the whole of its part ("Deputy
    Prime Minister and Finance Minister"), offsets from the run's start; () when a part
    holds a name or is no office ("Minister of Energy and Foreign Minister Bo Lund"), or
    when an office is read only in a part's end ("Policy Director for the First Lady");
    when the first is one word ("President and CEO of the Law Center": the President of
    the body the second names, not a bare "the President" of the readout), the second
    alone if it is an office of a body (`_second_office_of_a_body`)."""
    cut = run.find(" and ")
    if run.find(" ", 0, cut) < 0:
        return _second_office_of_a_body(run, cut)
    left = title_run(run[:cut])
    if len(left) != 1:
        return ()
    first, second = left[0], _whole_second_office(run, cut)
    if second is None or first.name or first.kind != "description" or not first.role or first.start \
            or first.end != cut:
        return ()
    return first, second.shifted(cut + 5)


def _whole_second_office(run: str, cut: int) -> Phrase | None:
    """The office after the " and " at `cut`, when it is the whole of that part (up to the run's end or its closing
    full stop) and names no one, offsets from the part's start; None otherwise (`_two_offices`,
    `_second_office_of_a_body`)."""
    right = title_run(run[cut + 5:])
    if len(right) != 1:
        return None
    second = right[0]
    if second.name or second.kind != "description" or not second.role or second.start \
            or second.end not in (len(run) - cut - 5, _without_closing_stop(run) - cut - 5):
        return None
    return second


def _second_office_of_a_body(run: str, cut: int) -> tuple[Phrase, ...]:
    """A one-word office, "and", then an office of a body ("Mr X, President and Chairman of the Continental Anti-Doping
    Council; Ms Y, Vice-Chair", styles50's minutes, then "THE CHAIRMAN replied that …"): the second office is his, so
    "the Chairman" is he; the first is left unread, not a bare "the President" of the readout (tenth whitehouse
    2021-09-03: "Fatima Goss Graves, President and CEO of the National Women's Law Center" beside President Biden,
    `_two_offices`); () when the second is no whole office of a body ("… of …")."""
    second = _whole_second_office(run, cut)
    if second is None or " of " not in second.text:
        return ()
    return (second.shifted(cut + 5),)


def _without_closing_stop(run: str) -> int:
    """The run's length without the full stop that closes its sentence (a capitalised run read up to the stop, "…,
    Foreign Minister and Minister of Defence of Kuwait."), which the second office's reading leaves out."""
    return len(run) - 1 if run.endswith(".") else len(run)


def _office_then_and_a_name(run: str) -> tuple[Phrase, ...]:
    """A run of an office, "and", then another person's name with no office of its own ("Mamuka Bakhtadze, Prime
    Minister of Georgia and Michael R. Pompeo, US Secretary of State", gov.ge, fourhundredfortyeighth): the office is
    the name's before the comma, closed by the "and" (the run reads as two people, `phrases._is_group_and`); () when
    the part before "and" is no whole bare office or the part after it is no untitled name."""
    cut = run.find(" and ")
    left, right = title_run(run[:cut]), title_run(run[cut + 5:])
    if len(left) != 1 or len(right) != 1:
        return ()
    office, name = left[0], right[0]
    if office.kind != "description" or office.name or not office.role or office.start or office.end != cut \
            or name.kind != "name" or name.role or name.start:
        return ()
    return (office,)


def opens_the_next_pair(text: str, end: int, office: Phrase, hi: int) -> bool:
    """The office `appositive_office` read after the name ending at `end` is closed by a comma
    and a capital, the next name ("The President of Kastravia, Oren Vask, the President of
    Norland, Emil Darro, …"): with an office before the name as well, a list of office-name
    pairs, where this office is the next name's, not this one's (two-hundred-fifty-ninth 34208:
    "the President of Kazakhstan, Nursultan Nazarbaev, the President of Tajikistan, Emomali
    Rakhmonov, …" made Mr Nazarbaev the one "the President of Tajikistan" means)."""
    comma = _APPOSITIVE.match(text, end, hi)
    if comma is None:
        return False
    after = comma.end() + office.end
    return text.startswith(", ", after) and after + 2 < hi and text[after + 2].isupper()


def _second_office_closes(text: str, at: int, hi: int) -> bool:
    """After the office, "and the head of" a capitalised body, closed by a comma or a full stop: a second office of
    the same person, so the first is closed too (two-hundred-sixty-first 39423: "Yasser Arafat, Chairman of the
    Executive Committee of the Palestine Liberation Organisation and the head of the Palestinian National
    Authority", read as the first office). Cheap test first: " and " right after the office."""
    if not text.startswith(" and ", at):
        return False
    k = at + 5
    if text.startswith("the ", k):
        k += 4
    lower = _LOWER_OFFICE_OF.match(text, k, hi)
    if lower is None:
        return False
    run = CAP_RUN.match(text, lower.end(), hi)
    return run is not None and _APPOSITIVE_END.match(text, run.end(), hi) is not None


_LOWER_ADVISER = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+)?(adviser|advisor)\s+to\s+(?:the\s+)?"
                            r"(President|Prime Minister|Chancellor|Head of State)\b")


def lower_adviser_appositive(text: str, end: int, hi: int) -> Phrase | None:
    """"Oleg Varko, an economic adviser to President Petr Vask, …": an adviser's office
    in lower case after the name, which a later "the adviser to the President" or "the
    President's adviser" means (the office as "Adviser to the President")."""
    match = _LOWER_ADVISER.match(text, end, hi)
    if match is None:
        return None
    office = title_run(f"{match.group(1).capitalize()} to the {match.group(2)}")
    return office[0] if office and office[0].kind == "description" and office[0].role else None


_LOWER_OFFICE_BEFORE = re.compile(r"\b[Tt]he\s+(?:(?:new|newly\s+(?:elected|appointed)|incoming)\s+)?"
                                  r"((?:state\s+(?=minister\s+for))?(?:(?:deputy|vice)[\s-]+)?"
                                  r"(?:" + _LOWER_OFFICES[3:-1] + r"|governor|k?hokim)"
                                  r"(?:-elect)?\s+(?:of|for(?<=minister\sfor))\s+(?:the\s+)?[A-Z][\w’'.&-]*"
                                  r"(?:\s+(?:of|for|the|and|[A-Z][\w’'.&-]*))*"
                                  r"(?:\s(?:region|province|oblast|prefecture|governorate))?)$")
"""A lower-case office, "of" and its body, before a name and its comma (`lower_office_then_comma`): "the speaker of the
Finnish Parliament, X,"; and a minister "for" a body, "state" maybe before him, as South Asian presses style a Minister of
State (sevenhundredfifth kuensel: "the state minister for the Department of Post and Telecommunication of Bangladesh,
Begum X, …. … the state minister said that …": hers, a later "the state minister" her); a province's
head too, "new" or "newly elected" maybe before the office (eighthundredfiftieth shafaq pm-receives: "hosted … the new
governor of Erbil, Omid Khoshnaw." then "The Governor of Erbil thanked the Prime Minister …": his; the office is what he
holds, "new" only says since when). Not a mayor: hard32 orsa's "the mayor of Vaarde, Henrik Solm," then took a
President's untagged quotation (a city's head reads as the host; "the mayor of the capital" is `_city_head_office`'s).
The office elected and not yet taken up too (eighthundredfiftyeighth explica 2021-06-29: "The governor-elect of Nuevo
León, Samuel Garcia, held a meeting …" then "the governor-elect thanked the congressman …": his). An Uzbek governor by his
own title, "khokim" or "hokim", as a governor; and the region's word in lower case after its name that closes the
body (eighthundredsixtyeighth uzdaily: "The khokim of Ferghana region, Khayrullo Bozorov, held a meeting …" then "The
khokim highlighted …": his; the region's word read as if capitalised, `region_word_capitalised`). The office's deputy
too, "deputy" or "vice" before it (ninehundredeightysecond: "the deputy speaker of the House of Representatives, X, said
…" then "The deputy speaker said …": his, as "the speaker of …, X," is)."""

_BODY_WITHOUT_OF_BEFORE = re.compile(
    r"\b[Tt]he\s+((?:(?:deputy|vice)[\s-]+)?(?:speaker|chairman|chairwoman|chairperson|minister|secretary|director|"
    r"president|governor))\s+(?:House|Senate|(?:[A-Z][\w’'-]*\s+)?(?:Assembly|Committee|Council|Commission|Ministry))"
    r"(?:\s+(?:of|on|for|and|the|[A-Z][\w’'.&-]*|(?<=of\s)[a-z][\w’'-]*|(?<=on\s)[a-z][\w’'-]*)){0,6}$")
"""A lower-case office and its body with no "of" between, as Nigerian papers print an office of the House ("Speaker House
of Representatives"), before a name and its comma (ninehundredeightysecond tribune 2020-11-23: "Presenting the award …,
the deputy speaker House of representatives, Ahmed Idris Wase, said …" then "The deputy speaker said the governor was
…": his): the office word(s) alone, which the later "the deputy speaker" means (`_office_of_a_body_with_no_of`). Only a
body of a house, an assembly, a committee, a council, a commission or a ministry, whose first word is capitalised; a
lower-case word only after "of" or "on" ("House of representatives", "Committee on agriculture")."""


def _office_of_a_body_with_no_of(text: str, lo: int, cut: int) -> Phrase | None:
    """The office of `_BODY_WITHOUT_OF_BEFORE` ending at `cut` ("deputy speaker" of "the deputy speaker House of
    representatives"), the body left out; None for any other words."""
    before = _BODY_WITHOUT_OF_BEFORE.search(text, max(lo, cut - 100), cut)
    if before is None:
        return None
    office = title_run(before.group(1))
    if not office or office[0].kind != "description" or not office[0].role or office[0].end != len(before.group(1)):
        return None
    return office[0].shifted(before.start(1))


_POSSESSORS_LOWER_OFFICE = re.compile(r"[A-Z][\w-]*(?:’s|'s)(?:\s+[a-z][\w-]*){1,3}(?=,|\.|;|\s+since\s)")
"""A country's office in lower case after its possessive, closed by a comma, a stop or "since" ("Kessmoor's foreign
minister since 2023"), in apposition after a name (`appositive_office`)."""
_POSSESSORS_LOWER_OFFICE_BEFORE = re.compile(r"\b((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*(?:’s|'s)(?:\s+[a-z][\w-]*){1,3}?)"
                                             r"(?:\s+(?:for|on|to|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3})?$")
"""The same office before a name and its comma ("Ostralda's foreign minister, X,"; `lower_office_then_comma`), its
remit after it left out (hard54: "Marrakand's special envoy for the Salt Lakes, X,", "the Minister's adviser on water,
X,": the office a later "Marrakand's envoy" or "The Minister's adviser" means), or the country it is held in
(fivehundredtwentyeighth lana: "the United Kingdom's ambassador to Libya, X": the office a later "the British
ambassador" means; a country's name of two or three words, its last one possessive)."""


_PORTFOLIO_LOWER_MINISTER_BEFORE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w-]*\s+){1,3}minister)$")
"""A minister's office with its portfolio capitalised and "minister" in lower case, a nation's word maybe before it ("the
Angolan Foreign Affairs minister"), before a name and its comma (`lower_office_then_comma`)."""


_LONE_LOWER_OFFICE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[a-z][a-z-]*(?:’s|'s))\s+([a-z][a-z-]*)$")
"""One office word in lower case after "the", a possessive pronoun or a body's possessive, right before a name and its
comma (hard62: "received by … the curator, Ms. X, who guided her …", "accompanied by their conductor, Mr. X, and by its
manager, …"): the office a later "The curator said …" or "the conductor responded …" means (`lower_office_then_comma`)."""
_NO_LONE_OFFICE = frozenset({
    "wife", "husband", "spouse", "guest", "host", "visitor", "successor", "predecessor", "caller", "newcomer",
    "interlocutor", "deputy", "vice", "head", "chief", "official", "delegate", "representative", "leader", "member"})
"""Words of `_LOWER_ROLES` that say how a person stands to another or to a body, not what office they hold: never read
as a lone office before a name (`_lone_lower_office`)."""
_HEADS_OF_A_FIRM = frozenset({"chief", "head"})
_A_FIRMS_POSSESSIVE = re.compile(r"\b(" + "|".join(sorted(FIRM_NOUNS)) + r")(?:’s|'s)\s+$")
"""A firm's possessive (`lexicon.FIRM_NOUNS`) before "chief" or "head" and a name with its comma (hard83: "The firm's chief, Mr. Oskar X, said
…", Indian and Pakistani business pages' "the company's head, Mr. Y,"): the head of the firm, his office, which a later
"the firm's chief said" means; "chief" and "head" stay no office after "the", a pronoun or any other possessive
(`_NO_LONE_OFFICE`: "his chief, X", "the head, Y")."""


_CITY_HEAD_BEFORE = re.compile(r"\b[Tt]he\s+((?:[Dd]eputy\s+|[Vv]ice[- ]|[Gg]eneral\s+)?[Mm]ayor)"
                               r"(?:\s+of\s+the\s+(?:capital|city|municipality))?$")
"""A city's head or deputy head before a name and its comma, in lower case or capitals, the city called by its common
noun after it (sevenhundredfourth chisinaumd maramures: "received by the deputy mayor of the capital, Mr. Ilie Ceban."
then "“…”, said the Deputy Mayor of the capital."): the office, which a later "the Deputy Mayor" means; the city named
by no name of its own, "of the capital" names no body of his (`_city_head_office`)."""


def _city_head_office(text: str, lo: int, cut: int) -> Phrase | None:
    """The office of `_CITY_HEAD_BEFORE` that ends at `cut`, its words capitalised ("Deputy Mayor"); None for any other
    words."""
    before = _CITY_HEAD_BEFORE.search(text, max(lo, cut - 50), cut)
    if before is None:
        return None
    office = _whole_office(before.group(1).title())
    return office.shifted(before.start(1)) if office is not None else None


_TWO_WORD_LOWER_OFFICE_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[a-z][a-z-]*(?:’s|'s))\s+([a-z][a-z-]*\s[a-z][a-z-]*)"
    r"(?:\s+for\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?$")
"""A two-word office in lower case (one of `_LOWER_ROLES`) after "the", a possessive pronoun or a body's possessive,
right before a name and its comma (styles60: "led by the company's chief executive, Mr. Julian X, and …", "represented
by its chief executive, Mr. Aldo Y," then "The chief executive said …"): the office the later phrase means, when the
one-word reading finds none (`_lone_lower_office`). A firm's remit of a place may stand between the office and the
comma (styles61: "led by its Group Chief Executive Officer, Mr. B, and its country manager for Quvessa, Ms. C," then
"The country manager, who has led …, asked …"): the office is the same, its place left out."""


_LONE_LOWER_OFFICE_WITH_REMIT_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[a-z][a-z-]*(?:’s|'s))\s+([a-z][a-z-]*)"
    r"\s+(?:for|on|in)\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}$")
"""`_LONE_LOWER_OFFICE_BEFORE`'s office with its remit after it, "for", "on" or "in" and up to four words, before the
name and its comma (eighthundredsixtyninth brha 2016-11-29: "the governor’s assistant in IDP and refugee affairs, Mr.
Ismail Mohamed Ahmed, met with …. The governor’s assistant spoke about …": his office, the remit left out, which the
later "The governor’s assistant" means, as `_POSSESSORS_LOWER_OFFICE_BEFORE` leaves out a capitalised possessor's remit).
Only the name's own apposition (`_not_the_names_apposition`): not an office governed by a preposition before its article
("During his meeting with the ambassador on Monday, Ilan Brok, the governor of Tarsk, said …": the ambassador is
another man), nor a time or a place read as the remit ("the ambassador on Monday", "the envoy in the capital")."""

_PREPOSITION_BEFORE = re.compile(
    r"\b(?:with|during|after|before|of|at|in|on|for|to|by|from|since|under|among|between|about|against|without|"
    r"like|near|over|through|into|upon|towards?|beside|besides|alongside|behind|despite|via)\s+$", re.IGNORECASE)
"""A preposition right before an office's article ("with the ambassador"): the office is its object, no apposition."""

_TIME_OR_PLACE_REMIT = re.compile(
    r"\s(?:on|in|for)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|today|yesterday|tomorrow|morning|afternoon|evening|night|"
    r"weekend|week|month|year|day|past|future|capital|city|town|village|country|region|province|state|area|\d)\b",
    re.IGNORECASE)
"""A remit that is a time or a place ("on Monday", "in the capital", "in 2016"), not a field of work."""


def _not_the_names_apposition(text: str, lo: int, before: re.Match) -> bool:
    """Whether `_LONE_LOWER_OFFICE_WITH_REMIT_BEFORE`'s match is no apposition of the name after it: its office the
    object of a preposition, or its remit a time or a place (`_PREPOSITION_BEFORE`, `_TIME_OR_PLACE_REMIT`)."""
    return _PREPOSITION_BEFORE.search(text, max(lo, before.start() - 20), before.start()) is not None \
        or _TIME_OR_PLACE_REMIT.match(text, before.end(1)) is not None


_RANKED_OFFICE_ENDS = ("minister, ", "secretary, ", "commissioner, ")
"""The offices `_ranked_lower_office` reads and the name's comma, right before the name (`lower_office_then_comma`'s
cheap test)."""
_RANKED_LOWER_OFFICE_BEFORE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+((?:deputy|assistant|vice)\s+"
                                         r"([a-z]+)\s+(?:minister|secretary|commissioner))$")
"""A rank, one lower-case word and a minister's office after an article or a possessive, right before a name and its
comma ("The deputy trade minister, Mrs. X,": `_ranked_lower_office`)."""


def _ranked_lower_office(text: str, lo: int, cut: int) -> Phrase | None:
    """The office of a rank, a lower-case portfolio or level and "minister" (secretary, commissioner) that ends at `cut`,
    before a name and its comma (hard95, hard96: "The deputy regional minister, Mrs. X, on Friday inspected …", "with the
    deputy trade minister, Mrs. Y."): the name's, the whole office, which the later "The deputy trade minister added …"
    means (`phrases._ranked_lower_portfolio_office` reads it so), never the minister's own ("the Minister of Trade, Mr.
    Z,", named and silent); the middle word a portfolio's (`phrases.portfolio_word`) or a level's, so not "the deputy
    prime minister" (an office of its own, read before) nor any other word."""
    before = _RANKED_LOWER_OFFICE_BEFORE.search(text, max(lo, cut - 50), cut)
    if before is None or not (portfolio_word(before.group(2)) or before.group(2) in LOWER_LEVELS_OF_A_PORTFOLIO):
        return None
    return Phrase("description", before.start(1), before.end(1), before.group(1), role=before.group(1))


def _lone_lower_office(text: str, lo: int, cut: int) -> Phrase | None:
    """The one-word office in lower case that ends at `cut` ("the curator", "their conductor", "the museum's
    director"), or a two-word one ("its chief executive"), after an article or a possessive; None for any other
    words."""
    before = _LONE_LOWER_OFFICE_BEFORE.search(text, max(lo, cut - 40), cut)
    if before is not None and before.group(1) in _HEADS_OF_A_FIRM and _A_FIRMS_POSSESSIVE.search(text, before.start(),
                                                                                                 before.start(1)):
        return _office_of_group(before)  # (hard83) "The firm's chief, Mr. X,": the firm's head, his office
    if before is None or before.group(1) not in _LOWER_ROLES or before.group(1) in _NO_LONE_OFFICE:
        before = _TWO_WORD_LOWER_OFFICE_BEFORE.search(text, max(lo, cut - 80), cut) if text[cut - 1:cut] != " " \
            else None
        if before is None and text[cut - 1:cut] != " ":
            before = _LONE_LOWER_OFFICE_WITH_REMIT_BEFORE.search(text, max(lo, cut - 90), cut)
            if before is not None and (before.group(1) in _NO_LONE_OFFICE or _not_the_names_apposition(text, lo,
                                                                                                          before)):
                return None
        if before is not None and before.group(1) not in _LOWER_ROLES and " " in before.group(1):
            return _office_at_its_level(before)  # ("the county warden, Mrs. X,")
        if before is None or before.group(1) not in _LOWER_ROLES:
            return None
    return _office_of_group(before)


_LEVEL_OFFICE_AFTER_A_NAMED_BODY = re.compile(r"\b[A-Z][\w-]*(?:’s|'s)\s+([a-z][a-z-]*\s[a-z][a-z-]*)$")
"""Two lower-case words after a capitalised body's possessive, right before a name and its comma ("The Wildlife
Service's county warden, Mrs. X,"), where `_POSSESSORS_LOWER_OFFICE_BEFORE`'s run reads no office: read only as an
office at its level (`_office_at_its_level`)."""
_LEVELS_OF_AN_OFFICE = frozenset({
    "county", "district", "regional", "provincial", "municipal", "divisional", "zonal", "area", "park", "reserve",
    "station", "sector", "ward", "field", "site", "project", "programme", "program", "forest", "conservancy", "camp",
    "branch", "sanctuary"})
"""The lower-case words of the level, the unit or the place an office is held at, before its one word ("the county
warden", "the park warden", "the district commander", "the project director"): `_office_at_its_level`."""


def _office_at_its_level(found: re.Match[str]) -> Phrase | None:
    """The one-word office (`_LOWER_ROLES`, no relation's word of `_NO_LONE_OFFICE`) after a word of the level it is
    held at (`_LEVELS_OF_AN_OFFICE`), the two in lower case before a name and its comma (styles72: "The Wildlife
    Service's county warden, Mrs. X, said … The warden said …"): her office, the level left out, which the later bare
    word means, as `_LONE_LOWER_OFFICE_WITH_REMIT_BEFORE` leaves out a remit; not a rank before the office ("the deputy
    director, Mr. Y,": no level, his office not the director's), None for any other two words."""
    level, _, word = found.group(1).partition(" ")
    if level not in _LEVELS_OF_AN_OFFICE or word not in _LOWER_ROLES or word in _NO_LONE_OFFICE:
        return None
    return Phrase("description", found.end(1) - len(word), found.end(1), word, role=word)


_UNIT_AFTER_A_HEAD = " of delegation"
"""The unit whose head, initials before him, is set off before his name (`_units_head_after_initials`): a cheap test
of the words before the comma first."""
_UNITS_HEAD_AFTER_INITIALS = re.compile(r"\b[Tt]he [A-Z]{2,6} (head|chief) of delegation$")
""""the ICRC head of delegation" before a name's comma (`_units_head_after_initials`)."""


def _units_head_after_initials(text: str, lo: int, cut: int) -> Phrase | None:
    """The office "head of delegation" written with a body's initials before it and set off before a name ("The
    visitors were …, the ICRC head of delegation, Mr. X, UNHCR Representative Y and …", styles69), ending at `cut`:
    his office, whom "the delegation head" and "the ICRC head of delegation" later mean (`phrases` reads them so), as
    "the head of the delegation of the ICRC in Z, Mr. X," is read; None for other words."""
    found = _UNITS_HEAD_AFTER_INITIALS.search(text, max(lo, cut - 40), cut)
    if found is None:
        return None
    return Phrase("description", found.start(), cut, text[found.start():cut], role="head of delegation")


def lower_office_then_comma(text: str, start: int, end: int, lo: int, hi: int) -> Phrase | None:
    """The office in lower case before the titled name at text[start:end], a comma
    between, the name closed by a comma or a full stop ("The head of the FDFA, Federal
    Councillor Ida Morn, …"): her office, which a later "the head of the FDFA" means."""
    if text.startswith(" and", end) \
            or _APPOSITIVE_END.match(text, end, hi) is None and not _subject_office_left_unclosed(text, lo, start, end):
        return None  # (the cheap " and" first: `_subject_office_left_unclosed` searches back)
    # (100 characters back: a minister's body may be long, "the state minister for the Department of Post and
    # Telecommunication of Bangladesh, X,", sevenhundredfifth)
    before = _LOWER_OFFICE_BEFORE.search(text, max(lo, start - 100), start - 2)
    if before is None and text[start - 3] != "f":
        # (hard52 wire: "Ostralda's foreign minister, Tamasz Vasquerel, …": a country's office in lower case after
        # its possessive; not "the head of …", whose last word is the body's)
        before = _POSSESSORS_LOWER_OFFICE_BEFORE.search(text, max(lo, start - 60), start - 2)
    if before is None and text.startswith("minister", start - 10):
        # (fourhundredeightyninth angop fm-back-from-new-york: "The Angolan Foreign Affairs minister, Manuel Augusto,
        # returned …"): a minister's portfolio in capitals before the office in lower case, a nation's word maybe
        before = _PORTFOLIO_LOWER_MINISTER_BEFORE.search(text, max(lo, start - 60), start - 2)
    if before is None:
        if text.endswith(_SPOKES_OFFICES, lo, start - 2):
            return _lower_spokes_office(text, lo, start - 2)
        if (of := _spokes_office_of_a_lower_body(text, lo, start - 2)) > 0 \
                or (of := _spokes_office_of_a_named_body(text, lo, start - 2)) > 0:
            return _lower_spokes_office(text, lo, of)
        if text.endswith("predecessor", lo, start - 2):
            return _possessive_predecessor(text, lo, start - 2)
        if (lone := _lone_lower_office(text, lo, start - 2)) is not None:
            return lone
        if text.endswith(_RANKED_OFFICE_ENDS, lo, start) and (ranked := _ranked_lower_office(text, lo, start - 2)):
            return ranked  # ("The deputy trade minister, Mrs. X,")
        if (no_of := _office_of_a_body_with_no_of(text, lo, start - 2)) is not None:
            return no_of  # ("the deputy speaker House of representatives, X,")
        if text.startswith(_UNIT_AFTER_A_HEAD, start - 16) and (unit := _units_head_after_initials(text, lo, start - 2)):
            return unit  # ("the ICRC head of delegation, Mr. X,")
        if text.startswith(("ayor", "ital", "city", "lity"), start - 6) \
                and (city_head := _city_head_office(text, lo, start - 2)) is not None:
            return city_head  # ("the deputy mayor of the capital, Mr. X,")
        return _lower_office_of_a_body(text, max(lo, start - 80), start - 2) \
            or _nations_lower_office(text, max(lo, start - 100), start - 2) \
            or _lower_office_of_a_body_of_a_named_body(text, max(lo, start - 110),
                                                       before_initials_and_place(text, lo, start - 2))
    run = before.group(1)
    if run.endswith(_LOWER_REGION_WORDS):
        run = region_word_capitalised(run)  # ("khokim of Ferghana region": read as "… Ferghana Region")
    office = title_run(run)
    if office and office[0].kind == "name" and office[0].role and office[0].end == len(before.group(1)):
        return _place_read_as_a_name(before.group(1), office[0])
    if office and office[0].kind == "description" and office[0].role and office[0].end == len(before.group(1)):
        if office[0].country and _titled_possessor(before.group(1)):
            return office[0]._replace(country=None)
        return office[0]
    level = _LEVEL_OFFICE_AFTER_A_NAMED_BODY.search(text, before.start(1), start - 2)
    return _office_at_its_level(level) if level is not None else None  # ("The Wildlife Service's county warden, X,")


def _place_read_as_a_name(run: str, office: Phrase) -> Phrase | None:
    """The office of `run` ("governor of Baja California") that `title_run` read as an office and a name after it (as in
    "Governor of Ulaanbel S.Tumurbaatar"), when the name's words are all the words after "of": before a name and its
    comma they are the office's place, two capitalised words of a state as a name has (eighthundredfiftyeighth explica
    2021-06-29: "The governor-elect of Nuevo León, Samuel Garcia, held a meeting …": his office, "Nuevo León" no one,
    so "the governor-elect thanked …" is he); None when the name's words are not the whole of the place."""
    place = " ".join(office.name)
    if not run.endswith(" of " + place):
        return None
    return office._replace(kind="description", name=(), country=place.lower())


def _subject_office_left_unclosed(text: str, lo: int, start: int, end: int) -> bool:
    """Whether the lower-case office before the name at text[start:end] is its subject's, the name's closing comma left
    out before the verb (a lower-case word after the name): the office follows "and the", the second of a pair subject
    (sevenhundredtwelfth sudantribune: "South Sudan’s President Salva Kiir and the Eritrean special envoy to South Sudan,
    Osman Salih held a meeting …"), as a capitalised one does (`office_then_comma`, `_AND_THE_OFFICE`); or it opens the
    clause after a fronted phrase of speaking, no other comma in either ("Speaking to reporters after the meeting, the
    Ostrevian special envoy, X said …"; not an office inside the fronted phrase, "After talks with the … envoy, X said",
    whose office is another's). Cheap `rfind`s first."""
    if not text[end + 1:end + 2].islower():
        return False
    join = text.rfind(" and the ", max(lo, start - 80), start - 2)
    if join >= 0 and _NO_MARK.search(text, join, start - 2) is None:
        return True
    comma = text.rfind(", ", max(lo, start - 160), start - 2)
    if comma < 0 or _NO_MARK.search(text, comma + 2, start - 2) is not None:
        return False
    opening = past_a_dateline(text, lo, comma)
    space = text.find(" ", opening, comma)
    return space > 0 and text[opening:space].lower() in SPEAKING_PARTICIPLES \
        and _NO_MARK.search(text, opening, comma) is None


_NO_MARK = re.compile(r"[,;:.()]")


def _titled_possessor(office: str) -> bool:
    """Whether the possessor of a lower-case office before a name is a person, an office or a style before it
    (hard69: "President Kettridge's national security adviser, Dana X, …", "Prime Minister Y's chief of staff, Z,"):
    the office is held under that person, and the possessor's name is no country of the holder's (before, "The
    Aldermerian national security adviser" was no one's, her country being "kettridge"). Cheap: the run's first word
    (the whole run when it is one word)."""
    first = office.split(" ", 1)[0].lower()
    return first in ROLE_WORD_SET or first in HONORIFICS


def left_by_its_holder(text: str, lo: int, cut: int, office: Phrase) -> bool:
    """Whether the office that ends at `cut`, a name's comma after it, is one its holder is leaving: "outgoing" right
    before it (hard60 saunmark: "the outgoing Ambassador of Corravel, Mr. X, …, and his successor, Ms. Y," then "The
    outgoing ambassador said …", "The new ambassador said …"). The cheap test first: "outgoing" in a short window."""
    window = max(lo, cut - len(office.text) - 12)
    if text.find("outgoing ", window, cut) < 0:
        return False
    at = text.rfind(office.text, window, cut)
    return at > lo and text.endswith("outgoing ", lo, at)


_SUCCESSOR_BEFORE = re.compile(r"(?:\b(?:his|her|their)|[’'](?:s)?)\s+(?:new\s+)?successor$")
"""A successor named in apposition after whose he is ("…, and his successor, Ms. Y,"): the words before the comma."""


def named_as_successor(text: str, lo: int, cut: int) -> bool:
    """Whether the name whose comma is at `cut` is named as someone's successor ("the outgoing Ambassador of Corravel,
    Mr. X, who ends his term this month, and his successor, Ms. Y, …"): she holds his office, which "The new
    ambassador" means. The cheap test first."""
    return text.endswith("successor", lo, cut) and _SUCCESSOR_BEFORE.search(text, max(lo, cut - 24), cut) is not None


_HOUSE_HEAD_STACKED_BEFORE = re.compile(
    r"(?:[Tt]he\s+)?((?i:speaker|chair|chairman|chairwoman|chairperson|president))\s+of\s+(?:the\s+)?"
    r"((?i:parliament|senate|assembly|congress))\s*,\s+$")
"""A house's presiding office, the house a bare noun ("The speaker of parliament, "), closed by a comma before a
second office that a comma puts before the name (`house_office_stacked_before`)."""


def house_office_stacked_before(text: str, lo: int, at: int) -> Phrase | None:
    """(sixhundredninetyfifth atvmd 2020-06-10: "The speaker of parliament, the chair of the Party of Socialists,
    Zinaida Greceanii, met with … The Chair of Parliament noted …"): two offices stacked before a name, the first a
    house's presiding office whose house is a bare noun in lower case (no phrase reads "the speaker of parliament" as
    a whole office): hers too, whom a later "the Chair of Parliament" means. `at` is where the second office (its
    article) starts; None unless a comma ends the words before it (the cheap test first)."""
    if text[at - 2:at] != ", ":
        return None
    found = _HOUSE_HEAD_STACKED_BEFORE.search(text, max(lo, at - 40), at)
    if found is None:
        return None
    return _whole_office(f"{found.group(1).capitalize()} of {found.group(2).capitalize()}")


def offices_joined_by_and_former(text: str, lo: int, cut: int) -> tuple[Phrase, ...]:
    """Two offices before the comma at `cut`, the second one held before ("The chair of the Brennskaar Institute of
    International Affairs and former Permanent Representative of Brennskaar to the United Nations, X,", hard59): the
    first as it is, the second as a former one (`people.roles_compatible`), so that "the former ambassador to the UN"
    is X; () when the words after "and former" are no whole office. The first is the longest office read back from a
    "the" before the "and" (none when none is: the former office alone)."""
    joint = text.rfind(" and former ", max(lo, cut - 130), cut)
    if joint < 0 or not text[joint + 12:joint + 13].isupper():
        return ()
    former = _whole_office(text[joint + 12:cut])
    if former is None:
        return ()
    former = former._replace(role="former " + former.role, text="former " + former.text)
    first = None
    for article in _THE_BEFORE.finditer(text[max(lo, joint - 100):joint][::-1]):
        first = _whole_office(text[joint - article.start():joint]) or first
    return (former,) if first is None else (first, former)


def second_joined_office(text: str, lo: int, cut: int, first: Phrase) -> Phrase | None:
    """The second of two offices "and" joins before the comma at `cut` whose first `office_then_comma` read
    (fourhundredsixtyfifth barbados_gis_2011_narcotics-us-charge: "a courtesy call on the Attorney General and Minister
    of Home Affairs, X, … The Minister admitted …"): one holder of both, so a later bare second office means him too;
    None when the words after "and" are no whole office."""
    joint = text.rfind(first.text + " and ", max(lo, cut - 120), cut)
    if joint < 0:
        return None
    second = joint + len(first.text) + 5
    if text[second:second + 1].islower():
        return office_taken_up(text[second:cut])  # ("… and incoming African Union (AU) chairperson, X,")
    return _whole_office(text[second:cut]) if text[second:second + 1].isupper() else None


_TAKEN_UP = re.compile(r"(?:incoming|newly[ -]elected|new)\s+(?=[A-Z])")
"""The word of an office about to be taken up before it, in lower case, the office capitalised after it ("incoming
African Union (AU) chairperson"), `office_taken_up`."""


def office_taken_up(run: str) -> Phrase | None:
    """The office `run` is when a word of taking it up opens it and the body's initials in brackets may stand inside it
    (sevenhundredeightyfourth ena: "The President of Comoros and incoming African Union (AU) chairperson, Azali
    Assoumani, has promised …" then "the incoming chairperson said …"): the office without them, its last word maybe in
    lower case; None when the words are no whole office. The office's offsets are of the words read, not of `run`."""
    opening = _TAKEN_UP.match(run)
    if opening is None:
        return None
    words = run[opening.end():]
    if " (" in words:
        words = INITIALS_IN_BRACKETS.sub("", words)
    return _whole_office(words)


def _first_office_before_one_taken_up(run: str) -> Phrase | None:
    """Of a capitalised office and, after "and", an office about to be taken up (`office_taken_up`), both before one
    name's comma, the first ("The President of Comoros and incoming African Union (AU) chairperson, Azali Assoumani,"):
    one holder of both, the second learnt by `second_joined_office`; None for any other words."""
    left, _, right = run.partition(" and ")
    if CAP_RUN.fullmatch(left) is None or office_taken_up(right) is None:
        return None
    office = _whole_office(left)
    return office if office is not None and office.start == 0 else None


def opening_office_joined_before(text: str, lo: int, cut: int, second: Phrase) -> Phrase | None:
    """The bare office that opens the sentence before "and the" and the office `office_then_comma` read before the
    comma at `cut` (fivehundredseventyfourth kyivcity_2017_fcm_president: "Kyiv Mayor and the Head of Association of
    Ukrainian Cities, Vitali Klitschko, met …" then "Kyiv Mayor expressed …"; hard65 kessbury: "… then "The Mayor said
    …"): one holder of both, as "Prime Minister and Minister of General Affairs, X," is. Not when the first office has
    its own article ("The Taoiseach and the UK Prime Minister, Boris Johnson spoke …": two people, the Taoiseach
    unnamed); None when the words before "and the" are no whole office."""
    joint = text.rfind(" and the " + second.text, max(lo, cut - 160), cut)
    if joint < 0:
        return None
    opening = past_a_dateline(text, lo, joint)
    if joint - opening > 40 or not text[opening:opening + 1].isupper() or text.startswith("The ", opening):
        return None
    first = _whole_office(text[opening:joint])
    return first.shifted(opening) if first is not None else None


def _possessive_predecessor(text: str, lo: int, hi: int) -> Phrase | None:
    """"His predecessor, X," ending at `hi` (the comma before a name): the one who held the office before, whom a
    later "His predecessor said …" means; None unless a possessive opens it ("the predecessor of the Treaty, X" no)."""
    phrase = phrase_ending_at(text, max(lo, hi - 24), hi)
    if phrase is None or phrase.role != "predecessor" or phrase.end != hi or not phrase.possessive:
        return None
    return phrase


_SPOKES_OFFICES = (*sorted(SPOKESPERSONS), "press secretary")
"""The offices of one who speaks for another, the cheap test before `_LOWER_SPOKES_OFFICE`."""
_LOWER_SPOKES_OFFICE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|[’'][s])\s+(?:[a-z]+\s+){0,2}?"
                                  r"((?:(?:chief|official|deputy)\s+)?(?:"
                                  + "|".join(office.replace(" ", r"\s+") for office in _SPOKES_OFFICES) + r"))$")
"""A spokesperson's office in lower case before a name set off by commas, after an article or a possessive and a word
or two of the body she speaks for ("the Prime Minister's spokesperson, X, said …", "a government spokeswoman, X,",
`_lower_spokes_office`)."""


def _lower_spokes_office(text: str, lo: int, hi: int) -> Phrase | None:
    """The spokesperson's office in lower case that ends at `hi`, the comma before a name (hard48
    2025-03-11-spokesperson-on-prime-ministers-call-with-president-of-nimbrava: "Speaking to reporters after the call,
    the Prime Minister's spokesperson, X, said …" / "By the spokesperson's account, …"): the office a later "the
    spokesperson" means, as "Press Secretary, X," capitalised is; None if no article or possessive opens it."""
    found = _LOWER_SPOKES_OFFICE.search(text, max(lo, hi - 40), hi)
    if found is None:
        return None
    office = title_run(found.group(1).title())
    return office[0] if office and office[0].kind == "description" and office[0].role else None


def _spokes_office_of_a_lower_body(text: str, lo: int, hi: int) -> int:
    """Where a spokesperson's office in lower case ends when " of the " and a body's lower-case noun follow it up to
    `hi`, the comma before a name (hard77: "The spokesperson of the authority, Ms. X, told reporters …", then "The
    spokesperson added …"): the office `_lower_spokes_office` reads there, the body a word of the readout's own; -1
    when the words before `hi` are no such office."""
    if not text.endswith(_SPOKES_BODIES_ENDINGS, lo, hi):
        return -1  # (the cheap test first: most names' commas follow no body's noun)
    of = text.rfind(" of the ", max(lo, hi - 40), hi)
    if of < 0 or text[of + 8:hi] not in _SPOKES_BODIES or not text.endswith(_SPOKES_OFFICES, lo, of):
        return -1
    return of


_OF_A_SPOKEN_FOR_BODY = re.compile(r" of (?:the |[A-Z][\w-]*(?:’s|'s) )?[A-Z][\w’'&-]*(?: (?:of|for|and|the|[A-Z][\w’'&-]*)){0,6}\Z")
"""" of ", "the" or a place's possessive maybe, and a body's capitalised name up to a name's comma ("of the Ministry of
the Interior", "of Ardellia's Ministry of Foreign Affairs")."""
_SPOKES_REACH = 80
"""How far before a name's comma a spokesperson's office and the body named after it may start."""


def _spokes_office_of_a_named_body(text: str, lo: int, hi: int) -> int:
    """Where a spokesperson's office in lower case ends when " of " and a body's capitalised name follow it up to
    `hi`, the comma before a name (styles64: "The spokesperson of Ardellia's Ministry of the Interior, Ms. X, told
    reporters …", then "The spokesperson quoted the minister as saying …", "Asked whether …, the spokesperson said …":
    hers, as "the ministry's spokesperson, Ms. X," is read; `_spokes_office_of_a_lower_body` reads a body's noun in
    lower case); -1 when the words before `hi` are no such office. The first " of " in reach is the office's."""
    window = max(lo, hi - _SPOKES_REACH)
    if text.find("spokes", window, hi) < 0 and text.find("secretary", window, hi) < 0:
        return -1  # (the cheap test first: most names' commas follow no spokesperson's office)
    named = _OF_A_SPOKEN_FOR_BODY.search(text, window, hi)
    if named is None or not text.endswith(_SPOKES_OFFICES, lo, named.start()):
        return -1
    return named.start()


_BODY_NOUNS = INSTITUTION_WORDS | frozenset((
    "company", "concern", "holding", "group", "plant", "factory", "service", "agency", "authority", "board",
    "administration", "department", "association", "federation", "institute", "society", "centre", "center",
    "organisation", "organization", "region", "republic", "city", "guard", "delegation", "commerce"))
"""The last word of a body in lower case that a lower-case office leads ("the head of the Volta energy company")."""
_SPOKES_BODIES = _BODY_NOUNS | {"ministry", "embassy", "government"}
"""The lower-case bodies a spokesperson speaks for ("the spokesperson of the ministry, X,"), `_spokes_office_of_a_lower_body`."""
_SPOKES_BODIES_ENDINGS = tuple(" " + noun for noun in sorted(_SPOKES_BODIES))
_LOWER_OFFICE_WORD = re.compile(_LOWER_OFFICES + r"\s+of\s+")


_NATIONS_LOWER_OFFICE_BEFORE = re.compile(
    r"\b[Tt]he\s+(?:[a-z-]+\s+){0,2}?[A-Z][a-z]+\s+(?:[a-z-]+\s+){0,2}?(?:ambassador|envoy|diplomat|minister|consul)"
    r"(?:\s+(?:to|in)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?$")
"""A nation's adjective and an office in lower case, the place it is held in maybe after it, read back from a name's
comma ("the Iranian acting ambassador to Yemen, X", "the Chinese ambassador to Sudan, X", `_nations_lower_office`)."""


def _nations_lower_office(text: str, lo: int, hi: int) -> Phrase | None:
    """The office in lower case after a nation's adjective, ending at `hi` before a name and its comma
    (fivehundrednineteenth saba iranian_acting_ambassador: "met … with the Iranian acting ambassador to Yemen, Mohammed
    Farhat. … The Iranian acting ambassador reaffirmed …"): his office and his nation, which the later description
    means; None unless the phrase read from "the" is a description of an office and a nation ending at `hi`."""
    found = _NATIONS_LOWER_OFFICE_BEFORE.search(text, lo, hi)
    if found is None:
        return None
    office = phrase_starting_at(text, found.start(), hi)
    if office is None or office.kind != "description" or not office.role or not office.country or office.end != hi:
        return None
    return office


def _lower_office_of_a_body(text: str, lo: int, hi: int) -> Phrase | None:
    """A lower-case office of a body whose last word is lower case, ending at `hi` ("met with the head of the Volta
    energy company, Pavel Mirek."): the office "the head of the company" means later. The phrase read back from `hi`
    opens with "the" and a lower-case office (`_LOWER_OFFICES`) and ends with a body's noun (`_BODY_NOUNS`)."""
    space = text.rfind(" ", lo, hi)
    if space < 0 or text[space + 1:hi] not in _BODY_NOUNS:
        return None
    office = phrase_ending_at(text, lo, hi)
    if office is None or office.kind != "description" or not office.role or office.text[:4].lower() != "the " \
            or office.end != hi or _LOWER_OFFICE_WORD.match(office.text, 4) is None:
        return _met_with_an_office_of_a_body(text, lo, hi)
    return office


def _met_with_an_office_of_a_body(text: str, lo: int, hi: int) -> Phrase | None:
    """The same office with no article, right after "with" (a wire's "met with head of the delegation of the …, X"):
    read as if "the" stood before it; None when "with" and a lower-case office do not open the words before `hi`."""
    at = text.rfind(" with ", lo, hi)
    if at < 0 or _LOWER_OFFICE_WORD.match(text, at + 6) is None:
        return None
    read = "the " + text[at + 6:hi]
    office = phrase_ending_at(read, 0, len(read))
    if office is None or office.kind != "description" or not office.role or office.start != 0:
        return None
    return office._replace(start=at + 6, end=hi, text=text[at + 6:hi])


_OF_A_NAMED_BODY = re.compile(r" of the (?:[A-Z][\w’'-]*\s(?:of\s(?:the\s)?)?)*[A-Z][\w’'-]*$")
"""The named body a lower-case body belongs to, closing the words before a name's comma ("… committee of the
Sudmarrow Assembly"; with its own "of" inside, hard59 icrc: "… delegation of the International Committee of the Red
Cross"): what `_lower_office_of_a_body_of_a_named_body` cuts off."""


def _lower_office_of_a_body_of_a_named_body(text: str, lo: int, hi: int) -> Phrase | None:
    """A lower-case office of a lower-case body that belongs to a named one, ending at `hi` (hard58 verrant_league: "met
    the chair of the foreign affairs committee of the Sudmarrow Assembly, Deputy X, in Osvel"): the office of the
    lower-case body (`_lower_office_of_a_body`), whom "the committee chair" means after. The body's initials and the
    place the office is held in are left out before (the caller; hard59 icrc: "The head of the delegation of the
    International Committee of the Red Cross (ICRC) in Trelmond, X, said …", then "The head of delegation noted …")."""
    if not text[hi - 1:hi].isalpha() or text.find(" of the ", lo, hi) < 0:
        return None  # (the cheap test first)
    named = _OF_A_NAMED_BODY.search(text, lo, hi)
    if named is None:
        return None
    office = _lower_office_of_a_body(text, lo, named.start())
    union = NATIONALITIES.get(text[named.start() + 8:hi].lower()) if office is not None and not office.country else None
    # (hard60 marvesh: "the head of the delegation of the European Union in Castalny, X,": the delegation is the
    # Union's, as "the EU ambassador" is, `people._heads_of_a_delegation_of`)
    return office._replace(country=union) if union is not None else office


def office_then_comma(text: str, start: int, end: int, lo: int, hi: int) -> Phrase | None:
    """The office before the name at text[start:end], a comma between, the name
    closed by a comma or a full stop ("The Chairperson of the Commission, H.E. Mr.
    Moussa Diarrakou, received …", "spoke with the President of Calvaria, Ana
    Restrepo."): one office held by one person, "the" before it; None if the words
    before the comma are no office ("In Tarvik, Ida Morn …") or the name goes on
    ("the Minister, Ida Morn and Anton Vesk": a list)."""
    cut = start - 2
    end = past_letters(text, end, hi)
    if _AND_THE_MEETINGS_VERB.match(text, end, hi) is None \
            and (text.startswith(" and", end) or _APPOSITIVE_END.match(text, end, hi) is None
                 and not text.startswith((" who ", " at "), end)
                 and not _here_after(text, end)
                 and not (text.startswith((" today", " yesterday", " on ", " in "), end)
                          and _WHEN_OR_WHERE_AFTER.match(text, end, hi) is not None)
                 and not (text[end + 1:end + 2].islower() and _AND_THE_OFFICE.search(text, max(lo, cut - 80), cut))
                 and not _opening_office_then_unclosed_subject(text, lo, cut, end)
                 and not _opening_office_left_unclosed(text, lo, cut, end)):
        # (eighthundredfifth urdupoint german-envoy-ghani: "German Ambassador … called on Speaker Khyber Pakhtunkhwa
        # Assembly, Mushtaq Ahmad Ghani and discussed matters of mutual interests.": the name's closing comma left out
        # before "and" and the meeting's own verb is no list, `_AND_THE_MEETINGS_VERB`, so "Speaker said …" is he)
        # (three-hundred-twenty-second ireland_taoiseach_2019-10-02_johnson_call: "The Taoiseach and the UK Prime
        # Minister, Boris Johnson spoke by phone": the second of a pair subject, the name's closing comma left out
        # before the verb, is still his office; not "the Taoiseach" his; fourhundredfiftyseventh
        # rwanda_presidency_2014-04-06_ban_ki_moon: "received the United Nations Secretary General, Ban Ki Moon who
        # arrived …": a relative "who" closes the name as a comma would, whom "the UN Secretary General said …" means;
        # fourhundredsixtysixth uganda us-envoy-sudan: "the US Special Envoy for Sudan, Mr. Tom Perriello at State
        # House": the place closes the name too; fivehundredeightyfirst, the Ethiopian News Agency: "met with the new
        # Kenyan Cabinet Secretary for Ministry of Foreign and Diaspora Affairs, Alfred Mutua today in Khartoum": when or
        # where it took place closes it too, `_WHEN_OR_WHERE_AFTER`)
        return None
    cut = before_initials_and_place(text, lo, cut)  # "… of the Caribbean Union (CARUN), X, …"
    if text.endswith(_TO_THE_HOST_COUNTRY, lo, cut):
        cut -= len(_TO_THE_HOST_COUNTRY)  # "the Ambassador of Tervolia to the country, X" (`_TO_THE_HOST_COUNTRY`)
    cut = _before_board(text, lo, cut)  # "Chairman of Gazprom's board of directors": the office of Gazprom's head
    # (four-hundred-eightieth mauritius_gis uk-high-commissioner: "The newly appointed High Commissioner of the United
    # Kingdom of Great Britain and Northern Ireland to Mauritius, Mr X,": a state's full name makes an office long; a list
    # of a prime minister's ministries, `_first_of_listed_offices`, longer still)
    for article in _THE_BEFORE.finditer(text[max(lo, cut - 160):cut][::-1]):
        run = text[cut - article.start():cut]  # (the nearest "the" first: "of the Commission")
        if CAP_RUN.fullmatch(run) is None:
            if run.endswith(_LOWER_REGION_WORDS) and (office := _office_of_a_lower_case_region(run)) is not None:
                return office  # ("The Governor of the Fergana region, X,": `_office_of_a_lower_case_region`)
            if " in " in run and (office := _office_in_a_body(run)) is not None:
                return office
            if " for " in run and (office := _office_with_remit(run)) is not None:
                return office
            if " on " in run and (office := _aides_office_on_a_portfolio(run)) is not None:
                return office
            if (" responsible for " in run or " in charge of " in run or _CHARGED_WITH in run
                    or _WITH_RESPONSIBILITY in run) \
                    and (office := _office_in_charge_of(run)) is not None:
                return office
            if (" state of " in run or " province of " in run or " city of " in run or " municipality of " in run) \
                    and (office := _office_of_a_state(run)) is not None:
                return office
            if (" accredited " in run or " designated " in run) and (office := _office_posted_to(run)) is not None:
                return office
            if run[:7] == "former " and CAP_RUN.fullmatch(run, 7) is not None \
                    and (office := _whole_office(run[7:])) is not None:
                # (thirty-second hard velsk_defence_ministers_handover: "The former Defence Minister, X, who held the
                # post …, also took part"): the office he held, kept as a former one (`people.roles_compatible`),
                # so "the Defence Minister" stays the new holder and "the outgoing Minister" is he
                return office._replace(role="former " + office.role, text=run)
            if " and " in run and (first := _first_office_before_one_taken_up(run)) is not None:
                return first  # ("The President of Comoros and incoming African Union (AU) chairperson, X,")
            if run.count(", ") == 1 and (first := _first_of_comma_offices(run)) is not None:
                return first
            if run.count(", ") == 2 and ", and " not in run and " and " in run \
                    and (first := _first_of_comma_offices(run)) is not None:
                return first  # ("The Minister of State, Minister of Foreign Affairs, Cooperation and the Francophonie, X")
            if run.count(", ") >= 2 and (first := _first_of_listed_offices(run)) is not None:
                return first  # ("The Prime Minister, Minister of Home Affairs, …, Minister of Finance …, Mr X")
            if run.count(", ") == 2 and ", and " in run \
                    and (first := _first_of_comma_offices(run.replace(", and ", " and "))) is not None:
                # (fourhundredfiftyseventh morocco_mfa_2023-10-26_czech_press_conference: "The Minister of Foreign
                # Affairs, African Cooperation, and Moroccan Expatriates, Mr. Nasser Bourita, …": the ministry's list
                # of portfolios with a comma before its "and", read as without it)
                return first
            continue
        if " and " in run and (first := _first_of_comma_offices(run, " and ")) is not None:
            # (fourteenth styles bermont_cabinet: "The Premier and Minister of Finance, the Hon. X, JP, MP, …": one
            # holder of both, whom "The Premier welcomed …" means)
            return first
        if text.endswith(_COMPLEMENT_BEFORE_THE, lo, cut - article.end() - 1) \
                and _complement_of_an_office(text, lo, cut - article.end() - 1):
            # (styles9 himavat_pmo: "Press Advisor to the Prime Minister, Mr. Gokul Bhattarai, informed …": the
            # office a complement names is another's, not his)
            continue
        if run[:10] == "Office of ":
            continue  # (the body an office sits in, "… in the Office of the Prime Minister", `_office_in_a_body`)
        office = _whole_office(run)
        if office is not None:
            return office
    if text.find(" its ", max(lo, cut - 40), cut) >= 0:
        office = _office_of_its_body(text, lo, cut)
        if office is not None:
            return office
    opening = past_a_dateline(text, lo, cut)
    if cut - opening <= _OPENING_OFFICE_REACH and text[opening:opening + 1].isupper() \
            and (CAP_RUN.fullmatch(text, opening, cut) is not None or _capitalised_but_links(text[opening:cut])):
        # (two-hundred-ninety-ninth uk_pm wind_roundtable: "Energy Minister, Greg Hands, raised the work of …"): an
        # office that opens the sentence, no article before it, is the office of the name the commas enclose
        # (fivehundredthirtysecond sintmaarten_gov carenco: "Prime Minister and Minister of General Affairs, Silveria
        # Jacobs attended …": two offices joined by "and", the first hers, as after "the", whom "Prime Minister
        # Jacobs" is)
        office = (" and " in text[opening:cut] and _first_of_comma_offices(text[opening:cut], " and ")) \
            or _whole_office(text[opening:cut])
        if office is not None:
            return office.shifted(opening)
    if text.startswith(_TO_THE_HOST_COUNTRY, cut) and (office := _envoys_office_after_a_place(text, lo, cut)):
        return office
    owner = max(text.rfind("’s ", max(lo, cut - 60), cut), text.rfind("'s ", max(lo, cut - 60), cut))
    if owner > lo and text[owner - 1:owner].isalpha() and text[owner + 3:owner + 4].isupper() \
            and CAP_RUN.fullmatch(text, owner + 3, cut) is not None:
        # (two-hundred-ninety-ninth uk_pm burnett: "to host President Trump’s Special Envoy to the United Kingdom, Mark
        # Burnett, at Downing Street"): an office after a possessive, no article, is the enclosed name's
        office = _whole_office(text[owner + 3:cut])
        if office is not None:
            return _of_the_owning_state(text, lo, owner, office).shifted(owner + 3)
        if text[owner - 7:owner] == " People" and (office := _states_office_with_peoples(text, lo, owner - 7, cut)):
            return office
    if (office := _office_after_a_pronouns_possessive(text, lo, cut)) is not None:
        return office
    if not _office_of_or_posted_to(text, max(lo, cut - 60), cut) and not _heads_a_delegation(text, lo, cut) \
            and not _meeting_with_a_bare_office(text, lo, cut) \
            or _LIST_GOES_ON.match(text, end, hi) is not None:
        return None  # (an office with no article: of a body, posted to a country, or heading a delegation)
    bare = _OFFICE_NO_ARTICLE.search(text, max(lo, cut - 60), cut)
    return _office_of_group(bare) if bare is not None else None


_PRONOUNS_OWNER_BEFORE = re.compile(r" (?:his|her|their) (?=[A-Z])")
"""A person's possessive pronoun, lower case inside the sentence, right before a capitalised office
(`_office_after_a_pronouns_possessive`)."""


def _office_after_a_pronouns_possessive(text: str, lo: int, cut: int) -> Phrase | None:
    """The capitalised office after "his", "her" or "their" inside the sentence, ending at the comma at `cut` before a
    name (ninehundredtwentysecond thenation 2022-02-16: "A statement by his Chief Press Secretary, Onogwu Mohammed,
    said …", then "The spokesman noted …" and "The CPS added …"): the enclosed name's office, as after "the" or a
    name's "’s" (President Trump’s Special Envoy …, X); None when no such pronoun stands within the office's reach
    or the words after it are no office ("his Excellency", a place). Cheap test first: one of the three pronouns within
    the 60 characters before the comma, then the nearest one with a capital after it (`_PRONOUNS_OWNER_BEFORE`)."""
    near = cut - 60 if cut - 60 > lo else lo
    if text.find(" his ", near, cut) < 0 and text.find(" her ", near, cut) < 0 and text.find(" their ", near, cut) < 0:
        return None
    owner = None
    for owner in _PRONOUNS_OWNER_BEFORE.finditer(text, near, cut):
        pass  # (the nearest one: "with his delegation and his Chief of Staff, X")
    if owner is None or CAP_RUN.fullmatch(text, owner.end(), cut) is None:
        return None
    office = _whole_office(text[owner.end():cut])
    return office.shifted(owner.end()) if office is not None else None


_OPENING_OFFICE_REACH = 96
"""How long an office that opens its sentence, no article before it, may be and still be the office of the name the
commas after it enclose (`office_then_comma`): an office of a body written out in full is long ("Secretary General of
the South Asian Association for Regional Cooperation (SAARC), Md. Golam Sarwar called on …", The Annapurna Express,
sixhundredseventysecond, 74 letters before the brackets: 64 had left him no office, so "the SAARC Secretary General
congratulated …" was no one's)."""


_OPENING_OFFICE = re.compile(r"(?:The\s+)?[A-Z][\w’'.&-]*(?:\s+(?:of|for|to|the|and|[A-Z][\w’'.&-]*))*"
                             r"(?:\s+\([A-Z]{2,8}\))?")
"""The words of an office that opens its sentence, up to the comma before the holder's name: capitalised words joined by
"of", "for", "to", "the", "and", "The" before them allowed, the body's initials in brackets after them allowed."""


def _opening_office_left_unclosed(text: str, lo: int, cut: int, end: int) -> bool:
    """Whether the name ending at `end` goes straight on to a lower-case word, its closing comma left out, after an
    office that is the whole of its sentence's opening words up to the comma at `cut` (fivehundredseventysecond
    turkicstates cavusoglu: "Secretary General of the Organization of Turkic States (OTS), H.E. Baghdad Amreyev had a
    meeting with …": the office the subject's, set off before the name, so "Secretary General also briefed …" is
    he). Not an opening preposition's or adverb's object ("In Tarvik, Ida Morn met …", "Like the President, …")."""
    if text[end:end + 1] != " " or not text[end + 1:end + 2].islower():
        return False
    opening = past_a_dateline(text, lo, cut)
    return _opens_with_no_function_word(text, opening, cut) and _OPENING_OFFICE.fullmatch(text, opening, cut) is not None


def _opens_with_no_function_word(text: str, opening: int, cut: int) -> bool:
    """Whether the words from `opening` to `cut` start with no preposition, adverb or pronoun (`FUNCTION_WORDS`): "Like
    the Secretary General, Ida Morn met …", "In Tarvik, …" are an opening phrase's object, no office of the name after
    the comma."""
    space = text.find(" ", opening, cut)
    return text[opening:space if space >= 0 else cut].lower() not in FUNCTION_WORDS


def _of_the_owning_state(text: str, lo: int, owner: int, office: Phrase) -> Phrase:
    """An ambassador's office after a one-word possessive that no other capitalised word runs into, given that word as
    the office's country when the office names none or only the one he is posted to (sixhundredeightyfifth, NNA as
    almanar prints it: "… welcomed Syria’s Ambassador to Lebanon, Ali Abdel Karim Ali, … the Syrian diplomat also
    briefed …": the ambassador is Syria's, so "the Syrian diplomat" is he; "to Lebanon" is where he serves). Not a
    titled person's possessive ("President Trump’s Special Envoy", "President Orlan’s Ambassador"), nor another office."""
    if not office.role.startswith("ambassador") or office.country is not None and " to " not in office.text:
        return office  # (the country after "to" is where the ambassador serves, not his: the possessive's word is)
    start = owner
    while start > lo and text[start - 1].isalpha():
        start -= 1
    if start == owner or not text[start].isupper() or (start > lo and not text[start - 1].isspace()):
        return office
    before = start - 1
    while before > lo and text[before - 1].isalpha():
        before -= 1
    if before < start - 1 and text[before].isupper():
        return office  # ("President Orlan’s Ambassador": a titled person's, not a state's)
    return office._replace(country=text[start:owner].lower())


def _states_office_with_peoples(text: str, lo: int, people: int, cut: int) -> Phrase | None:
    """The state's office with "People’s" inside it, text[people:cut] ending it (fivehundredfortieth mppre arreaza-sola:
    "Venezuela’s Minister of People’s Power for Foreign Affairs, Jorge Arreaza, held …"): the possessive before
    "People’s" is the state's, whose office it is ("the Venezuelan diplomat" is he), read from the state's word on.
    None when no such possessive stands within a short reach or the words are no whole office."""
    owner = max(text.rfind("’s ", max(lo, people - 40), people), text.rfind("'s ", max(lo, people - 40), people))
    if owner <= lo or not text[owner - 1:owner].isalpha():
        return None
    start = owner - 1
    while start > lo and text[start - 1].isalpha():
        start -= 1
    if not text[start].isupper() or CAP_RUN.fullmatch(text, owner + 3, cut) is None:
        return None
    office = _whole_office(text[start:cut])
    return office.shifted(start) if office is not None and office.country else None


def past_a_dateline(text: str, lo: int, cut: int) -> int:
    """Where the sentence's own words start: past a wire's dateline in capitals that opens it (fivehundredthirty-first,
    DNA: "ISLAMABAD, JAN 17 /DNA/ – Foreign Minister, X, … received …": the office then opens the sentence, and is the
    enclosed name's) or one in mixed case (fivehundredfortyfifth, BNA: "Manama, Jan. 12 (BNA): Saudi Ambassador to
    Bahrain, His Royal Highness Prince X, has lauded …"); `lo` when there is none. A place in capitals before a dateline
    of the mixed-case kinds is read as `split_sentences` reads it (eighthundrednineteenth urdupoint french-cg: "KARACHI,
    (UrduPoint / Pakistan Point News - 13th Aug, 2025) French Consul General in Karachi, X, called on …": UrduPoint's own
    wire, no capitals' dateline, so the office opens the sentence after it and is the enclosed name's, whom "French
    Consul General said …" and "The Consul General paid tribute …" mean)."""
    if text[lo:lo + 2].isupper():
        dateline = capitals_dateline(text, lo, cut) or mixed_case_dateline(text, lo, cut)
    elif text[lo:lo + 1].isupper():
        dateline = mixed_case_dateline(text, lo, cut)
    elif text[lo:lo + 1].isdigit():  # (fivehundredfiftythird, FAO: "30 January 2014, Addis Ababa, Ethiopia - ")
        dateline = date_first_dateline(text, lo, cut)
    else:
        return lo
    return dateline.end() if dateline is not None else lo


def _heads_a_delegation(text: str, lo: int, cut: int) -> bool:
    """Whether "headed by" / "led by" comes right before the capitals that end at cut ("a visiting delegation headed by
    Foreign Minister, Tomas Pell."): an office there, no article and no body after it, is the enclosed name's."""
    by = text.rfind(" by ", max(lo, cut - 60), cut)
    return by >= 0 and text.endswith((" headed", " led"), lo, by) and CAP_RUN.fullmatch(text, by + 4, cut) is not None


_MEETING_WITH = (" a meeting with ", " met with ", " talks with ", " called on ")
"""What opens a bare office that a meeting's counterpart holds (`_meeting_with_a_bare_office`)."""


def _meeting_with_a_bare_office(text: str, lo: int, cut: int) -> bool:
    """Whether a meeting's "with" (or "called on") stands right before the two capitalised words that end at `cut`
    (fivehundredsixtyfifth dnanews qatar-ambassador-sanjrani: "… held a meeting with Chairman Senate, Sadiq Sanjrani at …",
    Pakistani releases' office with no article nor "of"): the words are his office, which a later "Chairman Senate" means."""
    space = text.rfind(" ", max(lo, cut - 40), cut)
    space = text.rfind(" ", max(lo, cut - 40), space) if space > 0 else -1
    if space > 0 and text.endswith(_MEETING_WITH, max(lo, space - 16), space + 1):
        return True
    # (eighthundredfifth urdupoint german-envoy-ghani: "called on Speaker Khyber Pakhtunkhwa Assembly, Mushtaq Ahmad
    # Ghani and discussed …": a house's officer, the province's name and the house, no "of", whom "Speaker said" means)
    return text.endswith(_HOUSE_ENDS, lo, cut) and _MEETING_WITH_A_HOUSES_OFFICER.search(text, max(lo, cut - 80), cut) \
        is not None


_HOUSE_ENDS = (" Assembly", " Senate")
_MEETING_WITH_A_HOUSES_OFFICER = re.compile(
    r"(?:a meeting with|met with|talks with|called on) (?:Speaker|Deputy Speaker|Chairman) (?:[A-Z][\w-]* ){0,3}"
    r"(?:Assembly|Senate)$")
"""A meeting's counterpart by a house's office, up to three words of its place and the house ("called on Speaker
Sindh Assembly, X"), no "of" (`_meeting_with_a_bare_office`)."""


def _office_of_or_posted_to(text: str, lo: int, cut: int) -> bool:
    """Whether text[lo:cut] holds an office's "of" (a body's: "Chairman of Gazprom's board") or "to" (a country it is
    posted to: "discussed with Yemeni Ambassador to Jordan, Dr. X, and his delegation"), the words that make a bare
    office after "with", "by" or "and" an office and not a name's first words."""
    return text.find(" of ", lo, cut) >= 0 or text.find(" to ", lo, cut) >= 0


_AS_AN_OFFICE = re.compile(r"(?:the |a )?(?:(?:[A-Z][\w.-]* )*[A-Z][\w.-]*(?:’s|'s|’|') )?"
                           r"([A-Z][\w-]*(?: (?:of|for|the|[A-Z][\w-]*))*)")
"""After "as": an office, "the" and an owner's possessive before it allowed ("as the United States’ State Secretary")."""


def office_of_an_as_lead(text: str, lo: int, cut: int) -> Phrase | None:
    """The office a lead "as …" gives the name right after its comma (fourhundredseventyeighth agenciabrasil 2204: "On
    her first official visit as the United States’ State Secretary, Condoleezza Rice praised …", "As Foreign
    Secretary, X said …"): the subject holds the office the lead names; `cut` is the comma. Not "such as" or "as
    well as" (a list's examples)."""
    at = text.rfind(" as ", max(lo, cut - 90), cut)
    if at >= 0:
        if text.endswith((" such", " well"), lo, at):
            return None
        at += 4
    elif text.startswith("As ", lo) and cut - lo <= 90:
        at = lo + 3
    else:
        return None
    found = _AS_AN_OFFICE.fullmatch(text, at, cut)
    if found is None:
        found = _as_an_office_before_its_aside(text, at, cut)
        if found is None:
            return None
    return _office_of_group(found)


def _as_an_office_before_its_aside(text: str, at: int, cut: int) -> re.Match[str] | None:
    """The office after "as", closed by a comma before a lower-case aside that describes its place and ends at `cut`
    (sixhundredtwentyfifth nanning_gov xijiang: "As the Mayor of Nanning, the current rotating city, Zhou Hongbo
    presided …"), or None. Guarded by one comma between."""
    inner = text.find(", ", at, cut)
    if inner < 0 or not text[inner + 2:inner + 3].islower() or text.find(",", inner + 2, cut) >= 0:
        return None
    return _AS_AN_OFFICE.fullmatch(text, at, inner)


_ITS_OFFICE = re.compile(r"(?<= its )[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}$")
_ITS_OFFICE_OF = re.compile(r"(?<= its )[A-Z][\w-]*(?: (?:of|for|[A-Z][\w-]*)){1,4}$")
"""An office after "its" that names its own remit ("led by its Minister of Industry, Mr. X", "led by its Deputy Head of
Mission, Mr. Y", hard78), read by `_office_of_a_leader_after_its` when `_ITS_OFFICE`'s body is not found."""
_LED_BY_ITS = re.compile(r"(?<!delegation )(?<!delegation, )(?<!mission )(?<!mission, )(?:led|headed) by its $")
"""A delegation's leader named by "its" office (`_office_of_a_leader_after_its`), the body or place the delegation
comes from named before it: not a bare "a delegation led by its President, Mr. X" (knownerrors36b's guard), whose
"its" names nothing the office is of."""
_BODY_BEFORE_ITS = re.compile(r"\bthe ([A-Z][\w’'.&-]*(?: (?:of|for|and|the|[A-Z][\w’'.&-]*))*)(?:,? (?:led|headed|"
                              r"chaired|represented) by | and )$")
"""The body "its" means, named just before "(,) led by its …" or "and its …" (`_office_of_its_body`); the comma before
"led by" too (styles47 qasrelan: "A … delegation of the Ostrevaal Meat and Livestock Board, led by its Chief Executive
Officer, Mr. X, …": the Board's CEO, whom "The CEO said …" means after)."""

_OFFICE_OF_ITS = re.compile(r"\bthe ([A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) of $")
"""An office, "of" and then "its" (`_office_of_its_body`): "led by the Chairman of its …"."""


def _office_of_its_body(text: str, lo: int, cut: int) -> Phrase | None:
    """An office after "its" before the comma, and the body "its" means just before ("a delegation of the Sahel
    Development Bank led by its President, Mr. X", twelfth styles malinka_primature): the office of that body, as
    "the President of the Sahel Development Bank, Mr. X" would be, so that "the President of the Bank" is he."""
    its = _ITS_OFFICE.search(text, max(lo, cut - 40), cut)
    if its is None:
        return _office_of_a_leader_after_its(text, lo, cut, None)
    body = _BODY_BEFORE_ITS.search(text, max(lo, its.start() - 130), its.start() - 4)
    if body is None:
        head = _OFFICE_OF_ITS.search(text, max(lo, its.start() - 50), its.start() - 4)
        if head is None:
            return _office_of_a_leader_after_its(text, lo, cut, its)
        # ("a delegation of the Assembly led by the Chairman of its Budget Committee, Mr. X": the office of the
        # body "its" names, the Chairman of the Budget Committee, whom "The Chairman stated …" means after)
        office = _whole_office(f"{head.group(1)} of the {its.group()}")
        if office is None:
            return None
        return office._replace(start=head.start(1), end=cut, text=text[head.start(1):cut])
    office = _whole_office(f"{its.group()} of the {body.group(1)}")
    return office._replace(start=its.start(), end=cut, text=its.group()) if office is not None else None


def _office_of_a_leader_after_its(text: str, lo: int, cut: int, its: re.Match[str] | None) -> Phrase | None:
    """The office alone of a delegation's leader after "led by its" / "headed by its" when no capitalised body "its"
    means stands just before (hard78: "a delegation from Ombrecht, Vellistad's sister city since 1987, led by its Lord
    Mayor, Mr. X", "a delegation of the Quarnessan embassy, led by its Deputy Head of Mission, Mr. Y", "a trade mission
    from the Republic of Marvoslia led by its Minister of Industry, Mr. Z"): the name's office all the same, so that
    "The Lord Mayor said …" is he, not the host "Mayor". `its`: `_ITS_OFFICE`'s match before `cut`, which the caller
    has searched for already, else `_ITS_OFFICE_OF`'s is looked for."""
    its = its or _ITS_OFFICE_OF.search(text, max(lo, cut - 40), cut)
    if its is None or _LED_BY_ITS.search(text, max(lo, its.start() - 24), its.start()) is None:
        return None
    office = _whole_office(its.group())
    return office._replace(start=its.start(), end=cut, text=its.group()) if office is not None else None


def offices_chained_before(text: str, lo: int, base: int) -> list[Phrase]:
    """The offices a comma joins from the sentence's start to a titled name's run at `base` (fifteenth styles
    korystan_akorda: "President of the Republic of Korystan, Chairman of the Security Council, Supreme
    Commander-in-Chief of the Armed Forces X received …": the first of them is his too, whom "The Head of State …"
    means); none when a part is no whole office (a place, a name, a list of people). A dateline in capitals that opens
    the sentence is passed over, as `past_a_dateline` reads it (eighthundredninetyninth independent 2021-12-23:
    "DAMATURU – Borno State Governor, Professor X has expressed gratitude …": his office, whom "The Governor also
    thanked …" means; a spaced hyphen was read so, the long dash not)."""
    if base - lo > 160 or not text[lo:lo + 1].isupper() or text.count(", ", lo, base - 2) > 3:
        return []
    if text[lo + 1:lo + 2].isupper():  # (the cheap test first: two capitals open the sentence)
        lo = past_a_dateline(text, lo, base - 2)
    offices, pos = [], lo
    for part in text[lo:base - 2].split(", "):
        office = _whole_office(part)
        if office is None or office.start and part[0].isupper() and part[:office.start].rstrip().endswith("ing"):
            # (twenty-fifth styles bhatiyal_pmo_tarnovel_envoy: "Quoting the premier, PM's Press Secretary X said …":
            # a participle clause before the subject, whose object is no office of his)
            return []
        offices.append(office.shifted(pos))
        pos += len(part) + 2
    return offices


def past_letters(text: str, end: int, hi: int) -> int:
    """Where the name ending at `end` stops, past honours' letters after commas ("Mr. Andrew Pelham, CMG, today …",
    `_POST_NOMINAL_LETTERS`); `end` itself when none follow (a cheap test first: a capital after ", ")."""
    if text.startswith(", ", end) and text[end + 2:end + 3].isupper():
        letters = _POST_NOMINAL_LETTERS.match(text, end, hi)
        if letters is not None:
            return letters.end()
    elif text.startswith(" (", end):
        # (styles42, a WHO courtesy call: "the Honourable Minister of Health, Community Development and the Elderly,
        # X (MP), in her offices …": a member's letters in brackets, the name's as after a comma)
        letters = _POST_NOMINAL_LETTERS_IN_BRACKETS.match(text, end, hi) or _PHOTO_POSITION.match(text, end, hi)
        if letters is not None:
            return letters.end()
    return end


_LINKS_IN_AN_OFFICE = frozenset({"of", "for", "to", "in", "the"})


def _capitalised_but_links(words: str, links: frozenset[str] = _LINKS_IN_AN_OFFICE) -> bool:
    """Whether every word of `words` is capitalised but the links an office's complement holds ("High Commissioner for
    Australia in Sri Lanka", fivehundredsixtyseventh slmod: an office that opens the sentence with no article, the
    place it is held in after it), so the words may be read as a whole office; or the other `links` given (a list of
    portfolios' tail, `office_with_listed_remit_before`)."""
    return all(word[:1].isupper() or word in links for word in words.split())


_LOWER_REGION_WORDS = (" region", " province", " oblast", " prefecture", " governorate")
"""A region's word in lower case after the region's name, closing an office's body before the holder's name and its
comma ("The Governor of the Fergana region, Khayrullo Bozorov, received …", eighthundredsixtyeighth ferghana; Central
Asian, Russian and Chinese provinces' readouts in English write them so)."""


def region_word_capitalised(run: str) -> str:
    """`run` with its last word, a region's word in lower case (`_LOWER_REGION_WORDS`), capitalised, as the capitalised
    "Fergana Region" would be read; `run` itself when the word before it, the region's name, is not capitalised
    ("the Governor of the northern region")."""
    space = run.rfind(" ")
    if not run[run.rfind(" ", 0, space) + 1:space][:1].isupper():
        return run
    return run[:space + 1] + run[space + 1].upper() + run[space + 2:]


def _office_of_a_lower_case_region(run: str) -> Phrase | None:
    """The office a run is when its body ends with a region's word in lower case after the region's capitalised name
    ("Governor of the Fergana region", its holder's name after the comma, whom "The governor affirmed …" then means):
    read as with the word capitalised (`region_word_capitalised`), the run's own words its text; None when that reading
    is no whole office ("Fergana region" alone, a place)."""
    capitalised = region_word_capitalised(run)
    if capitalised is run or CAP_RUN.fullmatch(capitalised) is None:
        return None
    office = _whole_office(capitalised)
    return office._replace(text=run) if office is not None else None


def _whole_office(run: str) -> Phrase | None:
    """The office a capitalised run is, the whole of it and nothing else ("Special Envoy to the United Kingdom"),
    offsets from the run's start; None when the run holds a name, is no office, or goes on after it."""
    office = title_run(run)
    return office[0] if office and office[0].kind == "description" and office[0].role \
        and office[0].end == len(run) else None


def _office_of_group(found: re.Match) -> Phrase | None:
    """The whole office that `found`'s first group is (`_whole_office`), placed at that group in the text; None when
    the group is no whole office."""
    office = _whole_office(found.group(1))
    return office.shifted(found.start(1)) if office is not None else None


def _office_in_a_body(run: str) -> Phrase | None:
    """The office that opens a run, before " in the " and the body it sits in (twenty-seventh hard set
    drevania_deputy_high_commissioner_call: "with the State Secretary for Foreign Affairs in the Office of the Prime
    Minister of Drevania, Mr X": the State Secretary's office, not the Prime Minister's); so before " in " and the
    place an envoy serves in ("received the Chargé d'affaires of the Embassy of Veloria in Kastravia, Karl Dorn",
    "the Ambassador of Veloria in Kastravia, Karl Dorn": his office, whom "The Chargé d'affaires thanked …" means
    after). None when either part is no capitalised run or the first no whole office."""
    head, _, body = run.partition(" in the ")
    if body:
        if CAP_RUN.fullmatch(body) is None:
            return None
    else:
        head, _, place = run.rpartition(" in ")
        if not head or not all(word[:1].isupper() for word in place.split()[:4]) or place.count(" ") > 3:
            return None
    return _whole_office(head) if CAP_RUN.fullmatch(head) is not None else None


_POSTED_TO = re.compile(r" (?:accredited|designated) (?:to|as|in) ")
"""Where an envoy is posted, in lower case after his office and before the comma and his name ("the new Ambassador of
Costa Rica accredited to El Salvador and designated as representative to SICA, Carlos Manuel Echeverria Esquivel",
sixhundredninetieth sicaint): what `_office_posted_to` cuts the office at."""


def _office_posted_to(run: str) -> Phrase | None:
    """The office that opens a run, before "accredited to" / "designated as" and where the envoy serves (so that "The
    ambassador thanked …" after it is the named envoy); None when the words before are no whole capitalised office."""
    posted = _POSTED_TO.search(run)
    if posted is None:
        return None
    head = run[:posted.start()]
    return _whole_office(head) if CAP_RUN.fullmatch(head) is not None else None


_LOWER_STATE = re.compile(
    r" of the (?:[a-z]+ |[A-Z][a-z]+(?:ian|ean|ese|ish|an) )?(?:state|province|city|municipality) of (?=[A-Z])")
"""A federation's member state named in lower case before its name ("the Minister-President of the federated state of
X", "the Governor of the state of Y", styles12 bhutara_pmo's "the Chief Minister of the neighbouring state of Z"): what
`_office_of_a_state` cuts the office at; so a province, its country's adjective maybe before it (hard60 brenholm: "the
Governor of the Ilvessan province of Tallmere, Ms. X,": the Governor, whom the title's "the Governor of Tallmere"
means); so a city or a municipality (styles60: "The Director of Public Health of the city of Morsk, Dr. X, received
…" then "The Director of Public Health briefed the guests …": hers)."""


def _office_of_a_state(run: str) -> Phrase | None:
    """The office that opens a run, before "of the (federated) state of" and the state's name ("received the
    Minister-President of the federated state of X, Dr. Y": her office, whom "The Minister-President …" means after);
    None when the state's name is not all in capitals or the words before are no whole office."""
    state = _LOWER_STATE.search(run)
    if state is None or not all(word[:1].isupper() for word in run[state.end():].split()):
        return None
    return _whole_office(run[:state.start()])


_LOWER_REMIT = re.compile(r" for (?:the |(?=[a-z]))(?:[\w’'-]+ ){0,3}[a-z][\w’'-]*$")
"""The remit that closes an office, "for", a lower-case word first and at most four in all, the last in lower case
("for the Quivar river basin", "for water"): what `_office_with_remit` cuts off (the last "for" of the run)."""
_NOT_IN_A_REMIT = frozenset({"with", "to", "by", "his", "her", "their", "its", "and", "on", "at", "in", "from",
                             "who", "which", "that", "as", "he", "she", "they"})
"""Words that tell a clause, not a remit, after "for" ("the Secretary of State for Defence spoke with his Russian
counterpart, X": the office is not X's)."""
_REMIT_OFFICES = frozenset({"representative", "envoy", "coordinator", "commissioner", "rapporteur", "minister",
                            "secretary", "adviser", "advisor"})
"""Offices a readout writes with a remit after "for" ("Special Representative … for the river basin", "Minister for
water"); not a President or an Ambassador, after whom "for" starts what he is thanked for."""


def _office_with_remit(run: str) -> Phrase | None:
    """The office that opens a run and is given a remit in lower case after its last "for" (forty-ninth hard
    castrevia_deputy_prime_minister_receives_ostrabelian_special_representative: "the Special Representative of the
    Government of Ostrabel for the Quivar river basin, Przemko Zawilski": the Special Representative of Ostrabel, so
    that "the Ostrabelian diplomat" is he), the whole run its text; None when the part before is no whole capitalised
    office or no office that takes a remit."""
    remit = _LOWER_REMIT.search(run, run.rfind(" for "))
    if remit is None or not _NOT_IN_A_REMIT.isdisjoint(remit.group().split()):
        return None
    head = run[:remit.start()]
    if CAP_RUN.fullmatch(head) is None:
        return None
    office = _whole_office(head)
    if office is None or office.role.partition(" of ")[0].split()[-1] not in _REMIT_OFFICES:
        return None
    return office._replace(end=len(run), text=run)


_AIDE_OFFICE_WORDS = frozenset({"assistant", "adviser", "advisor", "aide"})
"""Offices held to a principal that Nigerian and other West African releases give a portfolio after "on" ("Special
Adviser to the Governor on Media", "Executive Assistant to the Governor on Non-Indigene Affairs"): an aide's office
(`_aides_office_on_a_portfolio`); not a Minister's or a Commissioner's, whose "on" starts what they spoke of."""


_AIDES_PORTFOLIO = re.compile(r"[A-Z][\w’'-]*(?: (?:and|of|the|&|[A-Z][\w’'-]*))*")
"""An aide's portfolio after "on": capitalised words, "and", "of", "the" between ("Media and Publicity", "Non-Indigene
Affairs")."""


def _aides_office_on_a_portfolio(run: str) -> Phrase | None:
    """The office that opens a run when an aide's office held "to" a principal is given a capitalised portfolio after
    its last "on" (ninehundredsecond gallantreporters 2025-03-13: "The Executive Assistant to the Governor on
    Non-Indigene Affairs, Hon Barr Emeka Ebiliekwe, noted …": the Executive Assistant, so that "The Governor’s aide"
    after is he), the whole run its text; None when the part before "on" holds no "to", is no whole capitalised
    office, or no aide's office (`_AIDE_OFFICE_WORDS`; `people._AIDES_OFFICES`, without "aide", are the offices "the
    aide" means), or the portfolio is no capitalised run."""
    head, _, portfolio = run.rpartition(" on ")
    if " to " not in head or _AIDES_PORTFOLIO.fullmatch(portfolio) is None or CAP_RUN.fullmatch(head) is None:
        return None
    office = _whole_office(head)
    if office is None or _role_head(office.role) not in _AIDE_OFFICE_WORDS:
        return None
    return office._replace(end=len(run), text=run)


_CHARGED_WITH = ", Charged with "
"""A remit set off by commas after an office, before its holder's name (`_office_in_charge_of`)."""

_WITH_RESPONSIBILITY = " with responsibility for "
"""The words that join an office to its remit as "responsible for" does (sixhundredthirtyfourth: "According to the
Minister with responsibility for External Affairs, Hon. X, …": the Minister for External Affairs, `_office_in_charge_of`)."""


def _office_in_charge_of(run: str) -> Phrase | None:
    """The office a run is when "responsible for" or "in charge of" joins the office to its capitalised remit
    (fivehundredeighth coe_2011_leonetti: "received the French Minister responsible for European Affairs, Jean
    Leonetti": the office read as "Minister for European Affairs", whom "the Minister confirmed …" means after), the
    whole run its text; failing that, the office before the remit when it is a whole office with its place
    (styles36: "the Deputy Mayor of Montlazare in charge of International Relations and the Francophonie, Mr. X": a
    deputy mayor of Montlazare, whom "The Deputy Mayor conveyed …" means); None when neither is. A remit set off by
    commas with "Charged with" (fivehundredthirtyfifth: "the Vice-President of the Republic, Charged with Defence and
    State Security, Name,") is read so too: the office before it."""
    office = _whole_office(run.replace(" responsible for ", " for ", 1).replace(" in charge of ", " of ", 1)
                           .replace(_WITH_RESPONSIBILITY, " for ", 1)) if _CHARGED_WITH not in run else None
    if office is None:
        head = run.partition(" in charge of ")[0].partition(" responsible for ")[0].partition(_CHARGED_WITH)[0] \
            .partition(_WITH_RESPONSIBILITY)[0]
        office = _whole_office(head) if " of " in head else None
    return office._replace(end=len(run), text=run) if office is not None else None


def _first_of_comma_offices(run: str, joint: str = ", ") -> Phrase | None:
    """Of two bare capitalised offices a comma joins, each the whole of its part, the first (styles10
    lorvania_state_ministry: "the Prime Minister, Minister of State, Marc Weydert, received …": one holder
    of both, whom "the Prime Minister underlined …" means); None when a part is no office or holds a name."""
    left, _, right = run.partition(joint)
    if joint == ", " and right.count(joint) == 1:
        office, _, listed = right.partition(joint)
        if _PORTFOLIO.fullmatch(listed) is not None and _ministrys_portfolios(office, listed):
            # (styles33 nyangoue_mfa: "The Minister of State, Minister of Foreign Affairs, Cooperation and the
            # Francophonie, Mr. X": the second office's list of portfolios after its own comma)
            right = office
        elif " and " in listed and _PORTFOLIO.fullmatch(office) is not None and _PORTFOLIO.fullmatch(listed) is not None:
            # (styles47 wendari: "The Minister of Agriculture, Livestock, Fisheries and Cooperatives, Hon. X (second
            # left), …": one ministry's portfolios over two commas, read as joined by "and", so the office is X's)
            right = f"{office} and {listed}"
    if joint == ", " and " and " in right and (listed := _PORTFOLIOS_OF_A_STATE.fullmatch(right)) is not None \
            and left.startswith("Minister ") and not title_run(listed.group(1)):
        # (styles27 calabrine_mfa: "the Minister of Foreign Affairs, International Trade and Worship of Sierramar,
        # His Excellency X"): a ministry's list of portfolios, then the state it is of: the office of that state
        of_the_state = left + right[listed.end(1):]  # "Minister of Foreign Affairs of Sierramar"
        office = title_run(of_the_state)
        return office[0]._replace(end=len(run), text=run) if len(office) == 1 and office[0].kind == "description" \
            and office[0].role and not office[0].name and office[0].end == len(of_the_state) else None
    if joint == ", " and _PORTFOLIO.fullmatch(right) is not None and _ministrys_portfolios(left, right):
        # (styles65: "The Cabinet Secretary for Gender, Children and Social Protection, Hon. X, …"): the office of a
        # ministry whose list of portfolios goes on after the comma is the office its first part names, read whole
        # (`title_run` reads "Cabinet Secretary for …" from "Secretary", the office still the Cabinet Secretary's)
        return _whole_office(left)
    if joint == ", " and _PORTFOLIO.fullmatch(right) is not None and not title_run(right):
        # (fifteenth styles ancom_secretariat: "the Assistant Secretary-General, Human and Social Development, Ms. X":
        # a portfolio after the office, words that are neither a name nor an office, no second office)
        right = ""
    elif not right or CAP_RUN.fullmatch(right) is None or joint in right:
        return None
    offices = [title_run(left), title_run(right)] if right else [title_run(left)]
    for part, office in zip((left, right), offices):
        if len(office) != 1 or office[0].kind != "description" or not office[0].role or office[0].name \
                or office[0].start or office[0].end != len(part):
            return None
    return offices[0][0]


_MINISTERS = ("Minister of ", "Minister for ")


def _first_of_listed_offices(run: str) -> Phrase | None:
    """Of three or more parts commas join, a bare office, then a minister's office, then more ministers' offices or
    the rest of a ministry's list of portfolios ("External Communications and National Development Unit", perhaps
    with " and Minister of …" after it), the first office (fourhundredeightieth mauritius_gis: "The Prime Minister,
    Minister of Home Affairs, External Communications and National Development Unit, Minister of Finance and Economic
    Development, Mr X": one holder of all, whom "the Prime Minister" later means); None for any other list."""
    parts = run.split(", ")
    if len(parts) < 3 or not parts[1].startswith(_MINISTERS):
        return None
    for part in parts[2:]:
        if part.startswith(_MINISTERS):
            continue
        listed, joint, office = part.partition(" and Minister ")
        if _PORTFOLIO.fullmatch(listed) is None or joint and not office.startswith(("of ", "for ")):
            return None
    return _first_of_comma_offices(parts[0] + ", " + parts[1])


_HEADS_OF_A_MINISTRY = ("Minister of ", "Minister for ", "Cabinet Secretary for ", "Cabinet Secretary of ")
"""The offices that head a ministry named by its portfolios, whose list may go on after a comma: a minister's, and
East Africa's Cabinet Secretary, the minister of a ministry there ("the Cabinet Secretary for Gender, Children and
Social Protection, Hon. X", styles65)."""


def _ministrys_portfolios(office: str, listed: str) -> bool:
    """Whether `listed`, after "Minister of …" and a comma, is the rest of that ministry's list of portfolios, its
    last after "and" (styles31 qartaja_presidency: "the Minister of Foreign Affairs, Migration and Nationals Abroad,
    X": "Nationals Abroad" is no one's one-word name), not a pair of names ("Ida Morn and Anton Vesk")."""
    return " and " in listed and office.startswith(_HEADS_OF_A_MINISTRY) \
        and all(len(phrase.name) < 2 for phrase in title_run(listed))


_PORTFOLIO = re.compile(r"[A-Z][a-z]+(?: (?:and(?= [A-Z])|and the(?= [A-Z])|[A-Z][a-z]+))*")
"""A secretariat official's portfolio after the office and a comma ("Assistant Secretary-General, Trade and Economic
Integration, Ms. X"): capitalised words and "and" only, or "and the" before the last (styles33 nyangoue_mfa: "the
Minister of State, Minister of Foreign Affairs, Cooperation and the Francophonie, Mr. X")."""
_PORTFOLIOS_OF_A_STATE = re.compile(r"([A-Z][a-z]+(?: (?:and|[A-Z][a-z]+))*) of (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*")
"""A list of portfolios, then "of" the state whose ministry holds them ("International Trade and Worship of
Sierramar"): the words of `_PORTFOLIO`, then a capitalised run after "of"."""
_BOARD_AFTER = re.compile(r"(?:’s|'s)?\s+(?:management\s+|supervisory\s+)?board(?:\s+of\s+directors)?$")
"""A company's board after the office of its head, in lower case ("Chairman of Gazprom's board of directors",
"the Chairman of the Gazprom board"): the office is the company's ("The head of Gazprom emphasized …",
two-hundred-forty-third 34478)."""
_OFFICE_NO_ARTICLE = re.compile(r"(?:(?<=\bwith )|(?<=\bby )|(?<=\band )|(?<=\breceived )|(?<=\bhosted )|(?<=\bmet )|(?<=\bcalled on ))([A-Z][\w’'.&-]*(?:\s+(?:of|for|to|the|and|[A-Z][\w’'.&-]*))*)$")
"""An office of a body with no article, right after "with", "by" or "and", before a comma and the name ("the three
heads of state met with Chairman of Gazprom's board of directors, Alexei Miller, acting head of …",
two-hundred-forty-third 34478), or one posted to a country ("discussed with Yemeni Ambassador to Jordan, Dr. X, and his
delegation", fivehundredninth petra tahtamouni-yemen), or right after a meeting's verb, "received", "hosted", "met"
(fivehundredeightythird dailynews oman_farewell: "received Oman Ambassador to Tanzania, Sheikh X at the State House":
whom "the Ambassador said" means), or "called on" (eighthundredfifth urdupoint german-envoy-ghani: "called on Speaker
Khyber Pakhtunkhwa Assembly, Mushtaq Ahmad Ghani and discussed …": whom "Speaker said" means)."""


_POST_NOMINAL_LETTERS = re.compile(r"(?:, (?:" + "|".join(POST_NOMINAL_LETTERS) + r")(?=,))+")
"""Honours' and members' letters after a name, each after a comma ("Mr. Andrew Pelham, CMG, today received …", "the
Hon. X, JP, MP, and …": fourteenth styles bermont_cabinet): the name's, not what goes on after it."""
_POST_NOMINAL_LETTERS_IN_BRACKETS = re.compile(r" \((?:" + "|".join(POST_NOMINAL_LETTERS) + r")\)")
"""Honours' or a member's letters in brackets right after a name ("X (MP)")."""
_PHOTO_POSITION = re.compile(r" \((?:photo(?:,\s+above)?|pictured|above|(?:(?:second|third|2nd|3rd)\s+(?:from\s+)?)?"
                             r"(?:left|right)|cent(?:re|er))\)")
"""Where a name's bearer stands in the photograph, in brackets right after the name (styles47 wendari: "The Minister of
Agriculture, …, Hon. X (second left), today received …"): the name's, as a member's letters are, so the office before
its comma is still X's."""
_AND_THE_OFFICE = re.compile(r"\S\s+and\s+the\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|the))*$")
"""A capitalised office after "and the", ending at the comma before a name: the second of a pair subject
("The Taoiseach and the UK Prime Minister, Boris Johnson spoke …")."""


_VERB_OF_A_CALL = re.compile(r" (?:ha[sd] )?(?:met|called on|paid|held|received|visited|arrived) ")
"""The subject's verb of a visit or a call right after a name whose closing comma was left out."""


_OPENING_DAY = ("Today, ", "Yesterday, ", "Earlier today, ", "This morning, ")
"""A day that opens a sentence, set off by its comma, before the subject's office ("Today, the Speaker of the Assembly,
X received …", `_opening_office_then_unclosed_subject`)."""


def _opening_office_then_unclosed_subject(text: str, lo: int, cut: int, end: int) -> bool:
    """True when the office before the comma at `cut` opens the sentence, no other comma in it, and the name after the
    comma is followed at once by the sentence's verb of a meeting or a call, the name's closing comma left out
    (fivehundredsixtyseventh slmod india_jha: "The Indian High Commissioner in Sri Lanka, Santosh Jha met the Defence
    Secretary …": the office is the subject's, whom "The Indian High Commissioner emphasized …" later means)."""
    if not text[end + 1:end + 2].islower() or _VERB_OF_A_CALL.match(text, end) is None:
        return False
    opening = past_a_dateline(text, lo, cut)
    if text.startswith(_OPENING_DAY, opening) \
            and text.startswith("the ", (comma := text.find(", ", opening, cut)) + 2):
        # (sevenhundredfortysecond rtv21 meta: "Today, the Speaker of the Assembly of Kosovo, Glauk Konjufca received
        # the President of Albania": the day that opens the sentence set off by its comma, the office after it the
        # subject's, whom "The Speaker of the Assembly thanked …" means)
        opening = comma + len(", the ")
        return cut - opening <= 90 and text.find(",", opening, cut) < 0
    when = text.find(" when the ", opening, cut)
    if when >= 0:
        # (fourhundredsixtyfifth barbados canada-minister-of-state: "… were the focal points of a recent courtesy call
        # when the Canadian Minister of State of Foreign Affairs, Peter Kent called on …": a "when" clause's subject,
        # opened by "the", as the sentence's own)
        opening = when + 6
    return cut - opening <= 90 and (text[opening:opening + 1].isupper() or when >= 0) \
        and text.find(",", opening, cut) < 0 and _opens_with_no_function_word(text, opening, cut)


_COMPLEMENT_BEFORE_THE = (" of", " in", " at", " for", " to")
BODY_INITIALS = r"(?!(?:PhD|EdD|PsyD|ThD|DrPH|MBChB)\))[A-Z](?:[a-z]?[A-Z]){1,7}"
"""A body's or an office's initials as written in brackets after its name: capitals, or capitals with a lower-case
letter between two of them, the way some bodies write theirs ("(CARUN)", and "… Free Trade Area (AfCFTA)", "(AfDB)",
"(IsDB)", sevenhundredfirst); no degree's letters ("(PhD)")."""
_ACRONYM_BEFORE = re.compile(r" \((?-i:" + BODY_INITIALS + r")\)$")
"""A body's initials in parentheses that close an office before a comma: "… of the Caribbean Union (CARUN)"."""
INITIALS_IN_BRACKETS = re.compile(r" \(" + BODY_INITIALS + r"\)")
"""The initials of an office or of its body in brackets right after it ("Commandant of the Defence Services Command
and Staff College (DSCSC),", "Chief of Defence Force (CDF) General X", "Secretary General of the African Continental
Free Trade Area (AfCFTA), Mr X,")."""
_GLOSS_IN_BRACKETS = re.compile(r" \([A-Z][a-z]{2,20}\)")
"""A gloss in brackets after an office, before the comma that closes it: the body's common name, one word ("president of
the National Assembly of People's Power of Cuba (Parliament),", fivehundredfiftysixth acn): no part of the office, as
`INITIALS_IN_BRACKETS`."""


def _before_board(text: str, lo: int, cut: int) -> int:
    """Where an office that ends at `cut` ends without its body's board ("Chairman of Gazprom's board of directors":
    the Chairman of Gazprom, `_BOARD_AFTER`): `cut` itself when no board closes it (the rare test first)."""
    if text.endswith(("board", "directors"), lo, cut):
        board = _BOARD_AFTER.search(text, max(lo, cut - 48), cut)
        if board is not None:
            return board.start()
    return cut


_TO_THE_HOST_COUNTRY = " to the country"
"""The host state named as "the country" after an envoy's office, as Gulf agencies write it (hard77 qna: "received …
the Ambassador of Tervolia to the country, X."): no part of the office, which ends before it, so "the Ambassador" is X."""


_ENVOYS_OFFICE_NO_ARTICLE = re.compile(r"[a-z]+ ((?:Ambassador|Envoy|Consul|Charg[eé] d'Affaires)[A-Za-z ]*)$")


def _envoys_office_after_a_place(text: str, lo: int, cut: int) -> Phrase | None:
    """An envoy's capitalised office with no article after a lower-case word, ending at `cut` before "to the country"
    (hard77 qna: "received today at the Ministry's headquarters Ambassador of Tervolia to the country, X."): the
    office of the name after the comma, which "the Ambassador" means later; None for other words."""
    found = _ENVOYS_OFFICE_NO_ARTICLE.search(text, max(lo, cut - 60), cut)
    return _office_of_group(found) if found is not None else None


def before_initials_and_place(text: str, lo: int, cut: int) -> int:
    """Where an office that ends at `cut` ends without its body's initials in brackets and the place it is held in
    after them ("the head of the delegation of the International Committee of the Red Cross (ICRC) in Trelmond": the
    office ends at "Cross"); `cut` itself when neither closes it."""
    return _before_initials(text, lo, _before_posting_place(text, lo, _before_state_after_initials(text, lo, cut)))


def _before_state_after_initials(text: str, lo: int, cut: int) -> int:
    """Where an office that ends at `cut` ends without its initials in brackets and the state it is of after them
    (styles40 tarquelle_igp: "The Inspector-General of Police (IGP) of Tarquelle, Dr. X, has received …": the office
    ends at "Police", so "According to the IGP, …" is X): right after the parenthesis, when one to three capitalised
    words follow " of " and the brackets hold initials; so a remit after " for " (styles47 wendari: "the Permanent
    Secretary (PS) for Livestock, Eng. X,": the office ends at "Secretary", so "the PS said …" is X); `cut` itself
    else. The cheap test first."""
    start = cut - 40 if cut - 40 > lo else lo  # (`max(lo, …)`: the builtin costs ten times)
    paren = text.rfind(") of ", start, cut)
    after = paren + 5
    if paren < 0:
        paren = text.rfind(") for ", start, cut)
        after = paren + 6
    if paren < 0 or _CAPITALISED_PLACE.fullmatch(text, after, cut) is None \
            or _ACRONYM_BEFORE.search(text, max(lo, paren - 15), paren + 1) is None:
        return cut
    return paren + 1


def _before_posting_place(text: str, lo: int, cut: int) -> int:
    """Where an office that ends at `cut` ends without the place it is held in after its body's initials
    (fivehundrednineteenth saba pm_ocha: "the newly-appointed Director of the United Nations Office for the Coordination
    of Humanitarian Affairs (OCHA) in Yemen, X": the Director's office, which "The UN official" means later): right
    after the parenthesis, when one to three capitalised words follow " in " (the cheap test first); `cut` itself else."""
    paren = text.rfind(") in ", cut - 40 if cut - 40 > lo else lo, cut)  # (`max(lo, …)`: the builtin costs ten times)
    if paren < 0:
        return _before_place_after_a_named_body(text, lo, cut)
    if _CAPITALISED_PLACE.fullmatch(text, paren + 5, cut) is None:
        return cut
    return paren + 1


def _before_place_after_a_named_body(text: str, lo: int, cut: int) -> int:
    """Where an office that ends at `cut` ends without the place it is held in, after a named body with no initials
    (hard60 marvesh: "the head of the delegation of the European Union in Castalny, X,": the office ends at "Union", so
    "The head of delegation said …" is X): right before " in ", when one to three capitalised words follow it and "of
    the" and a capitalised body come before it (`_OF_A_NAMED_BODY`); `cut` itself else. The cheap test first."""
    at = text.rfind(" in ", cut - 40 if cut - 40 > lo else lo, cut)  # (`max(lo, …)`: the builtin costs ten times)
    if at < 0 or _CAPITALISED_PLACE.fullmatch(text, at + 4, cut) is None \
            or _OF_A_NAMED_BODY.search(text, max(lo, at - 90), at) is None:
        return cut
    return at


_CAPITALISED_PLACE = re.compile(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}")
"""A place of one to three capitalised words, "the" maybe before them ("Yemen", "the Sudan")."""


def _before_initials(text: str, lo: int, cut: int) -> int:
    """Where an office that ends at `cut` ends without the body's initials in parentheses closing it ("… of the
    Caribbean Union (CARUN)"): `cut` itself when there are none."""
    if text[cut - 1:cut] == ")":
        acronym = _ACRONYM_BEFORE.search(text, max(lo, cut - 16), cut)
        if acronym is not None:
            return acronym.start()
    return cut


def _complement_of_an_office(text: str, lo: int, space: int) -> bool:
    """Whether the preposition that ends at `space` (one of `_COMPLEMENT_BEFORE_THE`) follows an office's word or
    "Office" ("Advisor to", "Secretary to", "wife of", "in the Office of"): "the" after it opens the office of
    another, the one the first serves; not "According to the Minister, X," nor "the credentials of the new
    Ambassador, X" (a word of no office)."""
    prep = text.rfind(" ", lo, space)
    if prep <= lo:
        return False
    word = text[text.rfind(" ", lo, prep) + 1:prep].lower()
    return word == "office" or word in ROLE_WORDS
def _addressed_to_the_office(text: str, lo: int, space: int) -> bool:
    """Whether the preposition that ends at `space` is a "to" after a word of no office, the one a thing is given or
    sent to (fivehundredfortyfourth igad: "presented his credential letters to the Executive Secretary of the
    Intergovernmental Authority on Development (IGAD), H.E Amb (Eng) X, at …"): the "the" after it opens X's office,
    no complement of another's ("Adviser to the President, Dr X", "the Special Adviser to the President on Media, Mr.
    X": an office's word, or any capitalised one, before "to")."""
    return _after_a_lower_case_word(text, lo, space, " to") and not _complement_of_an_office(text, lo, space - 3)


def _after_a_lower_case_word(text: str, lo: int, space: int, preposition: str) -> bool:
    """Whether `preposition` (" to", " for") ends at `space` after a word in lower case (the test
    `_addressed_to_the_office` and `_held_for_the_office` share)."""
    before = space - len(preposition)
    return text.endswith(preposition, lo, space) and text[text.rfind(" ", lo, before) + 1:before][:1].islower()


def _held_for_the_office(text: str, lo: int, space: int, cut: int) -> bool:
    """Whether the preposition that ends at `space` is a "for" after a word of no office, what is held or given for a
    person (styles52 nuncio: "A Mass of thanksgiving for the Apostolic Nuncio, Archbishop X, was celebrated …", "a
    reception for the Ambassador, Dr X,"), and the words from the "the" after it to `cut` are one whole office: X's, no
    complement of another's ("Minister responsible for the Economy, Dr X": "the Economy" is no office)."""
    if not _after_a_lower_case_word(text, lo, space, " for") or _complement_of_an_office(text, lo, space - 4):
        return False
    run = text[space + 5:cut]
    office = title_run(run) if run[:1].isupper() else ()
    return bool(office) and office[0].kind == "description" and bool(office[0].role) and office[0].start == 0 \
        and office[0].end == len(run)


_LIST_GOES_ON = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*(?:,|\s+and\b)")
"""After a name and its comma, another capitalised name and a comma or "and": a list ("Together, the Vice
President, Dr. Gupta, Director Perez, and …"), so the office before the first is not the name's."""


_NEW_HOLDER = re.compile(r"(?:new|newly\s+(?:appointed|accredited|elected))\s+(?=[A-Z])")
"""A holder's newness before the office ("the new Ambassador of China to Grenada, His Excellency X"): no part of the
office, which the capital after it opens (`office_then_comma_before_title`)."""


_BODYS_OWN_OFFICE = re.compile(r"[A-Z][\w’'-]*\)?,?\s(?:(?:led|headed|represented)\s)?(?:by|and|from) its "
                               r"((?:[A-Z][\w-]*[ -]){0,3}[A-Z][\w-]*)\Z")
"""A body's officer written with "its" before his capitalised office, then a comma and his titled name (styles64: "The
memorandum was signed for the Service by its Commissioner-General, Mr. X, and for the Agency by its Director General,
Mrs. Y, …" / "Speaking after the signing, the Commissioner-General said …"; styles63's "for the Ministry by its
Permanent Secretary, Mrs. Z"): the office is his, as "the Commissioner-General of the Service, Mr. X" would be; the
nearest "the" is the body's ("for the Service by …"), so the article loop below finds no office. Only after "by", "and"
or "from" (a signatory, one represented or led by him) right after the body's capitalised name (its initials in brackets,
a comma, "led" maybe between: "the Supreme Court of Orsolin, led by its Vice-President, Hon. Justice X"), not after a
delegation no body names ("a delegation led by its President, Mr. X", knownerrors36b's guard); the office nothing but
capitalised words."""
_OFFICE_BEFORE_A_TITLED_NAME_REACH = 100
"""How far back of a titled name the "the" that opens its office may stand: a body's long name, its initials and a
style of two words between (fivehundredfortyfourth igad: "Djibouti: The Executive Secretary of the Intergovernmental
Authority on Development (IGAD), HE Amb. (Eng.) X, received …", 87 characters)."""


def office_then_comma_before_title(text: str, start: int, end: int, lo: int, hi: int) -> Phrase | None:
    """The capitalised office before a titled name at text[start:end], a comma between (hard23: "led by
    the Primate, Archbishop Elias X,", "the Chief of Staff in the Office of the President, Ambassador Dr
    X, hosted …"): her office as well as her title, which a later "The Chief of Staff" means. The
    nearest "the" that no "of", "in", "at", "for" governs opens it ("the President" of "the Office of
    the President" is no office of hers); not a list ("the Minister, Ambassador X and …")."""
    end = past_letters(text, end, hi)
    if _APPOSITIVE_END.match(text, end, hi) is None and not text.startswith(" who ", end) \
            and not (text.startswith((" today", " yesterday", " on ", " in "), end)
                     and _WHEN_OR_WHERE_AFTER.match(text, end, hi) is not None) \
            or text.startswith(" and", end) \
            or text.startswith(", ", end) and _LIST_GOES_ON.match(text, end, hi) is not None:
        # (hard27: not a list, "the Vice President, Dr. Gupta, Director Perez, and …"; when or where it took place closes
        # the name as a comma would, as in `office_then_comma`: sevenhundredfiftyfourth nigerianeye 2017-03-04,
        # "Chairperson of the African Union (AU), President Alpha Conde of Guinea on Friday called …", then "The AU
        # chairperson assured …", his)
        return None
    window = max(lo, start - _OFFICE_BEFORE_A_TITLED_NAME_REACH)
    at = start - 2
    # (thirteenth styles carun_secretariat: "Secretary-General of the Caribbean Union (CARUN), Dr. X, on Monday
    # received …": the body's initials in parentheses close the office, no part of it)
    cut = _before_initials(text, lo, _before_state_after_initials(text, lo, at))
    if text[cut - 1:cut].isalpha() and (" with " in text[max(lo, cut - 60):cut] or _heads_a_delegation(text, lo, cut)) \
            and (bare := _OFFICE_NO_ARTICLE.search(text, max(lo, cut - 60), cut)) is not None \
            and (office := _office_of_group(bare)) is not None:
        # (fivehundredtenth suna bakri_ghandour: "during his meeting … with Foreign Minister, Professor X who said …":
        # an office with no article after "with" or "headed by", a title, then the name a relative "who" closes, is his,
        # as `office_then_comma` reads it without the title)
        return office
    if text.find(" its ", window, cut) >= 0 and (its := _BODYS_OWN_OFFICE.search(text, window, cut)) is not None \
            and (office := _office_of_group(its)) is not None:
        return office  # "for the Agency by its Director General, |Mrs. X" (`_BODYS_OWN_OFFICE`)
    while True:
        at = text.rfind("he ", window + 1, at) - 1  # ("the " or "The ": hard27, "The Director-General, Dr X,")
        if at < 0:
            opening = past_a_dateline(text, lo, cut)
            if cut <= start - 2 and cut - opening <= 80 and text[opening:opening + 1].isupper():
                # (the same: an office that opens the sentence, no article before it, as `office_then_comma` reads;
                # fivehundredfortyfifth, BNA: "Saudi Ambassador to Bahrain, His Royal Highness Prince X, has lauded …")
                office = _whole_office(text[opening:cut])
                return office.shifted(opening) if office is not None else None
            return None
        if text[at] not in "tT" or at > lo and text[at - 1].isalpha():
            continue  # ("bathe ", "she ": no article)
        if text.endswith(_COMPLEMENT_BEFORE_THE, window, at - 1) \
                and not _addressed_to_the_office(text, window, at - 1) \
                and not _held_for_the_office(text, window, at - 1, cut):
            continue  # ("… in the Office of the President", hard27's "Assistant to the Vice President on Media": a complement)
        opens = at + 4
        if text[opens:opens + 1] == "n" and (new := _NEW_HOLDER.match(text, opens, cut)) is not None:
            opens = new.end()  # (fourhundredseventyseventh: "the new Ambassador of …, His Excellency X": the office after)
        run = text[opens:cut]
        if not run[:1].isupper():
            return None
        if "," in run:
            # (styles12 malinka_primature: "The Prime Minister, Head of Government, Major General X, received …":
            # one holder of both offices, with his rank)
            first = _first_of_comma_offices(run) if run.count(", ") == 1 else None
            return first.shifted(opens) if first is not None else None
        office = title_run(run)
        if office and office[0].kind == "description" and office[0].role and office[0].start == 0 \
                and office[0].end == len(run):
            return office[0].shifted(opens)
        if office and office[0].kind == "description" and office[0].role and office[0].end == len(run) \
                and (key := place_key_of_an_office(run, 0, office[0].role)) is not None:
            # ("The X Valley governor, Mr. Y,": the place's proper word its key, as the phrase reader keys "The X Valley
            # governor" later, so two governors of two places keep their own words)
            return Phrase("description", opens, opens + len(run), run, role=office[0].role, country=key)
        return None


def _stop_before(text: str, lo: int, pos: int) -> int:
    """Where the last full stop before `pos` in text[lo:pos] is, passing over an abbreviation's point ("Dr. Edna
    X … with her counterpart …", styles33 cabo_serrado_mfa: the owner named after "Dr." is in the sentence); -1 if
    none."""
    stop = text.rfind(". ", lo, pos)
    while stop > lo:
        word = text.rfind(" ", lo, stop) + 1
        if text[max(word, lo):stop].lower() not in ABBREVIATIONS:
            break
        stop = text.rfind(". ", lo, stop)
    return stop


COUNTERPART_OF_A_STATE = r"counterpart of (?:the )?(?:[A-Z][\w-]+ of (?:the )?)?[A-Z][\w-]+(?: [A-Z][\w-]+)?, $"
"""The state a counterpart is of, after him, before his name and its comma ("counterpart of the Republic of X, ")."""
_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her|their|its) (?:[A-Z][\w-]+ )?counterpart,? $"
                                 r"|\b(?:his|her|their|its) " + COUNTERPART_OF_A_STATE
                                 + r"|\bwith (?:his|her|their) (?:[A-Z][\w-]+ )?colleague,? $")
"""Whose counterpart the name after is: "his Ostmarkian counterpart", "her counterpart of the Republic of Ouéménou, "
(styles33 cabo_serrado_mfa, a francophone ministry's "son homologue de la République de …"); a "colleague" met or
talked "with", a counterpart in the English of Russian, Armenian and Belgian releases (sixhundredthirtieth yerevan
tehran: "Yerevan Mayor X met with his colleague Mostafa Chamran in Tehran" / "The mayor of Tehran, in his turn, noted
…"; fivehundredtwelfth "met with his Armenian colleague, Eduard Nalbandyan"), not "and her colleague Y visited …", a
fellow member of her own staff."""


def learn_counterpart(text: str, start: int, lo: int, person: Person,
                       spans: list[tuple[int, int, Person]]) -> None:
    """"X and his Ostmarkian counterpart Johann Keller", "with her Veldran counterpart,
    General Anton Hale": the name after a counterpart holds that country, and (with no
    title of its own) the office of the person the counterpart is of, the name the
    sentence gave before it. A full name so set off is someone, not a bare capitalised pair
    (sixhundredfiftyfirst qna qatar_turkey_committee: "… co-chaired by Qatar's Foreign Minister X and his Turkish
    counterpart Mevlut Cavusoglu." / "The Turkish Foreign Minister noted that …": he, though he does nothing in the
    sentence that names him)."""
    before = _COUNTERPART_BEFORE.search(text, max(lo, start - 90), start)
    if before is None:
        return
    person.weak = False
    phrase = phrase_starting_at(text, before.start(), start - 1 - (text[start - 2] == ","))
    if phrase is not None and phrase.country:
        person.countries.add(phrase.country)
    if not person.roles and spans:
        opens = max(lo, _stop_before(text, lo, before.start()) + 1)
        # (the nearest name before, in this sentence: whose counterpart; else the surname opening the sentence)
        owner = spans[-1][2] if spans[-1][0] >= opens else _surname_opening(text, opens, before.start(), spans)
        if owner is not None and owner is not person:
            person.roles.update(owner.roles)


_OPENING_SURNAME = re.compile(r"\s*(?:[A-Z][a-z]+ [^,.;:]{1,60}, )?([A-Z][\w’'-]+) (?=[a-z])")
"""A capitalised word opening a sentence before a lower-case word, after an opening phrase and its comma at most
("Zarif also met …", "During his stay in Dublin, Zarif also met …")."""


def _surname_opening(text: str, opens: int, pos: int, spans: list[tuple[int, int, Person]]) -> Person | None:
    """The one person named before whose last name alone opens the sentence of "his counterpart" (sixhundredsixtysixth
    shafaqna zarif-higgins: "Iranian Foreign Minister Mohammad Javad Zarif met … . During his stay in Dublin, Zarif
    also met with his Irish counterpart Simon Coveney …": the bare surname is the sentence's subject, whose
    counterpart holds his office); None when the opening word is no one's last name, or two people's."""
    word = _OPENING_SURNAME.match(text, opens, pos)
    if word is None:
        return None
    owners = {id(p): p for start, end, p in spans if end <= opens and text[start:end].rsplit(None, 1)[-1] == word.group(1)}
    return next(iter(owners.values())) if len(owners) == 1 else None


_THE_BEFORE = re.compile(r" (?:(?:wen|gniogtuo|gnimocni|detnioppa[ -]ylwen|(?:ts|dn|dr|ht)\d{1,3}) )?eh[tT](?=$|[\s(])")
"""An article before a capitalised run, read backwards (`office_then_comma` walks
from the comma back to the start of the office); a word of taking up or leaving the
office may stand between ("the new Ambassador of Ostreva, Jana Novakova", styles6; "the newly-appointed Director of
…", hyphened, fivehundrednineteenth saba pm_ocha), or the ordinal of the office's holders (sevenhundredseventieth
forumchinaplp: "decorated the 13th Ambassador Extraordinary and Plenipotentiary of … China to Guinea-Bissau, Guoce.
… He said …": the office his, so he is someone, the subject "he" means)."""


_LOWER_WORDS_BEFORE = re.compile(r"(?:[a-z][a-z-]*\s){1,4}$")
_OFFICE_WORD = re.compile(r"[a-z][a-z-]*")
_LOWER_ROLES = frozenset(role for role in ROLE_WORDS if role.islower() and "’" not in role and "'" not in role) - {
    "counterpart", "colleague", "partner"}  # ("his counterpart X": someone else's office, not X's)
_LOWER_ROLE_ENDS = frozenset(role.rsplit(None, 1)[-1] for role in _LOWER_ROLES)


def office_named_before(title: str, start: int, end: int) -> Phrase | None:
    """The office a title names before a comma and the name at title[start:end] that
    closes the title or a clause of it ("… met with the head of the Federal Space Agency,
    Ivo Marr", "… discussed forestry with the region's governor, Ivo Marr"): the
    description, with an office and no name of its own, in apposition to the name. (Asked
    only of a name with no office right after ", "; a list of names is not one: "with
    the Prime Minister, Ivo Marr and Ada Lind" has "and" after the name.)"""
    if end < len(title) and not title.startswith((",", " on ", " in ", " at ", " about "), end):
        return None
    # (ninety-ninth kremlin_34253: "… met with the Chairman of Gazprom's board of directors, Alexei Miller" / "The head
    # of Gazprom also talked about …": the office of Gazprom's head, as in the body)
    office = phrase_ending_at(title, 0, _before_board(title, 0, start - 2))
    if office is None or office.kind != "description" or office.name or not office.role \
            or office.role.split(" of ", 1)[0] in HEAD_OF_STATE_ROLES or office.role == "guest":
        return None  # (a leader's style is read from the title otherwise: "the President of the PRC, X")
    return office


def office_before(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with an office written in lower case before
    it ("At a meeting with deputy prime minister Viktor Khristenko"), which the run
    of capitalised words leaves out; None if no office comes before it."""
    if start - 2 < lo or text[start - 1] != " ":
        return None
    word_before = text[max(lo, text.rfind(" ", lo, start - 1) + 1):start - 1]
    # (sevenhundredthird pina campbell_brown: "U.S deputy secretary of State Kurt Campbell has met …", "The deputy
    # secretary highlighted …"): a lower-case office, then "of" and its body's capitalised word, which the run of
    # capitalised words takes in with the name; the office is read from the words before "of"
    # (not "The spokesperson of Catherine Ashton", "the mayor of Wiener Neustadt": the run is the name itself, someone
    # else's office or a town)
    of_a_body = word_before == "of" and not _the_run_opens_with_the_name(text, start, end)
    if word_before not in _LOWER_ROLE_ENDS and not of_a_body:
        return None  # (most names: the word before them ends no office)
    before = _LOWER_WORDS_BEFORE.search(text, max(lo, start - 48), start)
    if before is None:
        return None
    found = list(_OFFICE_WORD.finditer(text, before.start(), start))
    words = [word.group() for word in found]
    if of_a_body:  # the office ends before "of"; its body is the capitalised word the name's run took in
        found, words = found[:-1], words[:-1]
    for k, word in enumerate(found):  # the longest office first
        if " ".join(words[k:]) in _LOWER_ROLES:
            phrase = phrase_starting_at(text, word.start(), end)
            if phrase is not None and phrase.kind == "name" and phrase.role and phrase.end == end:
                return _ranked_office_before(text, found, words, k, end, phrase) if k else phrase
            return None
    return None


def _ranked_office_before(text: str, found: list[re.Match[str]], words: list[str], k: int, end: int,
                          phrase: Phrase) -> Phrase:
    """The name read from the lower-case words before the office word at `found[k]` while they make a longer office of
    it the phrases read (sevenhundredsixtyfourth hindustantimes: "called on Himachal chief minister Sukhvinder Singh
    Sukhu on Tuesday. The CM said …": "chief minister", not a minister, whom "The CM" means); `phrase`, the office word's
    own reading (the caller's), when the word before adds no office ("the minister X", "former minister X")."""
    for j in range(k - 1, -1, -1):
        wider = phrase_starting_at(text, found[j].start(), end)
        if wider is None or wider.kind != "name" or wider.end != end or wider.role != " ".join(words[j:]):
            break
        phrase = wider
    return phrase


def _the_run_opens_with_the_name(text: str, start: int, end: int) -> bool:
    """The capitalised run at text[start:end] opens with the name it holds ("Catherine Ashton", "José Manuel Barroso",
    "Wiener Neustadt"), not with a body's word before the name ("State Kurt Campbell")."""
    phrase = phrase_starting_at(text, start, end)
    return phrase is None or not phrase.name or text.startswith(phrase.name[0], start)


_POSTED_TO_BEFORE = re.compile(r"(?<![\w-])((?:[A-Z][\w-]*\s)?(?:[a-z][a-z-]*\s){1,4})to\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){0,3})"
                               r"(honou?rable\s+)?$")
"""Lower-case words (an office's) then "to" and where it is held, a lower-case "honorable" maybe, before a name."""


def office_posted_to_before(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with an office in lower case and the country it is posted to before it
    (fivehundredsecond, SONNA: "met with the USA ambassador to Somalia honorable Donland Y. Yamamoto", whom "The USA
    ambassador to Somalia has on his part confessed that …" means after; "the ambassador to Kastravia Pell Dunmore"),
    which the run of capitalised words leaves out (it stops at "to", or the "honorable" in lower case parts the name
    from it); None if no office in lower case comes before "to"."""
    posted = _POSTED_TO_BEFORE.search(text, max(lo, start - 96), start)
    if posted is None:
        return None
    found = list(_OFFICE_WORD.finditer(text, posted.start(1), posted.end(1)))
    words = [word.group() for word in found]
    for k, word in enumerate(found):  # the longest office first
        if " ".join(words[k:]) in _LOWER_ROLES:
            # (a nation's capitalised word right before the office is its own: "the USA ambassador", of the USA)
            first = posted.start(1) if k == 0 and text[posted.start(1)].isupper() else word.start()
            office = text[first:posted.start(3) if posted.group(3) else start].rstrip()
            read = office + " " + text[start:end]
            phrase = phrase_starting_at(read, 0, len(read))
            if phrase is None or phrase.kind != "name" or not phrase.role or phrase.end != len(read):
                return None
            # (its text the office and the name, so the office the legend shows leaves "honorable" out)
            return phrase._replace(start=first, end=end, text=read)
    return None


_ENVOY_OFFICES = ("ambassador", "envoy", "consul", "chargé", "charge d", "high commissioner", "nuncio",
                  "head of the delegation", "head of delegation", "head of the mission", "head of mission")
"""The offices (the head of a role) held "in" a city an envoy serves in: "the Ambassador of Varnia in Tunis", "the
head of the delegation of the … Red Cross (ICRC) in Sana'a"."""


def office_posted_in_before(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with an envoy's office before "in" and the city he serves in, no comma between
    (fivehundredtwentythird tap: "received … Ambassador of the Islamic Republic of Mauritania in Tunis Hamar Mohamed
    Deman", "received in Carthage, Palestinian ambassador in Tunis Hayel al Fahoum", whom "The Mauritanian ambassador
    confirmed …" means after): the run of capitalised words holds the city and the name, which it reads as one name
    of no office. The city is the run's first word, or its first two when they are a known capital ("in New Delhi").
    None when the words before "in" are no envoy's office or no name with the office follows the city. "at" the city
    alike (sixhundredthirtyninth deccanherald 2020-09-17: "the newly appointed US Consul General at Chennai Judith Ravin",
    whom "Ravin congratulated …" means; "The US consulate general, Chennai, tweeted …" then no one's); not "Ambassador
    at Large X", a rank."""
    if start - lo < 12 or not text.endswith((" in ", " at "), lo, start) \
            or text.startswith("Large ", start) and text.endswith(" at ", lo, start):
        return None
    office = _envoys_office_ending_at(text, lo, _before_initials(text, lo, start - 4))
    if office is None:
        return None
    cut = text.find(" ", start, end) + 1
    if cut > 0 and (second := text.find(" ", cut, end)) > 0 and text[start:second].lower() in CAPITALS:
        cut = second + 1  # (a capital of two words: "Abu Dhabi", "New Delhi")
    if cut <= start or cut >= end:
        return None
    phrase = _name_read_after_an_envoys_office(text, office, cut, end)
    return phrase if phrase is not None else _name_after_a_bodys_office(text, office, cut, end)


def _envoys_office_ending_at(text: str, lo: int, at: int) -> Phrase | None:
    """The envoy's office (`_ENVOY_OFFICES`) that ends at `at`, no name in it; None else (`office_posted_in_before`,
    `office_posted_in_brackets_before`)."""
    office = phrase_ending_at(text, lo, at)
    if office is None or office.kind != "description" or office.name or not office.role \
            or not office.role.startswith(_ENVOY_OFFICES):
        return None
    return office


def _name_read_after_an_envoys_office(text: str, office: Phrase, cut: int, end: int) -> Phrase | None:
    """The name at text[cut:end] read with the envoy's office right before it, the words between left out (the city he
    serves in), spanning from the office to the name's end; None unless the two read as one name of two words or more
    with the office (`office_posted_in_before`, `office_posted_in_brackets_before`)."""
    read = text[office.start:office.end] + " " + text[cut:end]
    phrase = phrase_starting_at(read, 0, len(read))
    if phrase is None or phrase.kind != "name" or not phrase.role or phrase.end != len(read) or len(phrase.name) < 2:
        return None
    return phrase._replace(start=office.start, end=end, text=read)


_A_POST_IN_BRACKETS = re.compile(r" \(([A-Z][\w-]*(?: [A-Z][\w-]*)?)\) $")
"""A city of one or two capitalised words in brackets between an envoy's office and his name, the space before the
name included ("US Consul General (Hyderabad) "): `office_posted_in_brackets_before`."""


def office_posted_in_brackets_before(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with an envoy's office before it and the city he serves in bracketed between
    (sixhundredeightysecond newindianexpress 2022-05-18: "US Consul General (Hyderabad) Joel Reifman called on …", whom
    "the US Consul General congratulated …" means after), as `office_posted_in_before` reads "in Hyderabad". None when
    the brackets hold more than two words or the words before them are no envoy's office."""
    post = _A_POST_IN_BRACKETS.search(text, max(lo, start - 40), start)
    if post is None or post.end() != start or post.start() - lo < 6:
        return None
    office = _envoys_office_ending_at(text, lo, post.start())
    return None if office is None else _name_read_after_an_envoys_office(text, office, start, end)


def _name_after_a_bodys_office(text: str, office: Phrase, cut: int, end: int) -> Phrase | None:
    """The name at text[cut:end] given the office read before it, when the office ends in a body's name, which the
    phrase reader does not join to the name with no comma (fivehundrednineteenth saba icrc_head: "the head of the
    delegation of the International Committee of the Red Cross (ICRC) in Sana'a Alexander Fatt", whom "The head of the
    ICRC delegation promised …" means after). None unless the words are a name of two words or more and no office."""
    if office.role.startswith(("ambassador", "envoy", "consul", "chargé", "charge d")):
        return None  # (an envoy's office the phrase reader joins itself: no second reading)
    name = phrase_starting_at(text, cut, end)
    if name is None or name.kind != "name" or name.role or name.end != end or len(name.name) < 2:
        return None
    # (its span the name's, as after a comma: "(ICRC)" stands before the holder, whom "the head of the ICRC
    # delegation" then means; its text with the office, which the legend shows as written)
    return name._replace(role=office.role, country=name.country or office.country,
                         text=text[office.start:office.end] + " " + name.text)


OFFICE_POSTS_BEFORE_A_RUN = (" at the ", " accredited to ", " accredited to the ", " on ")
"""The lower-case words between an office and the capitalised run of where it is held and its holder's name: "at
the" a body (`office_at_a_body_before`), "accredited to" the country an envoy serves, "on" a committee's or an
envoy's subject (styles32: "Chairman of the Committee on Defence Ivan Petrovsky", whom "The Chairman said …" means
after: `CAP_RUN` stops at "on", which left the run "Defence Ivan Petrovsky" and him no office)."""


def office_at_a_body_before(text: str, base: int, end: int, lo: int) -> Phrase | None:
    """The name ending at `end`, in the run at `base` right after "at the ", read with the office
    before "at the" ("Minister of State at the Federal Foreign Office of Germany Tobias Lindner",
    hundred-thirty-first 72149): `CAP_RUN` stops at "at", which leaves the body's name and his, no
    office to know him by later ("The German minister of state welcomed …"). None if the words
    before "at the" are no office (`phrases._office_at_a_body`). So after "accredited to" (fourhundredthirtyseventh
    a13290: "Ambassador of Russia accredited to the Maldives Alexander Karchava has paid a courtesy call on
    President Dr Mohamed Waheed", whose run "Maldives Alexander Karchava" left the envoy with no office, the one
    "the President" then meant)."""
    if base - 8 < lo or not text.endswith(OFFICE_POSTS_BEFORE_A_RUN, lo, base):
        return None
    whole = phrase_ending_at(text, lo, end)
    if whole is None or whole.kind != "name" or not whole.role or whole.end != end or whole.start >= base - 8:
        return None
    return whole


def envoy_of_a_body_posted_to_before(text: str, base: int, end: int, lo: int) -> Phrase | None:
    """The name ending at `end`, in the run at `base` right after "of the ", read with the envoy's office in lower case
    before it and the country he is posted "to" (sixhundredtwentyeighth rustavi2 herman: "held a farewell meeting with
    the head of the EU Delegation to Georgia Janos Herman", whom "According to the Head of the EU Delegation, …" means
    after): `CAP_RUN` starts at the body's name, which leaves "EU Delegation to Georgia Janos Herman" a name of no
    office. None unless the whole phrase read back from `end` is a name with an envoy's office (`_ENVOY_OFFICES`)
    that opens before the run."""
    if base - 12 < lo or text.find(" to ", base, end) < 0:
        return None
    whole = phrase_ending_at(text, lo, end)
    if whole is None or whole.kind != "name" or not whole.role or whole.end != end or whole.start >= base - 8 \
            or not whole.role.startswith(_ENVOY_OFFICES):
        return None
    return whole


_MINISTER_OF_BEFORE = re.compile(r"\bMinister (?:of|for) [A-Z][\w-]*(?: [A-Z][\w-]*)?$")
_MINISTER_OF_LIST_BEFORE = re.compile(r"\bMinister (?:of|for) [A-Z][\w-]*(?: [A-Z][\w-]*)?(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)+$")
"""A minister's office and the portfolios before a serial list's ", and" ("Minister of Trade, Industry")."""


_RETIRED_BEFORE = re.compile(r"(?<![\w.-])[A-Z][\w.-]*(?: [A-Z][\w.-]*){0,3} \((?:[Rr]et|[Rr]etd|[Rr]etired)\.?\) $")
"""An office, then "(ret.)" in parentheses, before a name: "Ambassador (ret.) Pieter Vos" (a doctor's "(Dr.)" so set
off is read earlier, as spaces: `__init__._bracketed_honorifics_read`)."""


def office_before_retired(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with the office before a parenthesised "(ret.)"
    ("Ambassador (ret.) Pieter Vos", "General (Ret.) X": the Ambassador), or with a rank's abbreviated style
    before it ("Maj Gen (Retd) X", hard57: the style read as "Gen. X" is, so that "The Minister of Defence, Maj Gen
    (Retd) X," gives him the office before its comma), None if none."""
    retired = _RETIRED_BEFORE.search(text, max(lo, start - 64), start)
    if retired is None:
        return None
    office = text[retired.start():text.rindex(" (", retired.start(), start)]
    read = office + " " + text[start:end]
    phrase = phrase_starting_at(read, 0, len(read))
    if phrase is None or phrase.kind != "name" or phrase.end != len(read) \
            or not phrase.role and not (phrase.start == 0 and office.split(None, 1)[0].lower() in HONORIFICS):
        return None
    return phrase._replace(start=retired.start(), end=end, text=text[retired.start():end])


PLACE_WORDS_BEFORE_A_NAME = (" region ", " city ", " province ", " oblast ", " prefecture ", " governorate ")
"""A place's word in lower case right before a name, after the place's capitalised name ("Governor of Varna region Ondo
Urval", "Mayor of Belgrav city Tarvo Linden"): the cheap test before `office_of_a_place_and_its_word_before`."""

_OFFICE_OF_A_PLACE_AND_ITS_WORD = re.compile(
    r"(?:\b[A-Z][a-z]+ \(([a-z]+)\)|\b([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})) of (the )?([A-Z][\w’'-]+) "
    r"(region|city|province|oblast|prefecture|governorate) \Z")
"""An office of a place whose word follows it in lower case, right before a name: an office in capitals ("Governor of
Varna region ") or a local title glossed by an English office in brackets ("Akim (mayor) of Shymkent city ")."""


def office_of_a_place_and_its_word_before(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with the office of a place written before it with the place's word in lower
    case (eighthundredseventyeighth inform 2018-06-26: "Akim (mayor) of Shymkent city Gabidulla Abdrakhimov admitted
    …", then "The newly-appointed mayor of Shymkent promised …"; "Governor of Chelyabinsk region X"): the word in lower
    case ends the run of capitals, so the name was read with no office and the office after it meant no one. Read as
    "Mayor of Shymkent City Gabidulla Abdrakhimov" would be (a local title glossed in brackets read as its gloss);
    None unless that reading is the name with an office, ending where the name does."""
    found = _OFFICE_OF_A_PLACE_AND_ITS_WORD.search(text, max(lo, start - 90), start)
    if found is None or found.group(1) is not None and found.group(1) not in ROLE_TOKENS:
        return None
    office = found.group(1).capitalize() if found.group(1) is not None else found.group(2)
    phrase = _name_read_with_its_office(
        f"{office} of {found.group(3) or ''}{found.group(4)} {found.group(5).capitalize()} ", text[start:end])
    if phrase is None:
        return None
    return phrase._replace(start=found.start(), end=end, text=text[found.start():end])


def _name_read_with_its_office(office: str, name: str) -> Phrase | None:
    """The phrase `office` + `name` reads as, when it is the name with an office and ends where the name does ("Mayor
    of Shymkent City " + "Gabidulla Abdrakhimov"); else None (`office_of_a_place_and_its_word_before`,
    `office_of_the_place_noun_before`: the office as the phrase reader would read it in capitals)."""
    read = office + name
    phrase = phrase_starting_at(read, 0, len(read))
    if phrase is None or phrase.kind != "name" or not phrase.role or phrase.end != len(read) \
            or " ".join(phrase.name) != name:
        return None
    return phrase


PLACE_NOUNS_AFTER_THE_BEFORE_A_NAME = (" of the region ", " of the province ", " of the city ", " of the district ",
                                       " of the county ", " of the oblast ", " of the municipality ", " of the town ",
                                       " of the region, ", " of the province, ", " of the city, ", " of the district, ",
                                       " of the county, ", " of the oblast, ", " of the municipality, ", " of the town, ")
"""A place's common noun after "of the", in lower case, right before a name, maybe with a comma ("the governor of the
region Robert X", "the mayor of the city, Ada Y"): the cheap test before `office_of_the_place_noun_before`."""

_OFFICE_OF_THE_PLACE_NOUN = re.compile(r"\b((?:[a-z]+ )?[a-z]+) of the (region|province|city|district|county|oblast|"
                                       r"municipality|town),? \Z")
"""An office in lower case of a place named only by its common noun ("governor of the region ", "deputy mayor of the
city, "), right before a name: the office's one or two words, then the place's noun."""


def office_of_the_place_noun_before(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with an office in lower case before it whose place is named only by its common
    noun (ninehundredfifth, axar.az: "… the ambassador met with the governor of the region Robert Gukasyan. The Armenian
    governor thanked the ambassador …"): the run of capitals holds only the name, so it was read with no office, and
    "the governor" after it meant no one. Read as "Governor of the Region Robert Gukasyan" would be; the longer of the
    last two words that is an office ("deputy mayor", else "mayor"); None unless that reading is the name with an
    office, ending where the name does ("the residents of the city Ada Y": no office)."""
    found = _OFFICE_OF_THE_PLACE_NOUN.search(text, max(lo, start - 60), start)
    if found is None:
        return None
    words = found.group(1).split()
    if len(words) == 2 and " ".join(words) not in _LOWER_ROLES:
        if words[0] not in DETERMINERS_BEFORE_AN_OFFICE:
            return None  # ("the deputy mayor of the city X": a rank no office list holds, not the mayor's office)
        words = words[1:]
    office = " ".join(words)
    if office not in _LOWER_ROLES:
        return None
    phrase = _name_read_with_its_office(f"{office.title()} of the {found.group(2).capitalize()} ", text[start:end])
    if phrase is None:
        return None
    at = found.end(1) - len(office)
    return phrase._replace(start=at, end=end, text=text[at:end])


_BODYS_INITIALS_BEFORE = re.compile(r" \([A-Z]{2,8}\) \Z")
"""A body's initials in brackets right before a name ("… Organization (NATO) Jens Stoltenberg")."""


def office_before_a_bodys_initials(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with the office of a body written before the body's initials in brackets
    (sixhundredfiftyfirst qna amir_nato_call: "… with HE Secretary-General of the North Atlantic Treaty Organization
    (NATO) Jens Stoltenberg, during which …" / "HE Secretary-General of NATO expressed his thanks …"): the office is
    his, the initials only name its body; None unless the words before the brackets are an office "of" a body with
    no name of its own. (Asked only of an untitled name after ") ".)"""
    initials = _BODYS_INITIALS_BEFORE.search(text, max(lo, start - 12), start)
    if initials is None:
        return None
    office = phrase_ending_at(text, past_a_dateline(text, lo, initials.start()), initials.start())
    # (past a dateline: "ASTANA. KAZINFORM - Secretary General of the … (SCO) X met …", sevenhundredthirtyfirst)
    if office is None or office.kind != "description" or office.name or " of " not in office.role:
        return None
    read = text[office.start:initials.start()] + " " + text[start:end]
    phrase = phrase_starting_at(read, 0, len(read))
    if phrase is None or phrase.kind != "name" or phrase.end != len(read) or not phrase.role:
        return None
    return phrase._replace(start=office.start, end=end, text=text[office.start:end])


_CAPITALISED_RUN_BEFORE = re.compile(r"(?-i:[A-Z][\w’'.&-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w’'.&-]*)*)\Z")
"""The run of capitalised words, with an office's small words between them, that ends right before a bracket
(`office_before_its_initials`: "Arusha Regional Commissioner")."""


def office_before_its_initials(text: str, start: int, end: int, lo: int) -> Phrase | None:
    """The name at text[start:end] read with the office written before its own initials in brackets
    (eighthundredninetyfifth eaclc 2023-03, the Daily News: "Arusha Regional Commissioner (RC) John Mongella revealed
    …" then "According to Regional Commissioner, …", "… according to the regional commissioner is …"): the office is his,
    as it is with no brackets between; None unless the initials are the first letters of the office's last capitalised
    words ("Regional Commissioner" for "RC"; "Chief Executive Officer" for "CEO"), so not a body's initials before a
    name, which `office_before_a_bodys_initials` reads. (Asked only of an untitled name after ") ".)"""
    initials = _BODYS_INITIALS_BEFORE.search(text, max(lo, start - 12), start)
    if initials is None:
        return None
    letters = text[initials.start() + 2:initials.end() - 2]
    opens = past_a_dateline(text, lo, initials.start())
    run = _CAPITALISED_RUN_BEFORE.search(text, max(opens, initials.start() - 90), initials.start())
    if run is None:
        return None
    words = [word for word in run.group().split() if word[0].isupper()]
    spelled = words[-len(letters):]
    if len(words) < len(letters) or "".join(word[0] for word in spelled) != letters \
            or spelled[0].lower() not in ROLE_WORD_SET and spelled[-1].lower() not in ROLE_WORD_SET:
        # (the spelled words an office's, an office word first or last: not a body's, fortysixth kremlin_58702:
        # "Secretary General of the Organisation of the Petroleum Exporting Countries (OPEC) Mohammad Sanusi Barkindo")
        return None
    read = run.group() + " " + text[start:end]
    phrase = phrase_starting_at(read, 0, len(read))
    if phrase is None or phrase.kind != "name" or phrase.end != len(read) or not phrase.role:
        return None
    at = run.start() + phrase.start
    return phrase._replace(start=at, end=end, text=text[at:end])


def portfolio_list_before(text: str, base: int, end: int, name: tuple[str, ...], lo: int) -> Phrase | None:
    """"Minister of Construction, Housing and Utilities Denis Orekhov": a run after the
    comma of a minister's list of portfolios ("Housing and Utilities Denis Orekhov", read
    as the name "Utilities Denis Orekhov", or as no one) is the list's end and the name
    (`name`, ending at `end`): the minister, his two-word name, from the office on. (Not
    "Minister of Finance, Ida Morn": the caller asks only of a run with words before the name.)"""
    serial = text.endswith(", and ", lo, base)
    # (the list with a serial comma: "Minister of Trade, Industry, and Energy Lena Marov", the run after ", and")
    office = _MINISTER_OF_LIST_BEFORE.search(text, max(lo, base - 80), base - 6) if serial \
        else _MINISTER_OF_BEFORE.search(text, max(lo, base - 50), base - 2)
    if office is None or not all(word[:1].isupper() and word.isalpha() for word in name[-2:]):
        return None
    if _portfolio_words(name[-2:]) or text.startswith(" of ", end - len(" ".join(name[-2:])) - 4):
        # ("The Minister of Foreign Affairs, Cooperation and Regional Integration, Dr. X, …", the English of a
        # francophone ministry): the list's last portfolio, its words no one's name; the name comes after the comma;
        # nor the state after "of" ("… Cooperation and Regional Integration of Cabo Serrado, X, …"), the office's
        return None
    if not serial and text.find(" and ", base, end) < 0 and text.find(" & ", base, end) < 0:
        # (styles27 aurelandia_chancellor: "The Minister of Foreign Affairs, Aderbal Quaresma Vilhena, received …"):
        # with no "and" after the comma there is no list of portfolios, only the office and a three-word name
        return None
    return Phrase("name", office.start(), end, text[office.start():end], name[-2:], "minister")


def _portfolio_words(words: tuple[str, ...]) -> bool:
    """Two words a ministry's portfolio is made of, neither a name's ("Regional Integration", "African Integration",
    "Regional Cooperation"): the last a word of bodies and things, the first one too or a nationality's, or the last
    a noun of an activity in "-tion" (not "Paul West", "Jordan Hall")."""
    first, last = words[0].lower(), words[-1].lower()
    return last in NON_PERSON_WORDS and (last.endswith("tion") or first in NON_PERSON_WORDS or first in NATIONALITIES)


_OFFICE_WITH_LISTED_REMIT = re.compile(
    r"(?:\b[Tt]he )?(?:[A-Z][\w.-]* ){0,2}(?:Minister|Secretary)(?: of State)? (?:of|for) [A-Z][\w-]*(?: [A-Z][\w-]*)?"
    r"(?:, [A-Z][\w-]*(?: [A-Z][\w-]*)?)*, $")
"""An office and the first portfolios of its list, up to the comma before the last ones ("The UK Secretary of State
for Overseas Territories, Commonwealth, Energy, ")."""


_LIST_TAIL_LINKS = frozenset(("and", "of", "the"))
"""The lower-case words the tail of a list of portfolios may hold: "Climate and Environment", "Trade and Energy of
Varnholt" (the country after the list, hard68)."""


def office_with_listed_remit_before(text: str, phrase: Phrase, lo: int) -> Phrase | None:
    """The office whose list of portfolios ends with the capitalised words of `phrase` (read as a thing), from the
    office's first word: a description of the office's holder, with the office and remit `title_run` reads from its
    start (four-hundred-sixty-eighth manele-goldsmith: "… Climate and Environment assured Hon. X that …"); None if no
    such office stands before it; the tail may end with the office's country ("…, Trade and Energy of Varnholt,")."""
    if not _capitalised_but_links(phrase.text, _LIST_TAIL_LINKS):
        return None
    office = _OFFICE_WITH_LISTED_REMIT.search(text, max(lo, phrase.start - 120), phrase.start)
    if office is None:
        return None
    read = title_run(text[office.start():phrase.end])
    if not read or read[0].kind != "description" or not read[0].role or read[0].start != 0:
        return None
    return Phrase("description", office.start(), phrase.end, text[office.start():phrase.end], (), read[0].role,
                  read[0].country, read[0].gender)


def after_the_office_and(run: str) -> tuple[tuple[Phrase, bool, bool], ...]:
    """The names of a run that "the" opens with a bare office and "and" ("the President
    and Secretary of Commerce X hosted …"): two people, the office's and X, not one with
    two offices ("Senior Advisor and Coordinator X", with no "the", is one; so is "the US Ambassador and Special
    Envoy to Libya X", an ambassador's second office, `ambassadors_second_office`). The names
    after "and", offsets from the run's start; () if the part before is no bare office."""
    cut = run.find(" and ")
    left = run_phrase(run, 0, cut)
    if left is None or left.kind != "description" or left.name:
        return ()
    start = cut + 5
    after = run[start:].split(None, 2)
    if len(after) >= 2 and ambassadors_second_office(left.role, after[0], after[1]):
        return ()
    return tuple((phrase.shifted(start), titled, full) for phrase, titled, full in run_entries(run[start:]))


def office_of_a_body(text: str, lo: int, base: int, phrase: Phrase, stop: int) -> bool:
    """The run at `base`, after a full name and a comma, is an office of a body that the
    parser read as a titled name, the body's name right after "of": "Adaeze Okonkwo-Reyes,
    President of Lumen Storage, highlighted …" (not a person "Lumen Storage"), closed by
    a comma or the sentence's end."""
    end = base + phrase.end
    if text.startswith(("’s ", "'s "), end):
        end = stop  # "President of the Kansas Cattlewomen’s Association,"
    if not phrase.name or not text.startswith((",", ";", "."), end):
        return False
    head = text[base:end]
    cut = head.find(" " + phrase.name[0])
    if cut < 0 or not head[:cut + 1].endswith((" of ", " of the ", " at ", " for ")):
        return False
    named = phrase_ending_at(text, lo, base - 2)
    return named is not None and named.kind == "name" and len(named.name) >= 2 and not named.role


def bare_office_at(text: str, lo: int, hi: int, role: str) -> int | None:
    """Where text[lo:hi] first says "the <role>" ("the President", "the Secretary of State"), or None."""
    written = office_in_title_case(role)
    at = text.find("the " + written, lo, hi)
    if at < 0:
        at = text.find("The " + written, lo, hi)
    return at if at >= 0 else None
