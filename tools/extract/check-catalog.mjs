// Checks data/catalog/{2021,2022,2024,map}.json against the seed texts and the map invariants.
// No dependencies: `node tools/extract/check-catalog.mjs [seedsDir]`. Exits 1 on any failure.

import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = resolve(process.argv[2] ?? join(root, '../shared/seeds'));
const catalogDir = join(root, 'data/catalog');

const EXPECTED = {
  2021: { stages: 15, scenarios: 52, documentNo: '工信厅联通装函〔2021〕263号' },
  2022: { stages: 16, scenarios: 45, documentNo: '' },
  2024: { stages: 15, scenarios: 40, documentNo: '工信厅通装函〔2024〕361号' },
};
const RELATIONS = new Set(['same', 'renamed', 'merged', 'split', 'related']);

const failures = [];
const fail = (msg) => failures.push(msg);
const strip = (s) => s.replace(/\s+/g, '');
const json = (name) => JSON.parse(readFileSync(join(catalogDir, name), 'utf8'));
const sameKeys = (obj, keys) => JSON.stringify(Object.keys(obj).sort()) === JSON.stringify([...keys].sort());

const editions = {};
for (const [id, exp] of Object.entries(EXPECTED)) {
  const e = json(`${id}.json`);
  editions[id] = e;
  const where = `${id}.json`;
  if (!sameKeys(e, ['id', 'title', 'documentNo', 'source', 'preamble', 'stages'])) fail(`${where}: top-level keys`);
  if (e.id !== id) fail(`${where}: id ${e.id}`);
  if (e.documentNo !== exp.documentNo) fail(`${where}: documentNo ${e.documentNo}`);
  const seed = strip(readFileSync(join(seedsDir, e.source), 'utf8'));
  const inSeed = (label, s) => {
    if (typeof s !== 'string' || !s) return fail(`${where}: ${label} empty`);
    if (!seed.includes(strip(s))) fail(`${where}: ${label} not in ${e.source}: ${s.slice(0, 40)}`);
  };
  const tidy = (label, s) => {
    if (s !== s.trim()) fail(`${where}: ${label} has surrounding whitespace`);
    if (/[\u3400-\u9fff，。、；：][ \t\u3000]+[\u3400-\u9fff，。、；：]/.test(s)) fail(`${where}: ${label} stray space`);
  };
  inSeed('preamble', e.preamble);
  tidy('preamble', e.preamble);
  if (e.stages.length !== exp.stages) fail(`${where}: ${e.stages.length} stages, expected ${exp.stages}`);
  let running = 0;
  e.stages.forEach((s, i) => {
    if (!sameKeys(s, ['number', 'name', 'summary', 'scenarios'])) fail(`${where}: stage ${i + 1} keys`);
    if (s.number !== i + 1) fail(`${where}: stage number ${s.number} at ${i + 1}`);
    inSeed(`stage ${s.number} name`, s.name);
    if (s.summary) inSeed(`stage ${s.number} summary`, s.summary);
    tidy(`stage ${s.number} summary`, s.summary);
    if (!s.scenarios.length) fail(`${where}: stage ${s.number} has no scenarios`);
    for (const c of s.scenarios) {
      running += 1;
      const keys = 'printedNumber' in c ? ['number', 'printedNumber', 'name', 'description'] : ['number', 'name', 'description'];
      if (!sameKeys(c, keys)) fail(`${where}: scenario ${c.number} keys`);
      if (c.number !== running) fail(`${where}: scenario number ${c.number}, expected ${running}`);
      inSeed(`scenario ${c.number} name`, c.name);
      inSeed(`scenario ${c.number} description`, c.description);
      tidy(`scenario ${c.number} description`, c.description);
      if (/^\d|[。，、；：.\s]$/.test(c.name)) fail(`${where}: scenario ${c.number} name "${c.name}" has number/punctuation`);
      if (/\n/.test(c.description.replace(/。\n/g, ''))) fail(`${where}: scenario ${c.number} newline inside a sentence`);
    }
  });
  if (running !== exp.scenarios) fail(`${where}: ${running} scenarios, expected ${exp.scenarios}`);
  console.log(`${id}: ${e.stages.length} stages, ${running} scenarios, source ${e.source}`);
}

// The corrected 2022 reading: 生产计划优化 (003 print), not the misprint 生产计优化 (000 print).
const s2022_8 = editions[2022].stages.flatMap((s) => s.scenarios).find((c) => c.number === 8);
if (s2022_8?.name !== '生产计划优化') fail('2022-08 should be 生产计划优化');

// ---- map.json ----
const code = (id, n) => `${id}-${String(n).padStart(2, '0')}`;
const scenarios = {};
for (const [id, e] of Object.entries(editions)) {
  scenarios[id] = new Map(e.stages.flatMap((s) => s.scenarios.map((c) => [code(id, c.number), c.name])));
}
const map = json('map.json');
const wantPairs = ['2021->2022', '2022->2024', '2021->2024'];
const gotPairs = map.pairs.map((p) => `${p.from}->${p.to}`);
if (JSON.stringify(gotPairs) !== JSON.stringify(wantPairs)) fail(`map: pairs ${gotPairs}`);
for (const p of map.pairs) {
  const where = `map ${p.from}->${p.to}`;
  const from = scenarios[p.from];
  const to = scenarios[p.to];
  const fromUses = new Map();
  const toUses = new Map();
  for (const [i, l] of p.links.entries()) {
    const lw = `${where} link ${i + 1} (${l.from}→${l.to})`;
    if (!RELATIONS.has(l.relation)) fail(`${lw}: relation ${l.relation}`);
    if (!Array.isArray(l.from) || !l.from.length || !Array.isArray(l.to) || !l.to.length) fail(`${lw}: empty side`);
    for (const c of l.from) {
      if (!from.has(c)) fail(`${lw}: unknown ${c}`);
      fromUses.set(c, [...(fromUses.get(c) ?? []), l.relation]);
    }
    for (const c of l.to) {
      if (!to.has(c)) fail(`${lw}: unknown ${c}`);
      toUses.set(c, [...(toUses.get(c) ?? []), l.relation]);
    }
    if (new Set(l.from).size !== l.from.length || new Set(l.to).size !== l.to.length) fail(`${lw}: duplicate code`);
    const one = l.from.length === 1 && l.to.length === 1;
    if (l.relation === 'same' && !(one && from.get(l.from[0]) === to.get(l.to[0]))) fail(`${lw}: same needs 1:1 identical names`);
    if (l.relation === 'renamed' && !(one && from.get(l.from[0]) !== to.get(l.to[0]))) fail(`${lw}: renamed needs 1:1 different names`);
    if (l.relation === 'merged' && !(l.from.length >= 2 && l.to.length === 1)) fail(`${lw}: merged needs ≥2 → 1`);
    if (l.relation === 'split' && !(l.from.length === 1 && l.to.length >= 2)) fail(`${lw}: split needs 1 → ≥2`);
    if (l.relation !== 'same' && !(typeof l.note === 'string' && l.note.trim())) fail(`${lw}: note required`);
    if (l.note !== undefined && typeof l.note !== 'string') fail(`${lw}: note not a string`);
  }
  // Identically named scenarios in a 1:1 continuation should be 'same'.
  for (const l of p.links) {
    if (l.from.length === 1 && l.to.length === 1 && l.relation !== 'same' && from.get(l.from[0]) === to.get(l.to[0])) {
      fail(`${where}: ${l.from[0]}→${l.to[0]} identical names but ${l.relation}`);
    }
  }
  const dropped = new Set(p.dropped);
  const added = new Set(p.added);
  if (dropped.size !== p.dropped.length || added.size !== p.added.length) fail(`${where}: duplicates in dropped/added`);
  for (const c of p.dropped) if (!from.has(c)) fail(`${where}: dropped unknown ${c}`);
  for (const c of p.added) if (!to.has(c)) fail(`${where}: added unknown ${c}`);
  for (const c of from.keys()) {
    const uses = fromUses.get(c) ?? [];
    const n = uses.length + (dropped.has(c) ? 1 : 0);
    if (uses.length && dropped.has(c)) fail(`${where}: ${c} both linked and dropped`);
    else if (n === 0) fail(`${where}: ${c} neither linked nor dropped`);
    else if (uses.length > 1 && !uses.every((r) => r === 'split' || r === 'related')) {
      fail(`${where}: ${c} in several links (${uses}) not all split/related`);
    }
  }
  for (const c of to.keys()) {
    const linked = toUses.has(c);
    if (linked && added.has(c)) fail(`${where}: ${c} both linked and added`);
    if (!linked && !added.has(c)) fail(`${where}: ${c} neither linked nor added`);
  }
  const rel = {};
  for (const l of p.links) rel[l.relation] = (rel[l.relation] ?? 0) + 1;
  console.log(`${where}: ${p.links.length} links ${JSON.stringify(rel)}, dropped ${p.dropped.length}, added ${p.added.length}`);
}

if (failures.length) {
  console.error(`\n${failures.length} failure(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('\nall checks passed');
