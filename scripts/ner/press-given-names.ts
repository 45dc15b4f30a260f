/**
 * Given names of people in the world's news as the English-language press romanizes them, which the
 * locale data of @faker-js/faker lacks: faker writes the names of Pakistan, Iran, the Arab world and much
 * of Asia and Africa in their own scripts only, so "Wasim Akram" gave "Akram", "Babar Azam" and "Masoud
 * Pezeshkian" nothing, and Poland's "Iga" and Belarus's "Aryna" were missing too. Compiled for Lede from
 * the press's own spellings; one word each, lowercased. The same filters as faker's names apply
 * (gazetteers.ts): no English words, no names of places.
 */
export const PRESS_GIVEN_NAMES: readonly string[] = [
  // Pakistan, India, Bangladesh, Sri Lanka, Nepal and Afghanistan.
  'wasim waqar shoaib babar imran shahid shahbaz shehbaz nawaz asif bilawal benazir pervez zulfikar fawad sarfaraz',
  'junaid saqib naseem rizwan fakhar haris shaheen inzamam younis misbah mohsin azhar moeen rashid mushfiqur',
  'shakib tamim mashrafe mahmudullah hasina khaleda muhammad mohammad mohammed ahmed ahmad abdul abdullah ashraf',
  'hamid hibatullah zabihullah amrullah gulbuddin narendra rahul sonia amit arvind mamata nitish akhilesh uddhav',
  'sharad nirmala piyush rajnath shashi virat rohit jasprit ravindra hardik shubman rishabh sachin sourav mahendra',
  'mukesh gautam ratan nandan azim sundar satya shivraj gotabaya mahinda ranil anura sajith pushpa kamal',
  'yashasvi ravichandran cheteshwar ajinkya rishi priyanka kangana deepika ranveer salman aamir',
  // Iran, Turkey, Israel and the Arab world.
  'masoud mahmoud ebrahim hossein mojtaba esmail javad gholam mehdi ruhollah qasem yahya ismail khaled khalid',
  'marwan yasser nabil saeb mustafa mahmud hamad nayef fahd faisal khalifa zayed tahnoun majid walid ziad',
  'bashar hafez nabih saad najib nawaf mishal abdulaziz turki adel sameh fattah hosni gamal anwar mohamed',
  'hamdan mansour jassim kais rached moncef abdelmadjid nouri haider moqtada binali hakan mevlut ekrem devlet',
  'selahattin meral naftali yair benny avigdor itamar bezalel yoav gadi herzi yitzhak ehud shimon moshe reuven',
  'ayman osama hassan hasan hussein husain ali omar umar uthman ahmet mehmet recep tayyip abdel aboul',
  'heba ayesha reem ghada suha huda soha shaimaa rasha nermeen nesreen nisreen lubna abeer sahar samar wafa',
  // Bangladesh again: the given names of its ministers, officials and cricketers.
  'kamrul shafiqul mizanur mahbub rafiqul jahangir khairul anisul mahmudul habibur mostafizur zahid obaidul',
  'tarique fakhrul sajeeb tofail',
  // Africa.
  'cyril thabo uhuru raila yoweri bobi abiy isaias hailemariam salva riek muhammadu bola atiku olusegun nnamdi',
  'kizza emmerson hakainde filipe macky bassirou ousmane alassane ibrahim mahamadou assimi idriss mahamat faustin',
  'evariste paulin akufo kwame kofi kwesi ngozi chimamanda wole tunde femi fela sadio riyad achraf kalidou',
  'mohamed salah yaya didier samuel jomo mwai',
  // East and Southeast Asia: names whose given name comes first (not China's or Korea's, written surname first).
  'fumio shinzo shigeru yoshihide sanae taro joko gibran mahathir muhyiddin tharman ferdinand bongbong rodrigo',
  'leni prayut srettha paetongtarn thaksin yingluck anutin',
  // The Caucasus, Central Asia, the Balkans and Central and Eastern Europe.
  'iga aryna jelena daniil nikol ilham mehriban kassym jomart nursultan shavkat emomali sadyr serdar gurbanguly',
  'aleksandar milorad dritan edi albin hashim vjosa zoran andrej beata mateusz rafal radoslaw andrzej jaroslaw',
  'szymon petr zuzana eduard maia salome irakli bidzina mikheil levan volodymyr vitali wladimir oleksandr',
  'ekaterina svetlana anastasia aliaksandr sviatlana alyaksandr ihor yulia yuliia petro viktor kaja alar',
]
  .join(' ')
  .split(' ');
