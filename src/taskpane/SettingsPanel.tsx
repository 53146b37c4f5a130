/**
 * 设置: the city budget sheets start from, the as-of date checks and explanations apply, and the
 * pane's language. Each change is saved at once (ops.saveSettings, in the workbook's settings).
 */
import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Settings } from '../excel/types';
import { CITY, type City } from '../rules/core/enums';
import { MESSAGES, useT, type Lang } from '../i18n';

const CITIES = Object.keys(CITY.options) as City[];
const LANGS: Lang[] = ['zh', 'en'];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '12px', maxWidth: '360px' },
  h2: { margin: '4px 0 0', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export interface SettingsPanelProps {
  settings: Settings;
  update: (patch: Partial<Settings>) => void;
}

export function SettingsPanel({ settings, update }: SettingsPanelProps) {
  const { t, lang } = useT();
  const styles = useStyles();
  const city = (CITIES as string[]).includes(settings.city) ? (settings.city as City) : null;
  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t.settingsTitle}</h2>
      <Field label={t.settingsCity}>
        {/* Native selects, as in the gallery (Gallery.tsx says why). A saved city careplan does not know stays shown. */}
        <Select value={settings.city} onChange={(_, d) => d.value && update({ city: d.value })}>
          {city === null && <option value={settings.city}>{settings.city}</option>}
          {CITIES.map((c) => (
            <option key={c} value={c}>
              {CITY.options[c][lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.settingsAsOf} hint={t.settingsAsOfHint}>
        <Input type="date" value={settings.asOf ?? ''} onChange={(_, d) => update({ asOf: /^\d{4}-\d{2}-\d{2}$/u.test(d.value) ? d.value : null })} />
      </Field>
      <Field label={t.settingsLang}>
        <Select value={settings.lang} onChange={(_, d) => (d.value === 'zh' || d.value === 'en') && update({ lang: d.value })}>
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {MESSAGES[l].langName}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
