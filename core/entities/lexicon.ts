/**
 * Small hand-written word lists for entity assembly: words that are capitalized but are not entities
 * (weekdays, months, demonyms, page furniture) and well-known aliases the text may not define.
 */

const words = (s: string): Set<string> => new Set(s.split('|').map((w) => w.trim().toLowerCase()));

export const WEEKDAYS_MONTHS = words(
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan.|feb.|mar.|apr.|jun.|jul.|aug.|sep.|sept.|oct.|nov.|dec.|today|yesterday|tomorrow',
);

/** Demonym -> country it points to (for salience); religious and regional adjectives map to "". */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  (
    'afghan:Afghanistan|albanian:Albania|algerian:Algeria|american:United States|angolan:Angola|argentine:Argentina|argentinian:Argentina|armenian:Armenia|australian:Australia|austrian:Austria|azerbaijani:Azerbaijan|bahraini:Bahrain|bangladeshi:Bangladesh|belarusian:Belarus|belgian:Belgium|bolivian:Bolivia|bosnian:Bosnia and Herzegovina|brazilian:Brazil|british:United Kingdom|bulgarian:Bulgaria|burmese:Myanmar|cambodian:Cambodia|cameroonian:Cameroon|canadian:Canada|chadian:Chad|chilean:Chile|chinese:China|colombian:Colombia|congolese:Congo|croatian:Croatia|cuban:Cuba|cypriot:Cyprus|czech:Czech Republic|danish:Denmark|dutch:Netherlands|ecuadorian:Ecuador|egyptian:Egypt|emirati:United Arab Emirates|english:England|eritrean:Eritrea|estonian:Estonia|ethiopian:Ethiopia|filipino:Philippines|finnish:Finland|french:France|georgian:Georgia|german:Germany|ghanaian:Ghana|greek:Greece|guatemalan:Guatemala|haitian:Haiti|honduran:Honduras|hungarian:Hungary|icelandic:Iceland|indian:India|indonesian:Indonesia|iranian:Iran|iraqi:Iraq|irish:Ireland|israeli:Israel|italian:Italy|ivorian:Ivory Coast|jamaican:Jamaica|japanese:Japan|jordanian:Jordan|kazakh:Kazakhstan|kenyan:Kenya|korean:Korea|kuwaiti:Kuwait|kyrgyz:Kyrgyzstan|latvian:Latvia|lebanese:Lebanon|liberian:Liberia|libyan:Libya|lithuanian:Lithuania|malaysian:Malaysia|malian:Mali|maltese:Malta|mexican:Mexico|moldovan:Moldova|mongolian:Mongolia|moroccan:Morocco|mozambican:Mozambique|namibian:Namibia|nepali:Nepal|nepalese:Nepal|nicaraguan:Nicaragua|nigerian:Nigeria|nigerien:Niger|norwegian:Norway|omani:Oman|pakistani:Pakistan|palestinian:Palestine|panamanian:Panama|paraguayan:Paraguay|peruvian:Peru|polish:Poland|portuguese:Portugal|qatari:Qatar|romanian:Romania|russian:Russia|rwandan:Rwanda|saudi:Saudi Arabia|scottish:Scotland|senegalese:Senegal|serbian:Serbia|singaporean:Singapore|slovak:Slovakia|slovenian:Slovenia|somali:Somalia|south african:South Africa|spanish:Spain|sri lankan:Sri Lanka|sudanese:Sudan|swedish:Sweden|swiss:Switzerland|syrian:Syria|taiwanese:Taiwan|tajik:Tajikistan|tanzanian:Tanzania|thai:Thailand|tunisian:Tunisia|turkish:Turkey|turkmen:Turkmenistan|ugandan:Uganda|ukrainian:Ukraine|uruguayan:Uruguay|uzbek:Uzbekistan|venezuelan:Venezuela|vietnamese:Vietnam|welsh:Wales|yemeni:Yemen|zambian:Zambia|zimbabwean:Zimbabwe|' +
    'spaniard:Spain|briton:United Kingdom|frenchman:France|frenchwoman:France|dutchman:Netherlands|englishman:England|englishwoman:England|irishman:Ireland|scotsman:Scotland|welshman:Wales|swede:Sweden|dane:Denmark|' +
    'scot:Scotland|pole:Poland|serb:Serbia|croat:Croatia|slovene:Slovenia|montenegrin:Montenegro|macedonian:North Macedonia|kosovar:Kosovo|azeri:Azerbaijan|belarussian:Belarus|kiwi:New Zealand|aussie:Australia|' +
    'chechen:|abkhaz:|ossetian:|ingush:|dagestani:|tatar:|bashkir:|saxon:|bavarian:|catalan:|basque:|flemish:|walloon:|corsican:|sicilian:|tibetan:|uighur:|uyghur:|rohingya:|yazidi:|druze:|bedouin:|berber:|cossack:|bosniak:|sinhalese:|' +
    "muslim:|christian:|jewish:|jew:|hindu:|sikh:|buddhist:|sunni:|shia:|shiite:|shi'ite:|catholic:|protestant:|evangelical:|orthodox:|arab:|arabic:|kurdish:|kurd:|pashtun:|persian:|western:|eastern:|european:|asian:|african:|latino:|latina:|hispanic:|islamic:|islamist:|jihadist:|semitic:|caucasian:|nordic:|balkan:|baltic:|scandinavian:|latin american:|middle eastern:|west indian:|north african:|east african:|west african:|south asian:|east asian:|southeast asian:|central asian:|central american:|south american:|north american:|native american:|african american:|māori:|maori:|inuit:|aboriginal:|indigenous:|north korean:North Korea|south korean:South Korea|new zealander:New Zealand"
  )
    .split('|')
    .map((pair) => {
      const i = pair.indexOf(':');
      return [pair.slice(0, i), pair.slice(i + 1)] as [string, string];
    }),
);

/** Page furniture and credit lines that look like names but are not part of the story. */
export const PAGE_FURNITURE = words(
  'byline|host|transcript|unidentified person|font size|text size|advertisement|sponsored|share|share this|share on facebook|share on twitter|tweet|email|print|comments|comment|related|trending|sign up|subscribe|newsletter|getty images|shutterstock|read more|click here|log in|login|menu|search|home|next|previous|skip to content|accept cookies|privacy policy|terms of use|contact us|about us|copyright|all rights reserved|photo|image|video|watch|listen|follow',
);

/** Job titles and roles, never an entity on their own ("CEO Tim Cook"). */
export const ROLE_WORDS = words(
  'ceo|cfo|coo|cto|chairman|chairwoman|president|vice president|prime minister|minister|senator|governor|mayor|secretary|spokesman|spokeswoman|spokesperson|director|chief|chief executive|general|judge|justice|king|queen|pope|sheikh|professor|dr.|mr.|mrs.|ms.|sir|lord|lady|founder|co-founder|cofounder|editor|reporter|correspondent|columnist|chancellor|commissioner|ambassador|coach',
);

/**
 * Acronyms of things, not of people, organizations or places: capitalized like names, so the tagger takes
 * them for names ("AI", "GDP", "ROI"). Letters that also abbreviate a state or an organization (PA, MD,
 * ID, WHO) are not listed. Matched on the normalized key, so "A.I." is "ai".
 */
export const COMMON_ACRONYMS = words(
  'ai|agi|api|apr|atm|b2b|b2c|bbq|bmi|cpu|crm|css|cta|dhcp|diy|dna|dns|ecg|ekg|erp|esg|etf|ev|evs|faq|faqs|gdp|gpa|gps|gpu|hdmi|hiv|html|http|https|icu|ipo|iq|iv|ivf|kpi|kpis|lcd|led|llm|llms|mri|nft|nfts|ocd|pdf|ppc|ptsd|ram|rna|roi|saas|seo|sem|ssd|suv|suvs|ui|url|usb|ux|vpn|vr|adhd|covid|covid-19|sars|mrna|gmo|gmos|lgbt|lgbtq|lgbtq+|csv|json|xml|sql|nlp|ml|ocr|sdk|svn|ios|wi-fi|wifi|stem|gdpr|hipaa|usd|eur|gbp|jpy|cny|inr|chf|hr|pc|pcs|tv|hvac|ppe|hiit|dslr|utf|utf-8|ugc|dpi|rgb|roas|mba|glp|glp-1|cpc|cpm|ctr|kyc|aml|p2p|4k|hdr|oled',
);

/** A word or phrase that is never an entity on its own (checked on the lowercased mention key). */
const VIRUS = /^\S*virus$/;

export function isNonEntity(key: string): boolean {
  if (WEEKDAYS_MONTHS.has(key) || PAGE_FURNITURE.has(key) || ROLE_WORDS.has(key) || COMMON_ACRONYMS.has(key))
    return true;
  // "Hantavirus", "Coronavirus": a disease's name, capitalized at a sentence's start, is no person or place.
  if (VIRUS.test(key)) return true;
  const singular = key.endsWith('s') ? key.slice(0, -1) : key;
  return DEMONYMS.has(key) || DEMONYMS.has(singular) || (key.endsWith('es') && DEMONYMS.has(key.slice(0, -2)));
}

interface KnownEntity {
  name: string;
  type: 'person' | 'organization' | 'place';
  aliases: string[];
}

/** Names the press uses interchangeably; keys are matched on the normalized form (see normalizeKey). */
export const KNOWN_ALIASES: readonly KnownEntity[] = [
  {
    name: 'Islamic State',
    type: 'organization',
    aliases: ['ISIS', 'ISIL', 'Daesh', 'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant'],
  },
  { name: 'United States', type: 'place', aliases: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America'] },
  { name: 'United Kingdom', type: 'place', aliases: ['U.K.', 'UK', 'Britain', 'Great Britain'] },
  { name: 'United Nations', type: 'organization', aliases: ['U.N.', 'UN'] },
  { name: 'European Union', type: 'organization', aliases: ['EU', 'E.U.'] },
  { name: 'Soviet Union', type: 'place', aliases: ['USSR', 'U.S.S.R.'] },
  { name: 'United Arab Emirates', type: 'place', aliases: ['UAE', 'U.A.E.'] },
  {
    name: 'Democratic Republic of the Congo',
    type: 'place',
    aliases: ['Democratic Republic of Congo', 'DRC', 'DR Congo'],
  },
  { name: 'North Atlantic Treaty Organization', type: 'organization', aliases: ['NATO'] },
  { name: 'Federal Bureau of Investigation', type: 'organization', aliases: ['FBI'] },
  { name: 'Central Intelligence Agency', type: 'organization', aliases: ['CIA'] },
  { name: 'National Security Agency', type: 'organization', aliases: ['NSA'] },
  { name: 'World Health Organization', type: 'organization', aliases: ['WHO'] },
  { name: 'International Monetary Fund', type: 'organization', aliases: ['IMF'] },
  { name: 'Federal Reserve', type: 'organization', aliases: ['Fed'] },
  { name: 'European Central Bank', type: 'organization', aliases: ['ECB'] },
  { name: 'Environmental Protection Agency', type: 'organization', aliases: ['EPA'] },
  // Parliaments and central banks the foreign pages name daily, one word or two the tagger misses.
  { name: 'European Commission', type: 'organization', aliases: [] },
  { name: 'European Parliament', type: 'organization', aliases: [] },
  { name: 'European Council', type: 'organization', aliases: [] },
  { name: 'JPMorgan Chase', type: 'organization', aliases: ['JPMorgan', 'JP Morgan'] },
  { name: 'Bundestag', type: 'organization', aliases: [] },
  { name: 'Bundesbank', type: 'organization', aliases: [] },
  { name: 'Knesset', type: 'organization', aliases: [] },
  // A finance ministry by its name alone ("the Treasury said"), which the tagger reads as a person.
  { name: 'Treasury', type: 'organization', aliases: [] },
  // The U.S. defense department by its building, which the tagger reads as a person ("The Pentagon said").
  { name: 'Pentagon', type: 'organization', aliases: [] },
  // Central banks, courts, agencies and charities the wires quote daily, whose names the tagger cuts short
  // ("The Bank of England" gave "England") or misses at a sentence's start ("Amnesty International said").
  { name: 'Bank of England', type: 'organization', aliases: [] },
  { name: 'Bank of Japan', type: 'organization', aliases: [] },
  { name: 'Bank of Canada', type: 'organization', aliases: [] },
  { name: 'Reserve Bank of India', type: 'organization', aliases: [] },
  { name: 'Reserve Bank of Australia', type: 'organization', aliases: [] },
  { name: "People's Bank of China", type: 'organization', aliases: ['People’s Bank of China'] },
  { name: 'World Bank', type: 'organization', aliases: [] },
  { name: 'World Trade Organization', type: 'organization', aliases: ['WTO'] },
  { name: 'Organization of American States', type: 'organization', aliases: ['OAS'] },
  { name: 'Organization of the Petroleum Exporting Countries', type: 'organization', aliases: ['OPEC', 'OPEC+'] },
  { name: 'UNRWA', type: 'organization', aliases: [] },
  { name: 'Saudi Aramco', type: 'organization', aliases: ['Aramco'] },
  { name: 'International Criminal Court', type: 'organization', aliases: ['ICC'] },
  { name: 'International Court of Justice', type: 'organization', aliases: ['ICJ'] },
  { name: 'European Court of Justice', type: 'organization', aliases: ['ECJ'] },
  { name: 'European Court of Human Rights', type: 'organization', aliases: ['ECHR'] },
  { name: 'Court of Justice of the European Union', type: 'organization', aliases: [] },
  { name: 'Deutsche Bank', type: 'organization', aliases: [] },
  { name: 'Commonwealth of Independent States', type: 'organization', aliases: ['CIS'] },
  { name: 'Silicon Valley', type: 'place', aliases: [] },
  { name: 'Wall Street', type: 'place', aliases: [] },
  // Seats of government by their address, places by the wires' convention, which a tagger cuts to a person
  // ("Downing Street said" gave "Street").
  { name: 'Downing Street', type: 'place', aliases: [] },
  { name: 'Securities and Exchange Commission', type: 'organization', aliases: ['SEC'] },
  // Names whose "and" joins two words of one name, where a tagger ends the name before it.
  { name: 'Centers for Disease Control and Prevention', type: 'organization', aliases: ['CDC'] },
  { name: 'Africa Centres for Disease Control and Prevention', type: 'organization', aliases: ['Africa CDC'] },
  { name: 'European Centre for Disease Prevention and Control', type: 'organization', aliases: ['ECDC'] },
  {
    name: 'International Federation of Red Cross and Red Crescent Societies',
    type: 'organization',
    aliases: ['IFRC'],
  },
  { name: 'International Association of Machinists and Aerospace Workers', type: 'organization', aliases: [] },
  { name: 'Food and Drug Administration', type: 'organization', aliases: ['FDA'] },
  { name: 'Centers for Disease Control and Prevention', type: 'organization', aliases: ['CDC'] },
  { name: 'National Health Service', type: 'organization', aliases: ['NHS'] },
  { name: 'Justice Department', type: 'organization', aliases: ['Department of Justice', 'DOJ'] },
  { name: 'National Hurricane Center', type: 'organization', aliases: [] },
  { name: 'National Weather Service', type: 'organization', aliases: [] },
  { name: 'Amnesty International', type: 'organization', aliases: [] },
  {
    name: 'Islamic Revolutionary Guard Corps',
    type: 'organization',
    aliases: ['IRGC', 'Revolutionary Guards', 'Revolutionary Guard'],
  },
  // Parties abroad whose English names read as a phrase ("National Rally said", "the Democratic Alliance").
  // Not "ANC", also active noise cancelling; not "PTI", also the Press Trust of India.
  { name: 'African National Congress', type: 'organization', aliases: [] },
  { name: 'Democratic Alliance', type: 'organization', aliases: [] },
  { name: 'Pakistan Tehreek-e-Insaf', type: 'organization', aliases: [] },
  { name: 'National Rally', type: 'organization', aliases: ['Rassemblement National'] },
  { name: 'Alternative for Germany', type: 'organization', aliases: ['AfD'] },
  // Seats of government, news agencies and rating agencies that speak in world news, which the tagger reads
  // as people ("The Kremlin said", "Xinhua said", "Standard & Poor's" gave "Poor"). Not "Fitch" alone, a
  // surname too; not the White House or Downing Street, places by the wires' convention.
  { name: 'Kremlin', type: 'organization', aliases: [] },
  // Britain's defence ministry, which British copy calls by its mixed-case letters ("The MoD said").
  { name: 'Ministry of Defence', type: 'organization', aliases: ['MoD'] },
  { name: 'Élysée', type: 'organization', aliases: ['Elysee', 'Élysée Palace', 'Elysee Palace'] },
  { name: 'State Duma', type: 'organization', aliases: ['Duma'] },
  { name: 'Xinhua', type: 'organization', aliases: ['Xinhua News Agency'] },
  { name: 'Interfax', type: 'organization', aliases: [] },
  { name: 'RIA Novosti', type: 'organization', aliases: [] },
  { name: "Moody's", type: 'organization', aliases: ["Moody's Investors Service"] },
  { name: "Standard & Poor's", type: 'organization', aliases: ['Standard & Poor', 'S&P Global', 'S&P Global Ratings'] },
  { name: 'Fitch Ratings', type: 'organization', aliases: [] },
  { name: 'Nestlé', type: 'organization', aliases: ['Nestle'] },
  // Parties whose names are no English words or names, which the tagger reads as people ("Likud said",
  // "Sinn Fein" gave "Fein") or misses at the start of a sentence ("CDU leaders"). Not "SNP", also a
  // genome variant; not "Labour" or "Reform", words that open sentences too; not "Law and Justice", also
  // a ministry's name.
  { name: 'Scottish National Party', type: 'organization', aliases: [] },
  { name: 'Reform UK', type: 'organization', aliases: [] },
  { name: 'Plaid Cymru', type: 'organization', aliases: [] },
  { name: 'Sinn Fein', type: 'organization', aliases: ['Sinn Féin'] },
  { name: 'Fianna Fail', type: 'organization', aliases: ['Fianna Fáil'] },
  { name: 'Fine Gael', type: 'organization', aliases: [] },
  { name: 'Democratic Unionist Party', type: 'organization', aliases: ['DUP'] },
  { name: 'Christian Democratic Union', type: 'organization', aliases: ['CDU'] },
  { name: 'Social Democratic Party of Germany', type: 'organization', aliases: ['SPD'] },
  { name: 'Bharatiya Janata Party', type: 'organization', aliases: ['BJP'] },
  { name: 'Kuomintang', type: 'organization', aliases: ['KMT'] },
  { name: 'United Malays National Organisation', type: 'organization', aliases: ['UMNO', 'Umno'] },
  { name: 'ZANU-PF', type: 'organization', aliases: ['Zanu-PF', 'Zanu PF'] },
  { name: 'Five Star Movement', type: 'organization', aliases: [] },
  { name: 'Brothers of Italy', type: 'organization', aliases: [] },
  ...'Likud|Fidesz|Syriza|Podemos|Forza Italia|Vlaams Belang|Yesh Atid|Kadima|Golkar|Pheu Thai|Frelimo|MPLA|Ennahda|Fatah'
    .split('|')
    .map((name): KnownEntity => ({ name, type: 'organization', aliases: [] })),
  // Formula One teams; the tagger reads "McLaren's Lando Norris" as two people.
  { name: 'Red Bull', type: 'organization', aliases: [] },
  { name: 'Human Rights Watch', type: 'organization', aliases: [] },
  {
    name: 'Médecins Sans Frontières',
    type: 'organization',
    aliases: ['Medecins Sans Frontieres', 'Doctors Without Borders', 'MSF'],
  },
  { name: 'International Committee of the Red Cross', type: 'organization', aliases: ['ICRC'] },
  { name: 'Greenpeace', type: 'organization', aliases: [] },
  { name: 'Interpol', type: 'organization', aliases: [] },
  { name: 'UNICEF', type: 'organization', aliases: ['Unicef'] },
  { name: 'Al-Qaeda', type: 'organization', aliases: ['al Qaeda', 'al-Qaida', 'al Qaida', 'Al Qaeda'] },
  { name: 'Taliban', type: 'organization', aliases: [] },
  { name: 'Hamas', type: 'organization', aliases: [] },
  { name: 'Hezbollah', type: 'organization', aliases: ['Hizbollah', 'Hizballah'] },
  { name: 'Boko Haram', type: 'organization', aliases: [] },
  { name: 'Al-Shabaab', type: 'organization', aliases: ['al-Shabab', 'al-Shabaab', 'Al-Shabab'] },
  { name: 'Al Jazeera', type: 'organization', aliases: ['Al-Jazeera'] },
  { name: 'Al Arabiya', type: 'organization', aliases: ['Al-Arabiya'] },
  { name: 'Associated Press', type: 'organization', aliases: ['AP'] },
  { name: 'Agence France-Presse', type: 'organization', aliases: ['AFP'] },
  { name: 'Reuters', type: 'organization', aliases: [] },
  { name: 'Tehrik-i-Taliban Pakistan', type: 'organization', aliases: ['TTP', 'Pakistani Taliban'] },
  // Territories whose head word a tagger reads as an institution's ("Bank") or misses.
  { name: 'West Bank', type: 'place', aliases: [] },
  { name: 'Gaza Strip', type: 'place', aliases: [] },
  // Countries whose names hold "and", which a tagger tends to split in two.
  { name: 'Bosnia and Herzegovina', type: 'place', aliases: ['Bosnia-Herzegovina'] },
  { name: 'Trinidad and Tobago', type: 'place', aliases: [] },
  { name: 'Antigua and Barbuda', type: 'place', aliases: [] },
  { name: 'Saint Kitts and Nevis', type: 'place', aliases: ['St. Kitts and Nevis', 'St Kitts and Nevis'] },
  {
    name: 'Saint Vincent and the Grenadines',
    type: 'place',
    aliases: ['St. Vincent and the Grenadines', 'St Vincent and the Grenadines'],
  },
  { name: 'São Tomé and Príncipe', type: 'place', aliases: ['Sao Tome and Principe'] },
  { name: 'Turks and Caicos Islands', type: 'place', aliases: ['Turks and Caicos'] },
  // Provinces, states and boroughs named the same way.
  { name: 'Jammu and Kashmir', type: 'place', aliases: [] },
  { name: 'Newfoundland and Labrador', type: 'place', aliases: [] },
  { name: 'Andaman and Nicobar Islands', type: 'place', aliases: [] },
  { name: 'Dadra and Nagar Haveli', type: 'place', aliases: [] },
  { name: 'Tyne and Wear', type: 'place', aliases: [] },
  { name: 'Kensington and Chelsea', type: 'place', aliases: [] },
  { name: 'Hammersmith and Fulham', type: 'place', aliases: [] },
  { name: 'Barking and Dagenham', type: 'place', aliases: [] },
  // Companies named after people or places, which a tagger reads as people or places ("Eli Lilly said…",
  // "Berkshire Hathaway"). Full names only: a surname alone ("Ford", "Dell") is as often the person.
  ...[
    'Eli Lilly',
    'Novo Nordisk',
    'Johnson & Johnson',
    'Procter & Gamble',
    'Goldman Sachs',
    'Morgan Stanley',
    'Charles Schwab',
    'Merrill Lynch',
    'Lehman Brothers',
    'Ernst & Young',
    'Bristol Myers Squibb',
    'Wells Fargo',
    'Lockheed Martin',
    'Booz Allen Hamilton',
    'Louis Vuitton',
    'Ralph Lauren',
    'Calvin Klein',
    'Tommy Hilfiger',
    'Hugo Boss',
    'Estée Lauder',
    'Levi Strauss',
    'Harley-Davidson',
    'Marks & Spencer',
    'Abercrombie & Fitch',
    'Barnes & Noble',
    'Dolce & Gabbana',
    'Yves Saint Laurent',
    'Christian Dior',
    'Dow Jones',
    'Warner Bros.',
    'Thomson Reuters',
    'Baker McKenzie',
    'Edward Jones',
    'Raymond James',
    'John Deere',
    'Ben & Jerry’s',
    'Con Edison',
    'Berkshire Hathaway',
    'Kraft Heinz',
    'Rolls-Royce',
    'Aston Martin',
    'Jaguar Land Rover',
    'Hewlett Packard Enterprise',
    'Hewlett-Packard',
    'Kimberly-Clark',
    'Colgate-Palmolive',
    'Sherwin-Williams',
    'Dick’s Sporting Goods',
    "Dick's Sporting Goods",
    'Foot Locker',
    'Tiffany & Co.',
    // Named with everyday words, in which a tagger sees no name ("Advanced Micro Devices and Intel rose").
    'Texas Instruments',
    'Applied Materials',
    'Micron Technology',
    'Analog Devices',
    'Western Digital',
    'American Express',
    'American Airlines',
    'United Airlines',
    'Southwest Airlines',
    'Best Buy',
    'Dollar General',
    'Dollar Tree',
    'Union Pacific',
    'Standard Chartered',
    // Opening with a title ("General"), which the company-suffix pattern does not take into a name.
    'General Motors',
    'General Electric',
    'General Mills',
    'General Dynamics',
  ].map((name): KnownEntity => ({ name, type: 'organization', aliases: [] })),
  { name: 'Advanced Micro Devices', type: 'organization', aliases: ['AMD'] },
  // Football clubs named after their city, which a tagger reads as the city ("Real Madrid" as "Madrid",
  // "Manchester City" as a place). Clubs whose name is the city's alone (Liverpool, Barcelona) are left out.
  { name: 'Manchester City', type: 'organization', aliases: ['Man City'] },
  { name: 'Manchester United', type: 'organization', aliases: ['Man United', 'Man Utd'] },
  { name: 'Real Madrid', type: 'organization', aliases: [] },
  { name: 'Atlético Madrid', type: 'organization', aliases: ['Atletico Madrid'] },
  { name: 'Brighton and Hove Albion', type: 'organization', aliases: ['Brighton & Hove Albion'] },
  { name: 'Bayern Munich', type: 'organization', aliases: ['Bayern München'] },
  { name: 'Borussia Dortmund', type: 'organization', aliases: [] },
  { name: 'Paris Saint-Germain', type: 'organization', aliases: ['PSG', 'Paris St-Germain'] },
  { name: 'Inter Milan', type: 'organization', aliases: ['Internazionale'] },
  { name: 'AC Milan', type: 'organization', aliases: [] },
  { name: 'Juventus', type: 'organization', aliases: [] },
  { name: 'Arsenal', type: 'organization', aliases: [] },
  { name: 'Aston Villa', type: 'organization', aliases: [] },
  { name: 'Nottingham Forest', type: 'organization', aliases: [] },
  { name: 'Leicester City', type: 'organization', aliases: [] },
  { name: 'Benfica', type: 'organization', aliases: [] },
  { name: 'Galatasaray', type: 'organization', aliases: [] },
  { name: 'Boca Juniors', type: 'organization', aliases: [] },
  { name: 'West Ham United', type: 'organization', aliases: ['West Ham'] },
  { name: 'Sporting Lisbon', type: 'organization', aliases: ['Sporting CP'] },
  { name: 'PSV Eindhoven', type: 'organization', aliases: ['PSV'] },
  // Clubs whose one-word names are no city's, which a tagger reads as places or people ("played for Ajax").
  // So are the clubs English copy names by the city's own name, which it calls Naples, Seville or Bavaria.
  ...'Ajax|Feyenoord|Anderlecht|Fenerbahce|Fenerbahçe|Besiktas|Beşiktaş|Olympiakos|Panathinaikos|Sampdoria|Fiorentina|Udinese|Napoli|Sevilla|Lazio|Schalke|Bayern'
    .split('|')
    .map((name): KnownEntity => ({ name, type: 'organization', aliases: [] })),
  // The bodies that run world sport, by their acronyms.
  { name: 'FIFA', type: 'organization', aliases: [] },
  { name: 'UEFA', type: 'organization', aliases: [] },
  { name: 'International Olympic Committee', type: 'organization', aliases: ['IOC'] },
  // Regions, seas, straits and mountain ranges of the world pages, which the tagger reads as people or
  // companies ("fighting across Donbas", "snow in the Himalayas"): names that stand for nothing else in
  // news. Words also used as adjectives ("Mediterranean diet", "Caribbean food", "Arctic Monkeys") and
  // regions that are also peoples ("Amhara militias") are left out.
  { name: 'Donbas', type: 'place', aliases: ['Donbass'] },
  { name: 'Nagorno-Karabakh', type: 'place', aliases: ['Karabakh'] },
  { name: 'Horn of Africa', type: 'place', aliases: [] },
  { name: 'Strait of Hormuz', type: 'place', aliases: [] },
  ...(
    'Crimea|Dagestan|Abkhazia|South Ossetia|Transnistria|Kurdistan|Darfur|Tigray|Oromia|Kashmir|Punjab|' +
    'Balochistan|Xinjiang|Tibet|Golan Heights|Sinai|Negev|Galilee|Idlib|Mindanao|Aceh|Flanders|Wallonia|' +
    'Bavaria|Lombardy|Sicily|Sardinia|Corsica|Scandinavia|Caucasus|Siberia|Patagonia|Sahel|Sahara|' +
    'Maghreb|Levant|Persian Gulf|Arabian Peninsula|Korean Peninsula|Latin America|Southeast Asia|Central Asia|' +
    'Mediterranean Sea|Red Sea|Black Sea|Baltic Sea|Caspian Sea|South China Sea|East China Sea|English Channel|' +
    'Bosphorus|Suez Canal|Panama Canal|Alps|Himalayas|Pyrenees|Andes|Urals|Zaporizhzhia|Donetsk|Luhansk|' +
    'Kherson|Transylvania|Anatolia|Silesia|Galicia|Provence|Alsace|Andalusia|Tuscany'
  )
    .split('|')
    .map((name): KnownEntity => ({ name, type: 'place', aliases: [] })),
  // Towns of the wars the news follows day by day, which the tagger misses where a sentence gives it
  // little to go on ("Strikes hit Rafah overnight", "troops raided Jenin") or reads as people ("Khan Younis",
  // "Nablus"). Not those that are also surnames, given names or words ("Lyman", "Aden", "Tyre", "Jericho").
  { name: 'Khan Younis', type: 'place', aliases: ['Khan Yunis'] },
  { name: 'Jabalia', type: 'place', aliases: ['Jabaliya'] },
  { name: 'Tulkarem', type: 'place', aliases: ['Tulkarm'] },
  { name: 'Deir ez-Zor', type: 'place', aliases: ['Deir el-Zour', 'Deir al-Zor'] },
  { name: 'Odesa', type: 'place', aliases: ['Odessa'] },
  { name: 'Kharkiv', type: 'place', aliases: ['Kharkov'] },
  { name: 'Mykolaiv', type: 'place', aliases: ['Mykolayiv', 'Nikolaev'] },
  { name: 'Sloviansk', type: 'place', aliases: ['Slovyansk', 'Slavyansk'] },
  { name: 'Bakhmut', type: 'place', aliases: ['Artemivsk'] },
  ...(
    'Rafah|Deir al-Balah|Nuseirat|Beit Lahia|Beit Hanoun|Gaza City|Jenin|Nablus|Hebron|Ramallah|Qalqilya|' +
    'Bethlehem|Nabatieh|Sidon|Baalbek|Aleppo|Raqqa|Homs|Hama|Latakia|Tartus|Hodeidah|Marib|Taiz|Dnipro|' +
    'Kramatorsk|Avdiivka|Pokrovsk|Kupiansk|Chasiv Yar|Toretsk|Vuhledar|Kostiantynivka|Myrnohrad|Huliaipole|' +
    'Siversk|Vovchansk|Mariupol|Melitopol|Berdiansk|Sevastopol|Kerch|Belgorod|Kursk|Bryansk|Lviv|Sumy|' +
    'El Fasher|Omdurman|Kordofan|Goma|Bukavu|Sagaing|Rakhine'
  )
    .split('|')
    .map((name): KnownEntity => ({ name, type: 'place', aliases: [] })),
  // Leagues and competitions, whose names a tagger reads as places ("La Liga" with "la" of Spanish place
  // names, "Premier League" and "Champions League" as regions).
  ...[
    'Premier League',
    'Champions League',
    'Europa League',
    'Conference League',
    'La Liga',
    'Serie A',
    'Bundesliga',
    'Ligue 1',
    'Eredivisie',
    'Major League Baseball',
    'Major League Soccer',
    'National Football League',
    'National Basketball Association',
    'National Hockey League',
  ].map((name): KnownEntity => ({ name, type: 'organization', aliases: [] })),
];

/**
 * Companies and online services the press names every day, whose one-word names a tagger types as people
 * or places ("Meta said", "Canon's new camera", "at Nvidia"). This list decides the type of a name the
 * tagger found, and adds a mention only for a capitalized one-word name standing alone within a sentence
 * (refine.ts), so "apple" or "meta" as words are untouched. Names that are as often something else
 * (Amazon, the river; Target, Shell, Visa, Ford, Dell) are left out.
 */
export const KNOWN_ORGANIZATIONS = words(
  [
    // Technology, media and online services.
    'Meta|Apple|Google|Alphabet|Microsoft|Netflix|Spotify|Shopify|Nvidia|Intel|AMD|Qualcomm|Broadcom|Samsung|Sony',
    'Zeiss|Leica|Nikon|Canon|Panasonic|Lenovo|Huawei|Xiaomi|Alibaba|Tencent|Baidu|ByteDance|TikTok|Instagram|Facebook|WhatsApp',
    'YouTube|Twitter|Reddit|Pinterest|Snapchat|LinkedIn|Uber|Lyft|Airbnb|DoorDash|Salesforce|Oracle|Adobe|Cisco|IBM|Tinder|Bumble',
    'OpenAI|Anthropic|DeepMind|Figma|Dropbox|PayPal|Mastercard|eBay|Etsy|Zoho|HubSpot|Atlassian|Snowflake|Palantir',
    'Zoom|Udemy|Strava|Squarespace|Tesla|SpaceX|Boeing|Airbus|Gartner|Deloitte|PwC|KPMG|Accenture|McKinsey|Disney|Comcast|Verizon|Vodafone',
    // Banks and exchanges, whose names are a person's to a tagger ("Morgan Stanley", "JPMorgan Chase").
    'JPMorgan|JPMorgan Chase|Morgan Stanley|Goldman Sachs|Wells Fargo|Citigroup|BlackRock|Barclays|HSBC|Nasdaq|NYSE',
    // Retail, consumer goods, cars, energy and medicine.
    'Walmart|Costco|Starbucks|Nike|Adidas|Ikea|Toyota|Honda|Volkswagen|BMW|Renault|Nissan|Hyundai|Stellantis',
    'McLaren|Ferrari|Siemens|Philips|Nestlé|Nokia|Ericsson|Unilever|ExxonMobil|Chevron|Pfizer|Moderna|AstraZeneca|Novartis|Roche|Bayer',
    // Shipping, mining, energy, banking, carmakers, airlines and drugmakers of the world's business pages.
    'Maersk|Hapag-Lloyd|COSCO|Rio Tinto|BHP|Glencore|ArcelorMittal|Petrobras|Gazprom|Rosneft|Sinopec|PetroChina',
    'TotalEnergies|Equinor|Repsol|UBS|Credit Suisse|Deutsche Bank|BNP Paribas|Santander|Nomura|SoftBank|Foxconn',
    'TSMC|Infosys|Adani|BYD|Geely|Mercedes-Benz|Lufthansa|Qantas|Ryanair|easyJet|Embraer|Bombardier',
    'Novo Nordisk|Sanofi|GSK|Merck|Eli Lilly|Binance|Coinbase|FTX|Temu|Shein',
    // British shops, regulators and services of the home pages ("a Tesco store", "Ofcom said"), and the
    // news agencies and media groups of the world pages ("Kyodo reported", "Time Warner's").
    "Tesco|Sainsbury|Sainsbury's|Asda|Morrisons|Aldi|Lidl|Waitrose|Primark|Greggs|Debenhams|Burberry|Deliveroo|Carillion|Serco",
    'Ofcom|Ofsted|Ofgem|Royal Mail|Network Rail|GlaxoSmithKline|Exxon|Kyodo|Yonhap|Anadolu|Tass|Time Warner|Warner Bros',
  ].join('|'),
);

/**
 * Software, programming languages, devices and currencies: names, but of no person, organization or place,
 * which a tagger types as one ("place: Python", "person: Android"). Shown as "other". As with
 * KNOWN_ORGANIZATIONS, this only types what the tagger found; words that are as often a first name or a
 * place (Java, Ruby, Alexa, Swift) are left out.
 */
export const KNOWN_PRODUCTS = words(
  [
    'Python|JavaScript|TypeScript|PHP|Perl|Kotlin|Linux|Android|Windows|macOS|Excel|PowerPoint|Photoshop|ChatGPT',
    'QuickBooks|WooCommerce|Copilot|Siri|Safari|Retina|Chrome|Firefox|Bitcoin|Ethereum|Bluetooth|PlayStation|Xbox|iPhone|iPad|MacBook|Kindle|Zigbee',
  ].join('|'),
);

/**
 * Capitals that stories make speak for their governments ("Beijing warned", "Moscow denied", "a charge Doha
 * denied"), which the tagger reads as people or misses (capitals.ts adds more of them).
 */
export const GOVERNMENT_CAPITALS: readonly string[] = [
  'Beijing Moscow Tehran Kyiv Kiev Pyongyang Seoul Tokyo Taipei Brussels Berlin Madrid Lisbon Athens Ankara',
  'Warsaw Budapest Prague Minsk Tbilisi Yerevan Baku Kabul Islamabad Delhi Dhaka Riyadh Cairo Baghdad Damascus Beirut Amman',
  'Jerusalem Doha Abuja Nairobi Pretoria Khartoum Tripoli Tunis Algiers Rabat Caracas Havana Bogota Brasilia Canberra Ottawa',
  'Manila Jakarta Hanoi Bangkok Kinshasa Harare Managua',
]
  .join(' ')
  .split(' ');

/**
 * Cities a tagger reads as people: large cities whose names are also given names ("in Atlanta"), and
 * capitals that stories make speak for their governments (GOVERNMENT_CAPITALS, and Rome). Washington is
 * among them: a person of that surname is named in full first, and a lone "Washington" then joins that
 * person before this list is read. London and Paris, also given names people go by alone, are left out.
 */
export const CITIES_READ_AS_PEOPLE: ReadonlySet<string> = new Set([
  ...'Atlanta Austin Denver Houston Dallas Phoenix Orlando Charlotte Madison Savannah Raleigh Sydney Adelaide Florence Brooklyn Vienna Geneva'.split(
    ' ',
  ),
  ...GOVERNMENT_CAPITALS,
  'Rome',
  'Washington',
]);

/**
 * Countries and nations under names the model's country list lacks (older or informal names, the UK's
 * nations, abbreviations), lowercased as `isCountry` is asked: "Turkey", "Britain", "Scotland", "U.S.".
 */
export const OTHER_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'turkey',
  'britain',
  'great britain',
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'holland',
  'burma',
  'macedonia',
  'swaziland',
  'cape verde',
  'czech republic',
  'congo',
  'korea',
  'vatican',
  'america',
  'us',
  'u.s.',
  'usa',
  'uk',
  'u.k.',
  // The most-named countries as stories in Spanish, Portuguese, French and German write them, where
  // the English list has another spelling ("Estados Unidos" was typed a person).
  ...[
    'estados unidos|reino unido|alemania|alemanha|francia|frança|españa|espanha|italia|itália|rusia|rússia',
    'japón|japão|méxico|brasil|perú|canadá|suiza|suíça|suecia|noruega|turquía|turquia|irán|irã|irak|iraque',
    'siria|síria|egipto|egito|marruecos|marrocos|sudáfrica|áfrica do sul|corea del sur|coreia do sul',
    'corea del norte|coreia do norte|nueva zelanda|nova zelândia|países bajos|países baixos|bélgica|grecia|grécia',
    'états-unis|royaume-uni|allemagne|espagne|italie|russie|chine|japon|inde|brésil|mexique|turquie|suisse',
    'belgique|égypte|maroc|algérie|tunisie|grèce|pays-bas|vereinigte staaten|großbritannien|deutschland',
    'frankreich|spanien|italien|russland|türkei|österreich|schweiz|griechenland|niederlande|ägypten',
  ]
    .join('|')
    .split('|'),
]);

/** Whether a lowercased name is a place of the model's lists (`isPlace`) or a country under another name. */
export function isListedPlace(lowered: string, isPlace: ((lowercased: string) => boolean) | undefined): boolean {
  return isPlace?.(lowered) === true || OTHER_COUNTRY_NAMES.has(lowered);
}
