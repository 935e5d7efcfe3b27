// SEC HTML exhibits (EX-99.1 earnings releases) as plain text the extractor can read: one
// paragraph per block, blank lines between blocks, one line per table row with its cells joined
// by " | " ("$" cells glued to their number), footnote markers and hidden XBRL dropped, line
// breaks inside a paragraph kept as single newlines, character references decoded.
import { decodeEntities } from "./html-entities.js";

const DROPPED_ELEMENTS = /<(script|style|head|title|noscript|template|ix:header|xml)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>/g;
const TAG = /<(\/?)([A-Za-z][\w:.-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
const HIDDEN = /\bstyle\s*=\s*["'][^"']*display\s*:\s*none/i;

const BLOCK = new Set([
  "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article", "header", "footer",
  "blockquote", "center", "dl", "dt", "dd", "pre", "address", "figure", "figcaption", "hr", "form", "body", "html",
  "main", "nav", "aside", "caption", "tbody", "thead", "tfoot",
]);
const VOID = new Set(["br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr", "source"]);
const FOOTNOTE_MARK = /^\s*(?:\(?[0-9]{1,2}\)?|\(?[a-z]\)|[*†‡§]{1,3})\s*$/;
const CURRENCY_CELL = /^(?:US\$|NT\$|HK\$|C\$|A\$|\$|€|£|¥|₹|Rs\.?)$/;
const CLOSING_CELL = /^[)%]+$|^\)%$/;

interface TableState {
  rows: string[][];
  row: string[] | null;
  cell: string | null;
}

function cleanInline(s: string): string {
  return s.replace(/[\s\u00a0]+/g, " ").trim();
}

/** Cells of a row as one line: empty cells dropped, "$" glued to the number after it, ")" and "%" to the one before. */
function renderRow(cells: string[]): string {
  const out: string[] = [];
  let pending = "";
  for (const raw of cells) {
    const cell = cleanInline(raw);
    if (cell === "") continue;
    if (CURRENCY_CELL.test(cell)) {
      pending = `${pending}${cell}`;
      continue;
    }
    if (CLOSING_CELL.test(cell) && out.length > 0 && pending === "") {
      out[out.length - 1] += cell;
      continue;
    }
    out.push(`${pending}${cell}`);
    pending = "";
  }
  if (pending !== "") out.push(pending);
  return out.join(" | ");
}

class TextBuilder {
  private readonly blocks: string[] = [];
  private line = "";
  private readonly tables: TableState[] = [];
  private footnote: string | null = null;
  private footnoteDepth = 0;

  text(s: string): void {
    if (this.footnote !== null) {
      this.footnote += s;
      return;
    }
    const table = this.tables[this.tables.length - 1];
    if (table) {
      if (table.cell !== null) table.cell += s;
      else if (s.trim() !== "") table.cell = s;
      return;
    }
    this.line += s;
  }

  lineBreak(): void {
    const table = this.tables[this.tables.length - 1];
    if (table) {
      if (table.cell !== null) table.cell += " ";
      return;
    }
    this.line += "\n";
  }

  endBlock(): void {
    if (this.tables.length > 0) {
      this.lineBreak();
      return;
    }
    const paragraph = this.line
      .split("\n")
      .map(cleanInline)
      .filter((l) => l !== "")
      .join("\n");
    if (paragraph !== "") this.blocks.push(paragraph);
    this.line = "";
  }

  openSup(): void {
    if (this.footnote === null) this.footnote = "";
    this.footnoteDepth += 1;
  }

  closeSup(): void {
    if (this.footnote === null) return;
    this.footnoteDepth -= 1;
    if (this.footnoteDepth > 0) return;
    const content = this.footnote;
    this.footnote = null;
    if (!FOOTNOTE_MARK.test(content)) this.text(content);
  }

  openTable(): void {
    if (this.tables.length === 0) this.endBlock();
    else this.closeCell();
    this.tables.push({ rows: [], row: null, cell: null });
  }

  openRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.closeRow();
    table.row = [];
  }

  openCell(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.closeCell();
    if (table.row === null) table.row = [];
    table.cell = "";
  }

  closeCell(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table || table.cell === null) return;
    if (table.row === null) table.row = [];
    table.row.push(table.cell);
    table.cell = null;
  }

  closeRow(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.closeCell();
    if (table.row !== null && table.row.length > 0) table.rows.push(table.row);
    table.row = null;
  }

  closeTable(): void {
    const table = this.tables[this.tables.length - 1];
    if (!table) return;
    this.closeRow();
    this.tables.pop();
    const lines = table.rows.map(renderRow).filter((l) => l !== "");
    const outer = this.tables[this.tables.length - 1];
    if (outer) {
      // A table inside a cell: its rows become text of that cell.
      this.text(` ${lines.join(" ; ")} `);
      return;
    }
    if (lines.length > 0) this.blocks.push(lines.join("\n"));
  }

  finish(): string {
    while (this.tables.length > 0) this.closeTable();
    this.endBlock();
    return this.blocks.join("\n\n");
  }
}

export function htmlToText(html: string): string {
  const source = html.replace(COMMENTS, " ").replace(DROPPED_ELEMENTS, " ");
  const out = new TextBuilder();
  let hiddenDepth = 0;
  const hiddenStack: string[] = [];
  let at = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(source); m !== null; m = TAG.exec(source)) {
    if (hiddenDepth === 0 && m.index > at) out.text(decodeEntities(source.slice(at, m.index)).replace(/[\r\n\t]+/g, " "));
    at = m.index + m[0].length;
    const closing = m[1] === "/";
    const name = (m[2] ?? "").toLowerCase();
    if (hiddenDepth > 0) {
      // Inside display:none (hidden XBRL facts): skip until the element that hid it closes.
      if (name === hiddenStack[hiddenStack.length - 1]) {
        if (closing) {
          hiddenStack.pop();
          hiddenDepth -= 1;
        } else if (!VOID.has(name) && !m[0].endsWith("/>")) {
          hiddenStack.push(name);
          hiddenDepth += 1;
        }
      }
      continue;
    }
    if (!closing && HIDDEN.test(m[0]) && !VOID.has(name) && !m[0].endsWith("/>")) {
      hiddenStack.push(name);
      hiddenDepth = 1;
      continue;
    }
    switch (name) {
      case "br":
        out.lineBreak();
        break;
      case "table":
        if (closing) out.closeTable();
        else out.openTable();
        break;
      case "tr":
        if (closing) out.closeRow();
        else out.openRow();
        break;
      case "td":
      case "th":
        if (closing) out.closeCell();
        else out.openCell();
        break;
      case "sup":
        if (closing) out.closeSup();
        else out.openSup();
        break;
      default:
        if (BLOCK.has(name)) out.endBlock();
    }
  }
  if (hiddenDepth === 0 && at < source.length) out.text(decodeEntities(source.slice(at)).replace(/[\r\n\t]+/g, " "));
  return out.finish().replace(/\u00a0/g, " ");
}
