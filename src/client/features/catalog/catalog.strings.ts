import type { EditionId } from '../../../shared/catalog/catalog.schemas.js';

/** Screen text of the public scenario catalogue (场景目录、检索、版本对比). */
export const catalogStrings = {
  catalogTitle: '智能制造典型场景目录',
  catalogIntro: '按环节浏览《智能制造典型场景参考指引》各版本收录的典型场景，查看场景内涵及其在其他版本中的对应关系。',
  editionSwitcherLabel: '选择目录版本',
  stagesNavigation: '环节与场景',
  openStagesDrawer: '按环节浏览场景',
  stageOverviewTitle: '各环节概览',
  stageCount: (count: number) => `${count} 个环节`,
  scenarioCount: (count: number) => `${count} 个场景`,
  scenariosInStage: (count: number) => `本环节 ${count} 个场景`,
  unknownEditionTitle: '目录版本不存在',
  unknownEditionMessage: '目前收录 2021、2022、2024 年三个版本的《智能制造典型场景参考指引》。',
  scenarioNotFoundTitle: '场景不存在',
  scenarioNotFoundMessage: '未找到该场景，可能是场景编号有误。请从左侧目录重新选择。',
  backToEdition: (edition: EditionId) => `返回${edition}年版目录`,
  scenarioCode: '场景编号',
  scenarioEdition: '所属版本',
  scenarioStage: '所属环节',
  scenarioDescription: '场景内涵',
  relatedTitle: '其他版本中的相关场景',
  relatedEmpty: '其他版本中没有与本场景对应的场景。',
  relatedEarlier: '此前版本',
  relatedLater: '后续版本',
  viewInCompare: '查看版本对比',
  searchTitle: '场景检索',
  searchIntro: '输入关键词，在各版本典型场景的名称与内涵中检索，匹配的词语以高亮显示。',
  searchLabel: '检索词',
  searchPlaceholder: '例如：机器视觉 缺陷检测',
  searchButton: '检索',
  editionFilterLabel: '版本范围',
  allEditions: '全部版本',
  searchPrompt: '请输入检索词开始检索',
  searchEmpty: '未找到相关场景',
  searchEmptyHint: '请尝试更换关键词或扩大版本范围。',
  searchResultCount: (count: number, query: string) => `“${query}”共检索到 ${count} 个相关场景`,
  searchResultsLabel: '检索结果',
  compareTitle: '目录版本对比',
  compareIntro: '对比两个版本的典型场景：哪些场景沿用、更名、合并、拆分，哪些是新增或删除的。',
  compareFromLabel: '原版本',
  compareToLabel: '新版本',
  compareFilterLabel: '变化类型',
  compareAll: '全部',
  compareEmpty: '该类型下没有场景。',
  compareNote: '说明',
  compareNone: '无',
  errorTitle: '数据加载失败',
  retry: '重试',
} as const;

export function formatEditionLabel(edition: EditionId): string {
  return `${edition}年版`;
}

const chineseDigits = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** Stage ordinals as the guides print them (一、二 … 十六); valid for 1–99. */
export function formatChineseOrdinal(value: number): string {
  if (value < 10) return chineseDigits[value] ?? String(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : chineseDigits[tens]}十${chineseDigits[units]}`;
}
