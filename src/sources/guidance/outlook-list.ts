// An outlook read out as a list: "For fiscal 2025, we expect total sales of $11.8 billion to $11.9
// billion. Capital spending of $550 million to $600 million, total inflation of approximately 3%."
// The verbless items after an outlook sentence ("<metric> of <amount>") keep its forward sense, item
// after item, until a sentence that is not such an item (or speaks in the past) ends the list.
import { PAST_CUE } from "./cues.js";

const OPENS_OUTLOOK = /\b(?:we\s+(?:now\s+|still\s+|continue\s+to\s+)?(?:expect|anticipate|project|forecast|guide|see)|(?:the\s+company|management)\s+(?:now\s+|still\s+|also\s+)?(?:expects|anticipates|projects|forecasts|sees)\s+(?:the|a)\s+following\b|(?:our|the)\s+(?:\w+\s+)?(?:outlook|guidance))\b[^.;]*\d/i;
const LIST_ITEM = /^\s*(?:and\s+)?(?:[A-Za-z&/-]+\s+){0,6}?(?:of|in\s+the\s+range\s+of)\s+(?:approximately\s+|about\s+|around\s+|roughly\s+|between\s+)?(?:[A-Z]{0,3}[$€£¥₹]\s?)?\d/;

export interface OutlookList {
  /** Whether `sentence` is an item of an outlook list opened before it; call once per sentence, in order. */
  continues(sentence: string): boolean;
  /** Whether the sentence last given opened (or went on with) a list: its period dates the items. */
  readonly open: boolean;
}

export function outlookList(): OutlookList {
  let open = false;
  return {
    continues(sentence: string): boolean {
      const item = open && LIST_ITEM.test(sentence) && !PAST_CUE.test(sentence);
      open = item || OPENS_OUTLOOK.test(sentence);
      return item;
    },
    get open(): boolean {
      return open;
    },
  };
}
