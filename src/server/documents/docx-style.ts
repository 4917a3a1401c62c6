import { ShadingType, TextRun } from 'docx';

/**
 * The house style of every Word file impilot prints for stamping (申报书, 形式审查表, 推荐汇总表), as the seed forms
 * are set: 宋体 body, 黑体 headings, A4 with the margins of official documents (GB/T 9704: 37/35 mm top/bottom,
 * 28/26 mm sides), in twips.
 */
export const officialPage = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };
/** The same margins turned with the page for landscape tables (the 37 mm binding edge on the left). */
export const officialLandscapePage = { width: 11906, height: 16838, top: 1588, bottom: 1474, left: 2098, right: 1984 };

const font = (eastAsia: string) => ({ ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia });
export const bodyFont = font('宋体');
export const headingFont = font('黑体');
/** Grey behind the label cells of a form. */
export const labelShading = { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' };

export type RunStyle = { bold?: boolean; size?: number; heading?: boolean; color?: string };

/** A run of text; size in points (docx counts half-points). */
export const run = (text: string, style: RunStyle = {}) =>
  new TextRun({
    text,
    bold: style.bold || undefined,
    size: style.size ? style.size * 2 : undefined,
    color: style.color,
    font: style.heading ? headingFont : bodyFont,
  });
