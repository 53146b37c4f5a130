/**
 * 汇总's file controls: the buttons that open the browser's picker (files, or a folder and its
 * subfolders), and the list of the returns that have findings, each with its annotated copy to make
 * and download.
 */
import { Button, Link, makeStyles } from '@fluentui/react-components';
import type { RoundView } from '../round/view';
import { annotatedName } from './fileJob';
import type { ROUND_WORDS } from './roundWords';

const useStyles = makeStyles({
  hidden: { display: 'none' },
  row: { display: 'flex', gap: '12px', alignItems: 'center', flexWrap: 'wrap' },
  downloads: { display: 'flex', flexDirection: 'column', gap: '4px' },
});

/** A return's annotated copy: being made, ready to download, or refused with the reason. */
export type Copy = 'making' | { url: string } | { failure: { zh: string; en: string } };

/** A dropped file's annotated copy's name: 原名-核查.xlsx, without the folder it was dropped in. */
export const copyName = (file: string): string => annotatedName(file.replace(/^.*[/\\]/u, ''));

/** A button that opens the browser's file picker: for files, or (webkitdirectory) a folder and its subfolders. */
export function PickButton({ label, folder = false, disabled, onPick }: { label: string; folder?: boolean; disabled: boolean; onPick: (files: FileList) => void }) {
  const styles = useStyles();
  let input: HTMLInputElement | null = null;
  return (
    <>
      <Button disabled={disabled} onClick={() => input?.click()}>
        {label}
      </Button>
      <input
        ref={(el) => (input = el)}
        className={styles.hidden}
        type="file"
        aria-label={label}
        multiple
        {...(folder ? { webkitdirectory: '' } : { accept: '.xlsx,.xls,.et' })}
        onChange={(e) => {
          if (e.target.files?.length) onPick(e.target.files);
          e.target.value = '';
        }}
      />
    </>
  );
}

export function AnnotatedCopies({
  view,
  copies,
  busy,
  onMake,
  words,
  lang,
}: {
  view: RoundView;
  copies: ReadonlyMap<number, Copy>;
  busy: boolean;
  onMake: (i: number) => void;
  words: typeof ROUND_WORDS.zh;
  lang: 'zh' | 'en';
}) {
  const styles = useStyles();
  const marked = view.files.map((f, i) => ({ f, i })).filter(({ f }) => f.reports.some((r) => r.findings.length > 0));
  if (!marked.length) return null;
  return (
    <div className={styles.downloads}>
      <h3>{words.annotated}</h3>
      {marked.map(({ f, i }) => {
        const name = copyName(f.file);
        const copy = copies.get(i);
        return (
          <div key={i} className={styles.row}>
            {typeof copy === 'object' && 'url' in copy ? (
              <Link href={copy.url} download={name}>
                {name}
              </Link>
            ) : (
              <Button size="small" disabled={busy} onClick={() => onMake(i)}>
                {copy === 'making' ? words.makingCopy(name) : words.makeCopy(name)}
              </Button>
            )}
            {typeof copy === 'object' && 'failure' in copy && <span>{copy.failure[lang]}</span>}
          </div>
        );
      })}
    </div>
  );
}
