/**
 * 模板: every template, grouped by the city whose document it comes from (赣州 鹰潭 吉安 抚州), then
 * the budget sheets (测算表). A card says what the sheet is for and which document and clause it
 * rests on; a county table takes a county (its own form) or the whole city, a budget sheet a city
 * and an as-of date. In Excel the card inserts the sheet; in a browser it makes an .xlsx to
 * download (exceljs, loaded only then).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Button, Dropdown, Field, Input, Link, MessageBar, MessageBarBody, Option, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ExcelOps, InsertResult, Settings } from '../excel/types';
import { CITY, type City } from '../rules/core/enums';
import { TEMPLATES, buildTemplate, type TemplateEntry } from '../templates';
import type { Template } from '../templates/model';
import { useT, type Messages } from '../i18n';
import { ErrorNote } from './util';

const CITIES = Object.keys(CITY.options) as City[];
const WHOLE_CITY = '*';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
export function galleryGroups(): { city: City | null; entries: TemplateEntry[] }[] {
  return [...CITIES.map((city) => ({ city, entries: TEMPLATES.filter((e) => e.city === city) })), { city: null, entries: TEMPLATES.filter((e) => e.city === null) }].filter(
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
  const groups = useMemo(galleryGroups, []);
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
              {g.city ? t.cityGroup(CITY.options[g.city][lang]) : t.budgetGroup}
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

function purposeOf(kind: Template['kind'], t: Messages): string {
  const purposes: Record<Template['kind'], string> = { county: t.purposeCounty, indicators: t.purposeIndicators, reference: t.purposeReference, budget: t.purposeBudget };
  return purposes[kind];
}

const isCity = (c: string): c is City => (CITIES as string[]).includes(c);

function TemplateCard({ entry, ops, settings }: { entry: TemplateEntry; ops: ExcelOps | null; settings: Settings }) {
  const { t, lang } = useT();
  const styles = useStyles();
  const headingId = useId();
  const base = useMemo(() => buildTemplate(entry.id), [entry.id]);
  const counties = useMemo(() => (entry.counties ? (base.tables[0]?.rows ?? []).filter((r) => !r.total && r.county !== null).map((r) => r.county as string) : []), [entry.counties, base]);
  const budget = entry.city === null;

  const [county, setCounty] = useState(WHOLE_CITY);
  const cities = entry.serves ?? CITIES;
  const [city, setCity] = useState<City>(isCity(settings.city) && cities.includes(settings.city) ? settings.city : cities[0]!);
  const [asOf, setAsOf] = useState(settings.asOf ?? '');
  const [busy, setBusy] = useState(false);
  const [inserted, setInserted] = useState<InsertResult | null>(null);
  const [file, setFile] = useState<{ url: string; name: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const urls = useRef<string[]>([]);

  // A budget card starts from the settings' city and date until the user picks its own.
  const touched = useRef(false);
  useEffect(() => {
    if (touched.current) return;
    if (isCity(settings.city) && cities.includes(settings.city)) setCity(settings.city);
    setAsOf(settings.asOf ?? '');
  }, [settings.city, settings.asOf, cities]);

  useEffect(() => () => urls.current.forEach((u) => URL.revokeObjectURL(u)), []);

  const title = lang === 'zh' ? entry.title : entry.titleEn;
  const basis = lang === 'zh' ? base.basis : base.basisEn;

  const build = (): Template =>
    buildTemplate(entry.id, {
      ...(entry.counties && county !== WHOLE_CITY ? { county } : {}),
      // Downloaded, a budget recalculates without the add-in; inserted in Excel it uses the CARE functions
      // (the adapter inserts one sheet, and the portable form needs its 参数 sheet beside it).
      ...(budget ? { city, ...(asOf ? { asOf } : {}), form: ops ? 'functions' : 'portable' } : {}),
    });

  const act = async () => {
    setBusy(true);
    setError(null);
    setInserted(null);
    try {
      const template = build();
      if (ops) {
        setInserted(await ops.insertTemplate(template));
      } else {
        const { writeTemplate } = await import(/* webpackChunkName: "xlsx-write" */ '../xlsx/write');
        const bytes = await writeTemplate(template);
        const url = URL.createObjectURL(new Blob([bytes.slice()], { type: XLSX_TYPE }));
        urls.current.push(url);
        setFile({ url, name: `${template.sheet}.xlsx` });
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
      <p className={styles.line}>{purposeOf(base.kind, t)}</p>
      <p className={styles.basis}>
        {t.basisLabel}
        {basis}
      </p>
      {entry.serves && <p className={styles.line}>{t.servesCities(entry.serves.map((c) => CITY.options[c][lang]).join(lang === 'zh' ? '、' : ', '))}</p>}
      {entry.serves && !ops && <p className={styles.basis}>{t.portableNote}</p>}
      {(entry.counties || budget) && (
        <div className={styles.pickers}>
          {entry.counties && (
            <Field label={t.countyPicker} className={styles.picker}>
              <Dropdown
                value={county === WHOLE_CITY ? t.wholeCity : county}
                selectedOptions={[county]}
                onOptionSelect={(_, d) => {
                  setCounty(d.optionValue ?? WHOLE_CITY);
                  setInserted(null);
                }}
              >
                <Option value={WHOLE_CITY}>{t.wholeCity}</Option>
                {counties.map((c) => (
                  <Option key={c} value={c}>
                    {c}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          )}
          {budget && (
            <>
              <Field label={t.cityPicker} className={styles.picker}>
                <Dropdown
                  value={CITY.options[city][lang]}
                  selectedOptions={[city]}
                  onOptionSelect={(_, d) => {
                    if (d.optionValue && isCity(d.optionValue)) {
                      touched.current = true;
                      setCity(d.optionValue);
                    }
                  }}
                >
                  {cities.map((c) => (
                    <Option key={c} value={c}>
                      {CITY.options[c][lang]}
                    </Option>
                  ))}
                </Dropdown>
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
        {inserted && t.inserted(inserted.sheet)}
      </div>
      {inserted?.formulaFallback && (
        <MessageBar intent="warning">
          <MessageBarBody>{t.formulaFallback}</MessageBarBody>
        </MessageBar>
      )}
    </li>
  );
}
