// How a sentence carries on the capex of the sentences before it, with no capex word of its own:
// it points back at the figure just given, budgets more of it, states another company's plan in
// the same form, answers a capex question, or follows an announced capex outlook.

// "… will spend $13 billion on capital expenditures in 2026. However, this amount will be reduced
// to $9 billion for next year": a sentence that points back at the capex just named is about capex.
// "Capital expenditures through the third quarter were $563 million. Our full year fiscal 2025 target remains at $750 million."
export const POINTS_BACK =
  /\b(?:this|that|the)\s+(?:amount|figure|sum|number|budget|plan|program(?:me)?|outlay|total)\b|\b(?:the|its|their|our)\s+(?:full[-\s]year\s+|annual\s+|(?:19|20)\d{2}\s+)?(?:prediction|forecast|guidance|outlook|estimate|target|projection)\s+(?:to|at)\s+(?:about\s+|approximately\s+|around\s+)?~?\s?[$€£¥₹\d]|\b(?:it|this)\s+will\b|^\s*(?:our|its|the)\s+(?:full[-\s]year\s+)?(?:(?:fiscal\s+|FY\s?)?\d{2,4}\s+)?(?:target|guidance|outlook|forecast)\s+(?:remains|is|stands|was\s+(?:raised|lowered|cut))\b/i;
// A sentence whose subject is the figure just given: "That figure is expected to …", "The total will …".
export const POINTER_SUBJECT = /^\s*(?:that|this|the)\s+(?:amount|figure|sum|number|total)\b/i;
export const SUBJECT_REACH = 60;
// "… plans capex of $2 billion. It has allocated $1 billion for 2027": a verb of budgeting carries the capex on.
export const ALLOCATES = /\b(?:allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|budget(?:s|ed|ing)|set\s+aside)\b/i;

// "Alphabet expects 2026 capex of $175 billion to $185 billion. Amazon plans about $200 billion.":
// a company's plan stated in the same form right after a capex figure is capex too.
export const COMPANY_PLANS = /^\s*(?:(?:[A-Z][\w&.'’-]*|the\s+company|it)\s+){1,3}(?:also\s+|now\s+)?(?:expects?|plans?|guided|guides|sees|forecasts?|budgets?|projects?|targets?|(?:cut|slashed|lowered|reduced|trimmed|raised|lifted|boosted|increased)(?:\s+(?:it|again|further))*\s*,?\s+to)\s+(?:to\s+spend\s+|spending\s+of\s+)?(?:about\s+|around\s+|roughly\s+|some\s+|up\s+to\s+|as\s+much\s+as\s+)?(?:[A-Z]{0,3}\$|[€£¥₹]|\d)/;

/** How many sentences of an answer to a capex question are read as about capex when they name no metric. */
export const ANSWER_SENTENCES = 3;
// "On slide 15, we show our current estimates for capital expenditures for 24 and 25.": an outlook
// for capex announced with no money of its own; the amounts of the next sentences are it.
export const CAPEX_OUTLOOK_ANNOUNCED = /\b(?:estimates?|outlook|guidance|forecasts?|expectations?|projections?)\s+(?:for|of|on)\s+(?:our\s+|the\s+|its\s+)?(?:capital\s+(?:expenditures?|spending|investments?)|cap(?:ital)?[-\s]?ex)\b/i;

// "We continue to expect fiscal 24 free cash flow of $1.2 to $1.3 billion. Reflective of operating cash
// flow of $2.4 to $2.6 billion, and CapEx of $1.2 to $1.3 billion.": a verbless fragment goes on with
// the sentence before it, and looks forward when that one did.
// "… we are maintaining the 2016 guidance range. That includes total revenue of …, and capital
// expenditures to range from $6 million to $8 million.": a sentence that says what the one before holds goes on with it.
// "We expect full year 2025 free cash flow of approximately $1.2 billion. Capital expenditures approximately $350
// million.": the metric and its money alone, with no verb, is the next item of the outlook before it.
export const CONTINUES_BEFORE =
  /^\s*(?:Reflective\s+of|Reflecting|Comprising|Consisting\s+of|Made\s+up\s+of|Driven\s+by|Composed\s+of|(?:That|This|These|It|The\s+(?:guidance|outlook|range|forecast))\s+(?:includes|include|comprises|consists\s+of|assumes|calls\s+for))\b|^\s*(?:(?:Full[-\s]year|Total)\s+)?(?:[Cc]apital\s+(?:expenditures?|spending)|[Cc]ap[Ee]x)\s*(?:of|at|:|,)?\s*(?:approximately|about|around|roughly|~)\s*(?:[A-Z]{1,3})?[$€£¥₹]?\s?\d[\d.,]*\s*(?:trillion|billion|million|bn|mn)?\s*\.?\s*$/;
