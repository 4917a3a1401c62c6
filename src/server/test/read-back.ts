import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/**
 * Exported documents read back the way a reader gets them: poppler renders and reads the PDF (pdftoppm, pdftotext,
 * pdftohtml, pdffonts, pdfinfo), unzip opens the DOCX, pngjs and jsQR look at the pixels.
 */

/** A command's standard output as text. */
export const run = (command: string, args: string[]) => execFileSync(command, args, { encoding: 'utf8' });

/** A command's standard output as bytes: a rendered page, a part of a zip. */
const runBytes = (command: string, args: string[]) => execFileSync(command, args, { maxBuffer: 64 * 1024 * 1024 });

export const pdfPageCount = (path: string) => Number(/Pages:\s+(\d+)/.exec(run('pdfinfo', [path]))![1]);

/** A box in PDF points, measured from the top-left corner of the page, as pdftotext -bbox-layout gives it. */
export type Box = { xMin: number; yMin: number; xMax: number; yMax: number };

const toPixels = (points: number, dpi: number) => Math.round((points * dpi) / 72);

/** Page `page` (from 1) of a PDF as RGBA pixels at `dpi` pixels per inch: the whole page, or only `region` of it. */
export function renderPdfPage(path: string, page: number, dpi: number, region?: Box): PNG {
  const crop = region
    ? { '-x': region.xMin, '-y': region.yMin, '-W': region.xMax - region.xMin, '-H': region.yMax - region.yMin }
    : {};
  const cropArgs = Object.entries(crop).flatMap(([flag, points]) => [flag, String(toPixels(points, dpi))]);
  const only = String(page);
  const args = ['-png', '-r', String(dpi), '-f', only, '-l', only, ...cropArgs, '-singlefile', path];
  return PNG.sync.read(runBytes('pdftoppm', args));
}

/** Where the images of a PDF are drawn, page by page in drawing order, as pdftohtml places them (whole points). */
export function pdfImagePlacements(path: string): Array<{ page: number; box: Box }> {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-images-'));
  try {
    // pdftohtml writes every image out next to the XML; only the XML is read.
    execFileSync('pdftohtml', ['-xml', '-zoom', '1', '-q', path, join(dir, 'pages')]);
    const xml = readFileSync(join(dir, 'pages.xml'), 'utf8');
    return xml.split('<page number="').flatMap((chunk) => {
      const page = Number.parseInt(chunk, 10);
      const images = chunk.matchAll(/<image top="([\d.-]+)" left="([\d.-]+)" width="([\d.]+)" height="([\d.]+)"/g);
      return Array.from(images, ([, top, left, width, height]) => {
        const [yMin, xMin] = [Number(top), Number(left)];
        return { page, box: { xMin, yMin, xMax: xMin + Number(width), yMax: yMin + Number(height) } };
      });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What each image drawn in a PDF shows as a QR code (null for none): its place on the page, with `margin` points of
 * the page around it, rendered at `dpi` and read. The page is what a scanner sees, so this holds the drawing too.
 */
export function pdfQrCodes(path: string, dpi = 300, margin = 6): Array<{ page: number; text: string | null }> {
  return pdfImagePlacements(path).map(({ page, box }) => {
    const [xMin, yMin] = [Math.max(0, box.xMin - margin), Math.max(0, box.yMin - margin)];
    const region = { xMin, yMin, xMax: box.xMax + margin, yMax: box.yMax + margin };
    return { page, text: decodeQr(renderPdfPage(path, page, dpi, region)) };
  });
}

/** The text of the QR code in an image (PNG bytes or decoded pixels), or null when none can be read. */
export function decodeQr(image: Buffer | PNG): string | null {
  const png = Buffer.isBuffer(image) ? PNG.sync.read(image) : image;
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  // Documents print dark on light; not trying the inverted image halves the time on a full page.
  return jsQR(pixels, png.width, png.height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const wordPattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

/** The words of one page with their boxes. pdftotext splits words at spaces, so a run of Chinese is one word. */
export function pdfWords(path: string, page: number): Array<{ text: string; box: Box }> {
  const html = run('pdftotext', ['-bbox-layout', '-f', String(page), '-l', String(page), path, '-']);
  return Array.from(html.matchAll(wordPattern), ([, xMin, yMin, xMax, yMax, text]) => ({
    text: text!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!),
    box: { xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax) },
  }));
}

/** Share of the pixels darker than mid-grey inside `box` (in points) of a page rendered at `dpi`. */
export function inkShare(page: PNG, box: Box, dpi: number): number {
  const px = (points: number) => toPixels(points, dpi);
  const [left, right] = [Math.max(0, px(box.xMin)), Math.min(page.width, px(box.xMax))];
  const [top, bottom] = [Math.max(0, px(box.yMin)), Math.min(page.height, px(box.yMax))];
  let dark = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const i = (y * page.width + x) * 4;
      const luminance = 0.299 * page.data[i]! + 0.587 * page.data[i + 1]! + 0.114 * page.data[i + 2]!;
      if (luminance < 128) dark++;
    }
  }
  return dark / Math.max(1, (right - left) * (bottom - top));
}

/** pdffonts, a font a row: its name (with the subset prefix) and whether it is embedded, subset and mapped to Unicode. */
export function pdfFonts(path: string): Array<{ name: string; embedded: boolean; subset: boolean; unicode: boolean }> {
  // Columns: name, type (which may hold spaces), encoding, emb, sub, uni, object, ID; so count from the end.
  const rows = run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '');
  return rows.map((line) => {
    const columns = line.trim().split(/\s+/);
    const yes = (fromEnd: number) => columns.at(fromEnd) === 'yes';
    return { name: columns[0]!, embedded: yes(-5), subset: yes(-4), unicode: yes(-3) };
  });
}

/** One part of a zip (a DOCX) as bytes. */
const unzipPart = (path: string, part: string) => runBytes('unzip', ['-p', path, part]);

/** The images placed in a DOCX body, in document order, as bytes (an image placed twice comes twice). */
export function docxBodyImages(path: string): Buffer[] {
  const relationships = unzipPart(path, 'word/_rels/document.xml.rels').toString('utf8');
  const body = unzipPart(path, 'word/document.xml').toString('utf8');
  return Array.from(body.matchAll(/r:embed="([^"]+)"/g), ([, id]) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(relationships)?.[1];
    if (!target) throw new Error(`word/document.xml embeds ${id}, which word/_rels/document.xml.rels does not name`);
    return unzipPart(path, `word/${target}`);
  });
}
