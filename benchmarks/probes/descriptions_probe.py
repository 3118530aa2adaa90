"""Probe: descriptions and references resolved to the person meant (template readouts)."""
import json

from probe_check import engine_from_argv, miss_kind, out_path, print_misses, speakers_over

engine_from_argv()
from readout_tui.engine import attribute  # noqa: E402

# setup: (title, first paragraph); the people named in full with real titles
S = {
 "DE_PL": ("Talks with Prime Minister of Poland Marek Zalewski",
           "Federal Chancellor of Germany Karl Brenner held talks in Berlin with Prime Minister of Poland Marek Zalewski."),
 "TR_FR": ("Telephone conversation with President of France Claire Duval",
           "President of Turkey Kemal Arslan had a telephone conversation with President of France Claire Duval."),
 "IN_AE": ("Meeting with President of the United Arab Emirates",
           "Prime Minister of India Rajiv Mehta met with President of the United Arab Emirates Sheikh Hamad bin Saeed Al Nahyan in Abu Dhabi."),
 "RU_KZ": ("Telephone conversation with President of Kazakhstan Nurlan Abenov",
           "President of Russia Vladimir Sokolov had a telephone conversation with President of Kazakhstan Nurlan Abenov."),
 "RU_CN": ("Meeting with Premier of the State Council of China Li Wenhua",
           "Vladimir Sokolov met with Premier of the State Council of the People's Republic of China Li Wenhua, who is in Moscow on an official visit."),
 "FM":    ("Meeting of the foreign ministers of Germany and Poland",
           "Federal Minister for Foreign Affairs of Germany Anna Richter met in Warsaw with Minister of Foreign Affairs of Poland Piotr Nowak."),
 "FM2":   ("Meeting of the foreign ministers of Germany and Poland",
           "Minister of Foreign Affairs of Poland Piotr Nowak received Federal Minister for Foreign Affairs of Germany Anna Richter in Warsaw."),
 "DEF":   ("Readout of Secretary of Defense Robert Hale's meeting with Ukrainian Minister of Defence Oleksii Marchenko",
           "Secretary of Defense Robert Hale hosted Minister of Defence of Ukraine Oleksii Marchenko at the Pentagon today."),
 "SEC":   ("Secretary Linda Grant's meeting with Foreign Minister of Japan Hiroshi Tanaka",
           "Secretary of State Linda Grant met today with Foreign Minister of Japan Hiroshi Tanaka in Washington."),
 "AMB":   ("Meeting with Ambassador of Japan Kenji Sato",
           "Minister of Foreign Affairs of Ukraine Dmytro Bondar met with Ambassador of Japan to Ukraine Kenji Sato."),
 "GOV":   ("Meeting with Governor of the Tula Region Alexei Dyomin",
           "Vladimir Sokolov had a working meeting with Governor of the Tula Region Alexei Dyomin."),
 "SA":    ("Telephone conversation with Crown Prince of Saudi Arabia",
           "Vladimir Sokolov had a telephone conversation with Crown Prince and Prime Minister of the Kingdom of Saudi Arabia Faisal bin Nasser Al Saud."),
 "JO":    ("Meeting with King of Jordan Talal II",
           "President of Ukraine Oleksandr Kovalenko met with King of the Hashemite Kingdom of Jordan Talal II in Amman."),
 "QA":    ("Talks with Emir of Qatar",
           "Vladimir Sokolov held talks with Emir of the State of Qatar Sheikh Khalid bin Hamad Al Thani."),
 "WHO":   ("Meeting with Director-General of the World Health Organization",
           "President of Ukraine Oleksandr Kovalenko met with Director-General of the World Health Organization Dr. Amare Tesfaye."),
 "UA_DEL":("Meeting of the Ukrainian and Polish delegations",
           "Head of the Office of the President of Ukraine Andriy Melnyk, who leads the Ukrainian delegation, met with Head of the National Security Bureau of Poland Jacek Wolski."),
 "THREE": ("Trilateral meeting in Ankara",
           "President of Turkey Kemal Arslan hosted President of Azerbaijan Ilham Rzayev and President of France Claire Duval in Ankara."),
 "THREEF":("Meeting of foreign ministers",
           "Federal Minister for Foreign Affairs of Germany Anna Richter met with Minister for Foreign Affairs of Sweden Eva Lindqvist and Minister of Foreign Affairs of Poland Piotr Nowak."),
 "VISIT": ("Visit of the Prime Minister of India",
           "Prime Minister of India Rajiv Mehta arrived in Kyiv on an official visit. President of Ukraine Oleksandr Kovalenko welcomed him at the Mariinsky Palace."),
 "RU_FR": ("Telephone conversation with President of France Claire Duval",
           "Vladimir Sokolov had a telephone conversation with President of France Claire Duval."),
}

def c(setup, paras, *exp):
    return (setup, paras, list(exp))

KB, MZ = "Karl Brenner", "Marek Zalewski"
KA, CD = "Kemal Arslan", "Claire Duval"
RM, HN = "Rajiv Mehta", "Hamad bin Saeed Al Nahyan"
VS, NA = "Vladimir Sokolov", "Nurlan Abenov"
LW = "Li Wenhua"
AR, PN = "Anna Richter", "Piotr Nowak"
RH, OM = "Robert Hale", "Oleksii Marchenko"
LG, HT = "Linda Grant", "Hiroshi Tanaka"
DB, KS = "Dmytro Bondar", "Kenji Sato"
AD = "Alexei Dyomin"
FN = "Faisal bin Nasser Al Saud"
OK, T2 = "Oleksandr Kovalenko", "Talal II"
KT = "Khalid bin Hamad Al Thani"
AT = "Amare Tesfaye"
AM, JW = "Andriy Melnyk", "Jacek Wolski"
IR = "Ilham Rzayev"
EL = "Eva Lindqvist"

X1 = "stressed the importance of deepening cooperation in energy and transport."
X2 = "noted that bilateral trade had grown by a third last year."
X3 = "said that the two countries would continue to coordinate their positions in international organisations."

CASES = [
 # nationality + office / leader
 c("DE_PL", ["The German Chancellor " + X1], ("The German Chancellor", KB)),
 c("DE_PL", ["The Polish premier " + X2], ("The Polish premier", MZ)),
 c("DE_PL", ["The Polish Prime Minister " + X2], ("The Polish Prime Minister", MZ)),
 c("DE_PL", ["The German leader " + X3], ("The German leader", KB)),
 c("DE_PL", ["The Polish head of government " + X1], ("The Polish head of government", MZ)),
 c("DE_PL", ["The head of the German government " + X1], ("The head of the German government", KB)),
 c("DE_PL", ["The head of the Polish government " + X2], ("The head of the Polish government", MZ)),
 c("DE_PL", ["The Chancellor " + X1], ("The Chancellor", KB)),
 c("DE_PL", ["The Prime Minister " + X2], ("The Prime Minister", MZ)),
 c("DE_PL", ["Mr Brenner " + X1], ("Mr Brenner", KB)),
 c("DE_PL", ["Mr. Zalewski " + X2], ("Mr. Zalewski", MZ)),
 c("DE_PL", ["Chancellor Brenner " + X1], ("Chancellor Brenner", KB)),
 c("DE_PL", ["Prime Minister Zalewski " + X2], ("Prime Minister Zalewski", MZ)),
 c("DE_PL", ["Brenner " + X1], ("Brenner " + X1, KB)),
 c("DE_PL", ["Zalewski " + X2], ("Zalewski " + X2, MZ)),
 c("DE_PL", ["Germany's Chancellor " + X1], ("Germany's Chancellor", KB)),
 c("DE_PL", ["Poland's Prime Minister " + X2], ("Poland's Prime Minister", MZ)),
 c("DE_PL", ["Poland's premier " + X2], ("Poland's premier", MZ)),
 c("DE_PL", ["The Chancellor " + X1 + " His guest " + X2], ("The Chancellor", KB), ("His guest", MZ)),
 c("DE_PL", ["The host " + X1], ("The host", KB)),
 c("DE_PL", ["The guest " + X2], ("The guest", MZ)),
 c("DE_PL", ["The visiting Prime Minister " + X2], ("The visiting Prime Minister", MZ)),
 c("DE_PL", ["Karl Brenner " + X1 + " His Polish counterpart " + X2], ("Karl Brenner", KB), ("His Polish counterpart", MZ)),
 c("DE_PL", ["Karl Brenner " + X1 + " His counterpart " + X2], ("Karl Brenner", KB), ("His counterpart", MZ)),
 c("DE_PL", ["Karl Brenner " + X1 + " He also " + X2], ("Karl Brenner", KB), ("He also", KB)),
 c("DE_PL", ["Marek Zalewski " + X2 + " He " + X1], ("Marek Zalewski", MZ), ("He stressed", MZ)),
 c("DE_PL", ["The Chancellor " + X1 + " The Prime Minister, for his part, " + X2], ("The Chancellor", KB), ("The Prime Minister, for his part", MZ)),
 c("DE_PL", ["For his part, the Polish Prime Minister " + X2], ("For his part", MZ)),
 c("DE_PL", ["The two leaders " + X3], ("The two leaders", None)),
 c("DE_PL", ["Both leaders " + X1], ("Both leaders", None)),
 c("DE_PL", ["The two " + X3], ("The two", None)),
 c("DE_PL", ["The heads of government " + X3], ("The heads of government", None)),
 c("DE_PL", ["The German Chancellor and the Polish Prime Minister " + X3], ("The German Chancellor and", None)),
 c("DE_PL", ["“We have agreed to open two new border crossings,” the German Chancellor said."], ("We have agreed", KB)),
 c("DE_PL", ["“Poland is ready for this work,” said the Polish Prime Minister."], ("Poland is ready", MZ)),
 c("DE_PL", ["“Our countries are close partners,” Mr Zalewski said."], ("Our countries", MZ)),
 c("DE_PL", ["According to the German Chancellor, the two countries would soon sign an agreement on energy."], ("According to", KB)),
 c("DE_PL", ["According to the Polish premier, trade has never been higher."], ("According to", MZ)),
 c("DE_PL", ["The Chancellor " + X1, "The Prime Minister " + X2, "The former " + X3], ("The former", KB)),
 c("DE_PL", ["The Chancellor " + X1, "The Prime Minister " + X2, "The latter " + X3], ("The latter", MZ)),
 c("DE_PL", ["The German Chancellor thanked his Polish counterpart for the invitation and " + X1], ("The German Chancellor thanked", KB)),
 c("DE_PL", ["The Polish head of government invited the Chancellor to visit Warsaw."], ("The Polish head of government invited", MZ)),
 # Turkey / France (different genders)
 c("TR_FR", ["The Turkish leader " + X1], ("The Turkish leader", KA)),
 c("TR_FR", ["The French head of state " + X2], ("The French head of state", CD)),
 c("TR_FR", ["The French President " + X2], ("The French President", CD)),
 c("TR_FR", ["The Turkish President " + X1], ("The Turkish President", KA)),
 c("TR_FR", ["Mr Arslan " + X1], ("Mr Arslan", KA)),
 c("TR_FR", ["Ms. Duval " + X2], ("Ms. Duval", CD)),
 c("TR_FR", ["Mrs Duval " + X2], ("Mrs Duval", CD)),
 c("TR_FR", ["Madame Duval " + X2], ("Madame Duval", CD)),
 c("TR_FR", ["President Arslan " + X1], ("President Arslan", KA)),
 c("TR_FR", ["President Duval " + X2], ("President Duval", CD)),
 c("TR_FR", ["Kemal Arslan " + X1 + " She " + X2], ("Kemal Arslan", KA), ("She noted", CD)),
 c("TR_FR", ["Claire Duval " + X2 + " He " + X1], ("Claire Duval", CD), ("He stressed", KA)),
 c("TR_FR", ["Kemal Arslan " + X1, "She " + X2], ("She noted", CD)),
 c("TR_FR", ["The Turkish leader " + X1 + " She " + X2], ("She noted", CD)),
 c("TR_FR", ["Claire Duval " + X2 + " She also " + X1], ("She also", CD)),
 c("TR_FR", ["Kemal Arslan " + X1 + " He also " + X2], ("He also", KA)),
 c("TR_FR", ["Claire Duval thanked Kemal Arslan for his support. He " + X1], ("He stressed", KA)),
 c("TR_FR", ["Kemal Arslan thanked Claire Duval for her support. She " + X2], ("She noted", CD)),
 c("TR_FR", ["Kemal Arslan told his French counterpart that Turkey was ready to host a new round of talks."], ("Kemal Arslan told", KA)),
 c("TR_FR", ["The French President told her Turkish counterpart that France supported the initiative."], ("The French President told", CD)),
 c("TR_FR", ["The two Presidents " + X3], ("The two Presidents", None)),
 c("TR_FR", ["The Élysée " + X2], ("The Élysée", None)),
 c("TR_FR", ["The head of the French state " + X2], ("The head of the French state", CD)),
 c("TR_FR", ["France's President " + X2], ("France's President", CD)),
 c("TR_FR", ["Turkey's leader " + X1], ("Turkey's leader", KA)),
 c("TR_FR", ["The interlocutor of the Turkish President " + X2], ("The interlocutor of", CD)),
 c("TR_FR", ["“We must act together,” the French leader stressed."], ("We must act", CD)),
 c("TR_FR", ["“Turkey will do its part,” the Turkish leader said. “We are ready.”"], ("Turkey will", KA), ("We are ready", KA)),
 # India / UAE
 c("IN_AE", ["The Indian Prime Minister " + X1], ("The Indian Prime Minister", RM)),
 c("IN_AE", ["The Emirati President " + X2], ("The Emirati President", HN)),
 c("IN_AE", ["The Emirati leader " + X2], ("The Emirati leader", HN)),
 c("IN_AE", ["The UAE President " + X2], ("The UAE President", HN)),
 c("IN_AE", ["The President of the UAE " + X2], ("The President of the UAE", HN)),
 c("IN_AE", ["Sheikh Hamad " + X2], ("Sheikh Hamad", HN)),
 c("IN_AE", ["The Sheikh " + X2], ("The Sheikh", HN)),
 c("IN_AE", ["His Highness " + X2], ("His Highness", HN)),
 c("IN_AE", ["Mr Mehta " + X1], ("Mr Mehta", RM)),
 c("IN_AE", ["Prime Minister Mehta " + X1], ("Prime Minister Mehta", RM)),
 c("IN_AE", ["India's Prime Minister " + X1], ("India's Prime Minister", RM)),
 c("IN_AE", ["The Indian leader " + X1], ("The Indian leader", RM)),
 c("IN_AE", ["The Prime Minister of India " + X1], ("The Prime Minister of India", RM)),
 c("IN_AE", ["The head of the Indian government " + X1], ("The head of the Indian government", RM)),
 c("IN_AE", ["The visiting Prime Minister " + X1], ("The visiting Prime Minister", RM)),
 c("IN_AE", ["The host " + X2], ("The host", HN)),
 c("IN_AE", ["The guest " + X1], ("The guest", RM)),
 c("IN_AE", ["The Emirati President welcomed the Indian Prime Minister and " + X2], ("The Emirati President welcomed", HN)),
 c("IN_AE", ["The UAE leader " + X2 + " The Indian Prime Minister " + X1], ("The UAE leader", HN), ("The Indian Prime Minister", RM)),
 # Russia / Kazakhstan
 c("RU_KZ", ["The Kazakh President " + X2], ("The Kazakh President", NA)),
 c("RU_KZ", ["Kazakhstan's leader " + X2], ("Kazakhstan's leader", NA)),
 c("RU_KZ", ["The Kazakhstani leader " + X2], ("The Kazakhstani leader", NA)),
 c("RU_KZ", ["The Kazakhstan President " + X2], ("The Kazakhstan President", NA)),
 c("RU_KZ", ["The President of Kazakhstan " + X2], ("The President of Kazakhstan", NA)),
 c("RU_KZ", ["The head of the Kazakh state " + X2], ("The head of the Kazakh state", NA)),
 c("RU_KZ", ["The Kremlin leader " + X1], ("The Kremlin leader", VS)),
 c("RU_KZ", ["The Russian President " + X1], ("The Russian President", VS)),
 c("RU_KZ", ["The Russian leader " + X1], ("The Russian leader", VS)),
 c("RU_KZ", ["The head of the Russian state " + X1], ("The head of the Russian state", VS)),
 c("RU_KZ", ["The Russian President's interlocutor " + X2], ("The Russian President's interlocutor", NA)),
 c("RU_KZ", ["The interlocutor " + X2], ("The interlocutor", NA)),
 c("RU_KZ", ["Vladimir Sokolov " + X1 + " His interlocutor " + X2], ("His interlocutor", NA)),
 c("RU_KZ", ["Vladimir Sokolov " + X1 + " His Kazakh counterpart " + X2], ("His Kazakh counterpart", NA)),
 c("RU_KZ", ["Nurlan Abenov " + X2 + " The Russian President, in turn, " + X1], ("The Russian President, in turn", VS)),
 c("RU_KZ", ["Nurlan Abenov " + X2 + " He " + X1], ("He stressed", NA)),
 c("RU_KZ", ["Nurlan Abenov thanked Vladimir Sokolov for the congratulations. He " + X1], ("He stressed", NA)),
 c("RU_KZ", ["The Kazakh President thanked his Russian counterpart for the assistance and " + X2], ("The Kazakh President thanked", NA)),
 c("RU_KZ", ["Mr Abenov " + X2], ("Mr Abenov", NA)),
 c("RU_KZ", ["The heads of state " + X3], ("The heads of state", None)),
 c("RU_KZ", ["The Presidents " + X3], ("The Presidents", None)),
 c("RU_KZ", ["The Kremlin " + X1], ("The Kremlin", None)),
 # China
 c("RU_CN", ["The head of the Chinese government " + X2], ("The head of the Chinese government", LW)),
 c("RU_CN", ["The Chinese Premier " + X2], ("The Chinese Premier", LW)),
 c("RU_CN", ["China's Premier " + X2], ("China's Premier", LW)),
 c("RU_CN", ["The Premier of the State Council " + X2], ("The Premier of the State Council", LW)),
 c("RU_CN", ["The Premier " + X2], ("The Premier", LW)),
 c("RU_CN", ["The Chinese guest " + X2], ("The Chinese guest", LW)),
 c("RU_CN", ["The guest " + X2], ("The guest", LW)),
 c("RU_CN", ["Premier Li " + X2], ("Premier Li", LW)),
 c("RU_CN", ["Mr Li " + X2], ("Mr Li", LW)),
 c("RU_CN", ["The Russian President " + X1 + " The Chinese Premier " + X2], ("The Russian President", VS), ("The Chinese Premier", LW)),
 # foreign ministers (female / male)
 c("FM", ["Germany's top diplomat " + X1], ("Germany's top diplomat", AR)),
 c("FM", ["Poland's foreign minister " + X2], ("Poland's foreign minister", PN)),
 c("FM", ["The German Foreign Minister " + X1], ("The German Foreign Minister", AR)),
 c("FM", ["The Polish Foreign Minister " + X2], ("The Polish Foreign Minister", PN)),
 c("FM", ["The German minister " + X1], ("The German minister", AR)),
 c("FM", ["The Polish minister " + X2], ("The Polish minister", PN)),
 c("FM", ["The head of German diplomacy " + X1], ("The head of German diplomacy", AR)),
 c("FM", ["The head of the Polish Foreign Ministry " + X2], ("The head of the Polish Foreign Ministry", PN)),
 c("FM", ["Ms. Richter " + X1], ("Ms. Richter", AR)),
 c("FM", ["Ms Richter " + X1], ("Ms Richter", AR)),
 c("FM", ["Mr. Nowak " + X2], ("Mr. Nowak", PN)),
 c("FM", ["Minister Richter " + X1], ("Minister Richter", AR)),
 c("FM", ["Foreign Minister Nowak " + X2], ("Foreign Minister Nowak", PN)),
 c("FM", ["The visiting minister " + X1], ("The visiting minister", AR)),
 c("FM", ["The guest " + X1], ("The guest", AR)),
 c("FM", ["The host " + X2], ("The host", PN)),
 c("FM", ["Anna Richter " + X1 + " Her counterpart " + X2], ("Her counterpart", PN)),
 c("FM", ["Anna Richter " + X1 + " Her Polish counterpart " + X2], ("Her Polish counterpart", PN)),
 c("FM", ["Piotr Nowak " + X2 + " His German counterpart " + X1], ("His German counterpart", AR)),
 c("FM", ["Anna Richter " + X1 + " She " + X2], ("She noted", AR)),
 c("FM", ["Anna Richter " + X1 + " He " + X2], ("He noted", PN)),
 c("FM", ["Piotr Nowak " + X2 + " She " + X1], ("She stressed", AR)),
 c("FM", ["The German Foreign Minister " + X1, "The Polish Foreign Minister " + X2, "The former " + X3], ("The former", AR)),
 c("FM", ["The German Foreign Minister " + X1, "The Polish Foreign Minister " + X2, "The latter " + X3], ("The latter", PN)),
 c("FM", ["The two ministers " + X3], ("The two ministers", None)),
 c("FM", ["Both ministers " + X3], ("Both ministers", None)),
 c("FM", ["The Minister " + X2], ("The Minister", None)),  # two ministers: ambiguous
 c("FM2", ["The visiting minister " + X1], ("The visiting minister", AR)),
 c("FM2", ["The guest " + X1], ("The guest", AR)),
 c("FM2", ["The host " + X2], ("The host", PN)),
 c("FM2", ["The Polish minister welcomed his guest and " + X2], ("The Polish minister welcomed", PN)),
 # defence
 c("DEF", ["The Pentagon chief " + X1], ("The Pentagon chief", RH)),
 c("DEF", ["The head of the Pentagon " + X1], ("The head of the Pentagon", RH)),
 c("DEF", ["The US Secretary of Defense " + X1], ("The US Secretary of Defense", RH)),
 c("DEF", ["The U.S. Secretary of Defense " + X1], ("The U.S. Secretary of Defense", RH)),
 c("DEF", ["The Secretary " + X1], ("The Secretary", RH)),
 c("DEF", ["Secretary Hale " + X1], ("Secretary Hale", RH)),
 c("DEF", ["The Ukrainian minister " + X2], ("The Ukrainian minister", OM)),
 c("DEF", ["The Minister " + X2], ("The Minister", OM)),
 c("DEF", ["Minister Marchenko " + X2], ("Minister Marchenko", OM)),
 c("DEF", ["The Ukrainian Defence Minister " + X2], ("The Ukrainian Defence Minister", OM)),
 c("DEF", ["Ukraine's defence minister " + X2], ("Ukraine's defence minister", OM)),
 c("DEF", ["The head of the Ukrainian Defence Ministry " + X2], ("The head of the Ukrainian Defence Ministry", OM)),
 c("DEF", ["The visiting minister " + X2], ("The visiting minister", OM)),
 c("DEF", ["The Secretary " + X1 + " His Ukrainian counterpart " + X2], ("The Secretary", RH), ("His Ukrainian counterpart", OM)),
 c("DEF", ["Secretary Hale reaffirmed the unwavering support of the United States for Ukraine. The Minister " + X2], ("Secretary Hale", RH), ("The Minister", OM)),
 c("DEF", ["The Pentagon " + X1], ("The Pentagon", None)),
 # secretary of state (female)
 c("SEC", ["The Secretary " + X1], ("The Secretary", LG)),
 c("SEC", ["Secretary Grant " + X1], ("Secretary Grant", LG)),
 c("SEC", ["The Secretary " + X1 + " She " + X3], ("She said", LG)),
 c("SEC", ["The Secretary " + X1 + " He " + X2], ("He noted", HT)),
 c("SEC", ["The Foreign Minister " + X2], ("The Foreign Minister", HT)),
 c("SEC", ["The Japanese Foreign Minister " + X2], ("The Japanese Foreign Minister", HT)),
 c("SEC", ["The Secretary and the Foreign Minister " + X3], ("The Secretary and", None)),
 c("SEC", ["The U.S. Secretary of State " + X1], ("The U.S. Secretary of State", LG)),
 c("SEC", ["America's top diplomat " + X1], ("America's top diplomat", LG)),
 # ambassador
 c("AMB", ["The Ambassador " + X2], ("The Ambassador", KS)),
 c("AMB", ["The Japanese Ambassador " + X2], ("The Japanese Ambassador", KS)),
 c("AMB", ["The Japanese diplomat " + X2], ("The Japanese diplomat", KS)),
 c("AMB", ["Ambassador Sato " + X2], ("Ambassador Sato", KS)),
 c("AMB", ["The Minister " + X1], ("The Minister", DB)),
 c("AMB", ["The head of the Ukrainian Foreign Ministry " + X1], ("The head of the Ukrainian Foreign Ministry", DB)),
 c("AMB", ["The Minister " + X1 + " The Ambassador " + X2], ("The Minister", DB), ("The Ambassador", KS)),
 # governor
 c("GOV", ["The Governor " + X2], ("The Governor", AD)),
 c("GOV", ["The governor " + X2], ("The governor", AD)),
 c("GOV", ["The head of the region " + X2], ("The head of the region", AD)),
 c("GOV", ["The President " + X1], ("The President", VS)),
 c("GOV", ["The head of state " + X1], ("The head of state", VS)),
 c("GOV", ["Mr Dyomin " + X2], ("Mr Dyomin", AD)),
 c("GOV", ["The Governor " + X2 + " The President " + X1], ("The Governor", AD), ("The President", VS)),
 c("GOV", ["The Governor reported on the region's social and economic development. He " + X2], ("He noted", AD)),
 c("GOV", ["Alexei Dyomin " + X2 + " The head of state " + X1], ("The head of state", VS)),
 # crown prince
 c("SA", ["The Crown Prince " + X2], ("The Crown Prince", FN)),
 c("SA", ["The Saudi Crown Prince " + X2], ("The Saudi Crown Prince", FN)),
 c("SA", ["His Royal Highness " + X2], ("His Royal Highness", FN)),
 c("SA", ["The Saudi leader " + X2], ("The Saudi leader", FN)),
 c("SA", ["The Russian President " + X1 + " The Crown Prince " + X2], ("The Crown Prince", FN)),
 c("SA", ["Vladimir Sokolov " + X1 + " Faisal bin Nasser Al Saud, in turn, " + X2], ("Faisal bin Nasser Al Saud, in turn", FN)),
 c("SA", ["Vladimir Sokolov " + X1 + " The Saudi Prime Minister " + X2], ("The Saudi Prime Minister", FN)),
 # king
 c("JO", ["His Majesty " + X2], ("His Majesty", T2)),
 c("JO", ["The King " + X2], ("The King", T2)),
 c("JO", ["The Jordanian King " + X2], ("The Jordanian King", T2)),
 c("JO", ["The Jordanian monarch " + X2], ("The Jordanian monarch", T2)),
 c("JO", ["King Talal " + X2], ("King Talal", T2)),
 c("JO", ["The Ukrainian President " + X1], ("The Ukrainian President", OK)),
 c("JO", ["The Head of State " + X1], ("The Head of State", OK)),
 c("JO", ["The Ukrainian President " + X1 + " His Majesty " + X2], ("His Majesty", T2)),
 c("JO", ["The host " + X2], ("The host", T2)),
 c("JO", ["The guest " + X1], ("The guest", OK)),
 # emir
 c("QA", ["The Emir " + X2], ("The Emir", KT)),
 c("QA", ["The Emir of Qatar " + X2], ("The Emir of Qatar", KT)),
 c("QA", ["The Qatari Emir " + X2], ("The Qatari Emir", KT)),
 c("QA", ["The Qatari leader " + X2], ("The Qatari leader", KT)),
 c("QA", ["His Highness " + X2], ("His Highness", KT)),
 c("QA", ["Sheikh Khalid " + X2], ("Sheikh Khalid", KT)),
 c("QA", ["The Sheikh " + X2], ("The Sheikh", KT)),
 c("QA", ["Vladimir Sokolov " + X1 + " The Emir " + X2], ("The Emir", KT)),
 c("QA", ["The Emir " + X2 + " The Russian President " + X1], ("The Russian President", VS)),
 # WHO
 c("WHO", ["Dr. Tesfaye " + X2], ("Dr. Tesfaye", AT)),
 c("WHO", ["Dr Tesfaye " + X2], ("Dr Tesfaye", AT)),
 c("WHO", ["The WHO Director-General " + X2], ("The WHO Director-General", AT)),
 c("WHO", ["The Director-General " + X2], ("The Director-General", AT)),
 c("WHO", ["The head of the WHO " + X2], ("The head of the WHO", AT)),
 c("WHO", ["Mr Tesfaye " + X2], ("Mr Tesfaye", AT)),
 c("WHO", ["Tesfaye " + X2], ("Tesfaye " + X2, AT)),
 c("WHO", ["The President " + X1 + " Dr. Tesfaye " + X2], ("The President", OK), ("Dr. Tesfaye", AT)),
 # delegations
 c("UA_DEL", ["The Ukrainian side's head " + X1], ("The Ukrainian side's head", AM)),
 c("UA_DEL", ["The head of the Ukrainian delegation " + X1], ("The head of the Ukrainian delegation", AM)),
 c("UA_DEL", ["The head of the Polish delegation " + X2], ("The head of the Polish delegation", JW)),
 c("UA_DEL", ["The Ukrainian side " + X1], ("The Ukrainian side", None)),
 c("UA_DEL", ["The Head of the Office " + X1], ("The Head of the Office", AM)),
 c("UA_DEL", ["The Head of the President's Office " + X1], ("The Head of the President's Office", AM)),
 c("UA_DEL", ["Andriy Melnyk " + X1 + " Jacek Wolski, for his part, " + X2], ("Jacek Wolski, for his part", JW)),
 c("UA_DEL", ["The Polish official " + X2], ("The Polish official", JW)),
 # three people
 c("THREE", ["The Azerbaijani President " + X2], ("The Azerbaijani President", IR)),
 c("THREE", ["The Azerbaijani leader " + X2], ("The Azerbaijani leader", IR)),
 c("THREE", ["The French President " + X2], ("The French President", CD)),
 c("THREE", ["The host " + X1], ("The host", KA)),
 c("THREE", ["The Turkish President " + X1 + " His Azerbaijani counterpart " + X2], ("His Azerbaijani counterpart", IR)),
 c("THREE", ["Kemal Arslan " + X1 + " Ilham Rzayev " + X2 + " She " + X3], ("She said", CD)),
 c("THREE", ["Claire Duval " + X1 + " Ilham Rzayev " + X2 + " He " + X3], ("He said", IR)),
 c("THREE", ["The three leaders " + X3], ("The three leaders", None)),
 c("THREE", ["The three Presidents " + X3], ("The three Presidents", None)),
 c("THREE", ["All three leaders " + X3], ("All three leaders", None)),
 c("THREE", ["The guests " + X3], ("The guests", None)),
 c("THREEF", ["The Swedish minister " + X2], ("The Swedish minister", EL)),
 c("THREEF", ["Sweden's foreign minister " + X2], ("Sweden's foreign minister", EL)),
 c("THREEF", ["Anna Richter " + X1 + " Eva Lindqvist " + X2 + " She also " + X3], ("She also", EL)),
 c("THREEF", ["Piotr Nowak " + X2 + " Anna Richter " + X1 + " He " + X3], ("He said", PN)),
 c("THREEF", ["Ms. Lindqvist " + X2], ("Ms. Lindqvist", EL)),
 # visit
 c("VISIT", ["The guest " + X1], ("The guest", RM)),
 c("VISIT", ["The host " + X2], ("The host", OK)),
 c("VISIT", ["The Ukrainian President " + X2], ("The Ukrainian President", OK)),
 c("VISIT", ["The Indian guest " + X1], ("The Indian guest", RM)),
 c("VISIT", ["The distinguished guest " + X1], ("The distinguished guest", RM)),
 c("VISIT", ["The Indian Prime Minister " + X1 + " The President " + X2], ("The President", OK)),
 # Russia / France with female
 c("RU_FR", ["The French leader " + X2], ("The French leader", CD)),
 c("RU_FR", ["The Russian President " + X1 + " She " + X2], ("She noted", CD)),
 c("RU_FR", ["Claire Duval " + X2 + " Vladimir Sokolov " + X1 + " She " + X3], ("She said", CD)),
 c("RU_FR", ["Mrs. Duval " + X2], ("Mrs. Duval", CD)),
 c("RU_FR", ["The President of France " + X2], ("The President of France", CD)),
 c("RU_FR", ["The French side " + X2], ("The French side", None)),
]


def run(cases):
    rows, misses = [], 0
    for i, (setup, paras, exp) in enumerate(cases, 1):
        title, first = S[setup]
        body = first + "\n\n" + "\n\n".join(paras)
        att = attribute(body, (), title)
        start0 = len(first) + 2
        res = []
        bad = []
        for frag, who in exp:
            got = speakers_over(att.statements, body, start0, frag)
            kind = miss_kind(who, got)
            ok = not kind
            res.append((frag, who, got, kind))
            if not ok:
                bad.append(kind)
        if bad:
            misses += 1
        rows.append((i, setup, paras, res, bad))
    return rows, misses


if __name__ == "__main__":
    rows, misses = run(CASES)
    out = [{"i": i, "setup": s, "paras": p, "res": [[f, w, g, k] for f, w, g, k in r], "bad": b} for i, s, p, r, b in rows]
    json.dump(out, open(out_path("descriptions"), "w"), indent=0)
    print_misses(rows, misses, lambda row: f"{row[1]}: " + " / ".join(row[2]))
