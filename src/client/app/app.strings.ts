/** Screen text of the application shell (header, navigation, footer, error pages). */
export const appStrings = {
  platformName: '智能制造试点示范服务平台',
  brandHomeLabel: 'impilot 智能制造试点示范服务平台，返回首页',
  mainNavigation: '主导航',
  navHome: '首页',
  navCatalog: '场景目录',
  navSearch: '场景检索',
  navCompare: '版本对比',
  navCalls: '申报通知',
  skipToContent: '跳到正文',
  loading: '正在加载',
  footerSource: '本平台所载政策与场景目录依据各级主管部门公开发布的文件整理，具体以原文件为准。',
  footerCopyright: 'impilot 智能制造试点示范服务平台',
  notFoundTitle: '页面不存在',
  notFoundMessage: '您访问的页面不存在或已被移除，请检查网址是否正确。',
  backHome: '返回首页',
  browseCatalog: '浏览场景目录',
  routeErrorTitle: '页面加载失败',
  routeErrorMessage: '页面加载时出现问题，请刷新页面重试；如仍无法访问，请稍后再试。',
  reload: '刷新页面',
} as const;

/** Full document title for a page: "页面 - 平台名". */
export function formatDocumentTitle(pageTitle: string): string {
  return `${pageTitle} - impilot ${appStrings.platformName}`;
}
