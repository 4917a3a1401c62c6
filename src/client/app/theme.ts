import type { ThemeConfig } from 'antd';

/** A calm government blue (app.css uses the same values); secondary text is darkened to pass WCAG AA on white. */
const governmentBlue = '#0b4a8b';

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: governmentBlue,
    colorLink: governmentBlue,
    colorInfo: governmentBlue,
    // antd's default red (#ff4d4f) is 3.2:1 on white; danger buttons and field errors need 4.5:1 (5.6:1 here).
    colorError: '#cf1322',
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
    // The stage tree sits in a bordered panel or a drawer; the menu's own right border would double it.
    Menu: { activeBarBorderWidth: 0, itemSelectedBg: '#e3ecf7', itemSelectedColor: governmentBlue },
  },
};
