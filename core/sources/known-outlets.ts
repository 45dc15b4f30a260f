import type { SourceKind } from '../types';

/**
 * Hand-written facts about widely read English-language outlets and the big wires: names, domains, owner,
 * country, kind. Facts only, written for Lede (no list's prose). Owners change: keep them to the parent
 * company as of 2026 and leave them out when unsure.
 */
export interface KnownOutlet {
  name: string;
  domains: string[];
  kind: SourceKind;
  country?: string;
  owner?: string;
  /** Other names the outlet goes by, in bylines, datelines and copy ("AP", "The Associated Press"). */
  aliases?: string[];
  republishedFreely?: boolean;
}

type Row = [name: string, domains: string, kind: SourceKind, country?: string, owner?: string, aliases?: string];

// One line an outlet: name, domains (space-separated), kind, country, owner, aliases ("|"-separated).
const ROWS: Row[] = [
  // Newswires and agencies
  [
    'Associated Press',
    'apnews.com ap.org',
    'newswire',
    'US',
    'cooperative of US newspapers and broadcasters',
    'AP|The Associated Press',
  ],
  ['Reuters', 'reuters.com', 'newswire', 'GB', 'Thomson Reuters', 'Thomson Reuters'],
  ['Agence France-Presse', 'afp.com', 'newswire', 'FR', undefined, 'AFP|Agence France Presse'],
  ['Bloomberg', 'bloomberg.com', 'newswire', 'US', 'Bloomberg L.P.', 'Bloomberg News'],
  ['United Press International', 'upi.com', 'newswire', 'US', undefined, 'UPI'],
  ['Deutsche Presse-Agentur', 'dpa.com dpa-international.com', 'newswire', 'DE', undefined, 'dpa'],
  ['Press Association', 'pa.media', 'newswire', 'GB', undefined, 'PA Media'],
  ['Canadian Press', 'thecanadianpress.com', 'newswire', 'CA', undefined, 'The Canadian Press'],
  ['Australian Associated Press', 'aap.com.au', 'newswire', 'AU', undefined, 'AAP'],
  ['Press Trust of India', 'ptinews.com', 'newswire', 'IN', undefined, 'PTI'],
  ['Kyodo News', 'english.kyodonews.net kyodonews.net', 'newswire', 'JP', undefined, 'Kyodo'],
  ['Xinhua', 'xinhuanet.com news.cn', 'state-media', 'CN', 'Government of China', 'Xinhua News Agency'],
  ['TASS', 'tass.com tass.ru', 'state-media', 'RU', 'Government of Russia'],
  ['Anadolu Agency', 'aa.com.tr', 'state-media', 'TR', 'Government of Turkey', 'Anadolu'],
  [
    'Daily Caller News Foundation',
    'dailycallernewsfoundation.org',
    'newswire',
    'US',
    undefined,
    'DCNF|The Daily Caller News Foundation',
  ],
  ['States Newsroom', 'statesnewsroom.com', 'newswire', 'US', undefined],
  ['Kaiser Health News', 'kffhealthnews.org khn.org', 'newswire', 'US', 'KFF', 'KFF Health News|KHN'],
  ['The Conversation', 'theconversation.com', 'academic', undefined, 'The Conversation Trust', 'The Conversation US'],
  // United States
  ['The New York Times', 'nytimes.com', 'newspaper', 'US', 'The New York Times Company', 'New York Times|NYT'],
  ['The Washington Post', 'washingtonpost.com', 'newspaper', 'US', 'Nash Holdings', 'Washington Post'],
  ['The Wall Street Journal', 'wsj.com', 'newspaper', 'US', 'News Corp', 'Wall Street Journal|WSJ'],
  ['USA Today', 'usatoday.com', 'newspaper', 'US', 'Gannett', 'USA TODAY'],
  ['Los Angeles Times', 'latimes.com', 'newspaper', 'US', undefined, 'LA Times|L.A. Times'],
  ['Chicago Tribune', 'chicagotribune.com', 'newspaper', 'US', 'Tribune Publishing'],
  ['The Boston Globe', 'bostonglobe.com', 'newspaper', 'US', 'Boston Globe Media Partners', 'Boston Globe'],
  ['New York Post', 'nypost.com', 'newspaper', 'US', 'News Corp', 'The New York Post'],
  ['San Francisco Chronicle', 'sfchronicle.com sfgate.com', 'newspaper', 'US', 'Hearst Communications'],
  ['The Philadelphia Inquirer', 'inquirer.com', 'newspaper', 'US', undefined, 'Philadelphia Inquirer'],
  ['Houston Chronicle', 'houstonchronicle.com', 'newspaper', 'US', 'Hearst Communications'],
  ['The Dallas Morning News', 'dallasnews.com', 'newspaper', 'US', undefined, 'Dallas Morning News'],
  ['Tampa Bay Times', 'tampabay.com', 'newspaper', 'US', 'Poynter Institute'],
  ['The Seattle Times', 'seattletimes.com', 'newspaper', 'US', undefined, 'Seattle Times'],
  ['Miami Herald', 'miamiherald.com', 'newspaper', 'US', 'McClatchy'],
  [
    'The Atlanta Journal-Constitution',
    'ajc.com',
    'newspaper',
    'US',
    'Cox Enterprises',
    'Atlanta Journal-Constitution|AJC',
  ],
  ['Star Tribune', 'startribune.com', 'newspaper', 'US', undefined, 'Minneapolis Star Tribune'],
  ['The Denver Post', 'denverpost.com', 'newspaper', 'US', 'MediaNews Group', 'Denver Post'],
  ['Newsday', 'newsday.com', 'newspaper', 'US'],
  ['Daily News', 'nydailynews.com', 'newspaper', 'US', 'Tribune Publishing', 'New York Daily News'],
  ['The Washington Times', 'washingtontimes.com', 'newspaper', 'US', 'Operations Holdings', 'Washington Times'],
  ['CNN', 'cnn.com edition.cnn.com', 'broadcaster', 'US', 'Warner Bros. Discovery', 'Cable News Network'],
  ['Fox News', 'foxnews.com', 'broadcaster', 'US', 'Fox Corporation', 'Fox News Channel'],
  ['NBC News', 'nbcnews.com', 'broadcaster', 'US', 'Comcast', 'NBC'],
  ['ABC News', 'abcnews.go.com abcnews.com', 'broadcaster', 'US', 'The Walt Disney Company'],
  ['CBS News', 'cbsnews.com', 'broadcaster', 'US', 'Paramount Skydance', 'CBS'],
  ['MSNBC', 'msnbc.com ms.now', 'broadcaster', 'US', undefined, 'MS NOW'],
  ['CNBC', 'cnbc.com', 'broadcaster', 'US'],
  ['NPR', 'npr.org', 'broadcaster', 'US', 'National Public Radio, Inc.', 'National Public Radio'],
  ['PBS NewsHour', 'pbs.org', 'broadcaster', 'US', 'WETA', 'PBS'],
  ['Voice of America', 'voanews.com', 'state-media', 'US', 'U.S. Agency for Global Media', 'VOA'],
  ['Politico', 'politico.com politico.eu', 'digital', 'US', 'Axel Springer', 'POLITICO'],
  ['Axios', 'axios.com', 'digital', 'US', 'Cox Enterprises'],
  ['The Hill', 'thehill.com', 'digital', 'US', 'Nexstar Media Group'],
  ['HuffPost', 'huffpost.com huffingtonpost.com', 'digital', 'US', 'BuzzFeed', 'Huffington Post|The Huffington Post'],
  ['BuzzFeed News', 'buzzfeednews.com buzzfeed.com', 'digital', 'US', 'BuzzFeed'],
  ['Vox', 'vox.com', 'digital', 'US', 'Vox Media'],
  ['Business Insider', 'businessinsider.com insider.com', 'digital', 'US', 'Axel Springer', 'Insider'],
  ['The Daily Beast', 'thedailybeast.com', 'digital', 'US', undefined, 'Daily Beast'],
  ['Breitbart News', 'breitbart.com', 'digital', 'US', undefined, 'Breitbart'],
  ['The Daily Caller', 'dailycaller.com', 'digital', 'US', undefined, 'Daily Caller'],
  ['ProPublica', 'propublica.org', 'digital', 'US', undefined],
  ['Yahoo News', 'news.yahoo.com yahoo.com', 'digital', 'US', 'Apollo Global Management'],
  ['Forbes', 'forbes.com', 'magazine', 'US', 'Integrated Whale Media'],
  ['Time', 'time.com', 'magazine', 'US', 'Marc Benioff', 'TIME|Time magazine'],
  ['Newsweek', 'newsweek.com', 'magazine', 'US'],
  ['The Atlantic', 'theatlantic.com', 'magazine', 'US', 'Emerson Collective'],
  ['The New Yorker', 'newyorker.com', 'magazine', 'US', 'Condé Nast', 'New Yorker'],
  ['Wired', 'wired.com', 'magazine', 'US', 'Condé Nast', 'WIRED'],
  ['National Review', 'nationalreview.com', 'magazine', 'US'],
  ['Mother Jones', 'motherjones.com', 'magazine', 'US'],
  ['Scientific American', 'scientificamerican.com', 'magazine', 'US', 'Springer Nature'],
  ['The Onion', 'theonion.com', 'satire', 'US', undefined, 'Onion'],
  ['The Babylon Bee', 'babylonbee.com', 'satire', 'US', undefined, 'Babylon Bee'],
  ['PolitiFact', 'politifact.com', 'fact-checker', 'US', 'Poynter Institute'],
  ['FactCheck.org', 'factcheck.org', 'fact-checker', 'US', 'Annenberg Public Policy Center'],
  ['Snopes', 'snopes.com', 'fact-checker', 'US'],
  ['Full Fact', 'fullfact.org', 'fact-checker', 'GB'],
  // United Kingdom and Ireland
  ['BBC News', 'bbc.co.uk bbc.com', 'broadcaster', 'GB', 'BBC (public corporation)', 'BBC|the BBC'],
  ['The Guardian', 'theguardian.com guardian.co.uk', 'newspaper', 'GB', 'Guardian Media Group', 'Guardian'],
  ['The Times', 'thetimes.co.uk thetimes.com', 'newspaper', 'GB', 'News UK', 'The Times of London'],
  ['The Telegraph', 'telegraph.co.uk', 'newspaper', 'GB', undefined, 'Daily Telegraph|The Daily Telegraph'],
  ['Financial Times', 'ft.com', 'newspaper', 'GB', 'Nikkei', 'FT|The Financial Times'],
  ['The Independent', 'independent.co.uk', 'digital', 'GB', undefined, 'Independent'],
  ['Daily Mail', 'dailymail.co.uk', 'newspaper', 'GB', 'DMG Media', 'Mail Online|MailOnline|The Daily Mail'],
  ['The Sun', 'thesun.co.uk', 'newspaper', 'GB', 'News UK'],
  ['Daily Mirror', 'mirror.co.uk', 'newspaper', 'GB', 'Reach plc', 'The Mirror|Mirror'],
  ['Daily Express', 'express.co.uk', 'newspaper', 'GB', 'Reach plc', 'Express'],
  ['Evening Standard', 'standard.co.uk', 'newspaper', 'GB', undefined, 'London Evening Standard'],
  ['Sky News', 'news.sky.com sky.com', 'broadcaster', 'GB', 'Comcast'],
  ['Sky Sports', 'skysports.com', 'broadcaster', 'GB', 'Comcast'],
  ['The Economist', 'economist.com', 'magazine', 'GB', 'The Economist Group', 'Economist'],
  ['The Spectator', 'spectator.co.uk', 'magazine', 'GB'],
  ['New Statesman', 'newstatesman.com', 'magazine', 'GB'],
  ['The Irish Times', 'irishtimes.com', 'newspaper', 'IE', 'The Irish Times Trust', 'Irish Times'],
  ['RTÉ', 'rte.ie', 'broadcaster', 'IE', 'public broadcaster', 'RTE'],
  // Elsewhere (English-language)
  ['CBC News', 'cbc.ca', 'broadcaster', 'CA', 'Canadian Broadcasting Corporation', 'CBC'],
  ['The Globe and Mail', 'theglobeandmail.com', 'newspaper', 'CA', 'Woodbridge Company', 'Globe and Mail'],
  ['Toronto Star', 'thestar.com', 'newspaper', 'CA', 'Torstar', 'The Toronto Star'],
  ['National Post', 'nationalpost.com', 'newspaper', 'CA', 'Postmedia'],
  ['ABC News (Australia)', 'abc.net.au', 'broadcaster', 'AU', 'Australian Broadcasting Corporation'],
  ['The Sydney Morning Herald', 'smh.com.au', 'newspaper', 'AU', 'Nine Entertainment', 'Sydney Morning Herald'],
  ['The Australian', 'theaustralian.com.au', 'newspaper', 'AU', 'News Corp Australia'],
  ['The New Zealand Herald', 'nzherald.co.nz', 'newspaper', 'NZ', 'NZME', 'NZ Herald'],
  [
    'The Times of India',
    'timesofindia.indiatimes.com indiatimes.com',
    'newspaper',
    'IN',
    'Bennett, Coleman & Co.',
    'Times of India',
  ],
  ['Hindustan Times', 'hindustantimes.com', 'newspaper', 'IN', 'HT Media'],
  ['The Hindu', 'thehindu.com', 'newspaper', 'IN', 'The Hindu Group'],
  ['Dawn', 'dawn.com', 'newspaper', 'PK', 'Dawn Media Group'],
  ['South China Morning Post', 'scmp.com', 'newspaper', 'HK', 'Alibaba Group', 'SCMP'],
  ['The Straits Times', 'straitstimes.com', 'newspaper', 'SG', 'SPH Media Trust', 'Straits Times'],
  ['The Japan Times', 'japantimes.co.jp', 'newspaper', 'JP', undefined, 'Japan Times'],
  [
    'Al Jazeera',
    'aljazeera.com aljazeera.net',
    'broadcaster',
    'QA',
    'Al Jazeera Media Network (Qatar-funded)',
    'Al Jazeera English',
  ],
  ['The Times of Israel', 'timesofisrael.com', 'digital', 'IL', undefined, 'Times of Israel'],
  ['Haaretz', 'haaretz.com', 'newspaper', 'IL', 'Schocken Group'],
  ['Deutsche Welle', 'dw.com', 'broadcaster', 'DE', 'German federal government (public broadcaster)', 'DW'],
  ['France 24', 'france24.com', 'broadcaster', 'FR', 'France Médias Monde', 'FRANCE 24'],
  ['Euronews', 'euronews.com', 'broadcaster', 'FR'],
  ['RT', 'rt.com', 'state-media', 'RU', 'Government of Russia', 'Russia Today'],
  ['Sputnik', 'sputnikglobe.com sputniknews.com', 'state-media', 'RU', 'Rossiya Segodnya (Russian state)'],
  ['CGTN', 'cgtn.com', 'state-media', 'CN', 'China Media Group (Chinese state)', 'China Global Television Network'],
  ['Global Times', 'globaltimes.cn', 'state-media', 'CN', "People's Daily (Chinese state)"],
  ['China Daily', 'chinadaily.com.cn', 'state-media', 'CN', 'Chinese Communist Party'],
  ['Press TV', 'presstv.ir presstv.com', 'state-media', 'IR', 'IRIB (Iranian state)', 'PressTV'],
  ['The Moscow Times', 'themoscowtimes.com', 'digital', 'NL', undefined, 'Moscow Times'],
  ['Kyiv Independent', 'kyivindependent.com', 'digital', 'UA', undefined, 'The Kyiv Independent'],
];

/** DCNF states on every story that any legitimate publisher may republish it with byline and logo. */
const FREELY_REPUBLISHED = new Set([
  'Daily Caller News Foundation',
  'States Newsroom',
  'Kaiser Health News',
  'The Conversation',
]);

export const KNOWN_OUTLETS: KnownOutlet[] = ROWS.map(([name, domains, kind, country, owner, aliases]) => {
  const outlet: KnownOutlet = { name, domains: domains.split(' '), kind };
  if (country) outlet.country = country;
  if (owner) outlet.owner = owner;
  if (aliases) outlet.aliases = aliases.split('|');
  if (FREELY_REPUBLISHED.has(name)) outlet.republishedFreely = true;
  return outlet;
});
