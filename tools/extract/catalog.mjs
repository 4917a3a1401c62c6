// Extracts the 智能制造典型场景参考指引 editions (2021, 2022, 2024) from the seed texts
// into data/catalog/<edition>.json. No dependencies: `node tools/extract/catalog.mjs [seedsDir]`.
//
// The output is meant to be hand-checked; run tools/extract/check-catalog.mjs afterwards.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = resolve(process.argv[2] ?? join(root, '../shared/seeds'));
const outDir = join(root, 'data/catalog');

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
const NUMERALS = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function chineseNumber(s) {
  if (s.length === 1) return NUMERALS[s];
  if (s[0] === '十') return 10 + NUMERALS[s[1]];
  throw new Error(`unsupported numeral ${s}`);
}

/** Trim a line and drop spaces the conversion put between two Chinese characters / punctuation. */
function clean(line) {
  return line
    .trim()
    .replace(new RegExp(`([${CJK}])[ \\t\\u3000]+(?=[${CJK}])`, 'g'), '$1');
}

const STAGE = /^([一二三四五六七八九十]+)、(.+)$/;
const STAGE_PAREN = /^（([一二三四五六七八九十]+)）(.+)$/;

function isHeading(line, scenarioHeading) {
  return STAGE.test(line) || STAGE_PAREN.test(line) || scenarioHeading.test(line);
}

/**
 * Returns the logical lines of lines[from..to] (1-based, inclusive): blank lines dropped and a
 * line that stops mid-sentence (no closing punctuation, not a heading) joined to the next one.
 */
function logicalLines(text, from, to, scenarioHeading) {
  const raw = text.split('\n').slice(from - 1, to).map(clean).filter(Boolean);
  const out = [];
  let pending = '';
  for (const line of raw) {
    const cur = pending + line;
    if (!isHeading(cur, scenarioHeading) && !/[。；！？”）)]$/.test(cur)) {
      pending = cur;
      continue;
    }
    pending = '';
    out.push(cur);
  }
  if (pending) out.push(pending);
  return out;
}

/**
 * inline: "1.名称。描述……" (2021, 2022); heading: "1. 名称" then description paragraphs (2024).
 */
function parseGuide(lines, style) {
  const stages = [];
  const preamble = [];
  let stage = null;
  let scenario = null;
  for (const line of lines) {
    const sm = line.match(STAGE) ?? line.match(STAGE_PAREN);
    if (sm) {
      stage = { number: chineseNumber(sm[1]), name: sm[2], summary: '', scenarios: [] };
      stages.push(stage);
      scenario = null;
      continue;
    }
    if (!stage) {
      preamble.push(line);
      continue;
    }
    const inline = style === 'inline' && line.match(/^(\d+)\.\s*([^。]+)。(.+)$/);
    const heading = style === 'heading' && line.match(/^(\d+)\.\s*([^。，]+)$/);
    if (inline) {
      scenario = { number: Number(inline[1]), name: inline[2].trim(), description: inline[3].trim() };
      stage.scenarios.push(scenario);
    } else if (heading) {
      scenario = { number: Number(heading[1]), name: heading[2].trim(), description: '' };
      stage.scenarios.push(scenario);
    } else if (scenario) {
      scenario.description = scenario.description ? `${scenario.description}\n${line}` : line;
    } else {
      stage.summary = stage.summary ? `${stage.summary}\n${line}` : line;
    }
  }
  return { preamble: preamble.join('\n'), stages };
}

function read(file) {
  return readFileSync(join(seedsDir, file), 'utf8').replace(/\r\n?/g, '\n');
}

function edition({ id, title, documentNo, source, from, to, style, skipPreambleLines = 0 }) {
  const heading = style === 'inline' ? /^\d+\.\s*[^。]+。/ : /^\d+\.\s*[^。，]+$/;
  const lines = logicalLines(read(source), from, to, heading);
  const parsed = parseGuide(lines.slice(skipPreambleLines), style);
  return { id, title, documentNo, source, preamble: parsed.preamble, stages: parsed.stages };
}

const e2021 = edition({
  id: '2021',
  title: '智能制造典型场景参考指引（2021年）',
  // The guide is 附件2 of 工信厅联通装函〔2021〕263号, printed in full in the same seed (line 50, 111).
  documentNo: '工信厅联通装函〔2021〕263号',
  source: '001_62d91902c6a54cfa.txt',
  from: 163, // preamble paragraph; title "智能制造典型场景参考指引（2021年）" is on lines 160–162
  to: 315,
  style: 'inline',
});

const e2022 = edition({
  id: '2022',
  title: '智能制造典型场景参考指引（2022年）',
  // Neither print (Hubei 2023 附件1, Wuxi 2023 要点) carries the issuing document's number.
  documentNo: '',
  source: '000_ce6b46e72733f1c5.txt',
  from: 5, // preamble; line 3 is the title
  to: 82,
  style: 'inline',
});

// The second print of the 2022 edition, inside Wuxi's 2023 要点 (section 四, stages numbered （一）…).
const e2022b = edition({
  id: '2022',
  title: '',
  documentNo: '',
  source: '003_075631c92597cdcb.txt',
  from: 73,
  to: 197,
  style: 'inline',
});

// Compare the two prints of 2022 and take the correct reading where they differ.
const CORRECTIONS = { '2022-08': { field: 'name', misprint: '生产计优化', correct: '生产计划优化' } };
const diffs = [];
for (const [si, s] of e2022.stages.entries()) {
  const t = e2022b.stages[si];
  for (const k of ['number', 'name', 'summary']) if (s[k] !== t[k]) diffs.push(`stage ${s.number} ${k}`);
  for (const [ci, c] of s.scenarios.entries()) {
    const d = t.scenarios[ci];
    for (const k of ['number', 'name', 'description']) {
      if (c[k] === d[k]) continue;
      const code = `2022-${String(c.number).padStart(2, '0')}`;
      const fix = CORRECTIONS[code];
      if (fix && fix.field === k && c[k] === fix.misprint && d[k] === fix.correct) {
        c[k] = fix.correct;
        diffs.push(`${code} ${k}: 000 "${fix.misprint}" -> 003 "${fix.correct}" (corrected)`);
      } else {
        diffs.push(`${code} ${k}: UNRESOLVED 000 "${c[k]}" vs 003 "${d[k]}"`);
      }
    }
  }
}
if (e2022.stages.length !== e2022b.stages.length) diffs.push('UNRESOLVED stage count differs');
console.log('2022 print comparison (000 vs 003):', diffs.length ? diffs : 'identical');

const e2024 = edition({
  id: '2024',
  title: '智能制造典型场景参考指引（2024年版）',
  documentNo: '工信厅通装函〔2024〕361号',
  source: '004_9eadd8579c963552.txt',
  from: 19, // preamble; lines 15–17 are the title
  to: 219,
  style: 'heading',
});

mkdirSync(outDir, { recursive: true });
for (const e of [e2021, e2022, e2024]) {
  const n = e.stages.reduce((a, s) => a + s.scenarios.length, 0);
  console.log(`${e.id}: ${e.stages.length} stages, ${n} scenarios`);
  writeFileSync(join(outDir, `${e.id}.json`), `${JSON.stringify(e, null, 2)}\n`);
}
