import type { RichText } from './applications.export.js';

/**
 * Text and table layout for the PDF. pdfkit wraps CJK text anywhere, also before 。 or ）, so lines are broken here
 * (the Chinese line-breaking rule) and drawn one by one without pdfkit's wrapper; tables are drawn cell by cell so a
 * row's height fits its wrapped text and a page break falls between rows.
 */

/** May not start a line (GB/T 15834: 句号、逗号、顿号、分号、冒号、问号、叹号、后引号、后括号 …). */
export const closingPunctuation = new Set(Array.from('，。、；：？！）】》”’」』〉〕〗｝］…·％,.;:?!)]}%'));
/** May not end a line: opening brackets and quotes stay with what they open. */
const openingPunctuation = new Set(Array.from('（【《“‘「『〈〔〖｛［([{'));
const wordChar = /^[A-Za-z0-9@#&_\-+=/\\.]$/u;

/** A break before index `at` is fine: no closing mark starts the line, no opening mark ends it, no word is cut. */
function canBreak(chars: string[], at: number, keepWords: boolean): boolean {
  const before = chars[at - 1]!;
  const after = chars[at]!;
  if (closingPunctuation.has(after) || openingPunctuation.has(before)) return false;
  return !(keepWords && wordChar.test(before) && wordChar.test(after));
}

/** Where the line starting at `start` must end: the last allowed break at or before `end`, else hang the marks. */
function breakPoint(chars: string[], start: number, end: number): number {
  for (const keepWords of [true, false]) {
    for (let at = end; at > start; at--) if (canBreak(chars, at, keepWords)) return at;
  }
  // Nothing but marks on this line: let the closing marks hang past the edge rather than start the next line.
  let at = end;
  while (at < chars.length && closingPunctuation.has(chars[at]!)) at++;
  return at;
}

/**
 * Breaks one paragraph (no newlines) into lines no wider than `maxWidth` where the rule allows; joining the lines
 * gives the text back. Works on code points so a character outside the BMP (𠮷) is never cut in half.
 */
export function wrapParagraph(text: string, maxWidth: number, measure: (char: string) => number): string[] {
  const chars = Array.from(text);
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start;
    let width = 0;
    while (end < chars.length && width + measure(chars[end]!) <= maxWidth) width += measure(chars[end++]!);
    if (end === start) end++;
    const cut = end >= chars.length ? chars.length : breakPoint(chars, start, end);
    lines.push(chars.slice(start, cut).join(''));
    start = cut;
  }
  return lines.length > 0 ? lines : [''];
}

export type FontKey = 'regular' | 'bold';
export type PdfFonts = {
  /** Width of a string in points (advance widths, no kerning: CJK has none). */
  measure(text: string, font: FontKey, size: number): number;
  /** Replaces characters the font lacks with □ and records them. */
  clean(text: string): string;
};

export type Cursor = {
  doc: PDFKit.PDFDocument;
  fonts: PdfFonts;
  left: number;
  width: number;
  top: number;
  bottom: number;
  y: number;
};

export function newPage(cursor: Cursor): void {
  cursor.doc.addPage();
  cursor.y = cursor.top;
}

/** Moves to a new page unless `height` still fits (used to keep a heading with what follows). */
export function ensureSpace(cursor: Cursor, height: number): void {
  if (cursor.y + height > cursor.bottom && cursor.y > cursor.top) newPage(cursor);
}

/** A laid-out piece of a cell or of the page flow: its height, and how to draw it at a position. */
export type Item = { height: number; draw: (x: number, y: number) => void };

export type TextStyle = {
  font?: FontKey;
  size?: number;
  align?: 'left' | 'center' | 'right';
  indent?: number;
  leading?: number;
};

export function layoutText(cursor: Cursor, text: string, width: number, style: TextStyle = {}): Item[] {
  const { font = 'regular', size = 10.5, align = 'left', indent = 0, leading = 1.55 } = style;
  const { doc, fonts } = cursor;
  const lineHeight = size * leading;
  const measure = (char: string) => fonts.measure(char, font, size);
  const lines = fonts
    .clean(text)
    .split(/\r?\n/)
    .flatMap((paragraph) => wrapParagraph(paragraph, width - indent, measure));
  return lines.map((line) => ({
    height: lineHeight,
    draw: (x, y) => {
      const free = width - indent - fonts.measure(line, font, size);
      const offset = indent + (align === 'center' ? free / 2 : align === 'right' ? free : 0);
      doc.font(font).fontSize(size).fillColor('black');
      doc.text(line, x + offset, y + (lineHeight - size) / 2, { lineBreak: false });
    },
  }));
}

/** Text paragraphs and figures (scaled to the width, at most 260 pt high, captioned 图N 说明). */
export function layoutRich(cursor: Cursor, rich: RichText, width: number): Item[] {
  // An empty value keeps a line of room, as the blank form does.
  if (rich.length === 0) return layoutText(cursor, '', width);
  return rich.flatMap((part): Item[] => {
    if (part.kind === 'text') return layoutText(cursor, part.text, width);
    const { figure } = part;
    if (!figure.image) return layoutText(cursor, `［图${figure.number}缺失：${figure.caption}］`, width);
    const { bytes, width: w, height: h } = figure.image;
    const scale = Math.min(1, (width - 8) / w, 260 / h);
    const image: Item = {
      height: h * scale + 6,
      draw: (x, y) =>
        cursor.doc.image(bytes, x + (width - w * scale) / 2, y + 4, { width: w * scale, height: h * scale }),
    };
    return [image, ...layoutText(cursor, `图${figure.number} ${figure.caption}`, width, { size: 9, align: 'center' })];
  });
}

export type GridCell = { content: (width: number) => Item[]; span?: number; fill?: boolean };
/** `keepWithNext` keeps a label row on the page of the first lines of the row after it. */
export type GridRow = { cells: GridCell[]; keepWithNext?: boolean };
type PlacedCell = { x: number; width: number; fill: boolean; items: Item[] };

const padding = { x: 5, y: 4 };
const stackHeight = (items: Item[]) => items.reduce((sum, item) => sum + item.height, 0);

function placeRow(cursor: Cursor, widths: number[], row: GridCell[]): PlacedCell[] {
  let column = 0;
  let x = cursor.left;
  return row.map((cell) => {
    const span = cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, w) => sum + w, 0);
    const placed = { x, width, fill: cell.fill ?? false, items: cell.content(width - 2 * padding.x) };
    column += span;
    x += width;
    return placed;
  });
}

/** Draws cells of `height` at the cursor: fill, contents, then borders so the fill never covers a line. */
function drawCells(cursor: Cursor, cells: PlacedCell[], height: number): void {
  const { doc, y } = cursor;
  for (const cell of cells) {
    if (cell.fill) doc.rect(cell.x, y, cell.width, height).fill('#EFEFEF');
    let itemY = y + padding.y;
    for (const item of cell.items) {
      item.draw(cell.x + padding.x, itemY);
      itemY += item.height;
    }
    doc.lineWidth(0.6).rect(cell.x, y, cell.width, height).stroke('black');
  }
  cursor.y += height;
}

/** Takes from each cell the items that fit in `room`; what is left continues on the next page. */
function splitCells(cells: PlacedCell[], room: number): [PlacedCell[], PlacedCell[]] {
  const head: PlacedCell[] = [];
  const tail: PlacedCell[] = [];
  for (const cell of cells) {
    let used = 0;
    let count = 0;
    while (count < cell.items.length && used + cell.items[count]!.height <= room) used += cell.items[count++]!.height;
    head.push({ ...cell, items: cell.items.slice(0, count) });
    tail.push({ ...cell, items: cell.items.slice(count) });
  }
  return [head, tail];
}

const rowHeight = (cells: PlacedCell[]) => Math.max(...cells.map((cell) => stackHeight(cell.items))) + 2 * padding.y;

/**
 * A table: every row as tall as its tallest cell; a row that does not fit moves to the next page whole (with the
 * header repeated), and only a row taller than a page is cut, between lines.
 */
export function drawGrid(cursor: Cursor, widths: number[], rows: GridRow[], header: GridCell[] = []): void {
  const drawHeader = () => {
    const cells = placeRow(cursor, widths, header);
    if (header.length > 0) drawCells(cursor, cells, rowHeight(cells));
  };
  const headerHeight = header.length > 0 ? rowHeight(placeRow(cursor, widths, header)) : 0;
  ensureSpace(cursor, headerHeight + 40);
  drawHeader();
  for (const [index, row] of rows.entries()) {
    let cells = placeRow(cursor, widths, row.cells);
    const next = rows[index + 1];
    const height = rowHeight(cells);
    const pageRoom = cursor.bottom - cursor.top - headerHeight;
    // A label goes with its whole value when both fit on one page, else with the value's first lines.
    const nextHeight = row.keepWithNext && next ? rowHeight(placeRow(cursor, widths, next.cells)) : 0;
    const keep = height + nextHeight <= pageRoom ? nextHeight : Math.min(nextHeight, 60);
    if (cursor.y + height + keep > cursor.bottom && (height <= pageRoom || cursor.bottom - cursor.y < 60)) {
      newPage(cursor);
      drawHeader();
    }
    while (cursor.y + rowHeight(cells) > cursor.bottom) {
      const freshPage = cursor.y <= cursor.top + headerHeight;
      const [head, tail] = splitCells(cells, cursor.bottom - cursor.y - 2 * padding.y);
      const progress = head.some((cell) => cell.items.length > 0);
      // Nothing fits even on a fresh page (cannot happen with figures capped at 260 pt): draw it whole.
      if (!progress && freshPage) break;
      if (progress) {
        drawCells(cursor, head, cursor.bottom - cursor.y);
        cells = tail;
      }
      newPage(cursor);
      drawHeader();
    }
    drawCells(cursor, cells, rowHeight(cells));
  }
}
