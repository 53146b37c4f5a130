/**
 * The task pane: templates to insert (or download, outside Excel), the active sheet's check with
 * its per-county overview, "why this number?" for a CARE formula, the function calculator, and the
 * settings. Everything it
 * does to Excel goes through the ExcelOps it is given; outside Excel it gets none and offers what
 * works in a browser. Chinese by default; the language follows the saved settings, else Office's
 * display language, and the header's switch.
 */
import { Suspense, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Button, Caption1, MessageBar, MessageBarBody, Spinner, Title3, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Capabilities, ExcelOps, Settings } from '../excel/types';
import { I18nProvider, LANG_TAG, langOf, useT, type Lang } from '../i18n';
import { Calculator, CheckPanel, ExplainPanel, FileCheck, Gallery, Round, SettingsPanel, loadExcelPanels } from './lazy';
import { MissingCapabilities } from './Requirements';
import { ErrorNote, PanelBoundary, todayIso } from './util';

export interface AppProps {
  /** Excel's operations; null when the page is open in a plain browser. */
  ops: ExcelOps | null;
  /** Office.context.displayLanguage (zh-CN, en-US, …), where Office gave one. */
  displayLanguage?: string | null;
  /** Today, for tests; the local date otherwise. */
  today?: string;
  /** Office.js still loading, or failed to load, from the address named: said above the browser's features. */
  officeJs?: OfficeJsNote | null;
}

/** What the pane says about Office.js when it has not (yet) arrived. */
export interface OfficeJsNote {
  state: 'waiting' | 'timeout' | 'failed';
  url: string;
}

export type View = 'templates' | 'check' | 'explain' | 'round' | 'file' | 'calculator' | 'settings';

const DEFAULT_CITY = 'ganzhou';

const useStyles = makeStyles({
  pane: { padding: '12px 14px 24px', display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '640px' },
  // 汇总's tables and charts use the width of a wide window.
  wide: { maxWidth: '1280px' },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', gap: '8px' },
  titles: { display: 'flex', flexDirection: 'column', margin: 0 },
  // The Office.js address is one long word: it breaks anywhere rather than run past the pane's edge.
  address: { overflowWrap: 'anywhere' },
  h1: { margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground3 },
  nav: { display: 'flex', flexWrap: 'wrap', gap: '4px', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: '6px' },
  navList: { display: 'flex', flexWrap: 'wrap', gap: '4px', listStyleType: 'none', margin: 0, padding: 0 },
  current: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground1Selected },
});

/** The views the pane offers: all in Excel; outside it, what a browser can do. */
function viewsFor(inExcel: boolean): View[] {
  return inExcel ? ['templates', 'check', 'explain', 'calculator', 'settings'] : ['templates', 'round', 'file', 'calculator', 'settings'];
}

export function App({ ops, displayLanguage, today = todayIso(), officeJs = null }: AppProps) {
  const [settings, setSettings] = useState<Settings>(() => ({ city: DEFAULT_CITY, asOf: null, lang: langOf(displayLanguage) }));
  const [loading, setLoading] = useState(ops !== null);
  const [caps, setCaps] = useState<Capabilities | null>(null);
  const [startErrors, setStartErrors] = useState<{ prefix: 'settingsFailed' | 'capabilitiesFailed'; error: unknown }[]>([]);
  const [saveError, setSaveError] = useState<unknown>(null);
  // The settings as last set, for an update that follows another before React re-renders.
  const latest = useRef(settings);

  useEffect(() => {
    if (!ops) return;
    // Their failure, if any, shows where the view is opened (lazy's own import fails again there).
    loadExcelPanels().catch(() => undefined);
    let live = true;
    void Promise.allSettled([ops.loadSettings(), ops.capabilities()]).then(([s, c]) => {
      if (!live) return;
      const errors: typeof startErrors = [];
      if (s.status === 'fulfilled' && s.value) {
        const saved = s.value;
        const d = latest.current;
        latest.current = { city: saved.city || d.city, asOf: saved.asOf ?? null, lang: saved.lang === 'en' || saved.lang === 'zh' ? saved.lang : d.lang };
        setSettings(latest.current);
      }
      if (s.status === 'rejected') errors.push({ prefix: 'settingsFailed', error: s.reason });
      if (c.status === 'fulfilled') setCaps(c.value);
      else errors.push({ prefix: 'capabilitiesFailed', error: c.reason });
      setStartErrors(errors);
      setLoading(false);
    });
    return () => {
      live = false;
    };
  }, [ops]);

  useEffect(() => {
    document.documentElement.lang = LANG_TAG[settings.lang];
  }, [settings.lang]);

  const update = useCallback(
    (patch: Partial<Settings>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setSettings(next);
      setSaveError(null);
      ops?.saveSettings(next).catch((e: unknown) => setSaveError(e ?? new Error('?')));
    },
    [ops],
  );

  return (
    <I18nProvider lang={settings.lang}>
      <Pane
        ops={ops}
        settings={settings}
        update={update}
        today={today}
        loading={loading}
        caps={caps}
        startErrors={startErrors}
        saveError={saveError}
        officeJs={officeJs}
      />
    </I18nProvider>
  );
}

interface PaneProps {
  ops: ExcelOps | null;
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
  today: string;
  loading: boolean;
  caps: Capabilities | null;
  startErrors: { prefix: 'settingsFailed' | 'capabilitiesFailed'; error: unknown }[];
  saveError: unknown;
  officeJs: OfficeJsNote | null;
}

function Pane({ ops, settings, update, today, loading, caps, startErrors, saveError, officeJs }: PaneProps) {
  const { t } = useT();
  const styles = useStyles();
  const views = viewsFor(ops !== null);
  const [view, setView] = useState<View>('templates');
  // A view once opened stays mounted (hidden when another is shown): a check's results and the
  // watch on its sheet survive a look at the templates.
  const [opened, setOpened] = useState<ReadonlySet<View>>(() => new Set<View>(['templates']));
  const open = useCallback((v: View) => {
    setView(v);
    setOpened((o) => (o.has(v) ? o : new Set([...o, v])));
  }, []);
  const other: Lang = settings.lang === 'zh' ? 'en' : 'zh';
  const asOf = settings.asOf ?? today;
  const label: Record<View, string> = { templates: t.navTemplates, check: t.navCheck, explain: t.navExplain, round: t.navRound, file: t.navFile, calculator: t.navCalculator, settings: t.navSettings };

  const panel = (v: View): ReactNode => {
    switch (v) {
      case 'templates':
        return <Gallery ops={ops} settings={settings} />;
      case 'check':
        return ops ? <CheckPanel ops={ops} asOf={asOf} isToday={settings.asOf === null} onChangeAsOf={() => open('settings')} /> : null;
      case 'explain':
        return ops ? <ExplainPanel ops={ops} asOf={settings.asOf} today={today} /> : null;
      case 'round':
        return <Round asOf={asOf} isToday={settings.asOf === null} onChangeAsOf={() => open('settings')} />;
      case 'file':
        return <FileCheck asOf={asOf} isToday={settings.asOf === null} onChangeAsOf={() => open('settings')} />;
      case 'calculator':
        return <Calculator />;
      case 'settings':
        return <SettingsPanel settings={settings} update={update} />;
    }
  };

  return (
    <div className={mergeClasses(styles.pane, view === 'round' && styles.wide)}>
      <header className={styles.header}>
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.h1}>
            {t.appTitle}
          </Title3>
          <Caption1 className={styles.subtitle}>{t.appSubtitle}</Caption1>
        </div>
        <Button size="small" lang={LANG_TAG[other]} aria-label={t.switchToLabel} onClick={() => update({ lang: other })}>
          {t.switchTo}
        </Button>
      </header>

      {ops === null && (
        <MessageBar intent="info">
          <MessageBarBody>{t.noExcel}</MessageBarBody>
        </MessageBar>
      )}
      {officeJs && (
        <MessageBar intent={officeJs.state === 'waiting' ? 'info' : 'warning'}>
          <MessageBarBody className={styles.address}>{officeJs.state === 'waiting' ? t.officeJsWaiting(officeJs.url) : t.officeJsFailed(officeJs.url, officeJs.state === 'timeout')}</MessageBarBody>
        </MessageBar>
      )}
      <MissingCapabilities caps={caps} />
      {startErrors.map((e) => (
        <ErrorNote key={e.prefix} error={e.error} prefix={t[e.prefix]} />
      ))}
      {saveError !== null && <ErrorNote error={saveError} prefix={t.saveFailed} />}

      {loading ? (
        <Spinner label={t.loadingSettings} />
      ) : (
        <>
          <nav aria-label={t.navLabel} className={styles.nav}>
            <ul className={styles.navList}>
              {views.map((v) => (
                <li key={v}>
                  <Button appearance="subtle" aria-current={view === v ? 'page' : undefined} className={view === v ? styles.current : undefined} onClick={() => open(v)}>
                    {label[v]}
                  </Button>
                </li>
              ))}
            </ul>
          </nav>
          <main>
            {views
              .filter((v) => opened.has(v))
              .map((v) => (
                <section key={v} hidden={view !== v} aria-label={label[v]}>
                  <PanelBoundary>
                    <Suspense fallback={<Spinner label={t.loading} />}>{panel(v)}</Suspense>
                  </PanelBoundary>
                </section>
              ))}
          </main>
        </>
      )}
    </div>
  );
}
