"""Probe: the forms a speech verb takes around a subject the engine resolves."""
import re, sys, json
from readout_tui.engine import attribute

CTX = {
 "K": ("Meeting with Governor of Tula Region Sergei Belov",
       "President of Russia Vladimir Sorokin had a meeting with Governor of Tula Region Sergei Belov in the Kremlin.",
       {"A": "Vladimir Sorokin", "B": "Sergei Belov"}),
 "U": ("Telephone conversation with Prime Minister of Poland Ana Lind",
       "President of Ukraine Volodymyr Hrytsenko had a telephone conversation with Prime Minister of Poland Ana Lind.",
       {"A": "Volodymyr Hrytsenko", "B": "Ana Lind"}),
 "W": ("Readout of President Hale's Call with Chancellor Brandt of Germany",
       "President Joseph Hale spoke today with Chancellor Olaf Brandt of Germany.",
       {"A": "Joseph Hale", "B": "Olaf Brandt"}),
 "E": ("President Marr held talks with Prime Minister Lind",
       "President Ivo Marr of Austria held talks with Prime Minister Ana Lind of Poland in Vienna.",
       {"A": "Ivo Marr", "B": "Ana Lind"}),
}
S = "S"   # the whole paragraph is one statement
# case: (ctx, paragraph, expected) ; expected: list of (who, text or S) ; [] = no statement
C = []
def c(ctx, para, *exp):
    C.append((ctx, para, list(exp)))

# --- progressive ---
c("W", "President Hale is calling on Congress to pass the bill without delay.", ("A", S))
c("W", "The President is calling on Congress to pass the bill without delay.", ("A", S))
c("K", "Vladimir Sorokin was stressing that the region's budget must be balanced.", ("A", S))
c("K", "The President was stressing that the region's budget must be balanced.", ("A", S))
c("W", "The President is also urging Germany to increase its support for Ukraine.", ("A", S))
c("U", "The President of Ukraine is urging partners to speed up the supply of air defence systems.", ("A", S))
c("E", "Ms Lind was noting that Poland had doubled its trade with Austria.", ("B", S))
c("W", "Chancellor Brandt is asking the European Union to extend the sanctions.", ("B", S))
c("U", "Volodymyr Hrytsenko is thanking Poland for its support.", ("A", S))
c("E", "President Marr is proposing a joint commission on energy.", ("A", S))
c("W", "The President was warning that the crisis could spread to the whole region.", ("A", S))
c("K", "The Governor was assuring the President that the bridge would open in May.", ("B", S))
c("K", "Sergei Belov is expressing confidence that the plant will be finished on time.", ("B", S))
c("U", "Ukraine's President has been calling for a special tribunal since the spring.", ("A", S))
c("W", "The President has been urging Congress to act for months.", ("A", S))
# --- perfect ---
c("W", "President Hale has repeatedly stressed that Germany is a vital ally.", ("A", S))
c("E", "Mr Marr had earlier warned that the talks could fail.", ("A", S))
c("K", "The President has repeatedly said that the regions must have their own revenue.", ("A", S))
c("U", "The President has already thanked Poland for the humanitarian aid.", ("A", S))
c("E", "Prime Minister Lind has often noted that Austria is Poland's key partner.", ("B", S))
c("W", "The President has consistently called on Russia to end the war.", ("A", S))
c("K", "Vladimir Sorokin has reaffirmed that the programme will continue.", ("A", S))
c("W", "The Chancellor had earlier expressed concern about the energy prices.", ("B", S))
c("U", "Ana Lind has welcomed Ukraine's progress on reforms.", ("B", S))
c("E", "He has also proposed a meeting of the two governments in Krakow.", ("A", S))
c("K", "The head of state has repeatedly asked the Government to speed up the payments.", ("A", S))
c("W", "President Hale had assured the Chancellor that the United States stands with Germany.", ("A", S))
c("U", "Volodymyr Hrytsenko has previously urged the partners to supply long-range missiles.", ("A", S))
# --- auxiliary and adverbs ---
c("W", "The President did stress that the United States would not send troops.", ("A", S))
c("W", "President Hale has long called for a stronger NATO.", ("A", S))
c("K", "The President once again underlined the importance of the national projects.", ("A", S))
c("K", "Vladimir Sorokin once again stressed that the deadlines must be met.", ("A", S))
c("E", "President Marr went on to say that Austria would host the next round.", ("A", S))
c("U", "The President went on to thank the Polish people for their solidarity.", ("A", S))
c("E", "Mr Marr also took the opportunity to thank Poland for its hospitality.", ("A", S))
c("W", "The President also took the opportunity to thank the Chancellor for Germany's leadership.", ("A", S))
c("U", "Volodymyr Hrytsenko used the occasion to call for new sanctions against Russia.", ("A", S))
c("K", "The President used the meeting to call for more investment in the region.", ("A", S))
c("E", "Prime Minister Lind went on to stress that Poland supports the enlargement.", ("B", S))
c("W", "The President also once again reaffirmed the commitment of the United States to Article 5.", ("A", S))
c("K", "Sergei Belov in turn assured the President that all the schools would be repaired.", ("B", S))
c("U", "The President of Ukraine, in turn, thanked Poland for the support.", ("A", S))
c("E", "Mr Marr further noted that the gas pipeline would be finished next year.", ("A", S))
c("W", "The President specifically asked the Chancellor to support the fund.", ("A", S))
c("K", "The head of state separately noted the progress in housing.", ("A", S))
c("U", "Hrytsenko then called on the partners to strengthen the air defence.", ("A", S))
c("E", "The Austrian President then proposed a visit to Warsaw.", ("A", S))
c("W", "The President also made a point of thanking the Chancellor for his leadership.", ("A", S))
c("K", "The President did not fail to mention the success of the local farmers.", ("A", S))
c("U", "The President took the opportunity to invite Ana Lind to visit Kyiv.", ("A", S))
# --- modal / future ---
c("W", "The President will propose a new fund for clean energy.")                      # future act (dca9c8e note)
c("E", "President Marr will raise the issue of the border at the summit.")             # future act
c("K", "Vladimir Sorokin would like to thank the Governor for the work done.", ("A", S))
c("U", "The President would like to thank Poland for its unwavering support.", ("A", S))
c("E", "President Marr wishes to express his gratitude to the Polish people.", ("A", S))
c("W", "The President wishes to express his condolences to the families of the victims.", ("A", S))
c("W", "The President intends to raise the issue with President Xi.")                  # planned act, narrative
c("K", "The President would like the Government to finish the work by May.", ("A", S))  # a wish (74313 note)
c("E", "Mr Marr would like to stress that Austria remains neutral.", ("A", S))
c("U", "Volodymyr Hrytsenko wants to thank everyone who helps Ukraine.", ("A", S))
c("W", "The President looks forward to welcoming the Chancellor to Washington.", ("A", S))
c("E", "The Prime Minister is expected to propose a new energy plan.")                  # expectation, narrative
c("K", "The Governor plans to report to the President in May.")                        # plan, narrative
c("U", "Ana Lind would also like to express her support for Ukraine's membership in the European Union.", ("B", S))
c("W", "Chancellor Brandt will also call on the European Union to act.")                # future act
# --- negated ---
c("W", "The President did not rule out further sanctions.", ("A", S))
c("E", "Mr Marr did not rule out a visit to Warsaw later this year.", ("A", S))
c("K", "Vladimir Sorokin did not exclude the possibility of new benefits.", ("A", S))
c("W", "The President declined to comment on the report.")                            # no content stated
c("E", "President Marr did not comment on the incident.")
c("K", "The President did not comment on the Governor's proposal, saying only that it needs study.", ("A", S))
c("U", "The President declined to comment, noting that the investigation was ongoing.", ("A", S))
c("W", "The President did not say whether the troops would stay.")
c("U", "Volodymyr Hrytsenko did not hide his disappointment with the decision.", ("A", S))
c("E", "Prime Minister Lind did not agree that the talks had failed.", ("B", S))
c("K", "The President did not deny that there were problems with the payments.", ("A", S))
c("W", "The President made clear he would not accept any delay.", ("A", S))
c("W", "The President never stated that he would send troops.")                       # negated statement: narrative? keep as A
# --- passives with an agent ---
c("K", "It was stressed by the President that the deadlines must be met.", ("A", S))
c("E", "The proposal was welcomed by President Marr.", ("A", S))
c("W", "The importance of the alliance was underscored by the President.", ("A", S))
c("U", "The need for new sanctions was emphasized by Volodymyr Hrytsenko.", ("A", S))
c("E", "The initiative was supported by Prime Minister Lind.", ("B", S))
c("K", "This view was shared by the Governor.", ("B", S))
c("W", "The importance of the alliance was underscored.")                             # agentless
c("U", "It was noted that the grain corridor is working.")                            # agentless
c("E", "The plan was also praised by the Polish Prime Minister.", ("B", S))
c("K", "The President was assured by the Governor that the hospital would open in May.", ("B", S))
c("W", "The President was briefed by the Chancellor on the situation in Berlin.", ("B", S))
# --- participial and fronted ---
c("K", "Speaking to reporters after the meeting, Vladimir Sorokin said that the region was doing well.", ("A", S))
c("W", "Speaking to reporters, the President said the call was productive.", ("A", S))
c("E", "Addressing the meeting, President Marr stressed that Austria would keep its promises.", ("A", S))
c("U", "Addressing the Polish Sejm, the President thanked the Polish people for their help.", ("A", S))
c("K", "Noting that unemployment had fallen, the President added that wages must grow faster.", ("A", S))
c("E", "Noting the growth of trade, Mr Marr proposed to open a new consulate.", ("A", S))
c("W", "In his remarks, the President said that the alliance had never been stronger.", ("A", S))
c("U", "In her remarks, Ana Lind said that Poland would stand with Ukraine.", ("B", S))
c("K", "In his opening remarks, Vladimir Sorokin noted the importance of the new roads.", ("A", S))
c("E", "Commenting on the results of the talks, the Austrian President said they were very useful.", ("A", S))
c("U", "Answering journalists' questions, the President said that the front was stable.", ("A", S))
c("W", "Turning to the Middle East, the President stressed the need for a ceasefire.", ("A", S))
c("K", "Summing up the meeting, the President instructed the Governor to report in a month.", ("A", S))
c("E", "Welcoming the guest, President Marr said that Poland was a close friend.", ("A", S))
c("U", "During the conversation, the President thanked Ana Lind for her support.", ("A", S))
c("W", "At the outset of the call, the President expressed his condolences for the victims of the floods.", ("A", S))
c("K", "Opening the meeting, the head of state noted that the region had met its targets.", ("A", S))
c("E", "At the press conference, Ms Lind stressed that Poland would not block the deal.", ("B", S))
c("U", "Speaking at the briefing, Hrytsenko said that the partners had agreed on new aid.", ("A", S))
c("W", "Speaking with reporters aboard Air Force One, President Hale said the talks went well.", ("A", S))
c("K", "According to the President, the region needs new schools.", ("A", S))
c("E", "In the words of President Marr, Austria and Poland are natural partners.", ("A", S))
c("U", "As the President noted, the partners must act faster.", ("A", S))
c("W", "As President Hale put it, the alliance is stronger than ever.", ("A", S))
c("K", "In the President's opinion, the new law should be adopted this year.", ("A", S))
c("E", "Asked about the border, Mr Marr said that it would stay open.", ("A", S))
c("W", "Asked whether he would visit Berlin, the President said he hoped to do so soon.", ("A", S))
c("U", "When asked about the sanctions, the President said that they were working.", ("A", S))
c("K", "Referring to the harvest, Vladimir Sorokin noted that it was a record.", ("A", S))
c("E", "Recalling the history of the two nations, President Marr said they had always been friends.", ("A", S))
# --- inversion ---
c("E", "“We are good neighbours,” said the Prime Minister.", ("B", "We are good neighbours"))
c("K", "The region has met all its targets, said the Governor.", ("B", S))
c("W", "“The alliance is strong,” said President Hale.", ("A", "The alliance is strong"))
c("E", "Austria will not abandon its friends, so stressed the President.", ("A", S))
c("U", "“We will win,” stressed the President of Ukraine.", ("A", "We will win"))
c("K", "“We must finish the bridge this year,” noted Vladimir Sorokin.", ("A", "We must finish the bridge this year"))
c("E", "“We are grateful,” added Ms Lind.", ("B", "We are grateful"))
c("W", "“Germany is a close friend,” the President said.", ("A", "Germany is a close friend"))
c("U", "Poland is Ukraine's closest partner, said the President.", ("A", S))
c("K", "Such is the position of the Governor, said the President.", ("A", S))
c("E", "Thus spoke the Polish Prime Minister after the talks.")                        # no content
c("U", "So said the President at the end of the call.")                                # no content
# --- was clear / made it clear / was quick to ---
c("W", "The President was clear with the Chancellor that the United States would not waver.", ("A", S))
c("W", "President Hale was clear that the sanctions would stay.", ("A", S))
c("U", "The President made it clear that Ukraine would not give up its land.", ("A", S))
c("K", "Vladimir Sorokin made it clear that the programme would continue.", ("A", S))
c("E", "Mr Marr was quick to point out that Austria remained neutral.", ("A", S))
c("W", "The President was quick to add that the talks would continue.", ("A", S))
c("E", "The Prime Minister was keen to stress that Poland wants a deal.", ("B", S))
c("K", "The Governor was careful to note that the figures were preliminary.", ("B", S))
c("U", "The President was firm that there would be no concessions.", ("A", S))
c("W", "The President was emphatic that the alliance would hold.", ("A", S))
c("E", "President Marr was unequivocal in his support for Poland.", ("A", S))
c("U", "Hrytsenko was explicit that Ukraine needs more air defence.", ("A", S))
c("W", "The President made clear to the Chancellor that the United States would help.", ("A", S))
c("K", "The head of state was confident that the region would cope.", ("A", S))
c("E", "The Prime Minister was optimistic that a deal was close.", ("B", S))
c("W", "The President was grateful for the Chancellor's leadership.", ("A", S))
c("U", "The President was pleased to note the progress on the reforms.", ("A", S))
c("K", "Sergei Belov was happy to report that the plant had opened.", ("B", S))
c("E", "Mr Marr was eager to point out that tourism had recovered.", ("A", S))
# --- two verbs joined ---
c("U", "The President thanked Poland for its support and stressed that Ukraine would win.", ("A", S))
c("K", "Vladimir Sorokin noted the region's success, adding that more work lay ahead.", ("A", S))
c("W", "The President thanked the Chancellor for his leadership and reaffirmed the commitment of the United States to NATO.", ("A", S))
c("E", "Mr Marr welcomed the agreement and proposed to sign it in May.", ("A", S))
c("K", "The Governor thanked the President for his attention and assured him that the money would be spent well.", ("B", S))
c("W", "The President expressed his condolences, and the Chancellor thanked him for his support.",
  ("A", "The President expressed his condolences,"), ("B", "the Chancellor thanked him for his support."))
c("E", "President Marr noted the progress, while Prime Minister Lind stressed the need for more work.",
  ("A", "President Marr noted the progress,"), ("B", "Prime Minister Lind stressed the need for more work."))
c("U", "Hrytsenko informed Ana Lind about the situation at the front and called for more sanctions against Russia.", ("A", S))
c("W", "The President urged Germany to do more, noting that time was short.", ("A", S))
c("K", "The head of state asked about the prices and warned that they must not grow.", ("A", S))
c("E", "The Austrian President welcomed the guest, saying that Poland was a close friend.", ("A", S))
c("U", "The President noted that the army needs more shells and asked Poland to help.", ("A", S))
c("W", "President Hale congratulated the Chancellor on the election and wished him success.", ("A", S))
# --- more resolution and subject variety ---
c("K", "He once again stressed the importance of the national projects.", ("A", S))
c("U", "She has repeatedly expressed support for Ukraine.", ("B", S))
c("E", "The Polish Prime Minister, for her part, has consistently urged the European Union to act.", ("B", S))
c("W", "The German Chancellor is calling for a ceasefire.", ("B", S))
c("K", "The Russian leader was quick to point out that wages had risen.", ("A", S))
c("U", "The Ukrainian leader once again called for a special tribunal.", ("A", S))
c("E", "The head of the Polish Government went on to say that Poland would buy more gas.", ("B", S))
c("W", "The Chancellor made it clear that Germany would stand with Ukraine.", ("B", S))
c("K", "The head of the region would like to thank the President for his support.", ("B", S))
c("U", "The head of state did not rule out new talks.", ("A", S))
c("E", "Speaking after the talks, the Polish Prime Minister said that Austria was a reliable partner.", ("B", S))
c("W", "Speaking to reporters, the German Chancellor said the call was constructive.", ("B", S))
c("K", "The head of state has long called for lower mortgage rates.", ("A", S))
c("U", "Ana Lind, for her part, was quick to assure Hrytsenko that Poland would keep the border open.", ("B", S))
# --- other auxiliary + adverb combos ---
c("W", "The President also underscored his strong support for Germany.", ("A", S))
c("K", "The President specially emphasized the need to repair the schools.", ("A", S))
c("E", "Mr Marr personally thanked the Prime Minister for the invitation.", ("A", S))
c("U", "The President has once again called on the partners to close the sky.", ("A", S))
c("W", "The President could not have been clearer that the alliance would hold.")     # contrived, left
c("K", "The President went on to note that the deadlines must be met.", ("A", S))
c("E", "The Prime Minister then went on to thank the President for the talks.", ("B", S))
c("U", "The President also seized the opportunity to thank the Polish people.", ("A", S))
c("W", "The President also used the call to urge Germany to do more.", ("A", S))
c("K", "Vladimir Sorokin took the opportunity to congratulate the Governor on his birthday.", ("A", S))
c("E", "President Marr was also at pains to stress that Austria remains neutral.", ("A", S))
c("U", "The President also did not rule out a visit to Warsaw.", ("A", S))
c("W", "The President, however, did stress that the troops would not stay.", ("A", S))
c("K", "The Governor also did mention the problems with the roads.", ("B", S))
c("E", "Mr Marr repeatedly stressed that Austria remains neutral.", ("A", S))
c("W", "The President had also earlier called on Congress to pass the budget.", ("A", S))
c("U", "Volodymyr Hrytsenko has also repeatedly thanked the partners for the weapons.", ("A", S))

def norm(s):
    return " ".join(re.sub(r"[^\w\s]", " ", s.casefold()).split())

def run(verbose=False):
    misses = []
    for i, (ctx, para, exp) in enumerate(C, 1):
        title, intro, who = CTX[ctx]
        body = intro + "\n\n" + para
        start = len(intro) + 2
        res = attribute(body, (), title)
        got = [(s.speaker, s.text) for s in res.statements if s.end > start]
        want = [(who[w], para if t == S else t) for w, t in exp]
        gn = sorted((str(sp), norm(t)) for sp, t in got)
        wn = sorted((sp, norm(t)) for sp, t in want)
        # words-level: same speaker, same words (merging/splitting costs nothing)
        def words(lst):
            d = {}
            for sp, t in lst:
                d.setdefault(sp, []).extend(t.split())
            return {k: sorted(v) for k, v in d.items()}
        if words(gn) != words(wn):
            kind = ("missed" if not got and want else "false" if got and not want else
                    "speaker" if sorted(norm(t) for _, t in got) == sorted(norm(t) for _, t in want) else "span/other")
            misses.append((i, kind, ctx, para, want, got))
    return misses

def table(before):
    rows = ["| # | case | expected | engine at ee81e03 |", "|---|---|---|---|"]
    for i, (ctx, para, exp) in enumerate(C, 1):
        who = CTX[ctx][2]
        want = "; ".join(f"{who[w]}: " + ("whole sentence" if t == S else f"direct “{t}”" if not para.startswith(t) and t != para else t) for w, t in exp) or "no statement"
        got = before.get(str(i))
        rows.append(f"| {i} | {para} | {want} | {'ok' if got is None else 'MISS (' + got + ')'} |")
    return "\n".join(rows)

if __name__ == "__main__":
    misses = run()
    from collections import Counter
    for i, kind, ctx, para, want, got in misses:
        print(f"#{i} [{kind}] {ctx}: {para}\n    want={[(w, t[:50]) for w, t in want]}\n    got ={[(g, t[:60]) for g, t in got]}")
    print("cases", len(C), "misses", len(misses), Counter(m[1] for m in misses))
    if len(sys.argv) > 1:
        json.dump({str(m[0]): m[1] + ", gave " + ("; ".join(f"{g}: {t}" for g, t in m[5]) or "nothing") for m in misses}, open(sys.argv[1], "w"))
