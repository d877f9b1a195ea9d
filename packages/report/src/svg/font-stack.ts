/**
 * Fonts for figures, Japanese first: BIZ UDPGothic (universal-design, shipped with Windows 10+ and
 * used by municipalities), Yu Gothic and Meiryo (Windows), Noto Sans JP (Linux, and the font bundled
 * for PNG export), then any sans-serif.
 */
export const FONT_STACK = "'BIZ UDPGothic', 'Yu Gothic', YuGothic, Meiryo, 'Noto Sans JP', 'Noto Sans CJK JP', sans-serif";
