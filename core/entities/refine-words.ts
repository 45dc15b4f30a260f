/**
 * The word lists and patterns that refine.ts reads names by: titles and roles, legal forms and trades of
 * companies, head words of institutions, bodies and places, and the words around a name that tell its
 * kind. Kept apart so that refine.ts holds the passes and this file what they look for.
 */
import { escapeRegExp } from '../text/escape-regexp';
import { wordSet } from './names';

/** Degrees and professional credentials written after a name, without their dots. */
export const CREDENTIALS = wordSet(
  'phd md do rd rdn ldn cdn cdces cde mph msc ms ma mba jd esq rn bsn msn np aprn pa pac pharmd dds dmd dvm lcsw lmft psyd edd cpa cfa facs facp frcp frcs faan cssd cscs obe mbe cbe kbe qc kc',
);
export const TRADEMARK_END = /[®™℠]+$/u;
/** What a sentence says of a company's stock, which the tagger may run into its name ("Shares of BA fell"). */
export const HOLDING_BEFORE_NAME = /^(?:Shares|Stock|Stocks|Bonds) (?:of|in) (?=\p{Lu})/u;
/**
 * Words that open a sentence or clause and never a name: connectives, and the imperatives of asides and
 * calls to action ("(See Facebook's own description…)", "Follow Reuters on X").
 */
export const LEADING_CONNECTIVES = wordSet(
  'former about although though however while whereas because since unless whenever meanwhile moreover furthermore nevertheless nonetheless additionally also but yet thus hence therefore instead indeed perhaps unlike despite according then now see read visit watch follow click contact subscribe download',
);
/** Last words of newspaper names. */
export const NEWSPAPER_TITLES = wordSet(
  'Times Post Register Tribune Herald Gazette Journal Chronicle Inquirer Courier Dispatch Telegraph Observer Examiner Enquirer Sentinel Bulletin Star-Ledger Post-Gazette Star-Tribune Democrat-Gazette Journal-Constitution',
);
/** Words before a name that are titles or roles, not part of the name. */
export const TITLES = wordSet(
  'president vice prime minister secretary senator sen. representative rep. governor gov. mayor judge justice king queen prince princess pope bishop cardinal rev. father sister brother saint st. mr. mrs. ms. dr. mr mrs ms dr prof. professor general gen. colonel col. captain capt. lieutenant lt. sergeant sgt. admiral commander chief officer detective agent director chair chairman chairwoman chairperson ceo coach lord lady sir dame emperor empress sheikh ayatollah imam rabbi chancellor ambassador commissioner speaker leader founder spokesman spokeswoman minister president-elect former late deputy acting the a an and or of in on at by for with from to said says told',
);
/** Titles stripped from the front of a person's name (a subset of TITLES: words that are never a first name). */
export const STRIPPED_TITLES = wordSet(
  // With and without their full stops, as British copy writes them ("Prof Sean Gulick", "Insp Sawers").
  'president senator sen. representative rep. governor gov. mayor judge justice pope patriarch archbishop bishop cardinal rev. rev reverend mr. mrs. ms. dr. mr mrs ms miss dr prof prof. insp det supt cllr sgt lt col capt maj cpl mp mep msp professor gen. colonel col. captain capt. lieutenant lt. sergeant sgt. admiral commander detective chair chairman chairwoman chairperson ceo coach lord lady sir dame emperor empress sheikh ayatollah imam rabbi chancellor ambassador commissioner speaker minister secretary',
);
/**
 * Titles that may stand inside a mention's opening words, after a word of the sentence, a party or a rank
 * the tagger took in with the name: "Even Mr Khan", "Labour MP Ian Murray", "Patrol Captain Ron Johnson",
 * "First Lady Michelle Obama".
 */
export const INNER_TITLES = new Set([...STRIPPED_TITLES, 'mla', 'qc']);
/**
 * A monarch's or a head of government's title, stripped only from a person's name and only before it
 * ("King Louis XV", "Tsar Aleksei I", "Premier Zhou Enlai"): not inside one ("Martin Luther King Jr"),
 * and not from a body's or a place's ("Premier Inn", "King Power Stadium").
 */
export const RULERS_TITLES = wordSet('king queen tsar czar tsarina czarina tsarevna tsarevich sultan emir premier');
/** Works and characters named with a ruler's title, which keep it. */
export const WORKS_NAMED_FOR_RULERS = new Set(['King Kong', 'King Lear', 'Queen Latifah']);
/** Titles given to anyone, which only a person's name follows ("Mrs Hampton", "Mr. Washington"). */
export const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr']);
/** The United Kingdom's nations and Ireland, which bodies are named for ("Police Scotland", "Natural England"). */
export const NATIONS = new Set(['England', 'Scotland', 'Wales', 'Ireland']);
// Legal forms of many countries (GmbH, S.p.A., N.V.…); not "SE", "AB" or "SAS", also a compass point,
// a province and an airline. These end a company's name wherever it is found (COMPANY_END below).
export const LEGAL_FORMS = wordSet(
  'Inc Inc. Corp Corp. Co. Ltd Ltd. LLC LLP PLC plc AG SA S.A. NV N.V. BV B.V. GmbH KGaA SpA S.p.A. SRL Srl S.r.l. ASA Oyj Pty Bhd Tbk Group Holdings',
);
/** Words after a name that make it a company's; "Co", "Plc", "Bancorp" and the European "SE" only in this role. */
export const COMPANY_SUFFIXES = new Set([...LEGAL_FORMS, 'Co', 'Plc', 'Bancorp', 'SE']);
/** Capitalized titles after which a name follows ("President Xi Jinping", "Sen. Elizabeth Warren"). */
export const PERSON_TITLES = wordSet(
  'President Chancellor Secretary Minister Senator Sen. Rep. Representative Gov. Governor Mayor Judge Justice Pope King Queen Prince Princess Gen. General Col. Colonel Lt. Sgt. Adm. Admiral Capt. Dr. Mr. Mrs. Ms. Dr Mr Mrs Ms Prof. Professor Sheikh Ayatollah Cardinal Patriarch Metropolitan Archbishop Bishop Rev. Reverend Premier Ambassador Commissioner CEO Chairman Chairwoman Coach Director Detective Officer Inspector Spokesman Spokeswoman',
);
export const NAME_WORD = /^\p{Lu}[\p{L}'’.]*$/u;
/** A capitalized word as a regular expression's source, a hyphenated one included ("Jae-myung", "Bankman-Fried"). */
export const CAPITALIZED_WORD = '\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?';
/** Words that go on a title opened by "Chief" ("Chief Executive Officer", "Chief Financial Officer"). */
export const TITLE_AFTER_CHIEF = wordSet('Executive Financial Operating Technology Officer');
/** Titles a place's name can stand before: "Colorado Attorney General", "Texas Gov.". */
export const TRAILING_TITLES = wordSet(
  'Attorney Secretary Minister Governor Gov. Mayor Senator Sen. Rep. Representative President Premier Chancellor Ambassador Commissioner Sheriff Treasurer Comptroller',
);
/** Suffixes that also end other names, so one word before them at a sentence start is not enough. */
export const WEAK_COMPANY_SUFFIXES = wordSet('Group Holdings Co Co.');
/** A name that ends in a legal form ("Goldman Sachs Group Inc."). */
export const COMPANY_END = new RegExp(`\\b(?:${[...LEGAL_FORMS].map(escapeRegExp).join('|')})$`);
/** Head words that end an institution's name ("Columbia University", "British Library"). */
export const INSTITUTION_END =
  /\b(?:University|College|School|Institute|Library|Museum|Hospital|Foundation|Association|Society|Academy|Council|Agency|Commission|Committee|Ministry|Department|Bank|Company|Corporation)$/;
/** Last words of a government body's name besides INSTITUTION_END's: "Foreign Office", "Border Force". */
export const BODY_END = /\b(?:Office|Bureau|Service|Authority|Board|Court|Force|Police|Army|Administration)$/;
/** A body named for what it deals with: "Department of Forestry", "Ministry of Culture". */
export const DEPARTMENT_OF = /\b(?:Department|Ministry|Office|Bureau|Secretary|Minister) of \p{Lu}[\p{L}-]*$/u;
/** Last words that make a name a place's: buildings, works, and features of the land. */
export const PLACE_HEADS = wordSet(
  'Mansion Bridge Tube Tunnel Avenue Boulevard Square Airport Station Cathedral Stadium Island Islands Peninsula Canyon Valley River Mountains Desert Gulf Harbour Harbor Palace Abbey Monastery Highway Freeway Falls Heights Palisades Coast Springs Shoal Shoals Atoll Archipelago Glacier Volcano Plateau Lagoon Reef Dam Canal Strip Corridor Basin',
);
/** Place heads that also name the body of people there, kept as an organization when typed one. */
export const PLACE_HEADS_OF_BODIES = wordSet('Cathedral Abbey Monastery Tube');
/** Known organizations whose names are also English words, not taken at a sentence's start. */
export const ORGANIZATIONS_ALSO_WORDS = wordSet('apple meta oracle zoom canon alphabet snowflake adobe chevron');
/** Head words of a body's name that the tagger can keep alone ("Ministry" of "Defence Ministry"). */
export const ORG_HEAD_ALONE = wordSet('Ministry Department Office Agency Council Committee Commission');
/** Last words of a company's name that say its trade ("Alaska Airlines", "Toyota Motor"). */
/**
 * Trade words that end a company's name and nothing else's, like a legal form: the capitalized words before
 * one are the company ("British Airways", "General Motors", "Teva Pharmaceuticals"), where the tagger found
 * nothing.
 */
export const COMPANY_TRADE_SUFFIXES = wordSet(
  'Airways Airlines Motors Pharmaceuticals Petroleum Telecom Telecommunications Semiconductors Therapeutics Biosciences',
);
export const COMPANY_TRADES = wordSet(
  'Platforms Retail Energy Airlines Airways Motor Motors Pharmaceuticals Pharma Industries Technologies Communications Entertainment Electronics Semiconductor Semiconductors Telecom Telecommunications Petroleum Insurance Securities Logistics Therapeutics Biosciences Robotics Laboratories Foods Brands Minerals Mining Railways Rail Shipping Utilities Instruments Chemicals Healthcare',
);
/** Last words of a public body's name that no place's name ends in ("Earls Court" does, so no Court). */
export const FORCE_HEADS = wordSet('Police Army Navy Force Administration Authority Bureau Service Board Survey');
/** Last words of a party's name, which is its members' ("Christian Democrats", "Free Democrats"). */
export const PARTY_HEADS = wordSet('Democrats Republicans Socialists Conservatives Liberals Greens Nationalists');
/** A region's kind written after its name, in lowercase: "Miyazaki prefecture", "Helmand province". */
export const REGION_AFTER = /^\s+(?:prefecture|province|governorate|oblast|canton)\b/;
/**
 * A place's kind written before its name, in lowercase: "the town of Mai Mahiu", "the island of Java" (not
 * "state": "the state of Linux usability").
 */
export const PLACE_KINDS = wordSet('town city village province district region county island');
export const PLACE_KIND_BEFORE = new RegExp(`\\b(?:${[...PLACE_KINDS].join('|')}) of $`);
/**
 * A body's kind written after its name, in lowercase: "Morena party", "Wagner group" (not "movement": "the
 * Fluxus movement" is art).
 */
/**
 * Words before a title inside a person's name, and the title: "JPMorgan Chase CEO " of "… Jamie Dimon", "US
 * Secretary of State " of "… Dean Acheson".
 */
export const INNER_TITLE =
  /^(?:\S+\s+)+?(?:CEO|Chairman|Chairwoman|President|Minister|Secretary|Governor|Mayor)(?:\s+of\s+(?:the\s+)?\p{Lu}\p{Ll}+)?\s+(?=\p{Lu}\S*\s+\p{Lu})/u;
/** A player's position after a club's name, in lowercase: "the Al Nassr forward", "Arsenal midfielder". */
export const POSITION_AFTER = /^\s+(?:forward|striker|midfielder|defender|goalkeeper|winger|playmaker)\b/;
export const BODY_AFTER = /^\s+(?:party|militia|group)\b/;
/** Places whose names begin with "The" wherever they stand. */
export const NAMES_WITH_THE = new Set(['The Hague', 'The Gambia', 'The Bahamas', 'The Netherlands']);
/** What follows a name that is part of a term rather than an entity: "'s disease", " syndrome". */
export const NAMED_TERM_AFTER = /^(?: ?['’]s)?\s+(?:disease|syndrome|palsy)\b/;
/** Words that end or begin a sports club's name. */
export const CLUB_LAST_WORDS = wordSet(
  'United FC F.C. AFC Rovers Wanderers Hotspur Albion Athletic Athletics Rangers Thistle',
);
/**
 * Nicknames of North American professional teams, written after their city ("Boston Celtics", "Green Bay
 * Packers"). A place before one of them names the team.
 */
export const TEAM_NICKNAMES = new Set([
  ...'Yankees Mets Dodgers Giants Cubs Astros Braves Phillies Padres Mariners Orioles Rays Twins Guardians Tigers Royals Angels Brewers Reds Pirates Rockies Diamondbacks Marlins Nationals Cardinals'.split(
    ' ',
  ),
  ...'Lakers Celtics Warriors Knicks Nets Bulls Heat Bucks Clippers Suns Mavericks Nuggets Thunder Timberwolves Grizzlies Pelicans Spurs Rockets Jazz Kings Hawks Hornets Cavaliers Pistons Pacers Magic Raptors 76ers Wizards'.split(
    ' ',
  ),
  ...'Chiefs Cowboys Eagles Patriots Packers Steelers 49ers Bills Ravens Rams Chargers Raiders Broncos Seahawks Jets Dolphins Bears Lions Vikings Saints Falcons Panthers Buccaneers Texans Titans Colts Jaguars Browns Bengals Commanders'.split(
    ' ',
  ),
  ...'Canadiens Bruins Oilers Flames Canucks Penguins Flyers Capitals Blackhawks Avalanche Lightning Predators Hurricanes Islanders Devils Sabres Senators Blues Sharks Kraken Ducks'.split(
    ' ',
  ),
  'Red Sox',
  'White Sox',
  'Blue Jays',
  'Trail Blazers',
  'Maple Leafs',
  'Red Wings',
  'Golden Knights',
]);
export const CLUB_FIRST_WORDS = wordSet(
  // "Dynamo Kiev", "Steaua Bucharest", "Borussia Monchengladbach", "Sporting Lisbon": a club's word, then its
  // town, which the tagger reads as a person or the town.
  'FC AFC AC SC CF Dynamo Dinamo Lokomotiv Spartak Steaua Legia Borussia Olympique Sporting Atletico Atlético Deportivo Werder Eintracht Hertha Fortuna',
);
/**
 * Head words that open an institution's name in languages that put the head first ("Banco Santander",
 * "Koninklijke Bibliotheek", "Uniwersytet Warszawski"), and the German "Deutsche" of company names
 * ("Deutsche Bahn", "Deutsche Telekom").
 */
export const INSTITUTION_FIRST_WORDS = wordSet(
  'Deutsche Instituto Institut Istituto Universidad Universidade Università Université Universität Universiteit Banco Banca Banque Fundación Fundação Fondation Fondazione Stiftung Ministerio Ministério Ministère Ministero Partido Parti Partito Grupo Gruppo Groupe Compañía Companhia Compagnie Société Sociedad Museo Museu Musée Colegio Escuela Agencia Agência Tribunal Koninklijke Stichting Hogeschool Kungliga Uniwersytet Instytut Fundacja Muzeum Ministerstwo Univerzita',
);
/** Roles a news story writes in lowercase before a person's name ("spokesman John Kirby"). */
export const LOWERCASE_ROLES = wordSet(
  'champion billionaire tycoon leader president minister secretary spokesman spokeswoman spokesperson economist analyst executive chief director founder co-founder chairman chairwoman ceo cfo coach manager senator governor mayor lawmaker professor researcher scientist author writer artist actor actress singer rapper musician star player captain skipper striker midfielder defender winger forward goalkeeper quarterback pitcher batsman bowler jockey judge prosecutor attorney lawyer officer commander general ambassador envoy diplomat candidate activist',
);
/** Roles a person holds in an organization, named after the person ("…, chief executive of Capgemini"). */
export const ROLES_AFTER_NAME = wordSet(
  'ceo cfo founder co-founder chairman chairwoman president spokesman spokeswoman spokesperson director professor lawyer attorney senator governor mayor minister secretary economist analyst researcher scientist executive',
);
export const ARTICLES = wordSet('a an the');
export const ROLE_LINKS = wordSet('of at for');
/**
 * What only people do, in a news story's words: "scored", "resigned", "was injured", "was ruled out", and
 * "was born" but for a venture's origin.
 */
export const PERSON_ACTS = wordSet(
  'scored equalized equalised netted resigned testified pleaded married died smiled laughed shrugged',
);
export const PERSON_STATES = wordSet('injured arrested sentenced hospitalized hospitalised');
/** Fixtures a team has ("Crystal Palace, who host Everton"), unlike a person written with "who". */
export const TEAM_WHO_VERBS = wordSet('host play face visit travel trail top lead sit were are');
/** Words that make a run of names an organization's or a place's, not a person's. */
export const ORG_WORDS = wordSet(
  'House Department Ministry Office Agency Council Committee Court University College School Institute Group Company Corp Inc Bank Party Union Association Times Post News Journal Police Army Force Street City County State States Kingdom Republic',
);
