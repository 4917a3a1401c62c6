// Checks data/programmes/*.json against the seed texts. No dependencies:
//   node tools/extract-programmes/check.mjs [seedsDir]
// - every string value (except the fields listed in NOT_TEXT) is a verbatim substring of the file
//   named by "source", after removing all whitespace from both;
// - metrics are well formed and their printed phrase sits in the condition/item text;
// - keys are unique where they are used as identifiers; basic shape counts.
// Prints counts; exits 1 on any failure.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = resolve(
  process.argv[2] ?? [join(root, '../shared/seeds'), join(root, 'docs/seeds')].find((d) => existsSync(d)),
);
const dataDir = join(root, 'data/programmes');

/** Fields that hold identifiers or codes, not printed text. */
const NOT_TEXT = new Set(['key', 'source', 'kind', 'comparator', 'unit']);
const COMPARATORS = new Set(['>', '>=', '<', '<=', '=']);

const squash = (s) => s.replace(/\s+/g, '');
let failures = 0;
const fail = (file, path, msg) => {
  failures++;
  console.error(`FAIL ${file} ${path}: ${msg}`);
};

/** Visit every string value with its JSON path and the name of the field holding it. */
function walk(node, path, field, visit) {
  if (typeof node === 'string') visit(node, path, field);
  else if (Array.isArray(node)) node.forEach((v, i) => walk(v, `${path}/${i}`, field, visit));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) walk(v, `${path}/${k}`, k, visit);
  }
}

function uniqueKeys(file, path, items) {
  const seen = new Set();
  for (const it of items) {
    if (typeof it.key !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(it.key)) fail(file, path, `bad key ${it.key}`);
    if (seen.has(it.key)) fail(file, path, `duplicate key ${it.key}`);
    seen.add(it.key);
  }
}

function checkMetrics(file, path, owner) {
  if (!Array.isArray(owner.metrics)) return fail(file, path, 'metrics missing');
  owner.metrics.forEach((m, i) => {
    const p = `${path}/metrics/${i}`;
    if (!COMPARATORS.has(m.comparator)) fail(file, p, `comparator ${m.comparator}`);
    if (typeof m.value !== 'number' || !Number.isFinite(m.value)) fail(file, p, `value ${m.value} is not a number`);
    if (typeof m.unit !== 'string') fail(file, p, 'unit missing');
    if (!squash(owner.text).includes(squash(m.printed ?? ''))) fail(file, p, 'printed phrase not in text');
    if (!squash(m.printed ?? '').includes(`${m.name}`) || !(m.printed ?? '').includes(String(m.value))) {
      fail(file, p, 'printed phrase does not carry name and value');
    }
  });
  return owner.metrics.length;
}

const counts = {};
const files = readdirSync(dataDir).filter((f) => f.endsWith('.json')).sort();
for (const file of files) {
  const doc = JSON.parse(readFileSync(join(dataDir, file), 'utf8'));
  const c = (counts[file] = { strings: 0 });
  if (typeof doc.title !== 'string' || typeof doc.source !== 'string') {
    fail(file, '', 'title and source are required');
    continue;
  }
  const seedPath = join(seedsDir, doc.source);
  if (!existsSync(seedPath)) {
    fail(file, '/source', `no seed ${doc.source} in ${seedsDir}`);
    continue;
  }
  const seed = squash(readFileSync(seedPath, 'utf8'));

  walk(doc, '', '', (s, path, field) => {
    if (NOT_TEXT.has(field)) return;
    c.strings++;
    if (s.trim() === '') fail(file, path, 'empty string');
    else if (s !== s.trim()) fail(file, path, 'untrimmed string');
    if (!seed.includes(squash(s))) fail(file, path, `not in ${doc.source}: ${s.slice(0, 40)}…`);
  });

  if (doc.groups) {
    c.groups = doc.groups.length;
    c.sectors = 0;
    c.keyStages = 0;
    uniqueKeys(file, '/groups', doc.groups);
    doc.groups.forEach((g, i) => {
      c.sectors += g.sectors.length;
      c.keyStages += g.keyStages.length;
      if (g.number !== i + 1) fail(file, `/groups/${i}`, 'numbering');
      if (g.keyStages.length !== 6) fail(file, `/groups/${i}/keyStages`, `${g.keyStages.length} key stages, expected 6`);
      g.sectors.forEach((s, j) => s.number !== j + 1 && fail(file, `/groups/${i}/sectors/${j}`, 'numbering'));
      if (!g.tasks.includes(g.keyStages.join('、'))) fail(file, `/groups/${i}`, 'key stages not as printed in tasks');
    });
  }

  if (doc.modes) {
    uniqueKeys(file, '/modes', doc.modes);
    c.modes = doc.modes.filter((m) => m.kind === 'mode').length;
    c.technologies = doc.modes.filter((m) => m.kind === 'technology').length;
    c.conditions = 0;
    c.requirements = 0;
    c.metrics = 0;
    doc.modes.forEach((m, i) => {
      if (!['mode', 'technology'].includes(m.kind)) fail(file, `/modes/${i}`, `kind ${m.kind}`);
      uniqueKeys(file, `/modes/${i}/conditions`, m.conditions);
      c.conditions += m.conditions.length;
      c.requirements += m.requirements?.length ?? 0;
      m.conditions.forEach((cond, j) => {
        c.metrics += checkMetrics(file, `/modes/${i}/conditions/${j}`, cond);
      });
    });
  }

  if (doc.types) {
    uniqueKeys(file, '/types', doc.types);
    c.basicRequirements = doc.basicRequirements.length;
    c.metrics = 0;
    doc.types.forEach((t, i) => {
      uniqueKeys(file, `/types/${i}/checklist`, t.checklist);
      c[`checklist.${t.key}`] = t.checklist.length;
      t.checklist.forEach((it, j) => {
        c.metrics += checkMetrics(file, `/types/${i}/checklist/${j}`, it);
        if (!t.categories.some((cat) => cat.name === it.category)) {
          fail(file, `/types/${i}/checklist/${j}`, `unknown category ${it.category}`);
        }
      });
    });
  }
}

for (const [file, c] of Object.entries(counts)) {
  console.log(`${file}: ${Object.entries(c).map(([k, v]) => `${k}=${v}`).join(', ')}`);
}
console.log(failures === 0 ? `OK: ${files.length} files checked against ${seedsDir}` : `${failures} failure(s)`);
process.exit(failures === 0 ? 0 : 1);
