// The words that decide what a figure is: which metric it measures (capex or something else),
// whether the sentence looks forward, and whether a figure is an analyst's estimate, an earlier
// figure it replaces, a change without a level, money already spent, or a slice of a larger plan.
// Each pattern is compiled once; tails are tested against short windows ending at a figure.

/** Units of a quantity that is not money (capacity, volume, area, counts): "3,000 MW", "5 million hectoliters", "47 stores". */
export const QUANTITY_UNIT =
  "(?:(?:MW|GW|kW|TW)h?|(?:mega|giga|kilo)watts?|tonnes?|tons?|MT|barrels?|bbls?|boe|bpd|b\\/d|hectolit(?:er|re)s?|lit(?:er|re)s?|gallons?|ounces?|oz|lbs?|cubic|mcf|bcf|square[\\s-]+(?:feet|foot|meters?|metres?)|sq\\.?\\s*ft|km|kilomet(?:er|re)s?|miles?|acres?|jobs|employees|workers|units?|stores|vehicles?|cars?|sites|wells|rigs|homes|households|customers?|subscribers?|users?|passengers?|visitors?|wafers?|beds|rooms?|seats?|aircraft|ships|vessels|locations|restaurants|branches|towers|shares?|people)\\b";

/** Capital expenditure named outright. */
export const CAPEX_STRONG =
  /\b(?:cap(?:ital)?[\s-]?ex(?:es)?\b|capital[\s-]+(?:and\s+explorat(?:ion|ory)\s+)?expenditures?|capital\s+and\s+explorat(?:ion|ory)\s+(?:investment\s+program(?:me)?s?|spending|spend|budgets?|programs?|programmes?|investments?|outlays?)|capital[\s-]+(?:spending|spend|outlays?|outlook|budgets?|plans?|programs?|programmes?|investments?|expenses?|investment\s+plans?|guidance)|(?:project|capex|infrastructure)\s+investments?|capital\s+projects|exploration\s+and\s+development\s+(?:expenditures?|spending|budgets?|capital)|investment\s+(?:plans?|budgets?|programs?|programmes?)|(?:purchases?\s+of|investments?\s+in|spending\s+on)\s+property,?\s+(?:plant\s+)?and\s+equipment|PP&E\s+(?:purchases|additions|spending))/gi;
export const CAPEX_CJK = /資本支出|资本支出|資本預算|资本预算|資本開支|资本开支|資本性支出|资本性支出|設備投資|设备投资|資本投資|资本投资/g;

/** Spending or investing named by a verb: capex when nothing else is named ("plans to spend $17 billion"). */
export const CAPEX_WEAK = /\b(?:spend|spends|spending|invest|invests|investing|investments?|deploy|deploys|deploying)\b/gi;

/** An amount of money written with a currency sign or a scale word: "$4 billion", "€2bn", "Rs 500 crore". */
export const MONEY_WRITTEN = /[$€£¥₹]\s?\d|\d[\d.,]*\s*(?:trillion|billion|million|bn|mn|crores?)\b/i;

/** Metrics that are not capex. */
export const OTHER_METRIC =
  /\b(?:capital\s+deployment|(?:content|programming|marketing|advertising)\s+spend(?:ing|s)?|capital\s+and\s+(?:business|strategic|financial|equity|M&A)\s+investments?|deploy(?:s|ed|ing)?(?=[^;]{0,40}\bin\s+capital\b(?!\s+(?:expenditures?|spending|projects?|investments?|programs?|budgets?)))|revenues?|sales|turnover|top[\s-]line|EPS|earnings(?![\s-]+(?:call|calls|conference|release|releases|report|reports|season|date|presentation|announcement|preview)\b)|net\s+income|income|profits?|margins?|opex|operating\s+(?:expenses|costs|income|profit|loss|cash\s+flows?)|costs?(?:\s+and\s+expenses)?|expenses|EBITDA|EBITDAR|EBIT|free\s+cash\s+flows?|FCF|cash\s+flows?|buybacks?|repurchases?|dividends?|interest|debt|borrowings?|R&D|research\s+and\s+development|depreciation|amortization|D&A|tax(?:es)?|acquisitions?|takeovers?|buyouts?|M&A|market\s+(?:value|cap(?:italization)?)|valuation|bookings|backlog|RPO|remaining\s+performance\s+obligations|orders|funding|financing|bonds?|loans?|liquidity|cash|impairments?|charges?|restructuring|severance|payroll|wages|compensation|SG&A|savings|inventor(?:y|ies)|working\s+capital|proceeds|contracts?|deals?|stakes?|subsid(?:y|ies)|grants?|fines?|settlements?|loss(?:es)?|ARR|GMV|shareholder\s+returns?|shareholders|share\s+count|(?:diluted\s+|weighted[-\s]average\s+)?shares\s+outstanding|return(?:s|ed|ing)?\s+(?:of|at)|return(?:s|ed|ing)?\s+(?:\$?[\d.,]+\s*(?:billion|million|bn|mn)?\s+)?to\s+(?:our\s+|its\s+|their\s+)?(?:share|stock|unit)?(?:holders|owners|investors)|distributions?|rate\s+base|(?:employee\s+)?(?:equity|stock)\s+plans?|common\s+equity|equity\s+(?:issuance|raises?|offerings?)|issuance|packages?|(?:total\s+)?sources(?=\s+(?:of|and\s+uses)\b)|shares|equity)\b/gi;
export const OTHER_METRIC_CJK = /營收|营收|營業收入|营业收入|營業額|营业额|收入|淨利|净利|獲利|获利|毛利|股利|配息|現金流|现金流|庫藏股|库藏股|研發|研发|折舊|折旧|營業費用|营业费用/g;

/** A sentence that speaks of the future: expectations, plans, modal verbs, guidance revisions. */
export const FORWARD =
  /\b(?:expect(?:s|ed|ing|ations?)?|anticipat(?:e|es|ed|ing)|plan(?:s|ned|ning)?|project(?:s|ed|ing|ions?)?|forecast(?:s|ed|ing)?|guid(?:e|es|ed|ing|ance)|outlook|target(?:s|ed|ing)?|budget(?:s|ed|ing)?|intend(?:s|ed)?|intention|lined\s+up|will|would|shall|could|may|might|should|sees?|seeing|earmark(?:s|ed|ing)?|aim(?:s|ed|ing)?|commit(?:s|ted|ting)?|look(?:s|ing)?\s+to|looking\s+at(?=\s+(?:about|around|roughly|approximately|somewhere|something\s+like|~|[$€£¥₹]))|set\s+to|on\s+track|going\s+to|propos(?:e|es|ed|ing)|allocat(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|trim(?:s|med|ming)?|lower(?:s|ed|ing)?|cut(?:s|ting)?|slash(?:es|ed|ing)?|(?:increas|reduc)(?:e|es|ed|ing)\s+(?:its|their|our|the|capital|capex|planned|annual)|tighten(?:s|ed|ing)?|mov(?:e|es|ing)\s+(?:down|up)(?:ward)?s?|narrow(?:s|ed|ing)?|maintain(?:s|ed|ing)?|reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|estimat(?:e|es|ed|ing)|upcoming|coming|(?:is|are)\s+(?:now\s+)?(?:seen|pegged)\s+at|(?:remains?|stays?|is|are)\s+unchanged|(?:was|were|has\s+been|have\s+been)\s+(?:increased|decreased|reduced)\s+to)\b|'ll\b/i;
/** FORWARD, for finding where in a sentence the forward words are. */
export const FORWARD_ALL = new RegExp(FORWARD.source, "gi");
export const FORWARD_CJK = /預計|预计|預估|预估|估計|估计|初估|將|将|計畫|计划|計劃|規劃|规划|預算|预算|擬|拟|目標|目标|展望|決議|决议|上調|上调|下修|調升|调升|調高|调高|提高|縮減|缩减|暫定|暂定|打算/;
export const FORWARD_CJK_ALL = new RegExp(FORWARD_CJK.source, "g");

/** Somebody else's number: analysts, consensus, data providers, banks. Tested on the text before a figure. */
export const ESTIMATE_BEFORE =
  /(?<!\b(?:its|their|our|company['’]s|management['’]s)\s+(?:[\w-]+\s+)?)\b(?:forecasts|estimates|projections|expectations)\s+(?:near|around|of|at|for|are|call\s+for)\s+(?:(?:about|around|roughly|near|nearly|some)\s+)?~?\s?$|\banalysts?'?\s+(?:(?:had|have|were|are|now|still|also|currently|generally|broadly|on\s+average|polled)\s+){0,2}(?:expect|estimat|forecast|predict|project|anticipat|see|model|pencil|call|look)|\b(?:consensus|FactSet|LSEG|Refinitiv|Visible\s+Alpha|StreetAccount|Zacks|(?<!\b(?:to|told|tells|telling|tell|for|reassured|reassure|assured|assure)\s+)Wall\s+Street(?!\s+Journal)|the\s+Street|street\s+estimates?|market\s+expectations?|(?:average|mean|median)\s+(?:analyst\s+)?estimates?|analysts?'?\s+(?:estimates?|expectations?|forecasts?|projections?)|brokerages?|economists?|strategists?|according\s+to\s+analysts|estimates?\s+(?:from|by|of)\s+analysts|Bloomberg(?:-compiled|\s+consensus|\s+data|\s+estimates?)|(?:compiled|polled|surveyed)\s+by|(?:the\s+)?(?:bank|brokerage|broker|research\s+firm|analyst|strategist)\s+(?:now\s+)?(?:expects?|estimates?|forecasts?|sees|predicts?|projects?)|(?:the\s+)?(?:market|investors|traders)\s+(?:had\s+)?(?:expects?|expected|sees|saw|anticipated|was\s+expecting|were\s+expecting)|(?:investors|traders|observers|critics|skeptics|bulls|bears)\s+(?:worry|worried|fear|feared|think|believe|bet|reckon|estimate))\b|\best\.|(?<!\bat\s+the\s+)(?:Goldman\s+Sachs|Morgan\s+Stanley|JP\s?Morgan|J\.P\.\s+Morgan|Citi(?:group)?|Bank\s+of\s+America|BofA|UBS|Barclays|Jefferies|Bernstein|Evercore|Deutsche\s+Bank|HSBC|Wells\s+Fargo|Mizuho|Nomura|Macquarie|KeyBanc|Piper\s+Sandler|Wedbush|Needham|TD\s+Cowen|Raymond\s+James|BNP\s+Paribas|RBC|Truist|Oppenheimer|Cantor\s+Fitzgerald|S&P\s+Global|Moody's|Fitch|Gartner|IDC|TrendForce|Counterpoint|Omdia|Dell'Oro|Canalys|SEMI)\b(?!(?:\s+[\w&-]+){0,6}?\s+(?:Conference|Summit|Forum|Symposium)\b)/i;
/** "… $110.7 billion expected by analysts", "… $146 billion consensus". Tested on the text after a figure. */
export const ESTIMATE_AFTER =
  /^\s*(?:expected|estimated|forecast|anticipated|predicted|projected)\s*(?:[.;,)]|$)|^\s*(?:[\w'-]+\s+){0,2}?(?:expected|estimated|forecast|predicted|projected|anticipated|seen|penciled|pencilled)\s+by\s+(?!the\s+company|management|us\b)|^\s*(?:analysts?|consensus|street|FactSet)\b/i;
/** "… $120 billion next year, according to analysts at X" / "…, analysts said": tested on the rest of the sentence. */
export const ESTIMATE_ATTRIBUTION =
  /^[^;]*?,\s*(?:according\s+to\s+(?:[\w&.'-]+\s+){0,3}?(?:analysts?|estimates?|consensus|FactSet|LSEG|Refinitiv|Visible\s+Alpha|Bloomberg|brokerages?|data\s+compiled)|(?!(?:[\w&.'-]+\s+){0,2}?(?:exceed(?:s|ed|ing)?|above|beat(?:s|ing)?|top(?:s|ped|ping)|surpass\w*|ahead|below|short|versus|vs|compared|against|than)\b)(?:[\w&.'-]+\s+){0,3}?(?:analysts?|economists?|strategists?)\s+(?:said|say|says|wrote|estimated?|estimates|expects?|expected|predicts?|predicted|forecast|forecasts)\b|(?:well\s+|far\s+)?(?:above|below|ahead\s+of|short\s+of|versus|vs\.?|compared\s+with)\s+(?:the\s+)?(?:company(?:'s)?|management(?:'s)?|its|official)\s+(?:guidance|forecast|outlook|target))/i;
/** "Analysts tied the outlook to a forecast 2026 capex of $X": analysts as the sentence's subject. */
export const ESTIMATE_SUBJECT =
  /^[\s\-–•*]*(?:(?:[Tt]he\s+)?(?:[Aa]nalysts|[Bb]rokers|[Ee]conomists|[Ss]trategists)\s+(?!(?:said|say|says|noted|note)\s+(?:that\s+)?(?:the\s+company|it|[A-Z]))[a-z]+|(?:[A-Z][\w&.'’-]*\s+){1,3}(?:Research|Securities)\b(?!\s+(?:and\s+)?(?:Exchange|Commission|Board|regulator))\s*,?)/;
export const ESTIMATE_CJK = /市場|市场|分析師|分析师|法人|共識|共识|外資|外资|券商/;

/** A figure something is compared with: "up from $X", "than the $X", "versus $X", "in line with 2025 levels of $X". */
export const COMPARED_BEFORE =
  /(?:\bfrom|\b(?:more|less|greater|higher|lower|fewer)\s+than(?=\s+(?:the|that|those|its|their|our|last|this|a\s+year|analysts?|consensus|expected|estimates?)\b)|(?<!\b(?:more|less|greater|fewer|rather|other))\s+than|\bin\s+line\s+with|\b(?:above|below)(?=\s+(?:the|its|their|our)\s+(?:Q[1-4]|[1-4]Q|first|second|third|fourth|prior|previous|last|(?:FY\s?)?(?:19|20)\d{2}|FY\d{2})\b)|\b(?:aligned|in\s+keeping)\s+with|\bsimilar\s+to|\bflat\s+(?:with|to)|\bconsistent\s+with|\bon\s+par\s+with|\bunchanged\s+from|\b(?:19|20)\d{2}\s+levels?|\bversus|\bvs|\bcompared\s+(?:with|to)|\bagainst|\blast\s+(?:year|quarter)['’]s|\bpeak\s+of)\b\.?(?:\s+[^\s]+){0,4}?\s*~?$/i;
/** "roughly flat to the prior year at $2.5 billion": after a comparison, "at" gives the level. */
export const LEVEL_AFTER_COMPARISON = /\bat\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+|nearly\s+)?~?\s?$/i;
/** An earlier forecast the sentence replaces: "we have been guiding around $X" (a call looking back), "prior outlook of $X", "had previously expected $X", "exceeded its capex target of $X", a "long-term range of $X". */
/** "A year ago, it said it would spend $X": an earlier statement; tested on the sentence before a figure, across commas. */
export const EARLIER_STATEMENT =
  /\b(?:a\s+(?:year|week|month)|(?:a\s+few|several|two|three|four|six|\d+)\s+(?:days|weeks|months|years))\s+(?:ago|earlier)\b[^.;$€£¥₹]{0,40}\b(?:said|announced|planned|guided|forecast|pledged)\b[^.;$€£¥₹]{0,80}$/i;
export const PRIOR_BEFORE =
  /\b(?:have|had)\s+been\s+guiding\b(?:\s+[^\s]+){0,3}?\s*~?$|(?:\bprior(?![-\s](?:year|quarter|period|fiscal|month))|\bprevious(?:ly)?(?![-\s](?:year|quarter|period|fiscal|month))|\bearlier(?!\s+(?:this|in\s+the)\s+(?:year|quarter|month))|\boriginal(?:ly)?|\binitial(?:ly)?|\bold|\binstead\s+of|\breplac(?:es|ed|ing))\b(?:\s+[^\s]+){0,4}?\s*~?$/i;
/** "the previously provided guidance of toward the lower end of $X", "exceeded its capex target of $X", a "long-term range of $X". */
export const PRIOR_NAMED_BEFORE =
  /\b(?:prior|previous(?:ly)?|earlier|original(?:ly)?|initial(?:ly)?)\s+(?:(?:provided|given|issued|announced|reported)\s+(?:[\w-]+\s+){0,4}?)?(?:guidance|outlook|forecast|plan|budget|range|target|estimate|expectations?)\b[^.;$€£¥₹]{0,50}$|\b(?:exceeded|beat|missed|surpassed|topped|met|achieved|overshot|undershot)\s+(?:its|the|our|their)\s+(?:[\w()-]+\s+){0,4}?(?:target|guidance|budget|plan|forecast|outlook)\s+of\s*~?$|\blong[-\s]term\b(?:\s+[^\s]+){0,4}?\s*~?$/i;
// "we now expect capex toward the lower end of the previously provided range of $85 to $95 million":
// the earlier range, named as where the year now lands, is still the level.
export const RANGE_END_KEPT =
  /\b(?:toward|towards|near|at|to|in)\s+(?:the\s+)?(?:lower|low|upper|high|top|bottom)\s+(?:end|half)\s+of\s+(?:the|our|its|their)\s+(?:previously\s+|prior\s+|earlier\s+|original(?:ly)?\s+|initial(?:ly)?\s+)(?:provided\s+|given\s+|issued\s+|announced\s+|stated\s+)?(?:guidance\s+|guided\s+)?(?:range|guidance|outlook)\s+(?:of\s+)?~?\s?$/i;
// "the forecast for 2021 capital expenditures remains at our previously announced guidance of $175 million to
// $200 million": the earlier figure said to stand is still the level.
export const PRIOR_KEPT =
  /\b(?:remains?|remained|stays?|stayed|is\s+unchanged|unchanged|holds?|held|reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|maintain(?:s|ed|ing)?|confirm(?:s|ed|ing)?|affirm(?:s|ed|ing)?)\s+(?:(?:at|to|with|in\s+line\s+with)\s+)?(?:the|our|its|their)\s+(?:previously|earlier|prior)\s+(?:announced\s+|provided\s+|issued\s+|given\s+|stated\s+)?(?:guidance|outlook|forecast|range|plan|budget)\s+(?:range\s+)?(?:of\s+)?~?\s?$/i;
// "increasing annual capital investments from $5 billion in 2025 to $6.4 billion in 2029": each end
// of a path through named years is that year's level (a year already over is dropped later).
const FROM_YEAR_TO = /^\s+(?:in|for)\s+(?:fiscal\s+)?(?:19|20)\d{2}\s+to\b/;
// "from $5 billion in 2025 to $6.4 billion in 2029" is a path through the years, each end a level; "from $22 million
// in 2025 to $10 million in 2026", one year to the next, is this year's level and next year's.
const NEXT_YEAR_AFTER_FROM = /^\s+(?:in|for)\s+(?:fiscal\s+)?((?:19|20)\d{2})\s+to\b[^.;]{0,40}?\b((?:19|20)\d{2})\b/;

export function pathThroughYears(next: string): boolean {
  if (!FROM_YEAR_TO.test(next)) return false;
  const years = NEXT_YEAR_AFTER_FROM.exec(next);
  return years === null || Number(years[2]) - Number(years[1]) !== 1;
}
/** Inside a COMPARED_BEFORE match: "from … to" introduces the new level, and "ranging from" a range. */
export const FROM_THEN_TO = /^from\b.*\bto\b/i;
export const RANGING_FROM = /\b(?:range|ranges|ranging|anywhere|varies|vary|varying)\s+from\b/i;
/** "well above this year's $70-72 billion": a figure compared against, named by its period. */
export const COMPARED_POSSESSIVE_BEFORE =
  /\b(?:above|below|beyond|exceeding|surpassing|over|under|than|versus|vs\.?|from|to|with)\s+(?:[\w-]+\s+){0,2}?(?:(?:this|last|the\s+prior|the\s+previous|the\s+current)\s+(?:(?:fiscal\s+)?year|quarter)|(?:19|20)\d{2})['’]s\s+~?$/i;
export const SUPERSEDED_CJK_BEFORE = /(?:由|從|从)\s*(?:約|约|大約|大约)?\s*$|(?:原先|原本|原訂|原定|先前|高於|高于|低於|低于|超越|相較|相较)[^，,；;。]{0,14}$/;

/** A figure worked out from guidance rather than given: "implies spending of roughly $19 billion". */
export const DERIVED_BEFORE = /\bimpl(?:y|ies|ied|ying)\b/i;
/** "in the high $20 billion range": a level too vague to read as a number. */
export const VAGUE_BEFORE = /\bthe\s+(?:high|low|mid|upper|lower)[-\s]?~?\s?$/i;

/** A change without a level: "by $10 billion", "an additional $5 billion", "$5 billion higher"; money moved
 * between periods ("pull forward about $10 million of capex", "putting off its $350 million capex in China");
 * "an increase in capital expenditure of $40-60 million". */
export const CHANGE_BEFORE =
  /\b(?:pull(?:s|ed|ing)?\s+(?:forward|in|ahead)|push(?:es|ed|ing)?\s+out|defer(?:s|red|ring)?|shift(?:s|ed|ing)?|carry(?:ing)?\s+over|carried\s+over|roll(?:s|ed|ing)?\s+over|put(?:s|ting)?\s+off|postpon(?:e|es|ed|ing)|shelv(?:e|es|ed|ing)|sav(?:e|es|ed|ing))\s+(?:(?:about|approximately|around|roughly|nearly|some|another|an?\s+additional|a\s+further|the|its|their|our|up\s+to|more\s+than)\s+){0,2}~?\s?$|\b(?:an?\s+)?(?:increase|rise|step[-\s]up|jump|decrease|reduction|decline|drop|cut)\s+in\s+(?:[\w-]+\s+){1,3}?of\s+(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$|\b(?:an?\s+)?(?:incremental|additional|extra)\s+(?:[\w-]+\s+){0,2}?of\s+(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$|\b(?:subtract(?:s|ed|ing)?|deduct(?:s|ed|ing)?)\s+(?:[A-Z][\w&.-]*['’]s\s+)?(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$|\b(?:cut|cuts|cutting|reduce[sd]?|reducing|trim(?:s|med|ming)?|slash(?:es|ed|ing)?|shave[sd]?|shaving|add(?:s|ed|ing)?|grown|risen|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|lower(?:s|ed|ing)?|expand(?:s|ed|ing)?)\s+(?:(?:about|approximately|around|roughly|nearly|some|another|an\s+additional|a\s+further|more\s+than|over|almost|up\s+to)\s+){0,2}~?\s?$|\b(?:(?<!\bfollowed\s)by|an?\s+additional|additional|another|extra|incremental|(?:an?\s+)?(?:increase|rise|jump|boost|cut|reduction|decrease|decline|drop|hike|step-up|increment)s?\s+of|(?<!\b(?:draw|draws|drew|drawn|drawing|set|sets|setting|put|puts|putting|line|lines|lined|lining)\s)up|down|plus)\s+(?:(?:about|approximately|around|roughly|nearly|some|almost|an?|over|more\s+than|just|total|of|up\s+to|as\s+much\s+as|circa|further)\s+|c(?:a)?\.\s?){0,4}~?\s?$/i;
export const CHANGE_AFTER =
  /^\s*(?:year[-\s](?:on|over)[-\s]year\b|y\/y\b|yoy\b|(?:in|of)\s+(?:[\w-]+\s+)?(?:capex|cap-ex|capital(?:\s+(?:expenditures?|spending|investments?))?|spending|investments?)\s+(?:reductions?|cuts?|savings|increases?|decreases?)\b|sequentially\b|in\s+(?:additional|incremental|extra|increased)\s+(?:capex|cap-ex|capital|spending|investments?)\b|of\s+(?:additional|incremental|extra|new\s+additional|increased|reduced|decreased|(?:increases?|reductions?|cuts?|decreases?|savings)\s+(?:in|to|at|for)\b)\b|more|higher|lower|less|above|below|increase|decrease|jump|rise|hike|boost|cut|reduction|upward|downward|step-up|bump|year-over-year|y\/y|yoy|(?:down|up)\s+(?:year[-\s]over[-\s]year|y\/y|yoy|on\s+the\s+year)\b)/i;
/** "cost synergies of $1.2 billion, comprising $950 million in operating expenses and $250 million in capital
 * expenditures": the parts of a saving are savings, whatever metric each is in. */
export const SAVINGS_SPLIT_BEFORE =
  /\b(?:synerg(?:y|ies)|savings)\s+of\s+(?:[^.;]|\.(?=\d)){0,40}?,?\s+(?:comprising|consisting\s+of|made\s+up\s+of|split\s+between|of\s+which)\b(?:[^.;]|\.(?=\d)){0,100}$/i;
/** "from approximately $6 billion to roughly $5.9 billion": money after "from", with money after "to", is the old level. */
export const FROM_BEFORE = /\bfrom\s+(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$/i;
export const TO_MONEY_AFTER = /^\s+to\s+(?:(?:about|approximately|around|roughly|nearly|some|just)\s+)?~?\s?(?:[A-Z]{1,3}\s?)?[$€£¥₹]/;
export const CHANGE_CJK_BEFORE = /(?:再)?(?:增加|增|減少|减少|減|减|追加|加碼|加码)\s*(?:約|约|大約|大约)?\s*$/;

/** Money already spent: "capex was $X", "bringing capex for the year so far to $X", "reached $X", "rose 5% to $X", "incurred capex of ~$X",
 * "deployed capital expenditure (excluding leases) of R41 billion". */
// "has successfully completed its planned ₹1,000 million CapEx for FY26": a plan carried out is money spent.
export const ACTUAL_BEFORE =
  /\b(?:was|were|or)\s+(?:about\s+|around\s+|some\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:lower|higher|up|down|less|more)\s+(?:(?:year[-\s](?:on|over)[-\s]year|y\/y|yoy)\s+)?(?:at|to)\s+(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$|(?<!\b(?:will|would|could|may|might|should|to|can)\s+(?:have\s+)?)\b(?:completed|spent|executed|deployed|exhausted|used\s+up)\s+(?:all\s+(?:of\s+)?)?(?:its|our|their|the)\s+(?:entire\s+|whole\s+|full\s+)?(?:planned|budgeted|targeted|allotted)\s+~?\s?$|\b(?:so\s+far|to\s+date|year[-\s]to[-\s]date)\s+(?:this\s+year\s+)?(?:to|at|of)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+)?~?\s?$|(?<!\b(?:will|would|could|may|might|should|to|can)\s+)\b(?:was|were|totall?ed|came\s+in\s+at|amounted\s+to|stood\s+at|(?:now\s+)?stands\s+at|reached|hit|(?<!\b(?:expenditures?|capex|cap-ex|spending|investments?)\s)incurred|received|spent|invested|offset\s+by|executed|completed|deployed|made|rose|grew|climbed|jumped|surged|soared|fell|declined|dropped|slipped|dipped|increased|decreased|doubled|tripled|ballooned|ended|reported|posted|recorded|logged|booked|generated|delivered|captured|realized|realised)\s+(?:(?:by\s+)?~?[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?(?:(?:to|at|of|about|approximately|around|roughly|nearly|some|a|an|record|total|the|quarterly|annual|gross|net|capex|capital\s+expenditures?|capital\s+spending|just|under|over|below|above|almost|close\s+to|more\s+than|less\s+than|slightly|sharply|significantly|modestly|year[-\s](?:on|over)[-\s]year|in\s+the\s+(?:first|second|third|fourth|latest)\s+(?:half|quarter))\s+|\([^()]{1,30}\)\s+){0,4}~?\s?$/i;
/** "… and actual expenditures of $19 million in fiscal 2020", "actual capex came in at $4 billion": money called actual was spent. */
export const ACTUAL_NAMED_BEFORE =
  /\b(?:actual(?:ly)?|historical(?:ly)?)\s+(?:average\s+)?(?:(?:capital|cash|full[-\s]year|annual)\s+)?(?:expenditures?|spending|spend|capex|cap-ex|investments?|outlays?)\s+(?:(?:of|at|was|were|totall?ed|amounted\s+to|came\s+in\s+at|reached)\s+)?(?:about\s+|approximately\s+|around\s+|roughly\s+|nearly\s+|some\s+)?~?\s?$/i;
/** "Our full-year capital budget has increased to $2.75 billion", "Capital investment for 2025 was increased to
 * $5.5 billion": a plan that moved (someone moved it) is a plan, not money spent. */
export const PLAN_MOVED_BEFORE =
  /\b(?:(?:budget|guidance|plan|outlook|forecast|target|range)s?\s+(?:has|have)\s+(?:now\s+)?(?:increased|decreased|grown|climbed|jumped|fallen|declined|dropped)|(?:guidance|outlook|forecast)\s+(?:now\s+)?(?:rose|grew|climbed|jumped|fell|declined|dropped|increased|decreased))\s+(?:(?:by\s+)?~?[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?(?:to\s+)?(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$|\b(?:was|were|has\s+been|have\s+been)\s+(?:increased|decreased|raised|lifted|lowered|reduced|cut|trimmed|revised\s+(?:up|down)(?:wards?)?)\s+(?:(?:by\s+)?~?[\d.,]+\s*(?:%|percent|per\s+cent)\s+)?to\s+(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$/i;
// "Our CapEx guidance for the year, as I mentioned, was $220 million to $230 million": what the guidance
// was is the guidance, not money spent (the period says whether it is still to come); "2020 capex guidance
// was $2.8 billion" in a report of cuts is the old figure, so only the company's own word ("our") counts.
export const GUIDANCE_WAS_BEFORE = /\bour\s+(?:[\w-]+\s+){0,3}?(?:guidance|outlook|forecast)\b(?:\s+for\s+(?:the|this|fiscal|(?:19|20)\d{2})[\w\s]{0,20}?)?(?:\s*,[^,.;$]{1,40},)?\s+(?:was|were)\s+(?:(?:about|approximately|around|roughly)\s+)?~?\s?$/i;

/** "$2 billion in capex year-to-date", "… so far this year": money already spent. */
export const ACTUAL_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:year[-\s]to[-\s]date|so\s+far(?:\s+this\s+year)?|to\s+date|YTD|over\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+){0,3}?(?:years?|quarters?|decade))\b|^\s*(?:was|were)\s+(?!(?:planned|budgeted|expected|forecast|projected|earmarked|approved|set|allocated|announced|guided|targeted|proposed|estimated|pencilled|penciled|now|still|also|raised|lifted|cut|lowered|reduced|increased|trimmed|revised)\b)|^\s*(?:came\s+in|totall?ed|amounted)\b/i;
/** Past tense in a clause: with no forward word, a current-year figure there is not a plan. */
export const PAST_CUE =
  /\b(?:was|were|had|said|has\s+been|have\s+been|spent|invested|executed|completed|led\s+to|resulted\s+in|included|ended|reported|posted|recorded|totall?ed|reached|incurred|rose|fell|grew|increased|decreased|declined|jumped|climbed|surged|soared|doubled|tripled|quadrupled|came\s+in|stood|amounted|generated|so\s+far|year[-\s]to[-\s]date|ytd|through\s+(?:the\s+)?(?:first|second|third|nine|six))\b|實際|实际|累計|累计/i;
export const ACTUAL_CJK_BEFORE = /(?:實際|实际|累計|累计|已經|已经)[^，,；;。]{0,12}$/;

/** Several companies' spending added up ("Big Tech is set to spend more than $400 billion"): no one company's guidance. */
export const AGGREGATE =
  /\b(?:(?<!(?:19|20)\d{2}\s|\bour\s)combined(?!\s+(?:company|entity|group|business))|collectively|jointly|(?:(?<!\b(?:our|its|their)\s+)(?:customers|clients)|(?<=\b(?:our|its|their)\s+)(?:customers|clients)(?=\s+(?:\w+\s+)?(?:plan|plans|will|are|expect|expects|spend|spending|invest|investing|capex|capital)\b))|together|in\s+aggregate|aggregate|altogether|hyperscalers?|big\s+tech|tech\s+giants|megacaps?|(?<!\b(?:our|its|their|his|her)\s+)(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|dozens?\s+of|hundreds\s+of|biggest|largest|major|large|leading|top)\s+(?:tech\s+|cloud\s+|internet\s+|[\w-]+\s+){0,3}(?:companies|firms|players|providers|hyperscalers|operators|carriers|airlines|utilities|lenders|institutions|enterprises|corporations|giants|manufacturers|makers|producers|exporters|conglomerates|retailers|refiners|developers|CPSEs|PSUs|PSEs|OEMs)|(?<![$€£¥₹.,\d]\s?)\b\d{1,3}(?:,\d{3})*\s+(?:(?:major|large|leading|top|big|listed|state-run|state-owned|central|public|private)\s+)?(?:companies|firms|manufacturers|makers|producers|operators|utilities|carriers|airlines|retailers|lenders|banks|CPSEs|PSUs|PSEs)|industry-wide|(?:across\s+)?the\s+(?:[\w-]+\s+)?(?:industry|sector)(?![-\s](?:miner|company|firm|giant|major|lender|bank|utility|undertaking|enterprise|producer|operator|player|leader|unit|behemoth|heavyweight|bellwether)s?\b)|(?:industry|sector)(?=\s+(?:(?:-?wide\s+)?(?:capex|capital\s+(?:spending|expenditures?|investments?)|spending|investments?|outlays)\s+)?(?:is|are|was|will|would|plans?|expects?|aims?|intends?|could|may)\b)|peers|rivals|competitors|(?:industry|sector)['’]s|companies|corporations|chipmakers|carmakers|automakers|producers|drillers|miners|telcos|Magnificent\s+(?:7|Seven)|Mag\s?7|cos|(?:national|state-owned|public[-\s]sector)\s+(?:oil\s+)?(?:companies|firms|enterprises|undertakings)|PSUs|(?:groups?|firms?|companies)\s+(?:surveyed|polled)|listed\s+(?:companies|firms)|nationwide\s+(?:survey|total))\b/i;

/** "at the lower end of our", "toward the top half of the": a place at one end of a range (the range named after it). */
export const AT_END_OF = String.raw`\b(?:at|toward|towards|near|in|to)\s+the\s+(?:lower|low|upper|high|higher|top|bottom)\s+(?:end|half|part)\s+of\s+(?:this|that|the|our|its|their)`;

/** "free cash flow after capex of …": capex named as what another metric is net of. */
export const NET_OF_BEFORE = /\b(?:after|net\s+of|less|minus|before|excluding|deducting)\s+$/i;

/** A parenthetical inside a metric's name: "capital spending, including acquisitions, of $X". */
export const PARENTHETICAL_CLAUSE = /^[\s,(]*(?:including|includes|excluding|excludes|net\s+of|exclusive\s+of|inclusive\s+of|such\s+as|as\s+well\s+as)\b/i;

/** A clause that carves a part out of a plan already given: "with about $17 billion for …". */
export const SUBALLOCATION_CLAUSE = /^[\s,;:(]*(?:with|of\s+which|of\s+(?:that|this|the)(?:\s+(?:total|amount|sum|budget|plan))?|including|includes|included|inclusive\s+of|excluding|mainly|mostly|primarily|largely)\b|^[\s，,]*(?:其中|包括|包含)/i;

/** "…, of which the investment in 5G is estimated to be 24 billion yuan": a slice of an amount named before it, whatever that amount's reading. */
export const OF_WHICH = /^[\s,;:(]*(?:(?:out\s+)?of\s+which|which\s+includes?|which\s+included)\b/i;
/** "Our Capex guidance includes an uplift in …, around $150m for Digicel Pacific": what a plan is said to include is a part of it ("our plan includes $12.5 billion of …" names the plan itself). */
export const PLAN_INCLUDES_BEFORE =
  /\b(?:capex|cap-ex|capital\s+(?:expenditures?|spending|investments?|budget|program(?:me)?))\s+(?:guidance|plan|budget|outlook|program(?:me)?|forecast|range)?\s*(?:also\s+|now\s+)?(?:includes?|contains?|comprises?|incorporates?)\s+(?:an?|the|some)\s+[^.;]{0,160}$/i;
/** "capital expenditures are estimated to be approximately $80 million, which now includes $12 million of capital for foundry coke": money the figure before it includes. */
export const WHICH_INCLUDES_BEFORE = /(?:^|[\s,])(?:which|that)\s+(?:now\s+|also\s+|already\s+)?(?:includes?|contains?|incorporates?)\s+(?:about\s+|approximately\s+|around\s+|roughly\s+|some\s+|nearly\s+)?~?\s?$/i;
/** "approximately $400 million of which is for …": a slice of the plan named before it. */
export const SUBALLOCATION_AFTER = /^\s*(?:of\s+which|of\s+that|of\s+this|of\s+the\s+total)\b/i;

/** "spend $2 billion to acquire …": money spent, but not on capex. */
export const SPEND_NOT_CAPEX_AFTER =
  /^\s+(?:(?:in|during)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d{2}\s+|(?:this|next)\s+(?:fiscal\s+)?year\s+)?(?:on\s+|in\s+)?(?:to\s+)?(?:(?:share|stock)\s+)?(?:acquire|acquiring|buy\s?backs?|buy\s+back|buying\s+back|repurchases?|repurchasing|purchase\s+(?:shares|stock)|pay\s+down|repay|return\s+to\s+shareholders)\b/i;

/** "spend $500 billion in the United States": a pledge to a place, not a capex budget. */
export const PLEDGE_AFTER =
  /^\s+(?:in|across|into)\s+(?:the\s+)?(?:U\.S\.|US\b|USA\b|United\s+States|America\b|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12]|FY|Fiscal|First|Second|Third|Fourth|Next|This|Coming|Upcoming|Capital|Capex|CapEx|Data)\b)[A-Z][a-z]+)/;

/** "by 24 per cent, or nearly $40 billion": the money form of a change stated in percent. */
/** "would trim at least 18 percent of its capital budget next year - more than $600 million -": the change again, in money. */
export const PERCENT_CHANGE_SET_OFF_BEFORE =
  /\b(?:trim|cut|reduc|lower|slash|rais|boost|increas|lift|hik)\w*\s+(?:(?:at\s+least|about|around|roughly|some|nearly|almost|more\s+than)\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s[^.;$€£¥₹]{0,60}?\s[-–—(]\s*(?:(?:more\s+than|about|around|roughly|nearly|some|over|almost)\s+)?~?\s?$/i;
export const PERCENT_CHANGE_OR_BEFORE = /\b(?:by|of)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+|almost\s+)?[\d.]+\s*(?:%|per\s?cent|percent|pct)\s*,?\s*(?:\(\s*)?or\s+(?:about\s+|around\s+|nearly\s+|roughly\s+|some\s+|more\s+than\s+|almost\s+|over\s+)?~?\s?$/i;

/** "$15 billion … to construct a new fab", "for the complex": one project's cost, not a capex budget. */
export const PROJECT_AFTER =
  /^[^.;]{0,50}?\b(?:to\s+(?:expand|upgrade|modernize|modernise|enlarge)\s+(?:capacity\s+)?(?:at|in)\s+(?:[\w'’-]+\s+){0,4}?(?:airport|plants?|factory|factories|mines?|refinery|terminal|port|fab|mill|smelter)\b|(?:for|on|in)\s+(?:this|that|the)\s+project\b|(?:in|for)\s+(?:the\s+|its\s+)?(?:first|second|third|initial|next)\s+phase\b|to\s+(?:build|construct|develop|set\s+up|establish)\s+(?:a|an|its|one)\s+(?:new\s+)?|to\s+(?:build|construct|set\s+up|establish)\s+(?:new\s+)?(?:production\s+|manufacturing\s+)?(?:facilities|plants|factories|fabs|lines)\s+(?:for|to|in|at)\b|(?:for|on|in|into|at)\s+(?:a|an|the|its)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}(?:fab|plant|factory|facility|complex|project|site|mine|terminal|campus|refinery|smelter|mill|cracker|gigafactory|warehouse|hub|(?:distribution|data|fulfil?ment|logistics)\s+cent(?:er|re)|(?:condo|hotel|resort|residential|mixed-use|office)\s+development)\b(?!\s+(?:and|or)\b)(?!s)|(?:for|on)\s+(?:two|three|four|five|both|these|those)\s+(?:[\w-]+\s+){0,3}projects\b|to\s+(?:build|construct|set\s+up|establish)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}(?:fabs|plants|factories|facilities|mines|terminals|refineries|mills|lines|sites|stores|data\s+cent(?:er|re)s)\b|(?:in|into|for|on)\s+(?:[\w()-]+\s+){0,8}?(?:fabs|plants|factories|facilities|lines|sites|mills|refineries|terminals|campuses)\s+(?:in|at)\s+[A-Z][a-z])/i;

/** "increase its US investment to $600 billion", "invest 450 trillion won domestically": a national pledge. */
export const PLEDGE_BEFORE = /\b(?:U\.S\.|US|American|domestic|India|Indian|Korean|Japanese|UK|British|Texas|Ohio)\s+(?:manufacturing\s+)?investments?\b[^.;]{0,40}$/;
// "in its domestic market", "on its domestic networks", "in domestic facilities": the home country's share, pledged.
export const DOMESTIC_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:domestically|at\s+home|nationwide|in\s+(?:the\s+)?(?:U\.S\.|US|United\s+States|America)\b|(?:in|on|into)\s+(?:its\s+|their\s+|the\s+)?domestic\b)/;

/** "our capex in Q4 was $101 million, bringing the full-year spend to $270 million"; "Capital expenditures increased 30% from
 * last year to $70 million"; "ended up coming in closer to $9 billion": spent, unless a forward word came first (as with "reaching" below). */
export const PAST_TOTAL_BEFORE =
  /\bended\s+up\s+(?:coming\s+in\s+|being\s+)?(?:(?:closer|close)\s+to|near|at|around|about)\s+~?\s?$|\bbringing\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:(?:about|approximately|around|roughly|nearly|some)\s+)?~?\s?$|\b(?:increased|decreased|rose|fell|declined|grew|jumped|climbed|dropped|dipped|slipped|surged)\s+(?:by\s+)?(?:about\s+|some\s+|nearly\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s+(?:(?:from|over|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?(?:last|prior|previous|a)\s+(?:year|quarter)(?:\s+ago)?\s+)?to\s+(?:(?:about|approximately|around|roughly)\s+)?~?\s?$/i;
/** "…, reaching $29.88 billion this quarter": spent, unless a forward word came first ("will increase …, reaching"). */
export const REACHING_BEFORE = /\breaching\s+(?:(?:about|approximately|around|roughly|nearly|some|a|an|record)\s+){0,2}~?\s?$/i;

/** "a $5 billion natural gas pipeline", "a $14.3 billion Scale AI investment": a figure used as an
 * adjective names one thing's cost; only a plan or budget named so is capex guidance ("a $20 billion capex budget"). */
export const ATTRIBUTIVE_BEFORE = /(?:\b(?:a|an)|\bthe(?=\s+(?:estimated|planned|proposed|projected)\s))\s+(?:(?:record|new|massive|planned|proposed|roughly|about|approximately|estimated|additional|fresh|whopping|huge|hefty)\s+)?~?$/i;
export const PLAN_NOUN_AFTER =
  /^\s*(?:\([^)]{0,30}\)\s*)?(?:[-\w&.'’]+\s+){0,4}?(?:capex|capital\s+(?:expenditures?|spending|budget|plan|program(?:me)?|investment\s+plan|outlay)|(?:spending|investment|capex|capital|expenditure)\s+(?:plan|budget|program(?:me)?|outlook|guidance|forecast|targets?|goals?|ambitions?|envelope)|budget|plan|program(?:me)?|range)\b/i;

/**
 * "over several years", "in the coming years", "for a number of years to come": a span with no
 * years named ("the coming year", one, is the coming fiscal year: period-patterns.ts).
 */
export const VAGUE_SPAN = /\b(?:over|in|during|across|for)\s+(?:the\s+)?(?:several|many|multiple|a\s+number\s+of|(?:next|coming)\s+(?:few|several|couple\s+of)|coming(?=\s+(?:years|decades)\b)|years\s+to\s+come|long\s+term|medium\s+term)\s*(?:years?|decades?)?\b|\b(?:years|decades)\s+to\s+come\b|\b(?:over|in|during|across|within)\s+(?:the\s+)?(?:next|coming)\s+decade\b|\b(?:over|in|during|across|for|within)\s+(?:the\s+)?(?:next|coming)\s+(?:\w+|\d+)\s*(?:to|or|-|–)\s*(?:\w+|\d+)\s+years\b/i;

/** "in the construction of …", "total investment in the facility": the money of one project. */
export const PROJECT_BEFORE =
  /\b(?:share|portion)\s+of\s+(?:the\s+)?(?:forecast\s+|expected\s+|estimated\s+)?(?:total\s+)?(?:capex|capital\s+(?:expenditures?|costs?))\b[^.;$€£¥₹]{0,20}$|\b(?:investments?|spending|capex)\s+(?:in|at|for|on)\s+(?:the|a|its|this|that)\s+(?:new\s+)?(?:[\w-]+\s+){0,2}(?:facility|plant|fab|complex|project|site|mine|campus|factory|refinery)\b[^.;]{0,40}$|\b(?:in|for)\s+the\s+(?:construction|building)\s+of\b/i;
/** "the upward revision to the budget of the Lake Charles Chemical Project (LCCP), in the US, to $11-billion": a named project's cost. */
export const NAMED_PROJECT_BEFORE = /\b(?:budget|cost|costs|price\s+tag|capital\s+estimate)\s+(?:of|for)\s+(?:the|its)\s+(?:[A-Z][\w&'’-]*\s+){1,5}(?:Project|Plant|Mine|Refinery|Complex|Facility|Terminal|Expansion)\b[^.;$€£¥₹]{0,60}$/;

/**
 * "the board approved capital appropriations of $X": money released for projects, not the year's
 * capex plan. (A board's approved capital budget for a named year is the plan; one with no period
 * is left out where periods are read, extract.ts.)
 */
export const APPROPRIATION = /\bcapital\s+appropriations?\b/i;

// "$1.2bn (2024: $1.0bn)", "(FY24 actual: …)", "(prior year: …)": a bracket opened by another period's
// label gives that period's figure beside the new one, a comparison (periods.ts marks the label's
// period as compared, so it dates neither figure).
export const PERIOD_BRACKET_BEFORE =
  /\(\s*(?:(?:FY|CY|fiscal\s+)?['’]?(?:19|20)?\d{2}|(?:the\s+)?(?:prior|previous|last)\s+(?:fiscal\s+)?year|(?:a\s+)?year\s+(?:ago|earlier)|PY|LY)(?:\s+(?:actual|actuals|comparable|figure|level|capex|outturn))?\s*[:=]\s*~?\s?$/i;

// "$35 billion a quarter", "$2 billion run rate": a rate, not a year's figure; "on a run rate basis, just under
// $100 million": the pace spending runs at, not what the year will total; but "run rate capital expenditures
// to fall below $8 billion annually by 2028": a run rate a year is named for is that year's level.
const RATE_AFTER =
  /^\s*(?:a|per|each|every)\s+(?:quarter|month|week|day)\b|^\s*(?:on\s+)?(?:a\s+)?quarterly\b|^\s*(?:monthly|weekly|daily)\b/i;
const RUN_RATE_AFTER = /^\s*(?:annual(?:ized)?\s+)?run[-\s]?rate\b/i;
const RUN_RATE_BEFORE = /\brun[-\s]?rate\b(?:\s+basis)?[^.;$€£¥₹\d]{0,40}$/i;
const YEAR_NAMED = /\b(?:19|20)\d{2}\b|\bFY\s?['’]?\d{2}\b/;

/** The figure at `start` of `text` (with `next`, the words after it) is a rate. */
export function isRate(text: string, start: number, next: string): boolean {
  const runRate = RUN_RATE_AFTER.test(next) || RUN_RATE_BEFORE.test(text.slice(Math.max(0, start - 60), start));
  return RATE_AFTER.test(next) || (runRate && !YEAR_NAMED.test(text));
}
