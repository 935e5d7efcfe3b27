// Text from data or people (company names, quoted sentences, an admin's source) reaches the
// operator's terminal only without control or bidi characters: `ESC]0;…BEL` would retitle the
// window, `ESC[2J` clear it, a carriage return overwrite a line, and U+202E reverse what follows.
// Line feeds and tabs stay: they are the layout.

// C0 controls but tab and line feed, DEL, C1 controls (a lone 0x9B is a CSI on some terminals),
// and the bidirectional formatting characters.
// eslint-disable-next-line no-control-regex -- matching control characters is this regex's purpose
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** `text` with every control and bidi character removed, line feeds and tabs kept. */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, "");
}
