import type { ThemeConfig } from 'antd';

/** A calm government blue; secondary text is darkened so every text colour passes WCAG AA on white. */
export const governmentBlue = '#0b4a8b';
export const headerBlue = '#0a3a6e';

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: governmentBlue,
    colorLink: governmentBlue,
    colorInfo: governmentBlue,
    colorBgLayout: '#f3f5f8',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    borderRadius: 4,
    fontSize: 15,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: headerBlue, headerHeight: 64, headerPadding: '0 24px', footerBg: '#e9edf2' },
  },
};
