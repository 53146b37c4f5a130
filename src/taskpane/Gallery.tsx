/**
 * 模板: every template, grouped by the city whose document it comes from (赣州 鹰潭 吉安 抚州), then
 * the budget sheets (测算表). A card says what the sheet is for and which document and clause it
 * rests on; a county table takes a county (its own form) or the whole city, a budget sheet a city
 * and an as-of date. In Excel the card inserts the sheet; in a browser it makes an .xlsx to
 * download (exceljs, loaded only then).
 *
 * This is the pane's first screen, so it is drawn from the gallery's list alone (galleryData.ts:
 * titles, documents, counties, computed when the add-in is built); the templates and their seed
 * data load when a card makes its sheet. The pickers are native selects (Fluent's Select): with
 * Fluent's Dropdown, which brings its own popup, positioning and focus libraries, the pickers' chunk
 * was 42.6 KB gzipped of the first load; with Select it is 9.0 KB (`npm run bench`).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ExcelOps, InsertResult, Settings } from '../excel/types';
import type { City } from '../rules/core/enums';
import type { GalleryEntry } from '../templates/gallery';
import type { Template, TemplateKind } from '../templates/model';
import type { TemplateOptions } from '../templates';
import { useT, type Lang, type Messages } from '../i18n';
import { GALLERY } from './galleryData';
import { ErrorNote, XLSX_TYPE, useDownloads } from './util';

const CITIES = GALLERY.cities.map((c) => c.id);
const cityName = (city: City, lang: Lang): string => GALLERY.cities.find((c) => c.id === city)![lang];
const WHOLE_CITY = '*';
/** Every county's own form at once, as one .zip (the page only: a city officer sends them out). */
const EVERY_COUNTY = '**';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  h2: { margin: '4px 0 0', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  h3: { margin: '8px 0 0', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  cards: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '10px 12px',
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: { margin: 0, fontSize: tokens.fontSizeBase200 },
  basis: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  pickers: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'flex-end' },
  picker: { minWidth: '140px', flexGrow: 1 },
  actions: { display: 'flex', gap: '8px', alignItems: 'center', flexWrap: 'wrap' },
});

/** The gallery's groups: each city's own templates, in the documents' order of cities, then the budgets. */
export function galleryGroups(): { city: City | null; entries: readonly GalleryEntry[] }[] {
  return [...CITIES.map((city) => ({ city, entries: GALLERY.entries.filter((e) => e.city === city) })), { city: null, entries: GALLERY.entries.filter((e) => e.city === null) }].filter(
    (g) => g.entries.length > 0,
  );
}

export interface GalleryProps {
  ops: ExcelOps | null;
  settings: Settings;
}

export function Gallery({ ops, settings }: GalleryProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const groups = galleryGroups();
  const baseId = useId();
  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t.galleryTitle}</h2>
      <p className={styles.intro}>{ops ? t.galleryIntro : t.galleryIntroBrowser}</p>
      {groups.map((g) => {
        const id = `${baseId}-${g.city ?? 'budget'}`;
        return (
          <section key={g.city ?? 'budget'} aria-labelledby={id} data-group={g.city ?? 'budget'}>
            <h3 id={id} className={styles.h3}>
              {g.city ? t.cityGroup(cityName(g.city, lang)) : t.budgetGroup}
            </h3>
            <ul className={styles.cards}>
              {g.entries.map((e) => (
                <TemplateCard key={e.id} entry={e} ops={ops} settings={settings} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function purposeOf(kind: TemplateKind, t: Messages): string {
  const purposes: Record<TemplateKind, string> = { county: t.purposeCounty, indicators: t.purposeIndicators, reference: t.purposeReference, budget: t.purposeBudget };
  return purposes[kind];
}

type BudgetForm = NonNullable<TemplateOptions['form']>;

const isCity = (c: string): c is City => (CITIES as string[]).includes(c);

function TemplateCard({ entry, ops, settings }: { entry: GalleryEntry; ops: ExcelOps | null; settings: Settings }) {
  const { t, lang } = useT();
  const styles = useStyles();
  const headingId = useId();
  const budget = entry.city === null;

  const [county, setCounty] = useState(WHOLE_CITY);
  // In Excel a budget is inserted portable unless the user asks for the CARE functions; a download is always portable.
  const [form, setForm] = useState<BudgetForm>('portable');
  const portable = !ops || form === 'portable';
  // The CARE form reads its city from a cell, so any city; the portable form is made for a city its documents serve.
  const cities = (portable && entry.serves) || CITIES;
  const [picked, setCity] = useState<City>(isCity(settings.city) && cities.includes(settings.city) ? settings.city : cities[0]!);
  // A city picked for the CARE form that the portable form does not serve gives way to one it does.
  const city = cities.includes(picked) ? picked : cities[0]!;
  const [asOf, setAsOf] = useState(settings.asOf ?? '');
  const [busy, setBusy] = useState(false);
  const [inserted, setInserted] = useState<InsertResult | null>(null);
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const offer = useDownloads();

  // A budget card starts from the settings' city and date until the user picks its own.
  const touched = useRef(false);
  useEffect(() => {
    if (touched.current) return;
    if (isCity(settings.city) && cities.includes(settings.city)) setCity(settings.city);
    setAsOf(settings.asOf ?? '');
  }, [settings.city, settings.asOf, cities]);

  const title = lang === 'zh' ? entry.title : entry.titleEn;
  // The gallery's basis is the CARE form's (each formula's CARE.SOURCE); the portable form says its own.
  const basis = budget && portable ? t.portableBasis : lang === 'zh' ? entry.basis : entry.basisEn;

  const build = async (): Promise<Template> => {
    const { buildTemplate } = await import(/* webpackChunkName: "templates" */ '../templates');
    return buildTemplate(entry.id, {
      ...(entry.counties && county !== WHOLE_CITY ? { county } : {}),
      ...(budget ? { city, ...(asOf ? { asOf } : {}), form: portable ? 'portable' : 'functions' } : {}),
    });
  };

  const act = async () => {
    setBusy(true);
    setError(null);
    setInserted(null);
    try {
      if (ops) {
        setInserted(await ops.insertTemplate(await build()));
      } else if (county === EVERY_COUNTY) {
        // Each county's form is built by countyForms; the whole city's is not needed.
        const zip = await import(/* webpackChunkName: "county-zip" */ './countyZip');
        setFile({ url: offer((await zip.everyCountyZip(entry.id)).slice(), zip.ZIP_TYPE), name: t.everyCountyFile(entry.title) });
      } else {
        const template = await build();
        const { writeTemplate } = await import(/* webpackChunkName: "xlsx-write" */ '../xlsx/write');
        setFile({ url: offer((await writeTemplate(template)).slice(), XLSX_TYPE), name: `${template.sheet}.xlsx` });
      }
    } catch (e) {
      setError(e ?? new Error('?'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li className={styles.card} aria-labelledby={headingId} data-template={entry.id}>
      <h4 id={headingId} className={styles.h4}>
        {title}
      </h4>
      <p className={styles.line}>{purposeOf(entry.kind, t)}</p>
      <p className={styles.basis}>
        {t.basisLabel}
        {basis}
      </p>
      {entry.serves && <p className={styles.line}>{t.servesCities(entry.serves.map((c) => cityName(c, lang)).join(lang === 'zh' ? '、' : ', '))}</p>}
      {budget && <p className={styles.basis}>{portable ? t.portableNote : t.functionsNote}</p>}
      {(entry.counties || budget) && (
        <div className={styles.pickers}>
          {entry.counties && (
            <Field label={t.countyPicker} className={styles.picker}>
              <Select
                value={county}
                onChange={(_, d) => {
                  setCounty(d.value);
                  setInserted(null);
                }}
              >
                <option value={WHOLE_CITY}>{t.wholeCity}</option>
                {!ops && <option value={EVERY_COUNTY}>{t.everyCounty}</option>}
                {entry.counties.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          {budget && (
            <>
              {ops && (
                <Field label={t.formPicker} className={styles.picker}>
                  <Select
                    value={form}
                    onChange={(_, d) => {
                      setForm(d.value === 'functions' ? 'functions' : 'portable');
                      setInserted(null);
                    }}
                  >
                    <option value="portable">{t.formPortable}</option>
                    <option value="functions">{t.formFunctions}</option>
                  </Select>
                </Field>
              )}
              <Field label={t.cityPicker} className={styles.picker}>
                <Select
                  value={city}
                  onChange={(_, d) => {
                    if (isCity(d.value)) {
                      touched.current = true;
                      setCity(d.value);
                    }
                  }}
                >
                  {cities.map((c) => (
                    <option key={c} value={c}>
                      {cityName(c, lang)}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field label={t.asOfPicker} hint={t.asOfHint} className={styles.picker}>
                <Input
                  type="date"
                  value={asOf}
                  onChange={(_, d) => {
                    touched.current = true;
                    setAsOf(d.value);
                  }}
                />
              </Field>
            </>
          )}
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={() => void act()} aria-label={ops ? t.insertLabel(title) : t.downloadLabel(title)}>
          {ops ? (busy ? t.inserting : t.insert) : busy ? t.downloading : t.download}
        </Button>
        {busy && <Spinner size="tiny" aria-hidden />}
        {file && !ops && (
          <Link href={file.url} download={file.name}>
            {t.downloadReady(file.name)}
          </Link>
        )}
      </div>
      {error !== null && <ErrorNote error={error} />}
      <div role="status" aria-live="polite">
        {inserted && t.inserted(inserted.sheet, inserted.companion)}
      </div>
      {inserted?.formulaFallback && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.formulaFallback}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
