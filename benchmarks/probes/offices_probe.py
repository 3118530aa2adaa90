"""Probe: offices and titles before and after a name, and the short reference resolved later (template readouts)."""
import json

from probe_check import engine_from_argv, miss_kind, out_path, print_misses, speakers_over, things_made_people

engine_from_argv()
from readout_tui.engine import attribute
from readout_tui.engine.statements import Attributor

# setup: (title, first paragraph)
S = {
 "RU": ("Meeting with Government members",
        "Vladimir Sokolov held a meeting with Government members via videoconference."),
 "RUSC": ("Meeting with permanent members of the Security Council",
          "Vladimir Sokolov held a briefing session with permanent members of the Security Council."),
 "RUREG": ("Working meeting on the region's development",
           "Vladimir Sokolov held a working meeting in the Kremlin on the social and economic development of the region."),
 "RUREL": ("Meeting with religious leaders",
           "Vladimir Sokolov met in the Kremlin with the heads of Russia's traditional religious denominations."),
 "RUBIZ": ("Meeting with business leaders",
           "Vladimir Sokolov met in the Kremlin with heads of major Russian companies."),
 "UA": ("President met with the Government and the Office",
        "President of Ukraine Oleksandr Kovalenko held a meeting at the Office of the President."),
 "US": ("Readout of the President's Meeting on Climate",
        "President Robert Hale convened a meeting at the White House today."),
 "USDIP": ("Readout of the Secretary's Meeting",
           "Secretary of State Linda Grant met today in Washington with a delegation of Ukraine."),
 "UADIP": ("President met with diplomats",
           "President of Ukraine Oleksandr Kovalenko met with foreign diplomats in Kyiv."),
}

def c(setup, paras, *exp, things=()):
    return (setup, paras, list(exp), list(things))

VS, OK, RH, LG = "Vladimir Sokolov", "Oleksandr Kovalenko", "Robert Hale", "Linda Grant"
X1 = "the situation in the region remained stable."
X2 = "the work would be completed by the end of the year."
X3 = "more funding was needed for the programme."

# (setup, full title before the name, name, short form used later)
TITLES = [
 ("RU", "Prosecutor General", "Igor Lensky", "Prosecutor General"),
 ("RUSC", "Chief of the General Staff of the Armed Forces", "Valery Garin", "Chief of the General Staff"),
 ("UA", "Commander-in-Chief of the Armed Forces of Ukraine", "Valeriy Zaluzhko", "Commander-in-Chief"),
 ("RU", "Human Rights Commissioner", "Tatyana Moskina", "Commissioner"),
 ("UA", "Ukrainian Parliament Commissioner for Human Rights", "Dmytro Lubinets", "Ombudsman"),
 ("RU", "Presidential Commissioner for Children's Rights", "Maria Lvova", "Children's Rights Commissioner"),
 ("RU", "Presidential Plenipotentiary Envoy to the Far Eastern Federal District", "Yury Trutko", "Presidential Envoy"),
 ("RU", "Presidential Aide", "Maxim Oreshko", "Presidential Aide"),
 ("RU", "Presidential Press Secretary", "Dmitry Peskin", "Press Secretary"),
 ("UA", "Adviser to the Head of the Office of the President", "Mykhailo Podolyak", "Adviser"),
 ("RU", "Deputy Head of the Presidential Executive Office", "Sergei Kiriyenko", "Deputy Head of the Executive Office"),
 ("RUREG", "Head of the Republic of Tatarstan", "Rustam Minullin", "Head of the Republic"),
 ("RUREG", "Governor of the Kaluga Region", "Vladislav Shapsha", "Governor"),
 ("RUREG", "Mayor of Moscow", "Sergei Sobyanko", "Mayor"),
 ("RUBIZ", "Chairman of the Board of Gazprom", "Alexei Millerov", "Chairman of the Board"),
 ("RUBIZ", "CEO of Rosneft", "Igor Sechko", "CEO"),
 ("RUBIZ", "Director General of Rosatom", "Alexei Likhov", "Director General"),
 ("RUBIZ", "President of VTB Bank", "Andrei Kostinov", "head of the bank"),
 ("RUBIZ", "President of the Russian Academy of Sciences", "Gennady Krasnikov", "head of the Academy"),
 ("RUBIZ", "Rector of Moscow State University", "Viktor Sadovnik", "Rector"),
 ("RU", "Chairman of the Accounts Chamber", "Alexei Kudrov", "Chairman of the Accounts Chamber"),
 ("UA", "Chairperson of the Verkhovna Rada", "Ruslan Stefanko", "Chairperson"),
 ("RU", "Speaker of the Federation Council", "Valentina Matvienko", "Speaker"),
 ("RUSC", "Security Council Secretary", "Nikolai Patrin", "Security Council Secretary"),
 ("UA", "Secretary of the National Security and Defense Council", "Oleksiy Danilko", "NSDC Secretary"),
 ("US", "National Security Advisor", "Jake Sullins", "National Security Advisor"),
 ("US", "Homeland Security Advisor", "Liz Sherwood", "Homeland Security Advisor"),
 ("US", "Special Presidential Envoy for Climate", "John Kerrigan", "Special Envoy"),
 ("USDIP", "Defense Attaché", "Colonel Mark Dawson", "Attaché"),
 ("USDIP", "Chargé d'Affaires", "Kristina Kvien", "Chargé d'Affaires"),
 ("UADIP", "Ambassador of Japan to Ukraine", "Kenji Matsuda", "Ambassador"),
 ("USDIP", "U.S. Permanent Representative to the United Nations", "Linda Thomas", "Permanent Representative"),
 ("RUREL", "Patriarch of Moscow and All Russia", "Kirill", "Patriarch"),
 ("RUREL", "Metropolitan of Kaluga and Borovsk", "Kliment", "Metropolitan"),
 ("RUREL", "Chief Rabbi of Russia", "Berel Lazar", "Chief Rabbi"),
 ("RUREL", "Grand Mufti of Russia", "Talgat Tajutdin", "Grand Mufti"),
 ("RUREL", "Archbishop of the Armenian Apostolic Church", "Ezras Nersisyan", "Archbishop"),
 ("RU", "Deputy Prime Minister - Minister of Industry and Trade", "Denis Manturin", "Deputy Prime Minister"),
 ("RU", "Deputy Prime Minister – Minister of Agriculture", "Dmitry Patrin", "Deputy Prime Minister"),
 ("UA", "Prime Minister of Ukraine", "Denys Shmyhal", "Prime Minister"),
 ("RU", "Minister of Economic Development", "Maxim Reshetov", "Minister"),
 ("UA", "Minister of Foreign Affairs of Ukraine", "Dmytro Kuleshov", "Foreign Minister"),
 ("RU", "Special Presidential Representative for International Cooperation in the Field of Information Security", "Andrei Krutov", "Special Representative"),
 ("RU", "Head of the Federal Agency for the Development of the State Border of the Russian Federation", "Oleg Shaporov", "head of the agency"),
]

CASES = []
for setup, t, n, sf in TITLES:
    CASES.append(c(setup, [f"{t} {n} said that {X1}"], (t, n)))
    CASES.append(c(setup, [f"{t} {n} reported on the work done this year.", f"The {sf} noted that {X2}"], (f"The {sf}", n)))

# the office after the name; lower case; host not stolen
CASES += [
 c("RU", ["Denis Manturin, Deputy Prime Minister and Minister of Industry and Trade, said that " + X1], ("Denis Manturin", "Denis Manturin")),
 c("RU", ["Maxim Reshetov, Minister of Economic Development, said that " + X1], ("Maxim Reshetov", "Maxim Reshetov")),
 c("RU", ["Maxim Reshetov, Minister of Economic Development, reported on the economy.", "The Minister noted that " + X2], ("The Minister", "Maxim Reshetov")),
 c("RUREG", ["Vladislav Shapsha, the Governor of the Kaluga Region, noted that " + X1], ("Vladislav Shapsha", "Vladislav Shapsha")),
 c("RUREG", ["Vladislav Shapsha, the Governor of the Kaluga Region, reported on the situation.", "The Governor said that " + X2], ("The Governor", "Vladislav Shapsha")),
 c("RUREG", ["Vladislav Shapsha, Governor of the Kaluga Region, reported on the situation.", "The regional head said that " + X2], ("The regional head", "Vladislav Shapsha")),
 c("RUBIZ", ["Alexei Likhov, Director General of Rosatom, said that " + X1], ("Alexei Likhov", "Alexei Likhov")),
 c("RUBIZ", ["Alexei Likhov, head of the Rosatom State Corporation, reported on the construction.", "The head of the corporation noted that " + X2], ("The head of the corporation", "Alexei Likhov")),
 c("US", ["Jake Sullins, the National Security Advisor, said that " + X1], ("Jake Sullins", "Jake Sullins")),
 c("UA", ["Andriy Yermak, Head of the Office of the President of Ukraine, said that " + X1], ("Andriy Yermak", "Andriy Yermak")),
 c("UADIP", ["Kenji Matsuda, Ambassador of Japan to Ukraine, said that " + X1], ("Kenji Matsuda", "Kenji Matsuda")),
 c("UADIP", ["Ambassador Kenji Matsuda said that " + X1], ("Ambassador Kenji Matsuda", "Kenji Matsuda")),
 c("RU", ["deputy prime minister Denis Manturin said that " + X1], ("deputy prime minister", "Denis Manturin")),
 c("RU", ["Economic Development Minister Maxim Reshetov said that " + X1], ("Economic Development Minister", "Maxim Reshetov")),
 c("RU", ["Finance Minister Anton Silanov said that " + X1, "The Finance Minister added that " + X2], ("The Finance Minister", "Anton Silanov")),
 c("RU", ["Healthcare Minister Mikhail Murashkin said that " + X1, "The minister added that " + X2], ("The minister added", "Mikhail Murashkin")),
 c("RU", ["Emergencies Minister Alexander Kurenko said that " + X1], ("Emergencies Minister", "Alexander Kurenko")),
 c("RU", ["the Minister of Energy, Nikolai Shulginov, said that " + X1], ("Nikolai Shulginov", "Nikolai Shulginov")),
 c("RU", ["Minister of Energy Nikolai Shulginov said that " + X1, "The President noted that " + X2], ("The President", VS)),
 c("RUBIZ", ["President of VTB Bank Andrei Kostinov said that " + X1, "The President noted that " + X2], ("The President noted", VS)),
 c("RUBIZ", ["President of the Russian Academy of Sciences Gennady Krasnikov reported on research.", "The President said that " + X2], ("The President said", VS)),
 c("RUREG", ["Governor of the Kaluga Region Vladislav Shapsha reported on the situation.", "Vladimir Sokolov noted that " + X2, "The Governor said that " + X3], ("The Governor said", "Vladislav Shapsha")),
 c("RUREG", ["Head of the Republic of Tatarstan Rustam Minullin reported on the situation.", "The head of the region said that " + X2], ("The head of the region", "Rustam Minullin")),
 c("RUREG", ["Head of the Republic of Tatarstan Rustam Minullin reported on the situation.", "Mr Minullin said that " + X2], ("Mr Minullin", "Rustam Minullin")),
 c("RUREL", ["His Holiness Patriarch Kirill of Moscow and All Russia said that " + X1], ("His Holiness", "Kirill")),
 c("RUREL", ["Patriarch Kirill said that " + X1, "His Holiness added that " + X2], ("His Holiness added", "Kirill")),
 c("RUREL", ["Metropolitan Kliment of Kaluga and Borovsk said that " + X1], ("Metropolitan Kliment", "Kliment")),
 c("RUREL", ["Chief Rabbi of Russia Berel Lazar said that " + X1, "Grand Mufti Talgat Tajutdin noted that " + X2], ("Chief Rabbi", "Berel Lazar"), ("Grand Mufti", "Talgat Tajutdin")),
 c("RUREL", ["Chairman of the Spiritual Administration of Muslims of the Russian Federation Ravil Gainutdinov said that " + X1], ("Chairman of the Spiritual", "Ravil Gainutdinov")),
 c("RU", ["Deputy Prime Minister Tatyana Golikova said that " + X1, "Deputy Prime Minister Marat Khusnutdinov noted that " + X2, "The Deputy Prime Minister added that " + X3], ("The Deputy Prime Minister added", "Marat Khusnutdinov")),
 c("RU", ["Prosecutor General Igor Lensky reported on the inspections.", "Vladimir Sokolov said that " + X2, "The Prosecutor General replied that " + X3], ("The Prosecutor General replied", "Igor Lensky")),
 c("RUSC", ["Defence Minister Sergei Shoigun reported on the exercise.", "Chief of the General Staff Valery Garin said that " + X2, "The Defence Minister added that " + X3], ("The Defence Minister added", "Sergei Shoigun")),
 c("US", ["Secretary of Homeland Security Alejandro Mayer said that " + X1, "The Secretary added that " + X2], ("The Secretary added", "Alejandro Mayer")),
 c("US", ["Administrator of the Environmental Protection Agency Michael Regan said that " + X1], ("Administrator of the", "Michael Regan")),
 c("US", ["Director of National Intelligence Avril Haines said that " + X1], ("Director of National", "Avril Haines")),
 c("US", ["White House Press Secretary Karine Jean-Pierre said that " + X1], ("White House Press Secretary", "Karine Jean-Pierre")),
 c("US", ["Deputy National Security Advisor for International Economics Daleep Singh said that " + X1], ("Deputy National", "Daleep Singh")),
 c("USDIP", ["U.S. Ambassador to Ukraine Bridget Brink said that " + X1], ("U.S. Ambassador", "Bridget Brink")),
 c("USDIP", ["Assistant Secretary of State for European and Eurasian Affairs James O'Brien said that " + X1], ("Assistant Secretary", "James O'Brien")),
 c("UA", ["Minister of Defense of Ukraine Rustem Umerov said that " + X1, "The head of the defense ministry noted that " + X2], ("The head of the defense ministry", "Rustem Umerov")),
 c("UA", ["First Deputy Prime Minister – Minister of Economy of Ukraine Yulia Svyrydenko said that " + X1], ("First Deputy", "Yulia Svyrydenko")),
 c("UA", ["Head of the Security Service of Ukraine Vasyl Maliuk said that " + X1, "The SBU head noted that " + X2], ("The SBU head", "Vasyl Maliuk")),
 c("UA", ["Head of the Kharkiv Regional Military Administration Oleh Syniehubov said that " + X1], ("Head of the Kharkiv", "Oleh Syniehubov")),
 c("UA", ["Mayor of Kyiv Vitali Klitschko said that " + X1, "The mayor of the capital noted that " + X2], ("The mayor of the capital", "Vitali Klitschko")),
 c("RU", ["Head of the Federal Tax Service Daniil Egorin said that " + X1], ("Head of the Federal", "Daniil Egorin")),
 c("RU", ["Central Bank Governor Elvira Nabiullina said that " + X1, "The head of the Central Bank added that " + X2], ("Central Bank Governor", "Elvira Nabiullina"), ("The head of the Central Bank", "Elvira Nabiullina")),
 c("RU", ["Chairman of the State Duma Vyacheslav Volodin said that " + X1], ("Chairman of the State Duma", "Vyacheslav Volodin")),
 c("RU", ["Head of the Presidential Executive Office Anton Vaino said that " + X1], ("Head of the Presidential", "Anton Vaino")),
 c("RU", ["Plenipotentiary Presidential Envoy to the Central Federal District Igor Shchegolev said that " + X1], ("Plenipotentiary", "Igor Shchegolev")),
 c("RUBIZ", ["Chairman of the Management Board of Sberbank German Greflin said that " + X1, "The head of Sberbank added that " + X2], ("Chairman of the Management", "German Greflin"), ("The head of Sberbank", "German Greflin")),
 c("RUBIZ", ["Chief Executive Officer of Russian Railways Oleg Belozerov said that " + X1], ("Chief Executive", "Oleg Belozerov")),
 c("RUBIZ", ["President of the Russian Union of Industrialists and Entrepreneurs Alexander Shokhin said that " + X1], ("President of the Russian Union", "Alexander Shokhin")),
 c("RUBIZ", ["Rector of St Petersburg State University Nikolai Kropachev said that " + X1], ("Rector of", "Nikolai Kropachev")),
 c("RUBIZ", ["Director General of the Agency for Strategic Initiatives Svetlana Chupsheva said that " + X1], ("Director General of the Agency", "Svetlana Chupsheva")),
]

# capitalised names of things that must not become persons
T = "things"
CASES += [
 c("RU", ["Vladimir Sokolov presented the Order of Courage to the families of servicemen.", "The President said that " + X1], ("The President", VS), things=["Order of Courage"]),
 c("RU", ["The Order of Courage was awarded to three rescuers.", "The President noted that " + X1], ("The President", VS), things=["Order of Courage"]),
 c("RU", ["Vladimir Sokolov drove across the Crimean Bridge.", "The President said that " + X2], ("The President", VS), things=["Crimean Bridge"]),
 c("RU", ["Traffic on the Crimean Bridge has resumed.", "He said that " + X2], ("He said", VS), things=["Crimean Bridge"]),
 c("RU", ["The Northern Sea Route will carry more cargo.", "The President stressed that " + X2], ("The President", VS), things=["Northern Sea Route"]),
 c("RU", ["Vladimir Sokolov discussed the development of the Northern Sea Route.", "He noted that " + X2], ("He noted", VS), things=["Northern Sea Route"]),
 c("RU", ["The St. Petersburg International Economic Forum will open on June 14.", "The President said that " + X2], ("The President", VS), things=["St. Petersburg International Economic Forum"]),
 c("RU", ["Vladimir Sokolov spoke at the plenary session of the St. Petersburg International Economic Forum.", "The President said that " + X2], ("The President", VS), things=["Petersburg International Economic Forum"]),
 c("RU", ["Vladimir Sokolov visited St. Isaac's Cathedral.", "The President noted that " + X2], ("The President", VS), things=["Isaac"]),
 c("RU", ["The Admiral Kuznetsov aircraft carrier will return to service next year.", "The President said that " + X2], ("The President", VS), things=["Admiral Kuznetsov"]),
 c("RU", ["The frigate Admiral Gorshkov completed its voyage.", "The President said that " + X2], ("The President", VS), things=["Admiral Gorshkov"]),
 c("RU", ["Vladimir Sokolov awarded the Hero of Russia gold star to the pilot.", "The President said that " + X2], ("The President", VS), things=["Hero of Russia"]),
 c("RU", ["The Moscow–St Petersburg Highway will be widened.", "The President said that " + X2], ("The President", VS), things=["Petersburg Highway"]),
 c("RU", ["The Power of Siberia gas pipeline is operating at full capacity.", "The President noted that " + X2], ("The President", VS), things=["Power of Siberia"]),
 c("RU", ["The Victory Day Parade was held on Red Square.", "The President said that " + X2], ("The President", VS), things=["Victory Day", "Red Square"]),
 c("RU", ["The Russian Geographical Society held its congress.", "The President said that " + X2], ("The President", VS), things=["Russian Geographical Society"]),
 c("RU", ["The Strong Ideas for New Times forum was held in Moscow.", "The President said that " + X2], ("The President", VS), things=["Strong Ideas"]),
 c("RU", ["The Year of Family programme will be continued.", "The President said that " + X2], ("The President", VS), things=["Year of Family"]),
 c("RU", ["The Eastern Economic Forum will be held in Vladivostok.", "The President said that " + X2], ("The President", VS), things=["Eastern Economic Forum"]),
 c("RU", ["The Presidential Grants Fund supported 5,000 projects.", "The President said that " + X2], ("The President said", VS), things=["Presidential Grants Fund"]),
 c("RU", ["The Leaders of Russia competition has drawn many applicants.", "The President said that " + X2], ("The President", VS), things=["Leaders of Russia"]),
 c("RU", ["Vladimir Sokolov visited the Mariinsky Theatre.", "The President said that " + X2], ("The President", VS), things=["Mariinsky"]),
 c("UA", ["Oleksandr Kovalenko presented the Order of Prince Yaroslav the Wise to the soldiers.", "The President said that " + X2], ("The President", OK), things=["Prince Yaroslav", "Yaroslav the Wise"]),
 c("UA", ["Oleksandr Kovalenko visited St. Sophia's Cathedral.", "The President said that " + X2], ("The President", OK), things=["Sophia"]),
 c("UA", ["The Grain From Ukraine humanitarian programme continues.", "The President noted that " + X2], ("The President", OK), things=["Grain From Ukraine"]),
 c("UA", ["The Hero of Ukraine title was conferred on the pilot posthumously.", "The President said that " + X2], ("The President", OK), things=["Hero of Ukraine"]),
 c("UA", ["The Ramstein format meeting will take place next week.", "The President said that " + X2], ("The President", OK), things=["Ramstein"]),
 c("UA", ["Oleksandr Kovalenko visited the Zaporizhzhia Nuclear Power Plant.", "The President said that " + X2], ("The President", OK), things=["Zaporizhzhia Nuclear"]),
 c("UA", ["The Peace Formula summit will be held in Switzerland.", "The President said that " + X2], ("The President", OK), things=["Peace Formula"]),
 c("UA", ["The Crimea Platform summit gathered 60 delegations.", "The President said that " + X2], ("The President", OK), things=["Crimea Platform"]),
 c("US", ["The Inflation Reduction Act will cut costs for families.", "The President said that " + X2], ("The President", RH), things=["Inflation Reduction Act"]),
 c("US", ["President Robert Hale awarded the Presidential Medal of Freedom to seven Americans.", "The President said that " + X2], ("The President", RH), things=["Medal of Freedom"]),
 c("US", ["The Francis Scott Key Bridge collapsed in March.", "The President said that " + X2], ("The President", RH), things=["Francis Scott Key", "Scott Key"]),
 c("US", ["The USS Gerald R. Ford carrier strike group was deployed.", "The President said that " + X2], ("The President", RH), things=["Gerald R. Ford"]),
 c("US", ["The Lincoln Memorial was lit in blue and yellow.", "The President said that " + X2], ("The President", RH), things=["Lincoln Memorial"]),
 c("US", ["The John F. Kennedy Center for the Performing Arts hosted the ceremony.", "The President said that " + X2], ("The President said", RH), things=["Kennedy Center"]),
 c("US", ["The Camp David Accords were signed in 1978.", "The President said that " + X2], ("The President", RH), things=["Camp David"]),
 c("US", ["The Martin Luther King Jr. Memorial was visited by the President.", "The President said that " + X2], ("The President said", RH)),
 c("US", ["The Summit for Democracy opened today.", "The President said that " + X2], ("The President", RH), things=["Summit for Democracy"]),
 c("US", ["The Partnership for Global Infrastructure and Investment will mobilise $600 billion.", "The President said that " + X2], ("The President", RH), things=["Partnership for Global"]),
 c("US", ["The George Washington University hosted the forum.", "The President said that " + X2], ("The President", RH), things=["George Washington University"]),
 c("US", ["Vice President Kamala Harlow visited the Walter Reed National Military Medical Center.", "The Vice President said that " + X2], ("The Vice President", "Kamala Harlow"), things=["Walter Reed"]),
]

# cases added after the first rules (a second sample of the same class)
EXTRA = [
 c("RU", ["presidential aide Yury Ushkov said that " + X1], ("presidential aide", "Yury Ushkov")),
 c("RU", ["press secretary Dmitry Peskin said that " + X1], ("press secretary", "Dmitry Peskin")),
 c("RU", ["Presidential Press Secretary Dmitry Peskin said that " + X1, "The Kremlin spokesman added that " + X2], ("The Kremlin spokesman", "Dmitry Peskin")),
 c("RU", ["Presidential Press Secretary Dmitry Peskin said that " + X1, "The spokesman added that " + X2], ("The spokesman", "Dmitry Peskin")),
 c("RU", ["Dmitry Peskin, the President's Press Secretary, said that " + X1], ("Dmitry Peskin", "Dmitry Peskin")),
 c("RU", ["Yury Ushkov, Presidential Aide, said that " + X1, "The aide added that " + X2], ("Yury Ushkov", "Yury Ushkov"), ("The aide", "Yury Ushkov")),
 c("RU", ["Igor Lensky, Prosecutor General of the Russian Federation, said that " + X1], ("Igor Lensky", "Igor Lensky")),
 c("RU", ["Tatyana Moskina, High Commissioner for Human Rights in the Russian Federation, said that " + X1, "The Ombudsman added that " + X2], ("Tatyana Moskina", "Tatyana Moskina"), ("The Ombudsman", "Tatyana Moskina")),
 c("RU", ["Children's Rights Commissioner Maria Lvova said that " + X1, "The Children's Rights Ombudsman added that " + X2], ("The Children's Rights Ombudsman", "Maria Lvova")),
 c("RU", ["Presidential Commissioner for Children's Rights Maria Lvova said that " + X1, "The Ombudsman added that " + X2], ("The Ombudsman", "Maria Lvova")),
 c("RUREG", ["Sergei Sobyanko, the Mayor of Moscow, said that " + X1, "The Mayor added that " + X2], ("Sergei Sobyanko", "Sergei Sobyanko"), ("The Mayor added", "Sergei Sobyanko")),
 c("RUREG", ["Acting Governor of the Kursk Region Alexei Smirnykh said that " + X1, "The acting governor added that " + X2], ("Acting Governor", "Alexei Smirnykh"), ("The acting governor", "Alexei Smirnykh")),
 c("RUREG", ["Head of the Chechen Republic Ramzan Kadyrin said that " + X1, "The head of Chechnya added that " + X2], ("Head of the Chechen", "Ramzan Kadyrin"), ("The head of Chechnya", "Ramzan Kadyrin")),
 c("RUREG", ["Head of the Republic of Bashkortostan Radiy Khabirov said that " + X1, "The head of the republic added that " + X2], ("The head of the republic", "Radiy Khabirov")),
 c("RUREG", ["Governor of St Petersburg Alexander Beglov said that " + X1], ("Governor of St Petersburg", "Alexander Beglov")),
 c("RUREG", ["Governor of Sevastopol Mikhail Razvozhayev said that " + X1], ("Governor of Sevastopol", "Mikhail Razvozhayev")),
 c("RUBIZ", ["Alexei Millerov, Chairman of the Gazprom Management Committee, said that " + X1, "The head of Gazprom added that " + X2], ("Alexei Millerov", "Alexei Millerov"), ("The head of Gazprom", "Alexei Millerov")),
 c("RUBIZ", ["Rosneft CEO Igor Sechko said that " + X1, "The head of the company added that " + X2], ("Rosneft CEO", "Igor Sechko"), ("The head of the company", "Igor Sechko")),
 c("RUBIZ", ["Igor Sechko, CEO of Rosneft, said that " + X1], ("Igor Sechko", "Igor Sechko")),
 c("RUBIZ", ["VTB Bank President and Chairman of the Management Board Andrei Kostinov said that " + X1], ("VTB Bank", "Andrei Kostinov")),
 c("RUBIZ", ["Rosatom Director General Alexei Likhov said that " + X1, "The Rosatom head added that " + X2], ("Rosatom Director General", "Alexei Likhov"), ("The Rosatom head", "Alexei Likhov")),
 c("RUBIZ", ["Moscow State University Rector Viktor Sadovnik said that " + X1], ("Moscow State University Rector", "Viktor Sadovnik")),
 c("RU", ["Accounts Chamber Chairman Alexei Kudrov said that " + X1], ("Accounts Chamber Chairman", "Alexei Kudrov")),
 c("RU", ["Federation Council Speaker Valentina Matvienko said that " + X1, "The Speaker added that " + X2], ("Federation Council Speaker", "Valentina Matvienko"), ("The Speaker added", "Valentina Matvienko")),
 c("RU", ["State Duma Speaker Vyacheslav Volodin said that " + X1], ("State Duma Speaker", "Vyacheslav Volodin")),
 c("RUSC", ["Security Council Deputy Chairman Dmitry Medvedko said that " + X1], ("Security Council Deputy Chairman", "Dmitry Medvedko")),
 c("RUSC", ["Deputy Chairman of the Security Council Dmitry Medvedko said that " + X1, "The Deputy Chairman added that " + X2], ("The Deputy Chairman", "Dmitry Medvedko")),
 c("RUSC", ["Director of the Federal Security Service Alexander Bortnik said that " + X1, "The FSB Director added that " + X2], ("The FSB Director", "Alexander Bortnik")),
 c("RUSC", ["Foreign Intelligence Service Director Sergei Naryshkov said that " + X1], ("Foreign Intelligence Service Director", "Sergei Naryshkov")),
 c("UA", ["Head of the Office of the President Andriy Yermak said that " + X1, "The Head of the Office added that " + X2], ("The Head of the Office", "Andriy Yermak")),
 c("UA", ["Deputy Head of the Office of the President Iryna Vereshchuk said that " + X1], ("Deputy Head of the Office", "Iryna Vereshchuk")),
 c("UA", ["Commander of the Ground Forces of the Armed Forces of Ukraine Oleksandr Syrsky said that " + X1, "The commander added that " + X2], ("Commander of the Ground", "Oleksandr Syrsky"), ("The commander added", "Oleksandr Syrsky")),
 c("UA", ["Chief of the General Staff of the Armed Forces of Ukraine Anatoliy Barhylevych said that " + X1], ("Chief of the General Staff", "Anatoliy Barhylevych")),
 c("UA", ["Ruslan Stefanko, Chairman of the Verkhovna Rada of Ukraine, said that " + X1, "The Speaker of Parliament added that " + X2], ("Ruslan Stefanko", "Ruslan Stefanko"), ("The Speaker of Parliament", "Ruslan Stefanko")),
 c("UA", ["Minister of Foreign Affairs Dmytro Kuleshov said that " + X1, "The head of Ukrainian diplomacy added that " + X2], ("The head of Ukrainian diplomacy", "Dmytro Kuleshov")),
 c("UADIP", ["Ambassador Extraordinary and Plenipotentiary of Japan to Ukraine Kenji Matsuda said that " + X1, "The diplomat added that " + X2], ("Ambassador Extraordinary", "Kenji Matsuda"), ("The diplomat", "Kenji Matsuda")),
 c("UADIP", ["Chargé d'Affaires of the United States in Ukraine Kristina Kvien said that " + X1], ("Chargé d'Affaires", "Kristina Kvien")),
 c("UADIP", ["Apostolic Nuncio to Ukraine Archbishop Visvaldas Kulbokas said that " + X1], ("Apostolic Nuncio", "Visvaldas Kulbokas")),
 c("US", ["Secretary of the Treasury Janet Yellin said that " + X1, "Treasury Secretary Yellin added that " + X2], ("Treasury Secretary Yellin", "Janet Yellin")),
 c("US", ["National Security Advisor Jake Sullins said that " + X1, "Mr. Sullins added that " + X2], ("Mr. Sullins", "Jake Sullins")),
 c("US", ["Special Presidential Envoy for Climate John Kerrigan said that " + X1, "Secretary Kerrigan added that " + X2], ("Secretary Kerrigan", "John Kerrigan")),
 c("US", ["Senior Advisor to the President for Energy and Infrastructure Amos Hochstein said that " + X1], ("Senior Advisor", "Amos Hochstein")),
 c("US", ["Assistant to the President and Homeland Security Advisor Liz Sherwood said that " + X1], ("Assistant to the President", "Liz Sherwood")),
 c("US", ["Chairman of the Joint Chiefs of Staff General Mark Milley said that " + X1, "The Chairman added that " + X2], ("Chairman of the Joint", "Mark Milley"), ("The Chairman added", "Mark Milley")),
 c("US", ["Governor of New York Kathy Hochul said that " + X1, "The Governor added that " + X2], ("The Governor added", "Kathy Hochul")),
 c("US", ["Mayor of Chicago Brandon Johnston said that " + X1], ("Mayor of Chicago", "Brandon Johnston")),
 c("USDIP", ["Defense Attaché Colonel Mark Dawson said that " + X1], ("Defense Attaché", "Mark Dawson")),
 c("RUREL", ["Catholicos of All Armenians Karekin II said that " + X1], ("Catholicos", "Karekin II")),
 c("RUREL", ["Chairman of the Federation of Jewish Communities of Russia Alexander Boroda said that " + X1], ("Chairman of the Federation", "Alexander Boroda")),
 c("RUREL", ["Head of the Russian Buddhist Traditional Sangha Pandito Hambo Lama Damba Ayusheyev said that " + X1], ("Head of the Russian", "Damba Ayusheyev")),
 c("RU", ["Deputy Prime Minister and Chief of the Government Staff Dmitry Grigorenko said that " + X1], ("Deputy Prime Minister", "Dmitry Grigorenko")),
 c("RU", ["Minister of Construction, Housing and Utilities Irek Faizullin said that " + X1], ("Minister of Construction", "Irek Faizullin")),
 c("RU", ["Minister of Labour and Social Protection Anton Kotyakin said that " + X1], ("Minister of Labour", "Anton Kotyakin")),
 c("RU", ["Minister for the Development of the Russian Far East and the Arctic Alexei Chekunkov said that " + X1], ("Minister for the Development", "Alexei Chekunkov")),
 c("RU", ["Minister of Natural Resources and Environment Alexander Kozlovsky said that " + X1], ("Minister of Natural", "Alexander Kozlovsky")),
 # things
 c("RU", ["The Kerch Strait Bridge was reopened to traffic.", "He noted that " + X2], ("He noted", VS), things=["Kerch Strait Bridge"]),
 c("RU", ["The Order of St. Andrew the Apostle was presented to the writer.", "The President said that " + X2], ("The President", VS), things=["Andrew"]),
 c("RU", ["The Alexander Nevsky Order was awarded to the general.", "He said that " + X2], ("He said", VS), things=["Alexander Nevsky"]),
 c("RU", ["The Yury Gagarin Cosmonaut Training Centre will be modernised.", "He said that " + X2], ("He said", VS), things=["Gagarin"]),
 c("RU", ["The Admiral Nakhimov Naval School held its graduation.", "He said that " + X2], ("He said", VS), things=["Nakhimov"]),
 c("RU", ["The Pyotr Veliky cruiser returned to Severomorsk.", "He said that " + X2], ("He said", VS), things=["Veliky"]),
 c("RU", ["The Tavrida Highway was opened.", "He said that " + X2], ("He said", VS), things=["Tavrida"]),
 c("RU", ["The Kazan Cathedral was restored.", "He said that " + X2], ("He said", VS), things=["Kazan Cathedral"]),
 c("UA", ["The Kyiv Pechersk Lavra was damaged by the strike.", "He said that " + X2], ("He said", OK), things=["Pechersk"]),
 c("UA", ["The Taras Shevchenko National University hosted the forum.", "He said that " + X2], ("He said", OK), things=["Shevchenko"]),
 c("UA", ["The Hetman Sahaidachny Army Academy held its graduation.", "He said that " + X2], ("He said", OK), things=["Sahaidachny"]),
 c("UA", ["The Bohdan Khmelnytsky Order was awarded to the brigade.", "He said that " + X2], ("He said", OK), things=["Khmelnytsky"]),
 c("US", ["The Robert F. Kennedy Memorial Stadium site will be redeveloped.", "He said that " + X2], ("He said", RH), things=["Kennedy"]),
 c("US", ["The Dwight D. Eisenhower Executive Office Building hosted the event.", "He said that " + X2], ("He said", RH), things=["Eisenhower"]),
 c("US", ["The Gordie Howe International Bridge will open next year.", "He said that " + X2], ("He said", RH), things=["Gordie Howe"]),
 c("US", ["The Brent Spence Bridge will be rebuilt.", "He said that " + X2], ("He said", RH), things=["Brent Spence"]),
]


def _same(want, got):
    if got is None:
        return False
    return want == got or (len(got) > 3 and (got.endswith(" " + want) or want.endswith(" " + got)) and got.split()[0].lower() in _TITLE_WORDS)


_TITLE_WORDS = {"patriarch", "metropolitan", "colonel", "his", "sheikh"}


def run(cases):
    rows, misses = [], 0
    for i, (setup, paras, exp, things) in enumerate(cases, 1):
        title, first = S[setup]
        body = first + "\n\n" + "\n\n".join(paras)
        att = attribute(body, (), title)
        start0 = len(first) + 2
        res, bad = [], []
        for frag, who in exp:
            got = speakers_over(att.statements, body, start0, frag)
            kind = miss_kind(who, got, _same)
            ok = not kind
            res.append((frag, who, got, kind))
            if not ok:
                bad.append(kind)
        if things:
            a = Attributor(body, (), title)
            a.run()
            names = [p.display_name for p in a.people.persons] + [s.name for s in att.speakers]
            made = things_made_people(names, things)
            if made:
                bad.append("thing as person")
                res.append(("(persons)", "no " + "/".join(things), made, "thing as person"))
        if bad:
            misses += 1
        rows.append((i, setup, paras, res, bad))
    return rows, misses


if __name__ == "__main__":
    for label, cases, path in (("main", CASES, out_path("offices")),
                               ("extra", EXTRA, out_path("offices") + ".extra")):
        rows, misses = run(cases)
        out = [{"i": i, "setup": s, "paras": p, "res": [[f, w, g, k] for f, w, g, k in r], "bad": b} for i, s, p, r, b in rows]
        json.dump(out, open(path, "w"), indent=0)
        print_misses(rows, misses, lambda row: f"{row[1]}: " + " / ".join(row[2]), label)
