import type { zhCN } from './zh-CN';

/** The pane's words: the Chinese module's shape, which every other language must give in full. */
export type Messages = typeof zhCN;

/** The pane's languages, as Settings stores them. */
export type Lang = 'zh' | 'en';
