/** naive-ui theme of the window: a sober blue, French Tech red for alerts, Inter/system fonts. */
import type { GlobalThemeOverrides } from 'naive-ui'

/** Theme overrides applied by the NConfigProvider in App.vue. */
export const themeOverrides: GlobalThemeOverrides = {
  common: {
    primaryColor: '#1d4f91',
    primaryColorHover: '#2a63ad',
    primaryColorPressed: '#163c6f',
    primaryColorSuppl: '#2a63ad',
    errorColor: '#c8102e',
    errorColorHover: '#d92a45',
    errorColorPressed: '#a50d26',
    successColor: '#1e7b4a',
    warningColor: '#b86e00',
    fontFamily: '"Inter", "Segoe UI", system-ui, -apple-system, "Noto Sans", "DejaVu Sans", sans-serif',
    fontFamilyMono: '"DejaVu Sans Mono", "Cascadia Mono", Consolas, monospace',
    borderRadius: '6px',
  },
  DataTable: {
    thColor: '#f3f5f9',
    thFontWeight: '600',
    tdPaddingSmall: '6px 10px',
    thPaddingSmall: '8px 10px',
  },
  Card: {
    paddingMedium: '16px 20px 18px',
    titleFontSizeMedium: '15px',
  },
}
