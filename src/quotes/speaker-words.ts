/**
 * The word tables of speaker resolution (src/quotes/speakers.ts): titles, honorifics, gendered words
 * and given names, organization words, sentence starters. Data only.
 */

export type Gender = "m" | "f" | null;

/** Roles written in capitals (`The CEO, Satya Nadella`, `Labour MP Jess Phillips`), as alternatives. */
export const ROLE_ACRONYMS = "CEO|CFO|COO|CTO|MP|MEP|MSP|MLA|TD";

export const TITLE_WORDS = new Set(
  (
    "Former President Vice Minister Secretary Senator Representative Governor Mayor Chairman Chairwoman Chair " +
    "Director Chief Executive Spokesman Spokeswoman Spokesperson Ambassador General Judge Justice Attorney " +
    "Prime Foreign Defense Defence Interior Finance Deputy Leader King Queen Prince Princess Pope Comrade " +
    "Commissioner Officer Speaker Manager Coach Professor Premier Chancellor Majority Minority Whip Founder " +
    "Candidate Nominee Sheriff Detective Inspector Sergeant Captain Lieutenant Colonel Major Admiral " +
    "Brigadier Commodore Corporal Councillor Councilor Supervisor Alderman Alderwoman " +
    "Commander Agent Principal Meteorologist Rabbi Pastor Bishop Archbishop Cardinal Reverend Imam Ayatollah Sheikh Emir Sultan Dr. Sen. Rep. Gov. " +
    "Gen. Lt. Col. Sgt. Capt. Adm. Prof. Rev. Pres. Sec. Supt. Insp. Det. Cmdr. Maj. Democratic Republican " +
    "Democrat Billionaire Team-mate Teammate Skipper " +
    "Press Counsel Boss Striker Forward Midfielder Defender Goalkeeper Lawmaker Chairperson Councilman " +
    "Councilwoman Congressman Congresswoman Assemblyman Assemblywoman Trooper Officer Sir Dame Lord Lady " +
    "Councilmember Assemblymember Selectman Selectwoman Freeholder Developer " +
    "Mayor-elect President-elect Presidential Nominee Editor Correspondent Analyst Economist Host Anchor State " +
    "Adviser Advisor Aide Strategist Pollster Consultant Senior Prosecutor Solicitor Alderman Alderwoman " +
    "Constable Superintendent Treasurer Comptroller Auditor Coroner Magistrate Administrator Provost Chaplain Clerk Assessor Registrar " +
    "Det Insp Supt Sgt DCI DCS DC DS DI DSupt PC PS PCSO Prof Rt Rt. Rev Revd Hon Hon. " +
    "Undersecretary Under-Secretary Co-star Co-host Co-presenter Co-founder Groom-to-be Bride-to-be Advocate Secretary-General Director-General Attorney-General Solicitor-General Governor-General " +
    "Inspector-General Surgeon-General Auditor-General Vice-President Vice-Chancellor Vice-Chair " +
    "Vice-Chairman Vice-Admiral Vice-Captain Deputy-Governor Taoiseach Tánaiste Tanaiste " +
    "Grandmaster Minister-President Coxswain Pro Tem Tempore " +
    ROLE_ACRONYMS.replaceAll("|", " ")
  ).split(" "),
);
export const HONORIFICS: Record<string, Gender> = {
  "Mr.": "m",
  "Mrs.": "f",
  "Ms.": "f",
  Miss: "f",
  Mr: "m",
  Mrs: "f",
  Ms: "f",
  // `Sir Keir Starmer`, `Dame Clare Moriarty`: a knighthood is how the name is addressed, no role.
  Sir: "m",
  Dame: "f",
};
export const FEMALE_WORDS =
  /\b(?:spokeswoman|chairwoman|congresswoman|councilwoman|assemblywoman|businesswoman|queen|princess|lady|dame|wife|mother|daughter|sister|woman|actress|mrs\.|ms\.|her)\b/i;
export const MALE_WORDS =
  /\b(?:spokesman|chairman|congressman|councilman|assemblyman|businessman|king|prince|lord|sir|husband|father|son|brother|man|actor|mr\.|his)\b/i;

/** The gender a word for a person says (`spokeswoman`, `his wife`, `actor`), if any. */
export function genderOfWords(text: string): Gender {
  // `her husband`, `his widow`, `Her partner`: a possessive is the owner's, not the person's.
  const own = text.replace(OWNER_BEFORE_NOUN, "");
  return FEMALE_WORDS.test(own) ? "f" : MALE_WORDS.test(own) ? "m" : null;
}
const OWNER_BEFORE_NOUN = /\b(?:his|her)\s+(?=\p{L})/giu;
/** Texts someone issues, whose words a quotation may be (`the statement read`, `an email, which read:`). */
/** A verb of issuing a text: `released`, `issued`, `put out`. */
export const ISSUING_VERB = String.raw`(?:released|issued|published|sent|posted|put\s+out)`;
export const ISSUED_TEXT_NOUNS =
  "statement|letter|email|e-mail|message|memo|release|post|tweet|note|editorial|report|filing|complaint|lawsuit|indictment|order|ruling|article|waiver|notice|ad|advertisement|headline|caption|text|fax";
/**
 * A verb that puts out a text, then the text (`released a joint statement`, `read a statement`,
 * `conceded in a short written statement`): a sentence whose `it` reads or says what follows.
 */
export const TEXT_PUT_OUT = String.raw`(?:read(?:\s+out)?|${ISSUING_VERB}|\p{Ll}+ed\s+(?:[\p{Ll}-]+\s+){0,3}?in)\s+(?:a|an|the|its|their|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:${ISSUED_TEXT_NOUNS})\b`;

/**
 * How a description gives someone's name, up to `as`: `identified himself as`, `gave her name only
 * as` (1 the reflexive or 2 the possessive, whose gender it is).
 */
export const NAME_GIVEN_AS = String.raw`(?:(?:identified|introduced|described)\s+(himself|herself)(?:\s+only)?|gave\s+(his|her)(?:\s+(?:first|full))?\s+name(?:\s+only)?)\s+as`;

/** Given names written in one string, each with `gender`. */
function given(names: string, gender: Gender): [string, Gender][] {
  return names.split(" ").map((n) => [n, gender]);
}

/**
 * Given names and their usual gender, for `he`/`she` (a name's gender is a guess): common English
 * ones, then ones common in world news, none used for both.
 */
export const FIRST_NAME_GENDER = new Map<string, Gender>([
  ...given(
    "Hillary Lesley Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia Joyce Virginia Victoria Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Ivanka Melania Michele Elena Sonia Nikki Condoleezza Madeleine Dianne Kamala Claire Debbie Tulsi Kellyanne Huma Loretta Oprah Jill Valerie Susana Marcia Jane Kate Angela Carly Liz Cathy Patty Peggy Sally Molly Holly Lily Ellen Eleanor Louise Rose Joanne Joanna Lucy Sophie Chloe Zoe Ella Ava Mia Isabel Isabelle Leah Hayley Jenny Kathy Katie Kirsten Kristen Kristin Krista Tina Wendy Yvonne Yolanda Vanessa Veronica Sylvia Stacey Stacy Sheila Rita Rosa Rosemary Roberta Paula Nina Naomi Monica Miriam Melanie Maureen Marian Maggie Lucia Lois Lillian Katrina Karin Karla Josephine Jocelyn Jenna Janine Irene Ingrid Hilary Gwen Gail Fiona Felicia Esther Erica Erin Eileen Edith Daisy Colleen Claudia Cindy Caroline Carla Candace Bonnie Bethany Becky Audrey Annie Anne Anita Alison Allison Alicia Alexandra Agnes Tamara Tammy Sue Suzanne Susanne Sheryl Serena Sabrina Renee Regina Priya Penny Nora Norma Nadia Meredith Marsha Mandy Lydia Lorraine Laurie Kristina Katharine Kara Julia Juliet Jeanne Jeanette Harriet Greta Gina Geraldine Francesca Erika Elise Elisa Eliza Elaine Deirdre Darlene Dawn Connie Clara Cecilia Cassandra Camille Bridget Bernadette Beatrice Annette Angelina Amelia Adriana Adrienne Ursula Tara Sonya Sofia Rhonda Rachael Pauline Olga Maxine Madeline Louisa Kendra Joann Hazel Gretchen Eva Eve Elsa Dolores Deanna Clare Carmen Alyssa Abby Tiffany Heidi Ilhan Rashida Ayanna Alexandria Kirstjen Kristi Marjorie Betsy Neera Jeanine Megyn Mika Katy Jacinda Nicola Marine Ghazala Stormy Omarosa Polly Hope Tanya",
    "f",
  ),
  ...given(
    "James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Martin Don Christian Keith Roger Gerald Harold Sean Austin Carl Arthur Lawrence Dylan Jesse Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby Mason Philip Louis Barack Bernie Mitt Mike Newt Rudy Chris Ted Marco Jeb Bill Tim Joe Vladimir Sergey Xi Ban Reince Rush Sean Tom Jim Harry Chuck Mitch Rand Jeh Josh Jason Elijah Trey Rex Boris Francois Recep Hassan Bashar Nicolas Enrique Justin Shinzo Rodrigo Omar Corey Lester Anderson Chad Dean Lloyd Keith Terence Terrence Ron Steve Dick Al Hank Ben Matt Dan Dave Rob Bob Nick Jon Greg Doug Rick Jeff Pete Andy Tony Ken Phil Stan Charlie Emmanuel Jared Fred Aidan Adrian Alvin Andre Angelo Antonio Barry Bernard Bradley Brett Caleb Calvin Carlos Chester Clarence Claude Clifford Colin Conor Connor Craig Curtis Damian Darren Darrell Derek Devin Dominic Duane Dwight Earl Eddie Edgar Edwin Eli Elliot Ernest Ernesto Evan Felix Fernando Floyd Francis Francisco Frederick Garrett Gavin Geoffrey Gilbert Glenn Gordon Hector Herbert Herman Howard Hugh Hugo Ian Isaac Ivan Jake Javier Jay Jerome Jimmy Joel Johnny Jorge Julian Karl Lance Leo Leon Leonard Leroy Liam Lionel Luis Luke Malcolm Manuel Marcus Mario Marvin Maurice Max Melvin Miguel Milton Norman Oliver Oscar Owen Pedro Quentin Rafael Ramon Randall Raul Reginald Ricardo Ricky Robbie Rodney Roland Ross Ruben Rudolph Sam Sergio Seth Shane Shawn Simon Stanley Stuart Theodore Todd Travis Trevor Troy Victor Vince Wesley Wilbur Xavier Zach Amir Khizr Humayun Rahm Orrin Lamar Steny Hakeem Beto Beau Kanye Sebastian Brad Mick Kris Nigel Narendra Sergei Dmitry Mikhail Viktor Volodymyr Petro Hosni Mahmoud Yasser Ehud Jurgen Arsene Pep Raheem Mesut Robby Jerrold Cory Sonny",
    "m",
  ),
  ...given(
    "Fatima Aisha Ayesha Amina Aminata Khadija Mariam Maryam Zainab Layla Leyla Leila Yasmin Yasmine Samira Rania Noura Huda Salma Zahra Farah Shirin Nasrin Parisa Elif Zeynep Ayşe Emine Esra Merve Selin Ananya Deepa Sunita Anjali Pooja Kavita Neha Meera Shreya Aditi Divya Ngozi Chiamaka Adaeze Nneka Folake Funmilayo Abena Akosua Efua Wanjiru Wanjiku Njeri Achieng Nyambura Fatoumata Aissatu Aoife Niamh Saoirse Caoimhe Róisín Gráinne Sinéad Katalin Réka Zsuzsanna Ágnes Erzsébet Agnieszka Małgorzata Katarzyna Magdalena Zofia Olena Oksana Natalya Svetlana Tatiana Irina Yulia Ekaterina Anastasia Astrid Sigrid Freya Annika Aino Satu Leilani Yumiko Akiko Keiko Haruka Thandi Nomvula Giulia Chiara Lucía Marisol Mariana Inmaculada Rocío Gladys Karina Camila Valentina Gabriela Lorna Marloes Annelies Marieke Hanneke Liisa Anneli Helga Guðrún Gudrun Hélène Élodie Céline Sandrine Amélie Brigitte Leticia Paulina Vera Daniela Fernanda Alejandra Verónica Beatriz Ximena Federica Silvia Martina Antonella Graciela Pilar Inés Itzel Yanet Vitória Luana Tainá Raimunda Montserrat Núria Laia Mercè",
    "f",
  ),
  ...given(
    "Yusuf Mehmet Mustafa Emre Ahmet Ahmed Mohammed Muhammad Mohamed Hussein Ibrahim Khalid Abdullah Abdulrahman Tariq Faisal Karim Youssef Samir Reza Hamid Kwame Kofi Kwabena Yaw Emeka Chinedu Babatunde Olawale Tunde Musa Suleiman Arjun Vikram Rajesh Ramesh Suresh Anil Sanjay Amit Ravi Aarav Imran Feroz Anwar Jari Pekka Mikko Jonas Lars Sven Björn Einar Gábor Zsolt Levente László István Tomasz Piotr Krzysztof Marek Zbigniew Paweł Jakub Wojciech Dmitri Yuri Alexei Nikolai Nikos Yiannis Dimitris Kostas Stavros Giorgos Giovanni Matteo Luca Roberto Alessandro Lorenzo Francesco Alberto Héctor Eduardo Ramón Rogelio Emilio Pablo Diego João Tiago Pieter Maarten Kees Joost Hendrik Philippe Sébastien Thierry Pierre François Takeshi Hiroshi Kenji Dawit Yonas Sipho Thabo Hemi Ragnar Alistair Angus Hamish Fraser Ewan Callum Iain Declan Pádraig Seamus Eoin Cian Tadhg Oisín Aled Dafydd Rhys Renato Julio Alejandro Andrés Andres Raúl Gustavo Mateo Ignacio Joaquín Giuseppe Massimo Stefano Óscar Hernán Gregorio Tomás Emiliano Guillermo Felipe Antônio",
    "m",
  ),
  // Given names common in British and Irish news (Irish, Welsh, Scottish and Cornish among them),
  // and some of northern and central Europe.
  ...given(
    "Maeve Siobhán Siobhan Orla Sinéad Sinead Róisín Roisin Aisling Clodagh Gráinne Grainne Bronwen Rhiannon Cerys Carys Siân Sian Ffion Eleri Nia Morwenna Kerensa Wenna Isla Eilidh Morag Mairead Mhairi Kirsty Fenella Imogen Tamsin Philippa Felicity Priyanka Moira Shona Morven Ailsa Catriona Bethan Seren Lowri Elin Ottilie Leonie Lena Zoë Marta Ewa Natalia Ingeborg Sigrid Astrid",
    "f",
  ),
  ...given(
    "Ray Reg Len Les Sid Alf Brendan Ciarán Ciaran Pádraig Padraig Séamus Eamon Éamon Ronan Cormac Fergus Oisín Oisin Cathal Colm Dónal Donal Diarmuid Niall Ruairí Ruairi Darragh Lorcan Fionn Rory Euan Alasdair Alastair Gareth Owain Iwan Emlyn Geraint Gwyn Huw Idris Jory Kenver Tobias Rupert Crispin Barnaby Piers Jolyon Magnus Oskar Lukas Elias Finn Henrik Anders Nils Erik Johan Jens Klaus Jürgen Stefan Matthias Łukasz Lukasz Andrei Pavel",
    "m",
  ),
]);
export const ORG_WORDS = new Set(
  (
    "Post Times Journal News Press Order Ministry Department Kremlin Council Party Committee Agency Inc Inc. Train " +
    "Corp Corp. Company Co. University Court House Senate Congress Association Organization Organisation " +
    "Bureau Office Commission Service Police Campaign Network Group Foundation Institute Center Centre " +
    "Club Bank Fund Board Union Administration Government Army Navy Force Guard Authority Federation " +
    "League Reuters Tribune Herald Telegraph Guardian Mail Daily Magazine Review Radio Television TV " +
    "Channel Airlines Airways Motors Media Society Academy School College Hospital Church Parliament " +
    "Assembly Cabinet Pentagon Politburo Embassy Mission Coalition Alliance Movement Command Trust FC " +
    "Kremlin Vatican Treasury Congress Sputnik Xinhua Reuters Bloomberg Facebook Twitter Google Apple " +
    "Instagram TikTok YouTube LinkedIn WhatsApp Snapchat Reddit Jazeera Arabiya Kyodo Interfax Haaretz " +
    "Microsoft Amazon Census PolitiFact Gallup Pew Poll Polls Survey Statistics Institute Ltd Ltd. LLC " +
    "Tass TASS KCNA Yonhap Politico Axios Hill Slate Salon Breitbart Fox CNN MSNBC BBC NBC CBS ABC NPR AP " +
    "Convention Conference Summit Forum Games Cup Olympics Festival Program Programme Act Bill Plan " +
    "Initiative Responsibility Caucus Council Street Avenue Square Island Islands Valley River County " +
    "Hotel Hotels Casino Casinos Resort Resorts Tower Towers Plaza Building Stadium Arena Airport Mall " +
    "Restaurant Theater Theatre Museum Library Prison Winery Pictures Studios Records Entertainment " +
    "Productions Films Publishing Books Capital Partners Holdings Industries Systems Technologies " +
    "Laboratory Laboratories Lab Labs Observatory Clinic Institution Directorate Corporation Enterprises " +
    "Securities Robotics Aerospace Railway Railways Pharmaceuticals Insurance Zoo Aquarium Brewery " +
    "Labour Tory Tories SNP GOP Water Energy Power Gas Electric Electricity Telecom Telecoms Communications " +
    "Rail Trains Transport Homes Foods Brands Retail Logistics Services Utilities Petroleum Oil Mining " +
    "Steel Chemicals Software Healthcare Chamber Commerce Consortium Confederation United City " +
    "Rovers Athletic Wanderers Hotspur Music Guild Syndicate Bus Buses Ferries Cruises Lines Shipping Coaches Rally Front Forces " +
    "Corps Brigade Brigades Guards Militia Regiment Resources Grid Health Solutions Ventures Networks Dem Dems Féin Fein Fáil Gael Cymru Peninsula Coast Mountains Highlands Lough Loch " +
    "Bench Panel Secretariat Presidency Inspectorate Duty Tax Levy Scheme Allowance Treaty Accord Pact " +
    "Directive Regulation " +
    // The heads of organizations' names in Spanish, Italian, French, German and Dutch.
    "Tribunal Agencia Agenzia Agence Agentur Ministerio Ministero Ministère Ministerium Banco Banca " +
    "Banque Instituto Istituto Institut Consejo Consiglio Conseil Comisión Commissione Fundación " +
    "Fondazione Fondation Stiftung Asociación Associazione Sindicato Sindacato Partido Partito Partij " +
    "Universidad Università Université Universität Policía Polizia Polizei Politie Ejército Esercito " +
    "Gobierno Governo Gouvernement Regierung Assemblée Bundestag Senado Congreso Tribunale Gericht"
  ).split(" "),
);
export const SENTENCE_STARTERS = new Set(
  (
    "But And In On At As When After Before While If Meanwhile However Yet So Then Now Last This That It " +
    "He She They We I You A An For With From By To Of According Although Though Because Since Still During " +
    "Under Over Asked Speaking Earlier Later Also Even Only Both Each Every Many Most Some Such These " +
    "Those Its His Her Their Our My Your Why What Who How Where There Here Despite Unlike Like Instead " +
    "Indeed Separately Similarly Previously Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday " +
    "Friday Saturday Sunday Mr Mrs Ms Dr Sen Rep Would Could Should Will Can May Might Must Did Do Does " +
    "Is Are Was Were Has Have Had Having Being Given Taking Looking Turning Going Saying Let " +
    "Regarding Concerning Considering Including Excluding Maybe Perhaps Never Always Often Sometimes " +
    "Rarely Seldom Already Soon Ever Again Thus Hence Otherwise Overall Once Until Unless Whenever " +
    "Wherever Whether Upon Be Please Late Stunning Dramatic Superb Tell Meet Thank I’m I'm I’ve I've I’d I'd I’ll I'll"
  ).split(" "),
);
/**
 * The kind of business written between `of the` and a business's name after a person's name
 * (`Jonathan Feld of the law firm Baker Botts`), for a pattern's source.
 */
export const WORKPLACE_KIND = String.raw`(?:(?:\p{Ll}[\p{L}-]*\s+){0,3}(?:firm|company|group|consultancy|think[\s-]tank|bank|charity|agency|fund|union|network|organi[sz]ation|association)\s+)?`;
/**
 * A body written in lower case, maybe after its level (`police`, `city council`, `fire brigade`),
 * that a person's name may be `of` after a place (`of the Drenthe police`), for a pattern's source.
 */
export const LOWER_BODY = String.raw`(?:(?:city|county|state|town|district|regional|local|provincial|municipal|federal|national|village|parish)\s+)?(?:police|council|army|navy|government|parliament|assembly|board|committee|fire\s+(?:service|brigade|department)|clinic|hospital|school|college|university|museum|zoo|library|prison|church|mosque)`;
export const ORG_NOUNS =
  /\b(?:company|firm|ministry|department|agency|group|organi[sz]ation|campaign|government|administration|committee|court|network|party|bank|club|team|police|newspaper|paper|magazine|outlet|site|website|report|statement|study|survey|poll|council|union|board|embassy|office|kremlin|white house|military|army|commission|bureau|foundation|institute|university|school|hospital|charity|league|federation|association|authority|service|station|channel|broadcaster|network|coalition|alliance|movement|regime|state|country|nation|city|county|district|body|panel|watchdog|regulator|centre|center|airline|carrier|maker|chipmaker|drugmaker|planemaker|retailer|supermarket|manufacturer|carmaker|automaker|insurer|lender|utility|provider|publisher|museum|gallery|airport|startup|giant|trust)$/i;
/** Documents and media that speak for their authors: kept as written. */
export const DOCUMENT_NOUN =
  /^(?:report|statement|study|survey|poll|letter|ad|advertisement|article|complaint|video|piece|book|memo|filing|lawsuit|suit|documents?|records?|data|analysis|review|editorial|op-ed|column|post|tweet|e-?mails?|release|transcript|profile|obituary|footage|film|documentary|research|findings|figures|numbers|estimates?|projections?|polls|surveys|reports|studies|letters)$/i;
export const PERSON_TITLE_NOUN =
  "(?:president|minister|secretary|senator|representative|governor|mayor|chairman|chairwoman|chair|director|chief|executive|spokesman|spokeswoman|spokesperson|ambassador|general|judge|justice|attorney|deputy|leader|commissioner|officer|speaker|manager|coach|professor|premier|chancellor|founder|candidate|nominee|sheriff|detective|inspector|captain|lieutenant|colonel|admiral|commander|agent|official|adviser|advisor|aide|analyst|economist|expert|lawyer|strategist|pollster|lawmaker|congressman|congresswoman|councilman|mp|ceo|head|editor|correspondent|reporter|author|researcher|scientist|historian|scholar|doctor|physician|member|owner|partner|counsel|consultant|fellow|host|anchor|boss|striker|forward|midfielder|defender|goalkeeper|player|star|wife|husband|mother|father|son|daughter|brother|sister|friend|teammate|team-mate|veteran|activist|organizer|resident|student|teacher|pastor|rabbi|priest|surgeon|nurse|chef|actor|actress|singer|songwriter|writer|producer)s?";

/** A lower-case word that may end a person's title (`developer`, `actress`, `star`, `midwife`, `model`). */
export const PERSON_HEAD = new RegExp(
  `(?:er|or|ist|ian|ant|ent|ee|ess|aire|man|woman|person|widow|eur|lady|international|magnate|tycoon|mogul|rival|delegate|cousin|ally|allies|back|guard|ceremonies|aunt|uncle|nephew|niece|fan|colleague|spouse|fianc[ée]e?|pal|mate|victim|suspect|witness|hero|legend|icon|rookie|pro|champion|hopeful|contender|staff|critic|medic|cleric|mechanic|diplomat|pundit|poet|athlete|pilot|monk|nun|guru|neighbour|model|${PERSON_TITLE_NOUN.replace(/s\?$/, "")})s?$`,
  "u",
);

/**
 * A capitalized adverb alone (`Significantly, the judge said`), which is no name; not a name in
 * -ly (`Kelly`, `Schlafly`, `Jolly`).
 */
export const SENTENCE_ADVERB =
  /^(?:\p{Lu}\p{Ll}+(?:ally|ively|ously|antly|ently|ibly|ably|edly|ingly|ately|fully|lessly)|Simply|Frankly|Clearly|Finally|Obviously|Certainly|Really|Actually|Basically|Honestly|Likewise|Similarly|Meanwhile|Afterwards|Afterward|Behind|Overall|Instead|Elsewhere)$/u;

/**
 * A proper adjective (`Israeli`, `Polish`, `Chinese`, `Republican`), capitalized wherever it
 * stands; not a role in -ian (`Librarian`, `Politician`, `Comedian`).
 */
export const PROPER_ADJECTIVE =
  /^(?!(?:Human|Urban|Suburban|Partisan|Bipartisan|Nonpartisan|Vegan|Veteran|Comedian|Guardian|Custodian|Civilian|Median|Pedestrian)$|\p{Lu}\p{Ll}*(?:ician|arian|torian|logian)$)(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i|ic)|French|Dutch|Czech|Swiss|Greek|Thai|Welsh|Scots|Basque)$/u;

/**
 * Participles of speech that open an aside after a subject (`, speaking to reporters on Monday,`):
 * where and how something was said, no title (cue-grammar.ts's DESC_APPOSITIVE, NOT_A_TITLE).
 */
export const SPEECH_PARTICIPLES =
  "speaking|talking|writing|testifying|appearing|addressing|responding|reacting|commenting|campaigning|briefing";

/**
 * An appositive that says how or where, not who: a sentence adverb, `in a statement`, `via USA
 * Today`; a comment (`Trump, it's also worth noting, …`); or a comparison with the figure before
 * it (`according to Coresight Research, double the number in 2017`); a state or a manner (`eager
 * all evening to jab senators`, `flanked by his sons`, `half joking`).
 */
export const NOT_A_TITLE = new RegExp(
  String.raw`^(?:however|meanwhile|though|too|also|instead|in\s+turn|in\s+fact|of\s+course|for\s+(?:example|instance)|for\s+(?:his|her|its|their)\s+part|(?:in|on|at|during)\s+(?:a|an|the|his|her|its|their)\s.*|in\s+response\s+to\s.*|(?:via|through|per)\s.*|(?:it|that|this)(?:[’']s|\s+(?:is|was))\s.*|(?:you|we|they)[’']re\s.*|(?:he|she)[’']s\s.*|I[’']m\s.*|(?:double|triple|twice|up|down|more|less|compared)\s.*|(?:\p{Ll}+ly\s+)?(?:on|during|after|before|while|when|amid|following|about|but|and|or|still|yet|without|where|to|himself|herself|themselves|itself|although|though|because|unless|if|whether|since)\s.*|(?:however|meanwhile|though|too|also|instead),\s.*|in\s+(?!charge\b).*|as\s+(?:well|he|she|they|it|I|we|you|if|though|usual|always|ever|expected|a\s+result|part)\b.*|(?:\p{Ll}+ly\s+)?(?:eager|keen|anxious|determined|desperate|reluctant|unwilling|willing|unable|ready|quick|afraid|careful|confident|furious|angry|upset|frustrated|half)\b.*|\p{Ll}+ed\s+(?:by|about|on|in|with|whether|if|for|at|from|over|to)\b.*|(?:${SPEECH_PARTICIPLES})\s.*)$`,
  "su",
);

const CLAUSE_FIRST =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|did|does|told|tells|said|says|added|adds|called|calls|declared|insisted|argued|warned|wrote|writes|he|she|they|we|I|it|there)\s/i;
const CLAUSE_INSIDE =
  /^(?:(?!(?:who|whom|whose|which|that)\s)[^\s,]+\s+){1,4}(?:has|have|had|is|are|was|were)\s+(?:been\s+)?\p{Ll}+(?:ed|en|ing)\b/u;

/**
 * An appositive that is a clause, no title: a verb or a pronoun first (`Tony Podesta, is the
 * brother of …`, `George W. Bush, told lawmakers …`), or a subject and its verb with no `who` before
 * them in its first words (`Human Rights Watch, state security forces have killed …`).
 */
export function readsAsClause(appositive: string): boolean {
  // `Will McCallum`: a given name, not the modal.
  return (
    (CLAUSE_FIRST.test(appositive) && !/^Will\s+\p{Lu}/u.test(appositive)) ||
    CLAUSE_INSIDE.test(appositive)
  );
}

/** Words for one person that `This` or `That` may point back to (`That person said`). */
export const ONE_PERSON_WORDS =
  "person|source|official|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|man|woman|insider|individual";

/**
 * The opening of a relative clause that gives a present role, up to the role (`who is executive
 * vice president of …`, `who has been the group's chairman`); not a past one (`who was …`, `who
 * served as …`: read as a title, it would say the person holds it now), a view or a state (`who is
 * seen as`, `who is vying to`), nor a friendship.
 */
export const WHO_IS_ROLE = String.raw`who\s+(?:(?:now|currently|also)\s+)?(?:is|has\s+been)\s+(?:(?:also|now|currently|still)\s+)?(?!\p{Ll}+(?:ing|ed|en)\s|friends?\s)`;

/** The end of a word that says where a name is based or who owns it (`Manhattan-based`, `Amazon-owned`). */
export const PLACED_SUFFIX = "-(?:based|owned|backed|led|run|funded|listed|headquartered)";

/** Words for kin (`son`, `wife`, `fiancée`), which a given name may follow (`His mother Lucy`). */
export const KIN_WORDS =
  "son|daughter|husband|wife|brother|sister|father|mother|grandson|granddaughter|grandmother|grandfather|nephew|niece|cousin|aunt|uncle|widow|widower|partner|girlfriend|boyfriend|fiancée?";

/** Possessive pronouns and the pronouns they stand for (`her remark that` is what she said). */
export const OWNER_PRONOUN: Readonly<Record<string, string>> = {
  his: "he",
  her: "she",
  their: "they",
  its: "it",
};
