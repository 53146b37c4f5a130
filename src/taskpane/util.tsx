/**
 * Small pieces every panel uses: an error's message in the pane's language, a figure as the pane
 * shows it, today's date, and the error box shown beside the control that failed. Kept free of the
 * rules and templates so that the first screen does not load them.
 */
import { Component, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { Link, MessageBar, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { useT, type Lang } from '../i18n';

/** The media type of the .xlsx files the page offers and accepts. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A panel's downloads: each file made in the page as an object URL for a link, every one revoked
 * when the panel goes (a URL kept alive keeps its bytes in memory).
 */
export function useDownloads(): (bytes: BlobPart, type: string) => string {
  const urls = useRef<string[]>([]);
  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), []);
  return useCallback((bytes: BlobPart, type: string) => {
    const url = URL.createObjectURL(new Blob([bytes], { type }));
    urls.current.push(url);
    return url;
  }, []);
}

/** Today as YYYY-MM-DD on the local calendar (the same day rules/core/dates todayIso gives). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * What went wrong, in the pane's language: a RuleError's own Chinese or English (it carries both),
 * any other Error's message, or the thrown value itself. Never an empty string.
 */
export function messageOf(e: unknown, lang: Lang): string {
  if (e && typeof e === 'object') {
    const o = e as { zh?: unknown; en?: unknown; message?: unknown };
    const own = lang === 'zh' ? o.zh : o.en;
    if (typeof own === 'string' && own) return own;
    if (typeof o.message === 'string' && o.message) return o.message;
  }
  const s = String(e);
  return s === '' ? '?' : s;
}

/** A figure of a finding or an argument: numbers without float noise, blanks as a word. */
export function showValue(v: unknown, words: { blank: string; yes: string; no: string }): string {
  if (v === null || v === undefined || v === '') return words.blank;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(4)));
  if (typeof v === 'boolean') return v ? words.yes : words.no;
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return `[${v.map((x) => showValue(x, words)).join(', ')}]`;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : todayIso(v);
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

const useAsOfStyles = makeStyles({ line: { margin: 0, display: 'flex', gap: '8px', alignItems: 'baseline', flexWrap: 'wrap' } });

/** The date a check reads the documents on, with the way to change it (in 设置). */
export function AsOfLine({ asOf, isToday, onChange }: { asOf: string; isToday: boolean; onChange: () => void }) {
  const { t } = useT();
  return (
    <p className={useAsOfStyles().line}>
      <span>{t.asOfLine(asOf, isToday)}</span>
      <Link as="button" onClick={onChange}>
        {t.changeAsOf}
      </Link>
    </p>
  );
}

/** An error shown beside the control that raised it: a prefix saying what failed, then its message. */
export function ErrorNote({ error, prefix }: { error: unknown; prefix?: string }) {
  const { t, lang } = useT();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        {prefix ?? t.errorPrefix}
        {messageOf(error, lang)}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Catches a panel's render error or a lazy chunk that failed to load, and shows it where the panel
 * would be, so one broken panel neither blanks the pane nor goes unreported.
 */
export class PanelBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error: error ?? new Error('?') };
  }

  override render(): ReactNode {
    return this.state.error ? <ErrorNote error={this.state.error} /> : this.props.children;
  }
}
