/**
 * 函数计算器: any CARE function worked by hand, in Excel or in a plain browser. Pick the function,
 * fill its arguments (each with the catalog's help; a choice argument offers the words the rule
 * accepts), and see at once the result, or the rule's refusal, with every document figure it read and
 * the clause quoted (the same explanation as 为什么是这个数？); then copy the `=CARE.…` formula.
 */
import { useMemo, useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import { CATALOG, findFunction } from '../catalog';
import { callFormula, callValues } from '../catalog/call';
import { explain } from '../catalog/explain';
import type { ParamSpec } from '../catalog/types';
import { useT, type Lang } from '../i18n';
import { ExplanationView } from './Explain';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '10px' },
  h2: { margin: '4px 0 0', fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  formula: { display: 'flex', gap: '8px', alignItems: 'flex-end' },
  grow: { flexGrow: 1 },
});

type Copy = 'idle' | 'copied' | 'failed';

export function Calculator() {
  const { t, lang } = useT();
  const styles = useStyles();
  const [name, setName] = useState(CATALOG[0]!.name);
  const spec = findFunction(name) ?? CATALOG[0]!;
  const [texts, setTexts] = useState<string[]>([]);
  const [copy, setCopy] = useState<Copy>('idle');

  const explanation = useMemo(() => {
    const values = callValues(spec, texts);
    return explain(spec.name, texts.slice(0, values.length), values);
  }, [spec, texts]);
  const formula = callFormula(spec, texts);

  const choose = (next: string) => {
    setName(next);
    setTexts([]);
    setCopy('idle');
  };
  const enter = (i: number, text: string) => {
    setTexts((old) => spec.params.map((_, j) => (j === i ? text : (old[j] ?? ''))));
    setCopy('idle');
  };
  const copyFormula = async () => {
    try {
      await navigator.clipboard.writeText(formula);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <div className={styles.root}>
      <h2 className={styles.h2}>{t.calcTitle}</h2>
      <p className={styles.intro}>{t.calcIntro}</p>
      <Field label={t.calcFunction} hint={spec.description[lang]}>
        <Select value={spec.name} onChange={(_, d) => choose(d.value)}>
          {CATALOG.map((f) => (
            <option key={f.name} value={f.name}>
              {`CARE.${f.name} · ${f.description[lang]}`}
            </option>
          ))}
        </Select>
      </Field>
      {spec.params.map((p, i) => (
        <Argument key={`${spec.name}.${p.name}`} param={p} lang={lang} optional={t.calcOptional} choose={t.calcChoose} text={texts[i] ?? ''} onChange={(text) => enter(i, text)} />
      ))}
      <div className={styles.formula}>
        <Field label={t.calcFormula} className={styles.grow}>
          <Input readOnly value={formula} lang="zh-CN" onFocus={(e) => e.currentTarget.select()} />
        </Field>
        <Button onClick={() => void copyFormula()}>{t.calcCopy}</Button>
      </div>
      <div role="status" aria-live="polite">
        {copy !== 'idle' && (
          <MessageBar intent={copy === 'copied' ? 'success' : 'warning'}>
            <MessageBarBody>{copy === 'copied' ? t.calcCopied : t.calcCopyFailed}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {explanation && <ExplanationView explanation={explanation} argsHeading={t.calcArgsHeading} />}
    </div>
  );
}

interface ArgumentProps {
  param: ParamSpec;
  lang: Lang;
  optional: string;
  choose: string;
  text: string;
  onChange: (text: string) => void;
}

/** One argument: a choice offers the words the rule accepts (in Chinese, as a formula writes them); anything else is typed. */
function Argument({ param: p, lang, optional, choose, text, onChange }: ArgumentProps) {
  const label = `${p.label}（${p.name}）${p.optional ? ` · ${optional}` : ''}`;
  const options = p.choices ? Object.values(p.choices.options) : null;
  return (
    <Field label={label} hint={p.help[lang]}>
      {options ? (
        <Select value={text} onChange={(_, d) => onChange(d.value)}>
          <option value="">{choose}</option>
          {options.map((o) => (
            <option key={o.zh} value={o.zh}>
              {lang === 'zh' ? o.zh : `${o.zh} · ${o.en}`}
            </option>
          ))}
        </Select>
      ) : (
        <Input value={text} inputMode={p.type === 'number' ? 'decimal' : undefined} placeholder={p.name === 'asOf' ? 'YYYY-MM-DD' : undefined} onChange={(_, d) => onChange(d.value)} />
      )}
    </Field>
  );
}

