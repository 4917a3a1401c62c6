import type { Programme } from '../../../shared/reference/reference.schemas.js';

/** Screen text of the public home page. */
export const homeStrings = {
  pageTitle: '首页',
  heroTitle: '智能制造试点示范服务平台',
  heroLead:
    '面向企业、推荐单位和评审专家，集中提供智能制造试点示范项目介绍、典型场景目录查询与申报服务，帮助企业对照场景找准方向、规范申报。',
  heroPoints: [
    '查阅国家及地方智能制造试点示范项目',
    '按环节浏览各版本智能制造典型场景',
    '检索场景内涵，对比历版目录变化',
  ],
  searchRegionLabel: '站内检索',
  searchLabel: '检索典型场景',
  searchPlaceholder: '输入关键词，如：机器视觉 缺陷检测',
  searchButton: '检索',
  programmesTitle: '试点示范项目',
  programmesIntro: '国家及地方主管部门组织开展的智能制造试点示范项目。',
  programmeIssuer: '组织单位',
  editionsTitle: '智能制造典型场景目录',
  editionsIntro: '《智能制造典型场景参考指引》历版目录，可按环节浏览或在版本之间对比。',
  browseEdition: '浏览目录',
  compareEditions: '对比 2022 年版与 2024 年版',
  stageAndScenarioCount: (stageCount: number, scenarioCount: number) =>
    `${stageCount} 个环节 · ${scenarioCount} 个场景`,
  loadErrorTitle: '数据加载失败',
  retry: '重试',
  programmesEmpty: '暂无试点示范项目信息',
} as const;

export const programmeLevelLabels: Record<Programme['level'], string> = {
  national: '国家级',
  province: '省级',
  city: '市级',
};
