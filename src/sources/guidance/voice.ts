// Whose words a figure is in, and whether they are meant: only the company's own forward
// statement is guidance. A question ("could you get to $250 billion?"), a hypothetical ("could
// exceed $260 billion, but we are not guiding to that"), speculation ("might move higher", "is
// likely to land below"), a third party ("according to people familiar", "a report from The
// Information") or an old pledge ("previously said it would invest up to $50 billion") is not.
// Each pattern is tested on the sentence, or on the stretch of it before a figure.
import { PRIOR_KEPT } from "./cues.js";


/** The sentence asks: a question mark at its end (past closing quotes and brackets). */
const QUESTION_END = /\?\s*["'”’)\]]*\s*$/;
/** A question asked without a question mark: "I was wondering whether …", "Any color on …", "Could you talk about …", "I'd love to hear …". */
export const ASKED_WITHOUT_MARK =
  /(?:^|[,;:]\s*|\b(?:and|so|but)\s+)(?:(?:I\s+(?:am\s+|was\s+|were\s+)?|I['’]m\s+|(?:I['’]m\s+|I\s+was\s+)?just\s+)(?:wondering|curious)\s+(?:if|whether|how|what|why|when|where|about|to\s+(?:hear|get|know|understand))\b|(?:any|some)\s+(?:color|colour|commentary|thoughts|update|detail|details|sense|context)\s+(?:on|around|about|regarding|as\s+to)\b|I(?:['’]d|\s+would)\s+(?:love|like|be\s+(?:interested|curious))\s+(?:to\s+(?:hear|get|know|understand)|in\s+(?:hearing|getting|knowing|understanding))\b|(?:could|can|would)\s+you\s+(?:please\s+)?(?:maybe\s+)?(?:talk|comment|speak|elaborate|walk\s+us|help\s+us|give\s+us|provide|share|update\s+us|remind\s+us|frame|unpack|quantify|size)\b|(?:I\s+)?(?:just\s+)?(?:wanted|want|wanna)\s+to\s+(?:check|double[-\s]check|clarify|verify|make\s+sure)\s+(?:that\s+)?)/i;
/** Words that disown a figure for the whole sentence. */
const DISOWNED =
  /^\s*(?:the\s+)?potential\b|\b(?:(?:not|n't|never)\s+(?:\w+\s+){0,2}?guid(?:e|ing|ance)|(?:is|are|was)\s+not\s+(?:a\s+)?(?:forecast|guidance|plan|target|commitment)|no\s+(?:formal\s+)?guidance|in\s+theory|theoretical(?:ly)?|illustrative(?:ly)?|hypothetical(?:ly)?|for\s+(?:the\s+sake\s+of\s+)?argument|scenario\s+(?:in\s+which|where)|bull\s+case|bear\s+case|upside\s+case|downside\s+case|speculat(?:e|es|ed|ing|ion|ive)|as\s+reported\s+by|(?:not|yet\s+to)\s+(?:\w+\s+){0,2}?(?:been\s+)?confirmed|unconfirmed|rumou?r(?:s|ed)?|reportedly|(?:is|are|was|were)\s+said\s+to\b|(?:is|are|was|were)\s+(?:understood|believed|rumou?red|thought)\s+to\s+(?:be\s+)?(?:plan|consider|weigh|mull|spend|invest|eye|target)|(?:people|a\s+person|someone)\s+(?:\w+\s+){0,2}?(?:familiar|aware|with\s+(?:direct\s+|first-hand\s+)?knowledge|briefed|close\s+to)|(?:sources?|insiders?|persons?)\s+(?:familiar|close\s+to|with\s+knowledge|said|say|told)|(?:according\s+to|citing)\s+(?:a\s+|an\s+|the\s+|their\s+)?(?:person|people|sources?|insiders?|reports?|media|documents?|estimates?|projections?|data\s+(?:compiled|from))|(?:a|an|the)\s+(?:report|story|article|analysis|survey|study|note)\s+(?:from|by|in|published)|(?:The\s+Information|Bloomberg(?:\s+News|\s+Intelligence)?|Reuters|the\s+Wall\s+Street\s+Journal|WSJ|the\s+Financial\s+Times|Nikkei|CNBC|Barron's|media\s+reports?|local\s+media|the\s+newspaper|the\s+outlet)\s+(?:reported|reports|estimated|estimates|calculated|calculates|projects|projected|found|said\s+(?:that\s+)?(?!the\s+company))|\bif\s+(?:\w+\s+){0,6}?(?:were|was|had|went|gets?|got|continues?|keeps?)\b)/i;

/** Structures that make the whole sentence someone else's view of the company: "raised its capex
 * projection for Meta to …", "expects the company to invest …", "in a client note", "the survey found". */
const SOMEONE_ELSES =
  /(?<!\b(?:our|its|their|[Tt]he\s+company['’]s)\s+(?:[\w-]+\s+)?)\b(?:projections?|forecasts?|estimates?|expectations?|outlook|models?)\s+for\s+(?!(?:Q[1-4]|H[12]|FY\d*|CY\d*|the|this|next|fiscal|calendar|capex|capital|spending|investment|(?:19|20)\d{2})\b)(?!(?:[Cc]ap[Ee]x|CAPEX|Capital|Spending|Investments?)\b)[A-Z][\w&.'’-]*|\b(?:expects?|expected|sees|saw|forecasts?|predicts?|projects?|models?|estimates?)\s+(?:the\s+company|the\s+group|the\s+firm|(?!(?:capex|capital|spending|investment|it|its|to|that|this|about|around|approximately|roughly|(?:19|20)\d{2})\b)(?!(?:[Cc]ap[Ee]x|CAPEX|Capital|Spending|Investments?)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+to\s+(?:spend|invest|lift|raise|boost|increase|cut|lower|reduce|guide|keep|have|be|reach|deploy)\b|\b(?:the|a|an)\s+(?:[\w-]+\s+)?(?:report|newspaper|paper|daily|outlet|publication|magazine|website|news\s+agency|broadcaster)\s+(?:said|says|reported|reports|added|noted|wrote|writes|claimed|claims|cited|suggests|suggested|indicates|indicated)\b|\b(?:in|according\s+to)\s+(?:a|its|their|the)\s+(?:research\s+|client\s+|investor\s+|equity\s+)?(?:note|report)\s+(?:to\s+clients|published|released|dated|on|by|from)?|\bclient\s+note\b|\b(?:the\s+)?survey\s+(?:found|showed|shows|finds|of)\b|\b[Ii]ndustry\s+(?:tracker|researcher|research\s+firm|watcher|body|association|group)s?\b|\b[Mm]arket\s+(?:tracker|researcher|research\s+firm|watcher)s?\b|\bSmartEstimate\b|\b(?:according\s+to|said|says|estimates?|expects?|forecasts?|projects?|reported|report\s+(?:from|by))\s+(?:[\w-]+\s+){0,3}?(?:S&P\s+Global|Moody['’]s|Fitch|CRISIL|ICRA|IDC|Gartner|TrendForce|IC\s+Insights|Counterpoint|Omdia|Dell['’]Oro|Canalys|Wood\s+Mackenzie|Rystad|BloombergNEF|BNEF|SEMI|[A-Z][\w&]*\s+(?:Ratings|Research|Intelligence|Securities|Capital\s+Markets))\b|\b(?:S&P\s+Global|Moody['’]s|Fitch|CRISIL|ICRA|IDC|Gartner|TrendForce|IC\s+Insights|Counterpoint|Omdia|Canalys|Wood\s+Mackenzie|Rystad(?:\s+Energy)?|BloombergNEF|BNEF)\s+(?:said|says|estimated|estimates|expects|forecasts|projects|predicts|found|reported)\b|\baccording\s+to\s+(?:\w+\s+){0,2}(?:business\s+daily|daily|newspaper|media|press|outlet|magazine|website|publication|broadcaster|news\s+agency)\b|\bthe\s+(?:bank|brokerage|broker|research\s+house|house)\s+(?:said|says|expects|estimates|forecasts|sees|predicts|raised|cut|lowered|lifted|now)\b|\banalysts?\s+(?:\w+\s+){0,4}?(?:wrote|write|said\s+in\s+a)\b|\bwho\s+(?:now\s+|also\s+)?(?:sees|expects|estimates|forecasts|predicts|models|projects)\s+[A-Z][\w&.'’-]*\s+(?:cutting|raising|lowering|lifting|spending|investing|boosting|trimming|reducing|increasing|keeping|to)\b/;

/** Someone else's figures named at the end or the start: "…, said Jane Roe, an analyst at Evercore", "…, said a fund manager",
 * "FactSet data show", "estimates compiled by Bloomberg show", "per FactSet consensus", "by the newspaper's estimate", "by our calculations". */
const OTHERS_SAY =
  /\b(?:the|one\s+of\s+the|two\s+of\s+the|both)\s+(?:people|persons?|sources?|insiders?)\s+(?:said|say|says|added|told)\b|\b(?:said|says|added)\s+(?:the|one\s+of\s+the)\s+(?:people|persons?|sources?|insiders?)\b|\b(?:asked|requested|declined)\s+not\s+to\s+be\s+(?:identified|named)\b|\bdeclined\s+to\s+be\s+(?:identified|named)\b|\bon\s+(?:the\s+)?condition\s+of\s+anonymity\b|\b(?:said|says)\s+(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w.'’-]*,\s+(?:an?\s+|the\s+)?(?:(?:senior|chief|lead|equity|research|credit|investment|market|[A-Z][\w&.-]*)\s+){0,3}(?:analyst|strategist|economist|(?:portfolio|fund|money)\s+manager)\b|\b(?:said|says)\s+(?:[A-Z][\w.'’-]*\s+){1,3}?[A-Z][\w.'’-]*,\s+(?:[\w-]+\s+){0,4}?(?:head|director)\s+of\s+(?:[\w-]+\s+){0,3}?research\b|\b(?:said|says)\s+(?:an?|one|another)\s+(?:[\w-]+\s+)?(?:analyst|strategist|economist|(?:portfolio|fund|money)\s+manager|investor|banker|trader)\b|\b(?:data|figures|estimates|calculations|polls?|projections|analysis|tally|survey|review)\s+(?:(?:compiled\s+by|from)\s+(?:[\w&.'’-]+\s+){1,3})?(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\b|\b(?:per|according\s+to|based\s+on)\s+(?:[\w&.'’-]+\s+){0,2}?consensus\b|\b[Bb]y\s+(?:(?!(?:the\s+company['’]s|its|management['’]s)\b)[\w&.'’-]+\s+){1,2}(?:estimates?|calculations?|reckoning|count)\b/;

/** "Morgan Stanley's latest update projects that …", "Goldman raised its capex forecast …": a bank or research house as the subject. */
/** Banks, brokers, research houses and rating agencies by name: as a sentence's subject they give their view, as a call's label their analyst asks. */
export const BANK_NAMES = String.raw`(?:Goldman(?:\s+Sachs)?|Morgan\s+Stanley|JP\s?Morgan|J\.P\.\s+Morgan|Citi(?:group)?|Bank\s+of\s+America|BofA|UBS|Barclays|Jefferies|Bernstein|Evercore(?:\s+ISI)?|Deutsche\s+Bank|Credit\s+Suisse|HSBC|Wells\s+Fargo|Mizuho|Nomura|Macquarie|KeyBanc|Piper\s+Sandler|Wedbush|Needham|(?:TD\s+)?Cowen|Raymond\s+James|BNP\s+Paribas|RBC(?:\s+Capital\s+Markets)?|Truist|Oppenheimer|Cantor(?:\s+Fitzgerald)?|Bernstein|Redburn|Berenberg|Jefferies|CLSA|Daiwa|Kotak|Motilal\s+Oswal|Morningstar|MoffettNathanson|New\s+Street\s+Research|Melius|Stifel|Baird|Guggenheim|Loop\s+Capital|Rosenblatt|Scotiabank|BMO(?:\s+Capital\s+Markets)?|CIBC|Societe\s+Generale|Santander|Itau\s+BBA|BTG(?:\s+Pactual)?|S&P(?:\s+Global)?(?:\s+Ratings)?|Fitch(?:\s+Ratings)?|Moody['’]s(?:\s+Investors\s+Service)?|DBRS(?:\s+Morningstar)?|(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Securities|Capital\s+Markets|Equities))`;
export const BANK_SUBJECT = new RegExp(String.raw`\b${BANK_NAMES}(?:['’]s)?(?:\s+[\w-]+){0,4}?\s+(?:now\s+)?(?:projects?|projected|estimates?|estimated|expects?|expected|forecasts?|sees|saw|predicts?|predicted|models?|modeled|raised|raises|lifted|lifts|cut|cuts|lowered|lowers|trimmed|revised|revises|added|increased|reduced|calculates?|calculated|wrote|writes|said|says|noted|notes)\b`);
/** "…, said Jane Roe of Morgan Stanley": a bank's person, named with the bank. */
const BANKS_PERSON = new RegExp(String.raw`\b(?:said|says)\s+(?:[A-Z][\w.'’-]*\s+){1,3}?(?:of|at|with|from)\s+${BANK_NAMES}`);
/** "Elliott wants Amazon to cap capex at …", "Shareholders urged Acme to limit …", "said Acme should cut …": someone's demand of the company, not its plan. */
const DEMANDED =
  /\b(?:wants?|wanted|urged?|urging|called\s+on|calls\s+on|calling\s+on|pushed|pushing|pressed|pressing|pressured|pressuring)\s+(?:the\s+company|management|(?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,2})\s+to\s+(?:\w+\s+)?(?:cut|limit|cap|reduce|lower|trim|rein|slash|spend|raise|boost|increase|invest|keep|hold)\b|\bsaid\s+(?:that\s+)?(?:the\s+company|(?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,2})\s+should\s+(?:\w+\s+)?(?:cut|limit|cap|reduce|lower|trim|slash|spend|raise|boost|increase|invest|keep|hold)\b|\b(?:[Ii]nvestors|[Aa]nalysts|[Mm]arkets?|[Tt]raders|the\s+Street|Wall\s+Street)\s+(?:are\s+|were\s+|is\s+|was\s+)?(?:bracing|hoping|betting|positioned|braced)\s+for\b|\b(?:is|are|was|were)\s+widely\s+(?:expected|seen|forecast|projected|anticipated|tipped)\b/;

/** A modal of possibility right before the figure in its clause: "could exceed", "might reach", "might spend", "could spend as much as". */
const POSSIBLE_BEFORE =
  /\b(?:might|could)\s+(?:(?:well|easily|potentially|possibly|even|still|also|eventually|ultimately)\s+)?(?:spend|invest|allocate|budget|earmark|deploy)\b[^.;:]{0,60}$|\b(?:could|might)\s+(?:\w+\s+){0,4}?(?:provide|add|require|need|mean|see|take|allow|support|bring|lift|push|drive|total|amount|cost)\b[^.;:]{0,60}$|\b(?:could|might)\s+(?:(?:well|easily|potentially|possibly|even|still|also|eventually|ultimately|now|further|actually|theoretically)\s+)?(?:(?:be|go|get|come|land|move|rise|grow|climb|increase|exceed|reach|top|hit|surpass|approach|near|double|swell|balloon|run|end\s+up|stay|remain|fall|drop|decline|range|vary|raise|lift|boost|hike|lower|cut|reduce|trim|expand|bump)\b)(?:[^.;:]{0,60})$|\b(?:is|are|was|were|seems?|appears?)\s+(?:(?:very|more|less|quite|also|still)\s+)?(?:likely|unlikely|poised|expected\s+by\s+(?:analysts|investors))\s+to\b[^.;:]{0,60}$|\b(?:potentially|potential\s+(?:upside|capital|investment|spend|decrease|increase|reduction|cut|rise|decline)|possibly|perhaps|maybe|conceivably|upside\s+of|in\s+a\s+(?:bull|bear|best|worst)[-\s]case)\b[^.;:]{0,40}$/i;

/** "may reach $100 billion", "may well exceed": a possibility, not a plan. */
const MAY_REACH_BEFORE = /\bmay\s+(?:(?:well|even|eventually|potentially|ultimately)\s+)?(?:reach|exceed|top|hit|surpass|approach|(?:climb|rise|swell|balloon|jump)\s+to)\b[^.;:]{0,60}$/i;
/** "…, per FactSet's analyst forecast", "per LSEG data": a figure from someone else's numbers. */
const PER_SOURCE = /\bper\s+(?:[A-Z][\w&.'’-]*\s*){1,3}(?:['’]s\s+)?(?:analysts?['’]?\s+)?(?:forecasts?|estimates?|consensus|data|projections?)\b/;

/** "opportunities that could increase the forecast by $2.5 billion, resulting in a total of $17.7 billion": the result of a possibility is one too. */
const POSSIBILITY_CARRIED = /\b(?:could|might)\s+(?!(?:not|never)\b)(?:[^.;?]|\.(?=\d))*,\s*(?:resulting\s+in|which\s+would\s+(?:bring|take|lift|raise|put)|bringing|taking)\b[^.;,?]{0,80}$/i;

/** "citing a company statement", "citing the company", "citing a regulatory filing": the company's own words, passed on. */
const CITING_THE_COMPANY = /\bciting\s+(?:the\s+company\b|(?:a|an|the|its)\s+(?:company|regulatory|exchange|stock[-\s]exchange|securities)\s+(?:statement|filing|release|presentation|announcement|disclosure)\b)/i;

/** "previously said it would invest up to $50 billion": an older figure the sentence recalls. */
const RECALLED_BEFORE =
  /\b(?:previously|earlier|formerly|originally|initially|once|had)\s*,?\s+(?:\w+\s+){0,2}?(?:said|announced|pledged|promised|committed|vowed|unveiled|outlined|planned|forecast|projected|guided|targeted|set|estimated|pegged|budgeted|earmarked|flagged|told|expected|anticipated)\b[^.;]{0,120}$/i;

/** "… less than a year after the company laid out plans to invest 475 billion crowns", "…, after slashing it to $4 billion in March": an older plan recalled. */
const RECALLED_AFTER_EVENT =
  /\b(?:after|since)\s+(?:the\s+(?:company|group|firm)|it|[A-Z][\w&.'’-]*)\s+(?:first\s+)?(?:laid\s+out|set\s+out|announced|unveiled|outlined|pledged|promised)\b[^.;]{0,120}$|\b(?:after|since)\s+(?:(?:first\s+)?(?:cutting|slashing|lowering|reducing|trimming|raising|lifting|boosting|increasing|setting)|(?:it|the\s+(?:company|group|firm)|[A-Z][\w&.'’-]*)\s+(?:had\s+)?(?:cut|slashed|lowered|reduced|trimmed|raised|lifted|boosted|increased|set))\b[^.;]{0,60}$/i;

/** "Samsung is expected to invest …": a company as the subject of someone's expectation, with no
 * one of the company saying it. ("Capex is expected to be …" is the company's own outlook.) */
const EXPECTED_OF_COMPANY =
  /(?:^|[,;]\s*|\b(?:and|but|while)\s+)(?:(?:[A-Z][\w&.'’-]*\s+){1,4}|[Tt]he\s+(?:company|group|firm|carmaker|automaker|chipmaker|miner|producer|retailer|operator|utility)\s+|it\s+|[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3},\s+[^,]{3,60},\s+)(?:is|are|was|were)\s+(?:widely\s+|also\s+|now\s+)?(?:projected|expected|anticipated|estimated|forecast|predicted|seen|tipped|likely|set|slated|poised|scheduled)\s+to\s+(?:spend|invest|allocate|deploy|commit|put|pour|plough|plow|announce|unveil|guide|outline|give|provide|issue|present|report|(?:increase|raise|lift|boost|hike|cut|lower|trim|revise|update)\s+(?:its|their))\b/;
const COMPANY_SAYS = /\b(?:said|says|told|announced|stated|according\s+to\s+(?:the\s+)?company|the\s+company\s+(?:said|expects))\b/i;
/** "Morningstar analyst Jane Roe estimates …", "an analyst at the bank, John Doe, said": an analyst, named, speaking. */
const NAMED_ANALYST =
  /\banalysts?\b(?:,?\s+(?:[A-Z][\w.'’-]*|at|with|of|from|the|a|an)){1,6},?\s+(?:expects?|estimates?|forecasts?|predicts?|projects?|sees|believes?|thinks?|reckons?|said|says|wrote|writes|noted|notes|calculates?)\b/;
/** "capex is forecast by S&P to reach …", "is seen at $X by analysts": someone else's forecast, in the passive. */
const BY_SOMEONE =
  /\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:seen|expected|estimated|forecast|projected|pegged|put|predicted)\b(?:[^.;]|\.(?=\d)){0,80}\bby\s+(?:(?:most|many|some|several|the)\s+)?(?:analysts?|economists|brokers?|brokerages|investors|the\s+Street|Wall\s+Street|consensus|the\s+market)\b|\b(?:is|are|was|were)\s+(?:\w+\s+)?(?:forecast|expected|estimated|projected|predicted|seen|tipped|pegged)\s+by\s+(?!(?:the\s+)?(?:company|management|its|our|executives?|the\s+end|(?:19|20)\d{2})\b)/i;
/** "We estimate Acme's capex at …", "according to our estimates": the writer's own view of a company it names. */
const WRITERS_VIEW =
  /\b(?:[Ww]e|I)\s+(?:now\s+|still\s+|also\s+)?(?:estimate|expect|forecast|model|see|project|believe|think|calculate)\s+(?:that\s+)?(?!(?:[Cc]ap[Ee]x|CAPEX|Capital|Spending|Investments?)\b)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}(?:['’]s?\s|\s+(?:will|would|should|could|is|are|to|plans?|intends?)\b)|\baccording\s+to\s+(?:our|my)\s+(?:own\s+)?(?:estimates?|calculations?|models?|analysis|forecasts?)\b|^\s*["“]?(?:[Bb]ased\s+on|[Ee]xtrapolating(?:\s+from)?)\s+(?:this|that|the|these|those)\s+(?:(?:recent|current|quarterly)\s+)?(?:trends?|run[-\s]rates?|pace|trajector(?:y|ies))\b/;
/** Addressing "you" about the company's figure is an analyst asking: "you mentioned that you'll spend …". */
const SECOND_PERSON =
  /\byou(?:['’]re|['’]ll|['’]ve|\s+guys|\s+all)?\s+(?:(?:\w+\s+){0,3}?)(?:spend|invest|going\s+to\s+be|guided|outlined|mentioned|said|expect|plan|have\s+(?:in|for)|talk|talked|talking|discussed|spoke|flagged|called\s+out|gave|laid\s+out|pointed\s+out|noted|highlighted|referenced|alluded|brought\s+up|suggested|implied)\b/i;
/** "To your point about $1.5 billion", "On your $1.5 billion number": the asker's figure, taken up. */
const YOUR_FIGURE = /\b(?:to|on|about|with|regarding)\s+your\s+(?:point|number|figure|estimate|math|question|model|comment)?\s*(?:about|on|of|regarding)?\s*(?:the\s+)?[^.;,]{0,20}$/i;
/** "You mentioned $250 billion; we expect about $200 billion": after the words to "you", the company's own (only the figure said to "you" is the asker's). */
const ANSWERS_AFTER_YOU =
  /\byou\b[^;:—–]*?(?:[;:—–]\s*|,\s*but\s+|\.\s+)(?:but\s+|and\s+|so\s+)?(?:we|our\s+(?:plan|guidance|outlook|budget))\s+(?:(?:now|still|currently|continue\s+to|do|actually|really)\s+)?(?:expect|plan|anticipate|guide|budget|forecast|target|are\s+(?:guiding|planning|budgeting|targeting|expecting)|will\s+(?:spend|invest)|is|remains?)\b/i;
/** "If prices stay at $60, capex would be …", "Assuming the deal closes, … would invest …": a conditional. */
const CONDITION = /^\s*["“]?\s*(?:if|unless|assuming|provided\s+that|in\s+the\s+event|should\s+(?!be\b)\w+|had\s+(?:we|it|they|the\s+company|[A-Z]\w+)\b)/i;
const CONDITIONAL_MODAL = /\b(?:would|could|might)\b|['’]d\b/i;
// "The high end of our filing, if approved, would increase our total capital expenditures …": a condition set in commas before the modal.
const INSERTED_CONDITION = /,\s*if\s+(?:\w+\s+){0,2}?(?:approved|accepted|granted|passed|successful|completed|sanctioned|allowed)\s*,\s*(?:it\s+|this\s+|that\s+|they\s+)?(?:would|could|might)\b/i;
/** "Acme would spend $1.2 billion if the deal closes", "may raise capex to $X if demand improves": a plan that holds only on a condition stated after it. */
// The modal comes before any money of the sentence: "expects $1.2 billion, which could rise if …" stays a plan.
const WOULD_IF = new RegExp(
  `^(?:(?![$€£¥₹]|\\d[\\d.,]*\\s*(?:trillion|billion|million|bn|mn|crores?)\\b)[^;?])*?\\b(?:would|could|might|may)\\s+(?:\\w+\\s+){0,3}?(?:spend|invest|allocate|deploy|be|total|reach|rise|increase|raise|lift|boost|cut|lower|reduce|trim|climb|grow)\\b(?:[^.;?]|\\.(?=\\d))*\\b(?:if|unless|provided\\s+that|assuming)\\s`,
  "i",
);
/** "in a lower-price scenario", "has the flexibility to reduce capex to", "would consider raising", "is considering raising",
 * "is evaluating a reduction", "would involve about $300 million of capital": an option, not a plan. */
const OPTION =
  /\bscenario\b|\bwould\s+(?:involve|entail|require|necessitate)\b|\b(?:consider(?:s|ing)?|weigh(?:s|ing)?|mull(?:s|ing)?|explor(?:es|ing)|evaluat(?:es|ing)|study(?:ing)?|studies|assess(?:es|ing)?)\s+(?:\w+\s+){0,2}?(?:rais|increas|boost|lift|cut|lower|reduc|trim|spend|invest)\w*\b|\b(?:flexibility|room|ability|option|leeway|scope)\s+to\s+(?:\w+\s+)?(?:reduce|cut|lower|trim|raise|increase|flex|adjust|lift|boost|scale)\b|\bwould\s+consider\b/i;
/** "would have required", "on pace for": a counterfactual or an onlooker's run rate. */
/** A possibility left open or disowned: "is not out of the question", "I wouldn't rule out", "there's a world where", "one could
 * argue", "would be an upper bound, not a forecast", "isn't crazy", "haven't decided whether", "too early to say whether". */
const LEFT_OPEN =
  /\bnot\s+out\s+of\s+the\s+question\b|\b(?:wouldn['’]t|would\s+not|can['’]t|cannot|couldn['’]t|don['’]t|do\s+not)\s+rule\s+out\b|\b(?:haven['’]t|have\s+not|hasn['’]t|has\s+not)\s+(?:yet\s+)?(?:decided|determined|settled)\s+(?:whether|if)\b|\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|know)\s+(?:whether|if)\b|\b(?:did|does|do)\s+not\s+(?:say|confirm|disclose|specify|indicate|comment\s+on)\s+(?:whether|if)\b|\b(?:didn['’]t|doesn['’]t|don['’]t)\s+(?:say|confirm|disclose|specify|indicate)\s+(?:whether|if)\b|\bthere['’]?s\s+a\s+(?:world|scenario|path)\s+(?:where|in\s+which)\b|\b(?:you|one)\s+could\s+(?:imagine|argue|envision|picture)\b|\b(?:is\s+not|isn['’]t|wouldn['’]t\s+be|would\s+not\s+be)\s+(?:crazy|unreasonable|inconceivable|impossible|unthinkable)\b|,\s*not\s+(?:a\s+)?(?:forecast|guidance|plan|target|commitment)\b/i;
/** "Some investors have suggested …", "critics argued …": others' proposals. */
const OTHERS_SUGGEST = /\b(?:[Ss]ome|[Oo]thers|[Cc]ritics|[Ii]nvestors|[Aa]nalysts|[Oo]bservers|[Cc]ommentators|[Ss]keptics)\s+(?:\w+\s+)?(?:have\s+|had\s+)?(?:suggested|argued|speculated|proposed|called\s+for)\b/;
const COUNTERFACTUAL = /\bwould\s+have\s+(?:\w+ed|been|cost|meant|taken)\b|\bon\s+pace\s+for\b/i;
/** "according to X" where X is not the company or its own document. */
const ACCORDING_TO =
  /\baccording\s+to\s+(?!(?:its|their|our|the\s+company['’]s)\s)(?!(?:the\s+|a\s+|an\s+|its\s+|their\s+|our\s+)?(?:(?:business|official|regulatory|exchange|company|stock[-\s]exchange|securities)\s+)?(?:company|firm|group|management|statement|release|press\s+release|filing|disclosure|notice|announcement|(?:company|regulatory|stock[-\s]exchange)\s+(?:filing|statement|presentation)|presentation|annual\s+report|slides?|(?:call\s+)?transcript|(?:earnings|conference)\s+call|investor\s+(?:day|presentation|update)|shareholder\s+letter|letter\s+to\s+shareholders|prospectus|website|regulatory|stock[-\s]exchange|CEO|CFO|chief|chairman|chairwoman|president|executives?|officials?|spokes(?:man|woman|person)|guidance|plan|budget|outlook)\b)/i;

/** The company's own people named as the source: "according to its top management", "the CFO said". */
export const COMPANY_VOICE =
  /\baccording\s+to\s+(?:its|the\s+company['’]s|the)\s+(?:top\s+|senior\s+)?(?:management|CEO|CFO|chief|chairman|president|executives?|officials?|spokes\w+)|\b(?:CEO|CFO|COO|chief\s+(?:executive|financial|operating)\s+officer|chairman|president|spokes(?:man|woman|person))\b[^.]{0,80}\b(?:said|says|told|added|noted|stated)\b/i;

export type VoiceVerdict = "question" | "hypothetical" | "third-party" | "recalled";

/** What, if anything, keeps every figure of this sentence from being guidance. */
export function sentenceVoice(sentence: string): VoiceVerdict | null {
  if (QUESTION_END.test(sentence)) return "question";
  if ((SECOND_PERSON.test(sentence) && !ANSWERS_AFTER_YOU.test(sentence)) || ASKED_WITHOUT_MARK.test(sentence)) return "question";
  if (SOMEONE_ELSES.test(sentence) || OTHERS_SAY.test(sentence) || BANKS_PERSON.test(sentence) || DEMANDED.test(sentence) || BANK_SUBJECT.test(sentence) || NAMED_ANALYST.test(sentence) || WRITERS_VIEW.test(sentence) || BY_SOMEONE.test(sentence) || PER_SOURCE.test(sentence)) return "third-party";
  if (EXPECTED_OF_COMPANY.test(sentence) && !COMPANY_SAYS.test(sentence)) return "third-party";
  if (OTHERS_SUGGEST.test(sentence)) return "third-party";
  if (COUNTERFACTUAL.test(sentence) || LEFT_OPEN.test(sentence)) return "hypothetical";
  if ((CONDITION.test(sentence) && CONDITIONAL_MODAL.test(sentence)) || WOULD_IF.test(sentence) || OPTION.test(sentence) || INSERTED_CONDITION.test(sentence)) return "hypothetical";
  const m = DISOWNED.exec(sentence);
  if (m === null) return null;
  // "…, Reuters reported, citing a company statement": the outlet reports the company's own words.
  if (CITING_THE_COMPANY.test(sentence) && !/familiar|sources?|insiders?|people|person/i.test(m[0])) return null;
  return /guid|theor|hypothe|argument|scenario|case|speculat|rumou?r|\bif\b/i.test(m[0]) ? "hypothetical" : "third-party";
}

/**
 * "according to X" where X is someone other than the company: `ownAt` tells whether the company
 * is named at a position (so "according to Amazon" stays the company's).
 */
export function attributedElsewhere(sentence: string, ownAt: (from: number, to: number) => boolean): boolean {
  const m = ACCORDING_TO.exec(sentence);
  if (m === null) return false;
  const from = m.index + m[0].length;
  // "…, the CFO said on the call, according to Reuters": a news outlet passing on what was said, not its own view.
  if (NEWS_OUTLET.test(sentence.slice(from, from + 40)) && COMPANY_SAYS.test(sentence.slice(0, m.index))) return false;
  // "According to Zhitong Finance, recently, Intel stated in its earnings call that it expects …": the
  // source passes on what the company itself said.
  const comma = sentence.indexOf(",", from);
  const said = comma < 0 ? null : COMPANY_SAID_AFTER.exec(sentence.slice(comma + 1, comma + 140));
  const named = said === null ? -1 : comma + 1 + said.index + said[0].indexOf(said[1] ?? "");
  if (said !== null && ownAt(named, named + (said[1]?.length ?? 0))) return false;
  // "according to Leon Topalian, Nucor's chair, president, and CEO": one of the company's people.
  return !ownAt(from, from + 5) && !OFFICER_AFTER.test(sentence.slice(from, from + 80));
}

const COMPANY_SAID_AFTER =
  /^\s*(?:(?:recently|earlier|previously|on\s+\w+(?:\s+\d{1,2})?|this\s+week|last\s+week)\s*,?\s*)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})(?:\s*\([^)]{1,20}\))?\s+(?:stated|said|announced|disclosed|told|noted|confirmed)\b/;

const NEWS_OUTLET =
  /^(?:the\s+)?(?:Reuters|Bloomberg(?:\s+News)?|(?:the\s+)?Associated\s+Press|AP|Dow\s+Jones(?:\s+Newswires)?|CNBC|(?:the\s+)?Wall\s+Street\s+Journal|WSJ|(?:the\s+)?Financial\s+Times|FT|Nikkei|Kyodo|Yonhap|Xinhua|PTI|Press\s+Trust\s+of\s+India|AFP|MarketWatch|Barron['’]s)\b(?!\s*(?:analysts?|estimates?|calculations?|data|poll|analysis|sources?|Intelligence)\b)/;

const OFFICER_AFTER = /^[^.;]{0,50}?\b(?:CEO|CFO|COO|chief\s+(?:executive|financial|operating)|chair(?:man|woman)?|president|managing\s+director|spokes(?:man|woman|person)|executive\s+director)\b/i;

/** What keeps one figure from being guidance, from the words before it (`before`: its clause's last
 * words; `sentenceBefore`: all of its sentence before it). */
export function figureVoice(before: string, sentenceBefore = before): VoiceVerdict | null {
  if (SECOND_PERSON.test(before) || YOUR_FIGURE.test(before)) return "question";
  if (POSSIBLE_BEFORE.test(before) || MAY_REACH_BEFORE.test(before) || POSSIBILITY_CARRIED.test(sentenceBefore)) return "hypothetical";
  if (RECALLED_BEFORE.test(before) && !PRIOR_KEPT.test(before)) return "recalled";
  const after = RECALLED_AFTER_EVENT.exec(before);
  // "Amazon shares slumped … on Thursday after it announced plans to spend $200bn": the market's
  // answer to the announcement makes it the news itself, not an older plan recalled.
  if (after !== null && !MARKET_MOVED.test(sentenceBefore.slice(0, sentenceBefore.length - before.length + after.index))) return "recalled";
  return null;
}

const MARKET_MOVED =
  /\b(?:shares?|stocks?|ADRs?|the\s+stock)\b[^.;]{0,60}?\b(?:fell|rose|slumped|jumped|tumbled|surged|dropped|gained|sank|soared|climbed|slid|plunged|plummeted|rallied|declined|sagged|skidded|spiked|leapt|leaped|rebounded)\b[^.;]*$/i;
