/**
 * Wire-story patterns the annotated corpora hardly hold, run through the shipped model and the whole
 * assembly: datelines, bodies the tagger cuts short, sports pages, appositives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { entitiesWithModel } from '../../../core/entities/index';
import { loadModel, type NerModel } from '../../../core/entities/model';
import { splitSentences } from '../../../core/text/sentences';

let model: NerModel;
beforeAll(async () => {
  model = await loadModel();
});

/** "type:name" of each entity of a text. */
const entities = (text: string): string[] =>
  entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) }).map((e) => `${e.type}:${e.name}`);

describe('a bare dateline', () => {
  it('is the place the story was filed from, not the start of a name', () => {
    const found = entities(
      "LONDON - Britain's Competition and Markets Authority opened an investigation on Wednesday.",
    );
    expect(found).toContain('place:London');
    expect(found).toContain('place:Britain');
    expect(found).toContain('organization:Competition and Markets Authority');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });

  it('names its place even where the tagger alone would not', () => {
    expect(entities('CAIRO — Gunmen opened fire on visitors at a museum on Wednesday.')).toContain('place:Cairo');
  });

  it('is no place when its capitals are not one ("LEMONGRASS - …" in a list of plants)', () => {
    const found = entities('LEMONGRASS - Lemongrass keeps mosquitoes away.\n\nPETUNIAS - Petunias repel aphids.');
    expect(found.filter((e) => e.startsWith('place:'))).toEqual([]);
  });
});

describe('bodies the tagger cuts short or mistypes', () => {
  it('keeps the whole name of a central bank and of the Justice Department', () => {
    const found = entities('The Bank of England held rates on Thursday. The Justice Department sued Google.');
    expect(found).toContain('organization:Bank of England');
    expect(found).toContain('organization:Justice Department');
    expect(found).not.toContain('place:England');
    expect(found).not.toContain('person:Department');
  });

  it('reads the Pentagon as the organization it stands for', () => {
    expect(entities('The Pentagon said the strikes would continue.')).toContain('organization:Pentagon');
  });

  it('finds a charity that opens a sentence', () => {
    expect(entities('Amnesty International said at least 22 people had been killed.')).toContain(
      'organization:Amnesty International',
    );
  });

  it('keeps a place apart from the title after it', () => {
    const found = entities('The states were led by Colorado Attorney General Phil Weiser.');
    expect(found).toContain('place:Colorado');
    expect(found).toContain('person:Phil Weiser');
  });
});

describe('sports pages', () => {
  it('make a town that hosts a fixture its team', () => {
    expect(entities('Liverpool, who host Everton on Sunday, are a point behind.')).toContain('organization:Liverpool');
  });

  it('take a nationality for no entity', () => {
    expect(entities('Rafael Nadal, the 38-year-old Spaniard, retired on Tuesday.')).toEqual(['person:Rafael Nadal']);
  });
});

describe('companies, regions and officials', () => {
  it('make a name ending in a trade a company', () => {
    const found = entities('Kyushu Electric Power said its Sendai plant was operating normally.');
    expect(found).toContain('organization:Kyushu Electric Power');
  });

  it('know the shops and agencies of the home and world pages', () => {
    const found = entities(
      "The price of milk at Tesco, Sainsbury's and Asda rose again, and a spokesman for Ofgem said so. The news agency said Kyodo had not reported it.",
    );
    for (const name of ['Tesco', 'Sainsbury', 'Asda', 'Ofgem', 'Kyodo'])
      expect(found).toContain(`organization:${name}`);
  });

  it('make a body of a nation named for what it does an organization', () => {
    const found = entities(
      'Police Scotland said the road was closed. Natural England and Healthwatch England agreed, as did people in North Wales.',
    );
    for (const body of ['Police Scotland', 'Natural England', 'Healthwatch England'])
      expect(found).toContain(`organization:${body}`);
    expect(found).toContain('place:North Wales');
  });

  it('strip titles written without their full stops, as British copy does', () => {
    expect(entities('The report was led by Prof Kapai, who said so.')).toEqual(['person:Kapai']);
  });

  it('know the clubs English copy names by their city’s own name', () => {
    expect(entities('He joined Napoli from Sevilla in the summer, and Schalke wanted him too.')).toEqual([
      'organization:Napoli',
      'organization:Sevilla',
      'organization:Schalke',
    ]);
  });

  it('part a known company from the person named in full after it', () => {
    expect(entities('Fans can already buy a Nike Tim Tebow jersey. Tebow signed on Monday.')).toEqual([
      'person:Tim Tebow',
      'organization:Nike',
    ]);
  });

  it('leave a party or a member’s letters out of the name after them', () => {
    const found = entities(
      'Lib Dem Nick Clegg said he would go for a walk. Republican Ted Cruz won. MP Ian Lucas and Labour MP Ian Murray disagreed.',
    );
    for (const person of ['Nick Clegg', 'Ted Cruz', 'Ian Lucas', 'Ian Murray'])
      expect(found).toContain(`person:${person}`);
  });

  it('leave a minister’s portfolio out of the minister’s name', () => {
    expect(entities('Minister for Families John Elferink threatened to act.')).toEqual(['person:John Elferink']);
    expect(entities('Minister for Children and Families John Elferink made the threat.')).toEqual([
      'person:John Elferink',
    ]);
  });

  it('make a person of a name after an honorific, though it is also a place', () => {
    const found = entities('Mrs Hampton, from Berkhamsted, said so. Mr Washington agreed.');
    expect(found).toContain('person:Hampton');
    expect(found).toContain('person:Washington');
  });

  it('make a party named for its members an organization', () => {
    const found = entities(
      'Olaf Scholz fired Christian Lindner of the Free Democrats. Friedrich Merz, leader of the opposition Christian Democrats, called for a vote.',
    );
    expect(found).toContain('organization:Christian Democrats');
    expect(entities('Rival Meta Platforms sells its headset for $499.')).toContain('organization:Meta Platforms');
  });

  it('cut a two-word title off the place before it', () => {
    expect(entities('Manhattan District Attorney Alvin Bragg said the jury had done its duty.')).toEqual([
      'place:Manhattan',
      'person:Alvin Bragg',
    ]);
  });

  it('make what a story calls a prefecture or a province a place', () => {
    expect(entities("The quake struck off Japan's Miyazaki prefecture on Thursday.")).toContain('place:Miyazaki');
  });

  it('find the company another owns', () => {
    expect(entities('Ticketmaster, owned by Live Nation Entertainment, faced criticism.')).toContain(
      'organization:Ticketmaster',
    );
  });

  it('find the official a body speaks through, but not an official product', () => {
    expect(entities('Hamas official Osama Hamdan told Al Jazeera the group had no proposal.')).toEqual([
      'organization:Hamas',
      'person:Osama Hamdan',
      'organization:Al Jazeera',
    ]);
    expect(entities('We recommend the official Tor Browser for this.')).not.toContain('person:Tor Browser');
  });

  it('keep the West Bank a place', () => {
    expect(entities('The Palestinian Authority governs parts of the occupied West Bank.')).toContain('place:West Bank');
  });
});

describe('business and politics', () => {
  it('find a conglomerate and the billionaire who controls it', () => {
    const found = entities('Reliance Industries, controlled by billionaire Mukesh Ambani, said profit rose 12%.');
    expect(found).toContain('organization:Reliance Industries');
    expect(found).toContain('person:Mukesh Ambani');
  });

  it('find both companies whose shares moved', () => {
    const found = entities('Coinbase and MicroStrategy shares jumped on Thursday.');
    expect(found).toContain('organization:Coinbase');
    expect(found).toContain('organization:MicroStrategy');
  });

  it('make what a story calls a party an organization', () => {
    expect(entities('Claudia Sheinbaum was sworn in. Her Morena party holds a supermajority.')).toContain(
      'organization:Morena',
    );
  });

  it('keep a given name the tagger left off a long name after a comma', () => {
    const text = 'She promised to continue the policies of her predecessor, Andrés Manuel López Obrador.';
    expect(entities(text)).toContain('person:Andrés Manuel López Obrador');
  });
});

describe('companies the press names daily', () => {
  it('are found alone within a sentence where the tagger missed them', () => {
    const found = entities(
      'Platforms such as TikTok, Instagram and Snapchat face fines. Intel lost share to rivals AMD and Nvidia.',
    );
    for (const name of ['Instagram', 'Snapchat', 'AMD', 'Nvidia']) expect(found).toContain(`organization:${name}`);
  });

  it('are not found in a run of capitalized words or at a sentence start', () => {
    expect(entities('Try this Apple Cider Vinegar Dressing with greens.')).not.toContain('organization:Apple');
    expect(entities('Apple pie is best warm.')).toEqual([]);
  });

  it('are found after their trade written before them', () => {
    expect(entities('Lagos-based fintech Flutterwave laid off 3% of its staff.')).toContain('organization:Flutterwave');
    expect(entities('Tickets for the Lean Startup Week Call are sold out.')).not.toContain('organization:Week Call');
  });

  it('include an energy company, and lose a "Former" that opens the sentence', () => {
    expect(entities('Duke Energy reported more than 1 million customers without power.')).toContain(
      'organization:Duke Energy',
    );
    const found = entities('Former Post Office boss Paula Vennells broke down in tears at the inquiry.');
    expect(found).toContain('organization:Post Office');
    expect(found).toContain('person:Paula Vennells');
  });

  it('include the weather forecasters a storm story quotes', () => {
    const text = 'Hurricane Helene made landfall as a Category 4 storm, the National Hurricane Center said.';
    expect(entities(text)).toContain('organization:National Hurricane Center');
  });
});

describe('sports and examples of companies', () => {
  it('make a Grand Prix or an Open an event, not an organization', () => {
    const found = entities('Max Verstappen won the Brazilian Grand Prix. Jannik Sinner won the US Open.');
    expect(found).toContain('other:Brazilian Grand Prix');
    expect(found).toContain('other:US Open');
    expect(entities('The study appeared in JAMA Network Open.')).not.toContain('other:JAMA Network Open');
  });

  it('read Formula One teams as teams', () => {
    const found = entities("Red Bull team principal Christian Horner praised McLaren's Lando Norris.");
    expect(found).toContain('organization:Red Bull');
    expect(found).toContain('organization:McLaren');
  });

  it('make a team that beat "the" other by a score an organization', () => {
    const text = 'Patrick Mahomes threw three touchdowns as the Kansas City Chiefs beat the Buffalo Bills 32-29.';
    expect(entities(text)).toContain('organization:Kansas City Chiefs');
  });

  it('find the first name of a scorer opening the sentence, but no adverb', () => {
    expect(entities('Virat Kohli scored an unbeaten century in Dubai.')).toContain('person:Virat Kohli');
    expect(entities('Yesterday Smith scored twice.')).not.toContain('person:Yesterday Smith');
  });

  it('find the companies a story gives as examples', () => {
    const found = entities('Washington curbed chip sales to Chinese companies such as Huawei and SMIC.');
    expect(found).toContain('organization:SMIC');
    const banks = entities('Banks including HSBC, Barclays and Lloyds fell.');
    for (const name of ['HSBC', 'Barclays', 'Lloyds']) expect(banks).toContain(`organization:${name}`);
  });
});

describe('names cut short or split', () => {
  it('leave the title out of a secretary of state’s name', () => {
    const found = entities('He handed the documents to U.S. Secretary of State Antony Blinken in Washington.');
    expect(found).toContain('person:Antony Blinken');
  });

  it('read a short dateline place in capitals as a name', () => {
    expect(entities('KYIV — Ukrainian drones struck an oil refinery overnight.')).toContain('place:Kyiv');
    expect(entities('USA, Canada and Mexico will host the 2026 World Cup.')).not.toContain('place:Usa');
  });

  it('find a known company at a sentence’s start unless its name is also a word', () => {
    expect(entities('Walmart raised its annual sales forecast on Thursday.')).toContain('organization:Walmart');
    expect(entities('Apple pie is best served warm.')).toEqual([]);
  });

  it('merge a company’s name with and without its legal form, but not a state with a company formed there', () => {
    const found = entities('Toyota Motor Corp cut its forecast on Thursday. Toyota shares fell 3% in Tokyo.');
    expect(found).toContain('organization:Toyota Motor Corp');
    expect(found).not.toContain('organization:Toyota');
    const llc = entities(
      'Forming a New York LLC is simple. New York charges a filing fee. New York LLC owners pay it.',
    );
    expect(llc).toContain('place:New York');
  });

  it('find a known company opening a sentence with its suffix', () => {
    expect(entities('Boeing Co said on Wednesday it would lay off 17,000 workers.')).toContain(
      'organization:Boeing Co',
    );
  });

  it('keep "General" in General Motors', () => {
    expect(entities('Shares of General Motors Co rose.')).toContain('organization:General Motors');
  });
});

describe('more wire copy', () => {
  it('keeps the whole name of the Revolutionary Guards', () => {
    expect(entities('The Islamic Revolutionary Guard Corps said the attack used a projectile.')).toContain(
      'organization:Islamic Revolutionary Guard Corps',
    );
  });

  it('finds a union a place’s appositive names', () => {
    expect(entities("IG Metall, Germany's largest union, called the plans unacceptable.")).toContain(
      'organization:IG Metall',
    );
  });

  it('finds a known company after a sentence’s opening "Former"', () => {
    expect(entities('Former Salesforce co-CEO Bret Taylor will chair the board.')).toContain('organization:Salesforce');
  });
});

describe('places and bodies by what the story calls them', () => {
  it('make the town of a landslide a place and a national Red Cross an organization', () => {
    const found = entities(
      'A landslide in the Rift Valley town of Mai Mahiu killed 45 people. The Kenya Red Cross said dozens were missing.',
    );
    expect(found).toContain('place:Mai Mahiu');
    expect(found).toContain('organization:Kenya Red Cross');
  });

  it('make the ruling party an appositive names an organization', () => {
    expect(entities('Georgian Dream, the ruling party, says the law will increase transparency.')).toContain(
      'organization:Georgian Dream',
    );
  });
});

describe('forces, surveys and holidays', () => {
  it('make a police force named after its city an organization, and take back a survey’s head word', () => {
    const found = entities(
      'New York Police Commissioner Jessica Tisch said the gunman fled. The U.S. Geological Survey said the quake was shallow.',
    );
    expect(found).toContain('organization:New York Police');
    expect(found).toContain('organization:U.S. Geological Survey');
  });

  it('make a holiday no person', () => {
    const found = entities('Pope Francis died on Easter Monday at the age of 88, the Vatican said.');
    expect(found).not.toContain('person:Easter Monday');
  });
});

describe('parties, articles and model numbers', () => {
  it('keep a name joined by "-e-" whole, as an organization', () => {
    expect(entities('Fighters of Lashkar-e-Taiba attacked the camp.')).toContain('organization:Lashkar-e-Taiba');
  });

  it('leave out an "A" that opens the sentence, and cut a model number off a known maker', () => {
    const found = entities(
      'A Japan Airlines jet collided with a coast guard plane. All 379 passengers and crew escaped from the burning Airbus A350, the airline said.',
    );
    expect(found).toContain('organization:Japan Airlines');
    expect(found).toContain('organization:Airbus');
  });

  it('know South Africa’s parties', () => {
    const found = entities("South Africa's African National Congress lost its majority to the Democratic Alliance.");
    expect(found).toContain('organization:African National Congress');
    expect(found).toContain('organization:Democratic Alliance');
  });
});

describe('people after their titles, and products', () => {
  it('make the name after a role a person, whatever the tagger saw of it', () => {
    expect(entities("Israel said it killed Hezbollah's leader Hassan Nasrallah in Beirut.")).toContain(
      'person:Hassan Nasrallah',
    );
    expect(entities('Former striker Ruud van Nistelrooy will take charge.')).toContain('person:Ruud van Nistelrooy');
  });

  it('find a chief executive named after the capitalized title, but no chief economist’s job', () => {
    const found = entities('Chief Executive Elon Musk told analysts that Tesla would start cheaper models.');
    expect(found).toContain('person:Elon Musk');
    expect(entities('She was hired as Chief Data Officer last year.')).toEqual([]);
  });

  it('make a chatbot a product, and know the clubs and bodies of this set', () => {
    expect(entities('Amazon invested in Anthropic, maker of the Claude chatbot.')).not.toContain('person:Claude');
    const found = entities(
      'Manchester United lost at West Ham. The Organization of American States called for an audit.',
    );
    expect(found).toContain('organization:West Ham');
    expect(found).toContain('organization:Organization of American States');
  });
});

describe('titles inside names and clubs before positions', () => {
  it('end a person’s name at a title inside it', () => {
    const found = entities('JPMorgan Chase CEO Jamie Dimon warned of considerable turbulence.');
    expect(found).toContain('person:Jamie Dimon');
    expect(found.some((e) => e.startsWith('organization:JPMorgan'))).toBe(true);
  });

  it('make a club named before its player’s position an organization', () => {
    const text = 'Cristiano Ronaldo scored as Portugal won. The 39-year-old Al Nassr forward wept after the goal.';
    expect(entities(text)).toContain('organization:Al Nassr');
  });

  it('know the European Council', () => {
    expect(entities('European Council President Charles Michel called it a clear signal.')).toContain(
      'organization:European Council',
    );
  });
});

describe('oil and refugees', () => {
  it('know Saudi Aramco and OPEC', () => {
    const found = entities('Saudi Aramco reported a 15% drop in profit as production cuts agreed by OPEC+ weighed.');
    expect(found).toContain('organization:Saudi Aramco');
    expect(found.some((e) => e.startsWith('organization:OPEC'))).toBe(true);
  });

  it('take an appositive with an abbreviation for a body', () => {
    const found = entities(
      'Hezbollah fired rockets. Tarek Nasser, the U.N. agency chief, spoke. Rivian, the U.S. carmaker, fell.',
    );
    expect(found).toContain('organization:Rivian');
    expect(found).not.toContain('organization:Tarek Nasser');
  });
});

describe('institutions and companies the tagger cuts short', () => {
  it("keep a country's short name apart from the known institution after it", () => {
    const found = entities('The U.S. Securities and Exchange Commission sued the company on Tuesday.');
    expect(found).toContain('organization:Securities and Exchange Commission');
    expect(found).toContain('place:U.S.');
    expect(entities('The U.S. Centers for Disease Control and Prevention said cases had doubled.')).toContain(
      'organization:Centers for Disease Control and Prevention',
    );
  });

  it('join a name and the word of its trade that the tagger left off', () => {
    expect(entities('Texas Instruments said demand for chips used in cars remained weak.')).toEqual([
      'organization:Texas Instruments',
    ]);
    // Not when the trade word is part of a longer name: a motor show is no company.
    expect(entities('He showed his lamps at the Paris Motor Show in 1910.')).toContain('place:Paris');
  });

  it('take the company a lowercase "operator" names, whatever place its name ends in', () => {
    expect(entities('Rail operator Avanti West Coast cancelled all trains.')).toContain(
      'organization:Avanti West Coast',
    );
  });

  it('read a tour final as an event, not an organization', () => {
    expect(entities('Jannik Sinner won the ATP Finals in Turin on Sunday.')).not.toContain('organization:ATP Finals');
  });
});

describe('names told by how they are written', () => {
  it('keep a Korean or Chinese given name whole across its hyphen, as a person', () => {
    const found = entities(
      'Prime Minister Han Duck-soo became acting president. Lee Jae-myung, leader of the opposition, urged a quick ruling.',
    );
    expect(found).toContain('person:Han Duck-soo');
    expect(found).toContain('person:Lee Jae-myung');
    expect(entities('Speaker Woo Won-shik said parliament would vote on Saturday.')).toContain('person:Woo Won-shik');
    // The tagger stops inside "Jong-un", after the hyphen: no name ends in one.
    const kim = entities('Kim Jong-un met Moon Jae-in at the border.');
    expect(kim).toContain('person:Kim Jong-un');
    expect(kim).toContain('person:Moon Jae-in');
    // A place's name before a lowercase suffix stays the place.
    expect(entities('Amnesty International, a London-based rights group, said so.')).toContain('place:London');
  });

  it('read the Nordic legal form and leave out the exchange code in brackets', () => {
    const found = entities("Novo Nordisk A/S overtook France's LVMH. The drugmaker's shares (NOVOb.CO) rose.");
    expect(found).toContain('organization:Novo Nordisk A/S');
    expect(found).toContain('organization:LVMH');
    expect(found.some((e) => e.includes('NOVOb'))).toBe(false);
    // A district written in capitals after a city's possessive is no company.
    expect(entities("The Moscone Center is in San Francisco's SOMA district.")).not.toContain('organization:SOMA');
  });

  it('type a body named for what it gathers as an organization', () => {
    expect(entities('The Alliance of Small Island States said the text left too many loopholes.')).toContain(
      'organization:Alliance of Small Island States',
    );
  });
});

describe("a person named after a country's possessive", () => {
  it('is found where the tagger knows neither name, when a person acts next', () => {
    const found = entities(
      "India's Narendra Modi visited Kyiv. China's Xi Jinping met him. Nigeria's Bola Tinubu named a new governor.",
    );
    expect(found).toContain('person:Narendra Modi');
    expect(found).toContain('person:Xi Jinping');
    expect(found).toContain('person:Bola Tinubu');
  });

  it('is not read into a heading, a body, a product or a place of the same shape', () => {
    const found = entities(
      "China's Digital Yuan\n\nCalifornia's Property Tax Laws are changing. Japan's Nikkei Index fell 2%. Apple's App Store and Google's Play Store are huge. Britain's Royal Navy said it was ready.",
    );
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });
});

describe("a person named after a body's possessive", () => {
  it('is found when the name speaks next: an outlet’s reporter, a company’s officer', () => {
    const found = entities(
      "The BBC's Lyse Doucet reported that crowds had gathered. Gazprom's Aleksei Miller said supplies would resume.",
    );
    expect(found).toContain('person:Lyse Doucet');
    expect(found).toContain('person:Aleksei Miller');
  });

  it('takes in a given name the tagger left before a surname it found', () => {
    const found = entities("Reuters' Idrees Ali reported that the strikes continued. Ali said the raids had stopped.");
    expect(found).toContain('person:Idrees Ali');
    expect(found).not.toContain('person:Ali');
  });

  it('is not read into a product or a programme', () => {
    const found = entities(
      "Google's Pixel Watch is expected to sell well. Netflix's Stranger Things returns in May. Apple's Vision Pro was delayed.",
    );
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });
});

describe('a person the tagger does not know, told by what wire copy writes around them', () => {
  it('is found before an age in commas or "told reporters"', () => {
    expect(entities('Oluwaseun Adeyemi, 34, told Reuters he had waited six hours for fuel.')).toContain(
      'person:Oluwaseun Adeyemi',
    );
    expect(entities('Nguyen Thi Lan told reporters the factory had closed.')).toContain('person:Nguyen Thi Lan');
  });

  it('leaves out a sentence opener and reads no body or place as a person', () => {
    const found = entities('But Oluwaseun Adeyemi, 34, said so. The Foreign Ministry told reporters nothing.');
    expect(found).toContain('person:Oluwaseun Adeyemi');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual(['person:Oluwaseun Adeyemi']);
  });
});

describe('bodies named around their people and places', () => {
  it('take the words before a lowercase role and its holder for the body, not a place or an opening word', () => {
    expect(entities('World Athletics president Sebastian Coe said the sport would change.')).toContain(
      'organization:World Athletics',
    );
    const found = entities('Opposition leader Maria Corina Machado said her tallies showed otherwise.');
    expect(found).toContain('person:Maria Corina Machado');
    expect(found.filter((e) => e.startsWith('organization:'))).toEqual([]);
  });

  it('join a body and the place it serves', () => {
    expect(entities('The Reserve Bank of New Zealand cut its cash rate by 50 basis points.')).toContain(
      'organization:Reserve Bank of New Zealand',
    );
  });

  it("type the world's shipping lines and carmakers as companies", () => {
    const found = entities('Hapag-Lloyd and Maersk said ships would keep avoiding the Red Sea.');
    expect(found).toContain('organization:Hapag-Lloyd');
    expect(found).toContain('organization:Maersk');
  });
});

describe('places whose name joins its parts with a particle', () => {
  it('are one place, whichever part the tagger found', () => {
    const found = entities(
      'Colin Montgomerie shot a 66 to lead in Crans-sur-Sierre. The festival moves from Aix-en-Provence to Boulogne-sur-Mer, then Stratford-upon-Avon.',
    );
    for (const place of ['Crans-sur-Sierre', 'Aix-en-Provence', 'Boulogne-sur-Mer', 'Stratford-upon-Avon'])
      expect(found).toContain(`place:${place}`);
    expect(found).not.toContain('place:Avon');
  });
});

describe('names joined by an ampersand', () => {
  it('are one company where the tagger read two people', () => {
    const found = entities('Danish hi-fi maker Bang & Olufsen said sales fell. Simon & Schuster published the memoir.');
    expect(found).toContain('organization:Bang & Olufsen');
    expect(found).toContain('organization:Simon & Schuster');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
  });

  it('stay people after titles, in citations, and where the text names them in full', () => {
    expect(entities('Mr. Smith & Mrs. Jones left early.')).not.toContain('organization:Smith & Mrs');
    expect(entities('Hay, Maclagan & Gordon 2008, p. 72.').some((e) => e.includes('&'))).toBe(false);
    const painters = entities(
      'William Turner painted storms. John Constable painted fields. Turner & Constable hang side by side in the show.',
    );
    expect(painters.filter((e) => e.startsWith('person:'))).toEqual(['person:William Turner', 'person:John Constable']);
  });
});

describe('one name written two ways', () => {
  it('joins a hyphenated given name to the same name spaced', () => {
    const found = entities('North Korean leader Kim Jong Un watched the launch. Kim Jong-un has overseen many tests.');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual(['person:Kim Jong Un']);
  });
});

describe('features of the sea and land', () => {
  it('are places whatever the words before them', () => {
    const found = entities('Chinese vessels blocked a resupply mission near Second Thomas Shoal on Monday.');
    expect(found).toContain('place:Second Thomas Shoal');
  });
});

describe('places written without their accents', () => {
  it('are the places of the lists ("SAO PAULO", "Bogota"), but short words stay words', () => {
    const found = entities('SAO PAULO (Reuters) - Shares rose in Sao Paulo and Bogota. Save the date, the mayor said.');
    expect(found).toContain('place:Sao Paulo');
    expect(found).toContain('place:Bogota');
    expect(found.filter((e) => e.startsWith('person:'))).toEqual([]);
    expect(found).not.toContain('place:Save');
  });
});

describe('a dateline place in capitals', () => {
  it('is written as the place is, its particles small', () => {
    expect(entities('RIO DE JANEIRO, May 3 (Reuters) - Shares rose.')).toContain('place:Rio de Janeiro');
    expect(entities('PORT-AU-PRINCE, Haiti (AP) — Gangs attacked.')).toContain('place:Port-au-Prince');
  });
});

describe('a capital that speaks for its government', () => {
  it('is the place, Washington too', () => {
    const found = entities('White House spokesman John Kirby said Washington had been kept informed of the talks.');
    expect(found).toContain('place:Washington');
    expect(found).not.toContain('person:Washington');
  });
});

describe('a body spelled out before its abbreviation', () => {
  it('is the organization, the abbreviation its alias, in whatever language the abbreviation is', () => {
    const text =
      "Donald Tusk's party trails the ruling Law and Justice (PiS) party. The National Bank of Poland (NBP) cut rates. " +
      "NBP Governor Adam Glapinski, a PiS ally, spoke. Rutte, whose People's Party for Freedom and Democracy (VVD) " +
      'lost ground, conceded.';
    const found = entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) });
    const named = (name: string) => found.find((e) => e.name === name);
    expect(named('Law and Justice')?.aliases).toContain('PiS');
    expect(named('National Bank of Poland')?.aliases).toContain('NBP');
    expect(named("People's Party for Freedom and Democracy")?.aliases).toContain('VVD');
    expect(found.map((e) => e.name)).not.toContain('Poland');
  });

  it('is no body when the words are a term or the parentheses a country', () => {
    const found = entities('Artificial Intelligence (AI) is changing jobs, the Institute of Medicine (US) said.');
    expect(found).not.toContain('organization:Artificial Intelligence');
    expect(found.filter((e) => e.includes('Institute of Medicine'))).toEqual(['organization:Institute of Medicine']);
  });

  it("begins where the abbreviation's letters begin, in brackets of either kind, tokenized or not", () => {
    const text =
      "Officials of the North Atlantic Treaty Organization (NATO) met. Units of the Korean People's Army [KPA] " +
      'moved, and the KPA said so. The Democratic Alliance for the Betterment of Hong Kong ( DAB ) won .';
    const found = entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) });
    const named = (name: string) => found.find((e) => e.name === name);
    expect(named('North Atlantic Treaty Organization')?.aliases).toContain('NATO');
    expect(named("Korean People's Army")?.aliases).toContain('KPA');
    expect(named('Democratic Alliance for the Betterment of Hong Kong')?.aliases).toContain('DAB');
    expect(found.map((e) => e.name).filter((n) => n.startsWith('Officials'))).toEqual([]);
  });

  it('stays a place when it is a country ("Democratic Republic of Congo (DRC)")', () => {
    expect(entities('The Democratic Republic of Congo (DRC) reported most cases.')).toContain(
      'place:Democratic Republic of Congo',
    );
  });
});

describe("a place's possessive run into a body's name", () => {
  it('is the place, apart from the body', () => {
    const found = entities(
      "Microsoft completed the takeover hours after Britain's Competition and Markets Authority (CMA) approved it.",
    );
    expect(found).toContain('place:Britain');
    expect(found).toContain('organization:Competition and Markets Authority');
  });
});

describe('people the tagger took for places or missed', () => {
  it('is a person when "who" follows a name the place lists do not know', () => {
    const found = entities(
      'The court upheld the victory, throwing out a challenge by veteran opposition leader Raila Odinga. Ruto won ' +
        '50.5% of the vote against 48.8% for Odinga, who said he respected the ruling. President Uhuru Kenyatta ' +
        'had backed Odinga.',
    );
    expect(found).toContain('person:Raila Odinga');
    expect(found.filter((e) => e.startsWith('place:'))).toEqual([]);
  });

  it('takes the name after "Director" when a verb follows, not a job title', () => {
    expect(entities('Director Walter Salles accepted the award in Los Angeles.')).toContain('person:Walter Salles');
    expect(entities('Sr Director Growth Marketing at AvetixCyber').some((e) => e.startsWith('person:'))).toBe(false);
  });

  it('joins a given name to its father\'s across "bin"', () => {
    expect(entities('The deal was signed by national security adviser Musaed bin Mohammed al-Aiban.')).toContain(
      'person:Musaed bin Mohammed al-Aiban',
    );
  });
});

describe('a team called by its standing', () => {
  it('is the team\'s place without the word ("Hosts Ivory Coast"), and the tournament no body', () => {
    const found = entities('ABIDJAN, Feb 11 (Reuters) - Hosts Ivory Coast won the Africa Cup of Nations on Sunday.');
    expect(found).toContain('place:Ivory Coast');
    expect(found).not.toContain('organization:Africa Cup of Nations');
  });
});

describe("a body's head word alone", () => {
  it('is the one body of the story named with it', () => {
    const found = entities(
      "BEIJING, Jan 5 (Reuters) - China's Commerce Ministry said it would impose duties on brandy. Ministry spokesperson He Yadong said the decision followed an investigation.",
    );
    expect(found.filter((e) => e.startsWith('organization:') && e.includes('Ministry'))).toEqual([
      'organization:Commerce Ministry',
    ]);
  });
});

describe("a body's kind written before its name", () => {
  it('makes the name an organization ("state energy firm Pertamina", "news agency Yonhap")', () => {
    const found = entities(
      "Indonesia's state energy firm Pertamina said it would cut fuel prices. South Korea's news agency Yonhap reported the launch.",
    );
    expect(found).toContain('organization:Pertamina');
    expect(found).toContain('organization:Yonhap');
    expect(entities('Meta expects the group ID to reflect how you price.')).not.toContain('organization:ID');
  });
});

describe('wire shapes of names around roles and short names', () => {
  it('reads "Gautam Adani, the group\'s founder" as a person', () => {
    expect(
      entities(
        "India's Adani Group lost $100 billion in value. Gautam Adani, the group's founder, called the report an attack on India.",
      ),
    ).toContain('person:Gautam Adani');
  });

  it('reads a captain after the team, and the sport before "World Cup" as no place', () => {
    const found = entities(
      'The trophy was lifted by Springboks captain Siya Kolisi after South Africa beat New Zealand 12-11 in the Rugby World Cup final.',
    );
    expect(found).toContain('person:Siya Kolisi');
    expect(found).toContain('organization:Springboks');
    expect(found).not.toContain('place:Rugby');
  });

  it('takes the European "SE" for a company, not a street\'s quarter or an author\'s initials', () => {
    expect(entities('Porsche SE, the largest shareholder, welcomed the agreement.')).toContain(
      'organization:Porsche SE',
    );
    expect(entities('The office is at 200 Pennsylvania Avenue SE in Washington.')).not.toContain(
      'organization:Pennsylvania Avenue SE',
    );
  });

  it('joins a short name said with "known as", and a company keeps its type', () => {
    const text =
      "Brazil's Petroleo Brasileiro SA, known as Petrobras, raised prices. Petrobras shares rose. " +
      'The National Electoral Institute, known as INE, agreed.';
    const found = entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) });
    const petrobras = found.find((e) => e.name === 'Petroleo Brasileiro SA');
    expect(petrobras?.type).toBe('organization');
    expect(petrobras?.aliases).toContain('Petrobras');
    expect(found.find((e) => e.name === 'National Electoral Institute')?.aliases).toContain('INE');
  });
});

describe('a hyphenated surname after a role', () => {
  it('is whole ("captain William Troost-Ekong")', () => {
    expect(entities('Nigeria captain William Troost-Ekong headed his side in front.')).toContain(
      'person:William Troost-Ekong',
    );
  });
});

describe("a sentence's opening 'The' after a dateline", () => {
  it('is no part of the name', () => {
    expect(
      entities('THE HAGUE (Reuters) - The International Criminal Court (ICC) issued arrest warrants on Thursday.'),
    ).toContain('organization:International Criminal Court');
  });
});

describe('a law', () => {
  it('is no person ("the Finance Bill")', () => {
    expect(entities('President William Ruto later withdrew the Finance Bill after the protests.')).not.toContain(
      'person:Finance Bill',
    );
  });
});

describe('business pages', () => {
  it('finds a company named with everyday words, one with its short name', () => {
    const text =
      'Advanced Micro Devices and Intel rose as Nvidia fell. AMD said demand was strong. Texas Instruments gained.';
    const found = entitiesWithModel(model, { text, title: '' }, { sentences: splitSentences(text) });
    const amd = found.find((e) => e.name === 'Advanced Micro Devices' || e.name === 'AMD');
    expect(amd?.type).toBe('organization');
    expect(amd?.mentions).toHaveLength(2);
    expect(found.map((e) => `${e.type}:${e.name}`)).toContain('organization:Texas Instruments');
  });

  it('keeps an analyst at a bank a person: the appositive describes the person, not a bank', () => {
    const found = entities('“We see limited downside,” said Joseph Moore, an analyst at the bank.');
    expect(found).toContain('person:Joseph Moore');
    expect(entities('Gavi, the vaccine alliance, said more doses were coming.')).toContain('organization:Gavi');
  });
});

describe('a lawmaker’s party and state tag', () => {
  it('is no entity of its own', () => {
    const found = entities(
      'House Speaker Mike Johnson, R-La., is expected to bring the bill to a vote. Sen. Elizabeth Warren, D-Mass., said no.',
    );
    expect(found).toContain('person:Mike Johnson');
    expect(found.filter((e) => /\b[DRI]-/.test(e))).toEqual([]);
  });
});

describe('the publisher named in its own page', () => {
  it('is an organization, not a place; a person’s own blog stays a person', () => {
    const typeOf = (text: string, publisher: string, name: string) =>
      entitiesWithModel(model, { text, title: '', publisher }, { sentences: splitSentences(text) }).find(
        (e) => e.name === name,
      )?.type;
    const dateline =
      'LONDON, Nov 29 (Example Sport) - Bukayo Saka scored twice as Arsenal beat Newcastle United 3-1 at the ' +
      'Emirates Stadium on Saturday to go top of the Premier League, while Chelsea lost 2-0 at Aston Villa.';
    expect(typeOf(dateline, 'Example Sport', 'Example Sport')).toBe('organization');
    const blog = 'Emily Henderson shares her favorite paint colors. Emily Henderson lives in Portland.';
    expect(typeOf(blog, 'Emily Henderson', 'Emily Henderson')).toBe('person');
  });
});
