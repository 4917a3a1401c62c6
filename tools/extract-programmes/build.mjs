// Builds data/programmes/*.json from the seed texts. No dependencies:
//   node tools/extract-programmes/build.mjs [seedsDir]
// Every string is cut out of the seed text (never retyped), so it stays a verbatim substring;
// tools/extract-programmes/check.mjs verifies that afterwards. Keys, numbers, comparators and
// the structure are the only things added by hand.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seedsDir = resolve(
  process.argv[2] ?? [join(root, '../shared/seeds'), join(root, 'docs/seeds')].find((d) => existsSync(d)),
);
const outDir = join(root, 'data/programmes');

const FILES = {
  demo: '001_62d91902c6a54cfa.txt',
  hubei: '002_e560f0feb83a9262.txt',
  wuxi: '003_075631c92597cdcb.txt',
};

/** Non-blank, trimmed lines of a seed (bookmark markers from the conversion removed). */
function lines(file) {
  return readFileSync(join(seedsDir, file), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.replace(/\[bookmark: [^\]]*\]/g, '').trim())
    .filter((l) => l !== '');
}

/** Index of the first line (at or after `from`) equal to / matching `anchor`. */
function find(ls, anchor, from = 0) {
  for (let i = from; i < ls.length; i++) {
    if (typeof anchor === 'string' ? ls[i] === anchor : anchor.test(ls[i])) return i;
  }
  throw new Error(`anchor not found: ${anchor}`);
}

function must(cond, msg) {
  if (!cond) throw new Error(msg);
}

const NUMERALS = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function chineseNumber(s) {
  if (s.length === 1) return NUMERALS[s];
  if (s[0] === '十') return 10 + (s[1] ? NUMERALS[s[1]] : 0);
  throw new Error(`unsupported numeral ${s}`);
}

/** "3. 过程质量可追溯。建立…" → { number: 3, title: '过程质量可追溯', text: '过程质量可追溯。建立…' } */
function numbered(line) {
  const m = /^(\d+)[.．、]\s*(.+)$/.exec(line);
  must(m, `not a numbered item: ${line}`);
  const text = m[2].trim();
  const cut = text.indexOf('。');
  return { number: Number(m[1]), title: cut > 0 ? text.slice(0, cut) : null, text };
}

/** Comparators for the threshold phrasing used in the seeds. */
function metric(text, name, subject) {
  const re = new RegExp(`${subject}${name}(超过|高于|大于|达到|不低于|低于|不超过|小于)(\\d+(?:\\.\\d+)?)(%)(以上|以下)?`);
  const m = re.exec(text);
  must(m, `metric ${name} not found in ${text}`);
  const [printed, verb, value, unit, suffix] = m;
  let comparator;
  if (suffix === '以上') comparator = '>=';
  else if (suffix === '以下') comparator = '<=';
  else comparator = { 超过: '>', 高于: '>', 大于: '>', 达到: '>=', 不低于: '>=', 低于: '<', 小于: '<', 不超过: '<=' }[verb];
  return { name, subject, comparator, value: Number(value), unit, printed };
}

// ---------------------------------------------------------------------------------------------
// 1. 智能制造示范工厂揭榜任务（2021年） — 001, 附件3
// ---------------------------------------------------------------------------------------------
function demoFactory() {
  const ls = lines(FILES.demo);
  const start = find(ls, '附件3', find(ls, /^52\.基于数字孪生的制造/));
  must(ls[start + 1] === '智能制造示范工厂揭榜任务' && ls[start + 2] === '（2021年）', '附件3 heading');
  const intro = ls[start + 3];
  must(intro.startsWith('智能制造示范工厂揭榜任务分为'), 'intro');

  const GROUPS = [
    { key: 'raw-materials', heading: '原材料行业', shortName: '原材料' },
    { key: 'equipment', heading: '装备制造业', shortName: '装备' },
    { key: 'consumer-goods', heading: '消费品行业', shortName: '消费品' },
    { key: 'electronics', heading: '电子信息行业', shortName: '电子信息' },
  ];
  // The four short names are printed in this order in the intro.
  must(intro.includes(GROUPS.map((g) => g.shortName).join('、')), 'short names in intro');

  let at = start + 4;
  const groups = GROUPS.map((g, i) => {
    const h = /^([一二三四五六七八九十]+)、(.+)$/.exec(ls[at]);
    must(h && h[2] === g.heading && chineseNumber(h[1]) === i + 1, `group heading ${g.heading}: ${ls[at]}`);
    const tasks = ls[at + 1];
    at += 2;
    const m = /^聚焦(.+?)等细分领域，围绕(.+?)重点环节，(.+?)，探索(?:应用)?(.+?)等新技术和(.+?)等新模式，/.exec(tasks);
    must(m, `group paragraph shape: ${tasks}`);
    const [, sectorList, stageList, , techList, modeList] = m;
    // 电子信息: "计算机、通信和其他电子设备" is one sector (GB/T 4754-2017 大类 39), not two.
    const sectorNames =
      g.key === 'electronics' ? [sectorList] : sectorList.split(/[、，]/).map((s) => s.trim());
    const keyStages = stageList.split('、');
    must(keyStages.length === 6, `${g.heading}: ${keyStages.length} key stages`);
    return {
      number: i + 1,
      key: g.key,
      name: g.heading,
      shortName: g.shortName,
      sectors: sectorNames.map((name, j) => ({ number: j + 1, name })),
      keyStages,
      newTechnologies: techList.split('、'),
      newModes: modeList.split('、'),
      tasks,
    };
  });
  must(!/^[一二三四五六七八九十]+、/.test(ls[at]), 'no fifth group');

  return {
    title: '智能制造示范工厂揭榜任务（2021年）',
    source: FILES.demo,
    attachment: '附件3',
    intro,
    groups,
  };
}

// ---------------------------------------------------------------------------------------------
// 2. 湖北省智能制造试点示范项目实施方案（2020版） — 002, 附件1 要素条件 + 附件2-1 项目内容具体要求
// ---------------------------------------------------------------------------------------------
const HUBEI_MODES = [
  {
    key: 'discrete',
    heading: '离散型智能制造',
    name: '离散型智能制造模式',
    requirements: '模式一：离散型智能制造试点示范项目',
    conditions: [
      'digital-factory-model',
      'digital-design-pdm',
      'cnc-equipment-integration',
      'production-data-collection',
      'mes-erp',
      'factory-network',
      'information-security',
    ],
  },
  {
    key: 'process',
    heading: '流程型智能制造',
    name: '流程型智能制造模式',
    requirements: '模式二：流程型智能制造试点示范项目',
    conditions: [
      'digital-factory-model',
      'data-acquisition-monitoring',
      'advanced-process-control',
      'mes-erp',
      'safety-environment-monitoring',
      'factory-network',
      'information-security',
    ],
  },
  {
    key: 'networked-collaboration',
    heading: '网络协同制造',
    name: '网络协同制造模式',
    requirements: '模式三：网络协同制造试点示范项目',
    conditions: [
      'collaboration-cloud-platform',
      'resource-demand-matching',
      'innovation-design-sharing',
      'production-resource-allocation',
      'product-traceability',
      'information-security',
    ],
  },
  {
    key: 'mass-customization',
    heading: '大规模个性化定制',
    name: '大规模个性化定制模式',
    requirements: '模式四：大规模个性化定制试点示范项目',
    conditions: ['modular-design', 'customization-platform', 'product-database', 'system-integration'],
  },
  {
    key: 'remote-maintenance',
    heading: '远程运维服务',
    name: '远程运维服务模式',
    requirements: '模式五：远程运维服务试点示范项目',
    conditions: [
      'connected-equipment',
      'remote-maintenance-platform',
      'plm-crm-integration',
      'expert-system',
      'information-security',
    ],
  },
];
const HUBEI_TECH = [
  { key: 'industrial-internet', name: '工业互联网创新应用', requirements: '新技术一：工业互联网创新应用' },
  { key: 'artificial-intelligence', name: '人工智能创新应用', requirements: '新技术二：人工智能创新应用' },
];
const HUBEI_METRICS = {
  'discrete/cnc-equipment-integration': [['数控化率', '制造装备']],
  'process/data-acquisition-monitoring': [['自动数采率', '生产工艺数据']],
  'process/advanced-process-control': [['自控投用率', '工厂']],
};

function hubei() {
  const ls = lines(FILES.hubei);
  const annex1 = find(ls, '2020年智能制造试点示范项目要素条件');
  const annex21 = find(ls, '项目内容具体要求', find(ls, '附件2-1'));
  // The 申报书 checkbox lists the mode names with the suffix 模式.
  const checkbox = ls.slice(find(ls, /^试点示$/), find(ls, /^新技术创新应用$/)).join('');

  /** 附件2-1 items under a heading: pairs of "N.标题" / "请…" lines. */
  function requirements(heading) {
    let i = find(ls, heading, annex21) + 1;
    const out = [];
    while (i < ls.length && /^\d+\./.test(ls[i])) {
      const { number, text: title } = numbered(ls[i]);
      out.push({ number, title, text: ls[i + 1] });
      i += 2;
    }
    return out;
  }

  const modes = HUBEI_MODES.map((mode, mi) => {
    must(checkbox.includes(`□${mode.name}`), `checkbox ${mode.name}`);
    const h = find(ls, new RegExp(`^（[一二三四五]）${mode.heading}$`), annex1);
    const conditions = [];
    let summary = null;
    for (let i = h + 1; !/^（[一二三四五]）|^\d、 /.test(ls[i]); i++) {
      if (ls[i].startsWith('通过持续改进')) {
        summary = ls[i];
        continue;
      }
      const item = numbered(ls[i]);
      let text = item.text;
      // 远程运维服务 item 5 runs on into the mode's closing paragraph in the seed; split it there.
      const cut = text.indexOf('通过持续改进');
      if (cut > 0) {
        summary = text.slice(cut);
        text = text.slice(0, cut);
      }
      const key = mode.conditions[item.number - 1];
      must(key && item.number === conditions.length + 1, `${mode.key} condition ${item.number}`);
      conditions.push({
        key,
        number: item.number,
        text,
        metrics: (HUBEI_METRICS[`${mode.key}/${key}`] ?? []).map(([name, subject]) => metric(text, name, subject)),
      });
    }
    must(conditions.length === mode.conditions.length && summary, `${mode.key} conditions/summary`);
    return {
      key: mode.key,
      kind: 'mode',
      number: mi + 1,
      name: mode.name,
      heading: mode.heading,
      summary,
      conditions,
      requirements: requirements(mode.requirements),
    };
  });

  const techHeading = find(ls, '2、 新技术创新应用要素条件', annex1);
  const techText = ls[techHeading + 1];
  must(techText.startsWith('采用5G通信'), 'new-tech paragraph');
  const checkboxTech = ls[find(ls, /^新技术创新应用$/) + 1];
  const technologies = HUBEI_TECH.map((t, ti) => {
    must(checkboxTech.includes(`□${t.name.replace('创新应用', '')}`), `checkbox ${t.name}`);
    return {
      key: t.key,
      kind: 'technology',
      number: ti + 1,
      name: t.name,
      heading: '新技术创新应用要素条件',
      summary: techText,
      conditions: [{ key: 'new-technology-integration', number: 1, text: techText, metrics: [] }],
      requirements: requirements(t.requirements),
    };
  });

  return {
    title: '湖北省智能制造试点示范项目实施方案（2020版）',
    source: FILES.hubei,
    conditionsTitle: ls[annex1],
    conditionsIntro: ls[annex1 + 1],
    modes: [...modes, ...technologies],
  };
}

// ---------------------------------------------------------------------------------------------
// 3. 无锡市智能制造标杆申报要点（2023年） — 003
// ---------------------------------------------------------------------------------------------
const WUXI_FACTORY = {
  研发设计环节: ['rd-digital-design'],
  生产制造环节: [
    'mes',
    'flexible-scheduling',
    'digital-operations',
    'quality-traceability',
    'equipment-self-management',
    'transparent-production-management',
    'intelligent-logistics',
    'energy-resource-efficiency',
  ],
  经营管理环节: ['erp-plm-supply-chain'],
  运维服务环节: ['remote-maintenance'],
  其他要素: ['industrial-internet', 'industrial-cloud-platform', 'industrial-big-data-platform', 'artificial-intelligence', 'blockchain'],
};
const WUXI_WORKSHOP = [
  'smart-equipment-networking',
  'smart-warehousing-delivery',
  'real-time-dispatching',
  'product-traceability',
  'energy-management',
  'environment-management',
  'production-safety',
  'economic-benefits',
  'domestic-software-equipment',
  'external-collaboration',
];
const WUXI_SCENARIO = [
  'factory-digital-design',
  'digital-twin-factory',
  'product-digital-design',
  'virtual-testing',
  'data-driven-design-optimization',
  'process-digital-design',
  'design-for-manufacturability',
  'production-plan-optimization',
  'workshop-scheduling',
  'dynamic-resource-allocation',
  'lean-production',
  'advanced-process-control',
  'dynamic-process-optimization',
  'flexible-line-configuration',
  'collaborative-operations',
  'online-inspection',
  'quality-traceability',
  'quality-optimization',
  'online-monitoring',
  'fault-diagnosis-prediction',
  'equipment-optimization',
  'smart-warehousing',
  'precise-delivery',
  'safety-risk-monitoring',
  'hazardous-work-automation',
  'energy-monitoring',
  'energy-efficiency-optimization',
  'carbon-asset-management',
  'pollution-monitoring',
  'waste-recycling',
  'market-forecasting',
  'sales-driven-optimization',
  'proactive-customer-service',
  'remote-product-maintenance',
  'procurement-optimization',
  'supply-chain-visibility',
  'logistics-monitoring',
  'supply-chain-resilience',
  'digital-infrastructure',
  'data-governance',
  'industrial-knowledge-software',
  'networked-collaborative-manufacturing',
  'mass-customization',
  'human-machine-collaboration',
  'data-driven-services',
];

function wuxi() {
  const ls = lines(FILES.wuxi);
  const intro = ls[find(ls, /^本要点所指的智能制造标杆/)];
  const SECTION = /^([一二三四五六七八九十]+)、(.+)$/;
  const SUB = /^（([一二三四五六七八九十]+)）(.+)$/;

  const basicAt = find(ls, '一、基本要求');
  const factoryAt = find(ls, '二、智能工厂申报要点');
  const workshopAt = find(ls, '三、智能车间申报要点');
  const scenarioAt = find(ls, '四、智能场景申报要点');

  const basicRequirements = ls.slice(basicAt + 1, factoryAt).map((l) => {
    const { number, text } = numbered(l);
    return { number, text: text.replace(/；$/, '') };
  });

  /** Split a section into its （一）… subsections: { number, name, lines }. */
  function subsections(from, to) {
    const out = [];
    for (let i = from; i < to; i++) {
      const m = SUB.exec(ls[i]);
      if (m) out.push({ number: chineseNumber(m[1]), name: m[2], lines: [] });
      else out.at(-1).lines.push(ls[i]);
    }
    return out;
  }

  function item(key, category, line, metrics = []) {
    if (/^\d+[.．]/.test(line)) {
      const { number, title, text } = numbered(line);
      return { key, category, number, title, text, metrics };
    }
    return { key, category, number: null, title: null, text: line, metrics };
  }

  // 智能工厂: a subsection is either one paragraph, or an optional lead paragraph plus numbered items.
  const factoryCategories = [];
  const factoryChecklist = [];
  for (const sub of subsections(factoryAt + 1, workshopAt)) {
    const keys = WUXI_FACTORY[sub.name];
    must(keys && keys.length === sub.lines.length, `factory ${sub.name}: ${sub.lines.length} lines`);
    factoryCategories.push({ number: sub.number, name: sub.name, intro: null });
    sub.lines.forEach((l, i) => factoryChecklist.push(item(keys[i], sub.name, l)));
  }

  // 智能车间: ten numbered items, no subsections.
  const workshopLines = ls.slice(workshopAt + 1, scenarioAt);
  must(workshopLines.length === WUXI_WORKSHOP.length, 'workshop items');
  const workshopCategory = SECTION.exec(ls[workshopAt])[2];
  const workshopChecklist = workshopLines.map((l, i) => item(WUXI_WORKSHOP[i], workshopCategory, l));

  // 智能场景: subsections with a lead paragraph (the 环节 description) and numbered scenarios 1–45.
  const scenarioCategories = [];
  const scenarioChecklist = [];
  for (const sub of subsections(scenarioAt + 1, ls.length)) {
    must(!/^\d+[.．]/.test(sub.lines[0]), `scenario ${sub.name} lead`);
    scenarioCategories.push({ number: sub.number, name: sub.name, intro: sub.lines[0] });
    for (const l of sub.lines.slice(1)) {
      const it = item(null, sub.name, l);
      must(it.number === scenarioChecklist.length + 1, `scenario numbering at ${l}`);
      it.key = WUXI_SCENARIO[it.number - 1];
      scenarioChecklist.push(it);
    }
  }
  must(scenarioChecklist.length === WUXI_SCENARIO.length, 'scenario count');

  const multi = '智能工厂、智能车间应包括多个场景要素';
  const single = '智能场景可由一个或多个场景要素构成';
  must(intro.includes(multi) && intro.includes(single), 'type descriptions');
  const heading = (at) => SECTION.exec(ls[at])[2];

  return {
    title: '无锡市智能制造标杆申报要点（2023年）',
    source: FILES.wuxi,
    intro,
    basicRequirements,
    types: [
      {
        key: 'factory',
        name: '智能工厂',
        heading: heading(factoryAt),
        description: multi,
        categories: factoryCategories,
        checklist: factoryChecklist,
      },
      {
        key: 'workshop',
        name: '智能车间',
        heading: heading(workshopAt),
        description: multi,
        categories: [{ number: null, name: workshopCategory, intro: null }],
        checklist: workshopChecklist,
      },
      {
        key: 'scenario',
        name: '智能场景',
        heading: heading(scenarioAt),
        description: single,
        categories: scenarioCategories,
        checklist: scenarioChecklist,
      },
    ],
  };
}

// ---------------------------------------------------------------------------------------------
mkdirSync(outDir, { recursive: true });
for (const [name, build] of [
  ['demo-factory-tasks-2021.json', demoFactory],
  ['hubei-pilot-modes-2020.json', hubei],
  ['wuxi-benchmark-2023.json', wuxi],
]) {
  writeFileSync(join(outDir, name), `${JSON.stringify(build(), null, 2)}\n`);
  console.log(`wrote data/programmes/${name}`);
}
