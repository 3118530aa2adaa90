"""Probe: the title line, and whom the body's bare office ("the President", "the Head of State") and pronouns mean."""
import json

from probe_check import engine_from_argv, miss_kind, out_path, print_misses, speakers_over, things_made_people

engine_from_argv()
from readout_tui.engine import attribute

X1 = "the situation in the region remained stable."
X2 = "the work would be completed by the end of the year."
X3 = "more funding was needed for the programme."

VP, VZ, JB = "Vladimir Putin", "Volodymyr Zelenskyy", "Joe Biden"

# the body that follows each title: the bare office of the publishing office's principal, a pronoun, and
# (when the title names one) the guest by his office.
def body_ru(guest_sent=None):
    out = [(f"The President noted that {X1}", VP), (f"He stressed that {X2}", VP)]
    if guest_sent:
        out.append(guest_sent)
    return out

CASES = []
def c(title, first, paras, *exp, things=()):
    CASES.append((title, first, paras, list(exp), list(things)))

NOT_HEADS = {"Andriy Yermak": "He", "Olena Zelenska": "She", "Kamala Harris": "She", "Jake Sullivan": "He",
             "Neera Tanden": "She", "Jill Biden": "She"}


def host3(title, first, host, office, guest=None, things=()):
    """Three cases on one title: the bare office, the Head of State (or, for a host who heads no state, the
    office again) + pronoun, and the guest by office."""
    c(title, first, [f"{office} noted that {X1}"], (f"{office} noted", host), things=things)
    head, pron = ("The Head of State", "He") if host not in NOT_HEADS else (office, NOT_HEADS[host])
    c(title, first, [f"{head} stressed that {X2} {pron} added that {X3}"],
      (f"{head} stressed", host), (f"{pron} added", host), things=things)
    if guest:
        g_desc, g_name = guest
        c(title, first, [f"{g_desc} reported that {X1} {office} said that {X2}"],
          (f"{g_desc} reported", g_name), (f"{office} said", host), things=things)

# ---- Kremlin ----
host3("Meeting with Governor of Kaluga Region Vladislav Shapsha",
      "Vladimir Putin had a meeting with Governor of Kaluga Region Vladislav Shapsha.", VP, "The President",
      ("The Governor", "Vladislav Shapsha"))
host3("Meeting with Governor of Kaluga Region Vladislav Shapsha",
      "The Governor briefed the President on the socioeconomic situation in the region.", VP, "The President",
      ("The Governor", "Vladislav Shapsha"))
host3("Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev",
      "Vladimir Putin had a telephone conversation with President of the Republic of Kazakhstan Kassym-Jomart Tokayev.",
      VP, "The President of Russia", ("The President of Kazakhstan", "Kassym-Jomart Tokayev"))
host3("Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev",
      "Vladimir Putin had a telephone conversation with President of the Republic of Kazakhstan Kassym-Jomart Tokayev.",
      VP, "The Russian President", ("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev"))
host3("Condolences on the death of Mikhail Gorbachev",
      "Vladimir Putin expressed his deepest condolences to the family and friends of Mikhail Gorbachev, who passed away last night.",
      VP, "The President")
host3("Condolences on the death of former Prime Minister Yevgeny Primakov",
      "Vladimir Putin sent his condolences to the family of Yevgeny Primakov.", VP, "The President")
host3("Condolences following the passing of President of the UAE Khalifa bin Zayed Al Nahyan",
      "Vladimir Putin sent his condolences to Mohammed bin Zayed Al Nahyan following the passing of the President of the UAE.",
      VP, "The Russian President")
host3("Greetings to participants of the International Arctic Forum",
      "Vladimir Putin sent greetings to the participants, organisers and guests of the International Arctic Forum.",
      VP, "The President", things=("Arctic Forum",))
host3("Greetings to Xi Jinping on his re-election",
      "Vladimir Putin sent a message to Xi Jinping congratulating him on his re-election as President of China.",
      VP, "The President")
host3("Vladimir Putin met with Prime Minister of Malaysia Anwar Ibrahim",
      "The talks took place in the Kremlin.", VP, "The President", ("The Prime Minister of Malaysia", "Anwar Ibrahim"))
host3("Vladimir Putin met with Prime Minister of Malaysia Anwar Ibrahim",
      "Vladimir Putin met with Prime Minister of Malaysia Anwar Ibrahim in the Kremlin.", VP, "The Russian President",
      ("The Prime Minister", "Anwar Ibrahim"))
host3("Russian-Chinese talks",
      "Vladimir Putin and President of the People's Republic of China Xi Jinping held talks in the Kremlin.",
      VP, "The President of Russia", ("The President of China", "Xi Jinping"))
host3("Russian-Chinese talks",
      "Talks between Vladimir Putin and President of the People's Republic of China Xi Jinping took place in the Kremlin.",
      VP, "The Russian President", ("The Chinese President", "Xi Jinping"))
host3("Meeting with Defence Minister Sergei Shoigu",
      "Vladimir Putin had a working meeting with Defence Minister Sergei Shoigu.", VP, "The President",
      ("The Minister", "Sergei Shoigu"))
host3("Meeting with Defence Minister Sergei Shoigu",
      "Defence Minister Sergei Shoigu briefed Vladimir Putin on the progress of the special military operation.", VP,
      "The President", ("The Defence Minister", "Sergei Shoigu"))
host3("Visit to the Kazan Cathedral",
      "Vladimir Putin visited the Kazan Cathedral in St Petersburg.", VP, "The President", things=("Kazan Cathedral",))
host3("Visit to St. Isaac's Cathedral",
      "Vladimir Putin visited St. Isaac's Cathedral in St Petersburg.", VP, "The President", things=("Isaac",))
host3("Visit to St Isaac's Cathedral",
      "Vladimir Putin visited St Isaac's Cathedral in St Petersburg.", VP, "The President", things=("Isaac",))
host3("Visit to the Cathedral of Christ the Saviour",
      "Vladimir Putin visited the Cathedral of Christ the Saviour.", VP, "The President", things=("Christ",))
host3("Opening of the Crimean Bridge",
      "Vladimir Putin took part in the opening of the Crimean Bridge.", VP, "The President", things=("Crimean Bridge",))
host3("Message to participants of the Primakov Readings",
      "Vladimir Putin sent a message to the participants of the Primakov Readings international forum.", VP, "The President",
      things=("Primakov Readings",))
host3("Visit to the Admiral Kuznetsov aircraft carrier",
      "Vladimir Putin visited the Admiral Kuznetsov aircraft carrier in Severomorsk.", VP, "The President",
      things=("Kuznetsov",))
host3("Presentation of Hero of Labour medals",
      "Vladimir Putin presented Hero of Labour gold medals in the Kremlin.", VP, "The President",
      things=("Hero of Labour",))
host3("Meeting with Alexander Lukashenko and Kassym-Jomart Tokayev",
      "Vladimir Putin met with President of Belarus Alexander Lukashenko and President of Kazakhstan Kassym-Jomart Tokayev.",
      VP, "The Russian President", ("The President of Belarus", "Alexander Lukashenko"))
host3("Federal Law On the Federal Budget for 2024",
      "Vladimir Putin signed the Federal Law On the Federal Budget for 2024.", VP, "The President")
host3("St. Petersburg International Economic Forum plenary session",
      "Vladimir Putin took part in the plenary session of the St. Petersburg International Economic Forum.", VP, "The President")
host3("Wreath-laying at the Tomb of the Unknown Soldier",
      "On Defender of the Fatherland Day, Vladimir Putin laid a wreath at the Tomb of the Unknown Soldier.", VP, "The President",
      things=("Unknown Soldier",))
host3("Putin and Lukashenko hold talks",
      "Vladimir Putin and President of Belarus Alexander Lukashenko held talks in Sochi.", VP, "The Russian President",
      ("The President of Belarus", "Alexander Lukashenko"))

# ---- president.gov.ua ----
host3("Volodymyr Zelenskyy held a phone conversation with Prime Minister of the Netherlands Mark Rutte",
      "President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime Minister of the Netherlands Mark Rutte.",
      VZ, "The President", ("The Prime Minister", "Mark Rutte"))
host3("Volodymyr Zelenskyy held a phone conversation with Prime Minister of the Netherlands Mark Rutte",
      "The Head of State thanked the Netherlands for its support.", VZ, "The President of Ukraine",
      ("The Dutch Prime Minister", "Mark Rutte"))
host3("Head of the Office of the President Andriy Yermak met with U.S. Senator Lindsey Graham",
      "Head of the Office of the President of Ukraine Andriy Yermak met with U.S. Senator Lindsey Graham.",
      "Andriy Yermak", "The Head of the Office of the President", ("The Senator", "Lindsey Graham"))
host3("President of Ukraine awarded the Golden Star to defenders of Ukraine",
      "President of Ukraine Volodymyr Zelenskyy presented state awards to servicemen.", VZ, "The President",
      things=("Golden Star",))
host3("President of Ukraine awarded the Order of Yaroslav the Wise to Boris Johnson",
      "President of Ukraine Volodymyr Zelenskyy awarded the Order of Yaroslav the Wise to Boris Johnson.", VZ, "The President",
      things=("Yaroslav",))
host3("Olena Zelenska met with the First Lady of France Brigitte Macron",
      "First Lady of Ukraine Olena Zelenska met with First Lady of France Brigitte Macron.", "Olena Zelenska",
      "The First Lady of Ukraine", ("The First Lady of France", "Brigitte Macron"))
host3("Andriy Yermak and Jake Sullivan discussed security guarantees",
      "Head of the Office of the President of Ukraine Andriy Yermak had a phone call with U.S. National Security Advisor Jake Sullivan.",
      "Andriy Yermak", "The Head of the Presidential Office", ("The National Security Advisor", "Jake Sullivan"))
host3("Volodymyr Zelenskyy visited St. Sophia's Cathedral",
      "President of Ukraine Volodymyr Zelenskyy visited St. Sophia's Cathedral in Kyiv.", VZ, "The President",
      things=("Sophia",))
host3("Memorial ceremonies in St. Sophia's Cathedral",
      "President Volodymyr Zelenskyy took part in the memorial ceremonies.", VZ, "The President", things=("Sophia",))
host3("The President of Ukraine met with the Prime Minister of Poland",
      "President Volodymyr Zelenskyy met with Prime Minister of Poland Donald Tusk.", VZ, "The President of Ukraine",
      ("The Polish Prime Minister", "Donald Tusk"))
host3("President of Ukraine held a meeting with the Chief of the General Staff",
      "Volodymyr Zelenskyy held a meeting with Chief of the General Staff Anatolii Barhylevych.", VZ, "The President",
      ("The Chief of the General Staff", "Anatolii Barhylevych"))
host3("Address by the President of Ukraine to the participants of the Crimea Platform summit",
      "Volodymyr Zelenskyy addressed the participants of the Crimea Platform summit.", VZ, "The President",
      things=("Crimea Platform",))
host3("Volodymyr Zelenskyy and Emmanuel Macron discussed defense cooperation",
      "President of Ukraine Volodymyr Zelenskyy had a conversation with President of France Emmanuel Macron.",
      VZ, "The President of Ukraine", ("The French President", "Emmanuel Macron"))
host3("Volodymyr Zelenskyy presented the Hero of Ukraine award to the crew of the Moskva cruiser strike",
      "President of Ukraine Volodymyr Zelenskyy presented state awards to servicemen of the Navy.", VZ, "The President",
      things=("Moskva",))

# ---- White House ----
host3("Readout of President Biden's Call with Prime Minister Fumio Kishida of Japan",
      "President Joseph R. Biden, Jr. spoke today with Prime Minister Fumio Kishida of Japan.", "Joseph R. Biden",
      "The President", ("The Prime Minister", "Fumio Kishida"))
host3("Readout of President Biden's Call with Prime Minister Fumio Kishida of Japan",
      "President Biden spoke today with Prime Minister Fumio Kishida of Japan.", "Biden",
      "The President", ("Prime Minister Kishida", "Fumio Kishida"))
host3("Readout of Vice President Harris's Meeting with President Ruto of Kenya",
      "Vice President Kamala Harris met today with President William Ruto of Kenya.", "Kamala Harris",
      "The Vice President", ("President Ruto", "William Ruto"))
host3("Readout of Vice President Harris’s Meeting with President Ruto of Kenya",
      "Vice President Kamala Harris met today with President William Ruto of Kenya.", "Kamala Harris",
      "The Vice President", ("The Kenyan President", "William Ruto"))
host3("Readout of National Security Advisor Jake Sullivan's Meeting with Minister Wang Yi",
      "National Security Advisor Jake Sullivan met today with Director of the Office of the Central Foreign Affairs Commission Wang Yi.",
      "Jake Sullivan", "The National Security Advisor", ("Director Wang", "Wang Yi"))
host3("Readout of the White House's Convening on Housing Affordability",
      "Today, the White House Domestic Policy Council convened housing leaders. Domestic Policy Advisor Neera Tanden opened the meeting.",
      "Neera Tanden", "The Domestic Policy Advisor", things=("Housing Affordability",))
host3("Statement from Press Secretary Karine Jean-Pierre on the Visit of President Lula of Brazil",
      "President Biden will welcome President Luiz Inácio Lula da Silva of Brazil to the White House on February 10.",
      "Biden", "The President", ("President Lula", "Luiz Inácio Lula da Silva"))
host3("Readout of President Joe Biden's Meeting with President Cyril Ramaphosa of South Africa",
      "President Joe Biden met today with President Cyril Ramaphosa of South Africa at the White House.", JB,
      "The President", ("President Ramaphosa", "Cyril Ramaphosa"))
host3("Readout of the President's Meeting with Governors on the Inflation Reduction Act",
      "President Joe Biden met today with a bipartisan group of governors.", JB, "The President",
      things=("Inflation Reduction",))
host3("Readout of First Lady Jill Biden's Meeting with Queen Rania of Jordan",
      "First Lady Jill Biden met today with Her Majesty Queen Rania of Jordan.", "Jill Biden", "The First Lady",
      ("Queen Rania", "Queen Rania"))
host3("Readout of President Biden's Meeting with His Majesty King Abdullah II of Jordan",
      "President Biden welcomed His Majesty King Abdullah II of Jordan to the White House.", "Biden", "The President",
      ("King Abdullah", "King Abdullah II"))
host3("Readout of President Biden's Visit to the USS Gerald R. Ford",
      "President Biden visited the USS Gerald R. Ford in Norfolk.", "Biden", "The President", things=("Gerald", "Ford"))

# ---- other shapes: HM / two hosts / no person ----
host3("HM the King Receives the Prime Minister of Bahrain",
      "His Majesty King Hamad bin Isa Al Khalifa received the Prime Minister Salman bin Hamad Al Khalifa.",
      "Hamad bin Isa Al Khalifa", "His Majesty", things=("HM",))
host3("Joint statement on the results of the talks",
      "Vladimir Putin held talks with President of Egypt Abdel Fattah el-Sisi.", VP, "The Russian President",
      ("The Egyptian President", "Abdel Fattah el-Sisi"))
host3("Talks with Tayyip Erdogan",
      "Vladimir Putin held talks with President of the Republic of Turkiye Recep Tayyip Erdogan in Sochi.", VP,
      "The President of Russia", ("The Turkish President", "Recep Tayyip Erdogan"))
host3("Russia–Africa Summit",
      "Vladimir Putin took part in the plenary session of the second Russia–Africa Summit.", VP, "The President")
host3("Law on ratification of the treaty with the DPRK",
      "Vladimir Putin signed the Federal Law on ratification of the Treaty on Comprehensive Strategic Partnership.", VP,
      "The President")


def _same(want, got):
    if got is None:
        return False
    w, g = want.casefold(), got.casefold()
    return w == g or w in g or g in w


def run(cases):
    rows, misses = [], 0
    for i, (title, first, paras, exp, things) in enumerate(cases, 1):
        body = first + "\n\n" + "\n\n".join(paras)
        att = attribute(body, (), title)
        start0 = len(first) + 2
        res, bad = [], []
        for frag, who in exp:
            got = speakers_over(att.statements, body, start0, frag)
            kind = miss_kind(who, got, _same)
            res.append((frag, who, got, kind))
            if kind:
                bad.append(kind)
        if things:
            made = things_made_people([s.name for s in att.speakers], things)
            if made:
                bad.append("thing as person")
                res.append(("(speakers)", "no " + "/".join(things), made, "thing as person"))
        if bad:
            misses += 1
        rows.append((i, title, first, paras, res, bad))
    return rows, misses


if __name__ == "__main__":
    out = out_path("titles")
    rows, misses = run(CASES)
    json.dump([{"i": i, "title": t, "first": f, "paras": p, "res": r, "bad": b} for i, t, f, p, r, b in rows],
              open(out, "w"), indent=0)
    print_misses(rows, misses, lambda row: f"[{row[1]}] {row[2]} / " + " / ".join(row[3]))
