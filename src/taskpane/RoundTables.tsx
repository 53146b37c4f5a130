/**
 * The round's two lists: what was dropped (each file recognised as which template, for which county,
 * or why not, and what the merge did with it) and 报送情况 (every county of the document's table
 * with its status), in the words of the merged workbook's 报送情况 sheet.
 */
import { makeStyles, mergeClasses } from '@fluentui/react-components';
import type { Lang } from '../i18n';
import { STATUS_FILL } from '../round/look';
import { FILE_STATUS_WORDS, STATUS_WORDS, type CountyStatus } from '../round/messages';
import type { ReadFile, RoundCounty, RoundFile } from '../round/view';
import type { RoundWords } from './roundWords';
import { useTableStyles } from './tableStyles';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  file: { overflowWrap: 'anywhere', minWidth: '10em', whiteSpace: 'pre-line' },
  status: { whiteSpace: 'nowrap' },
});

function Head({ cells }: { cells: readonly string[] }) {
  return (
    <thead>
      <tr>
        {cells.map((h) => (
          <th key={h} scope="col">
            {h}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A dropped file as read so far (null: not yet), and as merged once the round is done. */
export interface FileLine {
  name: string;
  read: ReadFile | null;
  merged?: RoundFile;
}

export function FilesTable({ lines, words, lang }: { lines: readonly FileLine[]; words: RoundWords; lang: Lang }) {
  const s = { ...useTableStyles(), ...useStyles() };
  return (
    <div className={s.wrap}>
      <table className={mergeClasses(s.table, s.full)} aria-label={words.filesHeading}>
        <Head cells={words.filesHead} />
        <tbody>
          {lines.map((l, i) => {
            const read = l.merged ?? l.read;
            const what = read?.error ? words.unreadable : read?.recognised.length ? [...new Set(read.recognised.map((r) => r.template[lang]))].join('；') : read ? words.notRecognised : words.waiting;
            const counties = read?.recognised.map((r) => r.county ?? words.cityWide).join('、') ?? '';
            const reason = l.merged?.reason?.[lang] ?? read?.error?.[lang] ?? '';
            return (
              <tr key={i}>
                <td className={s.file}>{l.name}</td>
                <td>{what}</td>
                <td>{counties}</td>
                <td>{l.merged ? FILE_STATUS_WORDS[l.merged.status][lang] : ''}</td>
                <td className={s.note}>{reason}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const ORDER: readonly CountyStatus[] = ['submitted', 'hasErrors', 'conflict', 'missing'];

export function StatusTable({ counties, asOf, words, lang }: { counties: readonly RoundCounty[]; asOf: string; words: RoundWords; lang: Lang }) {
  const s = { ...useTableStyles(), ...useStyles() };
  const counts = ORDER.map((st) => `${STATUS_WORDS[st][lang]} ${counties.filter((c) => c.status === st).length}`).join(lang === 'zh' ? '，' : ', ');
  return (
    <>
      <p>{words.statusSummary(asOf, counties.length, counts)}</p>
      <div className={s.wrap}>
        <table className={mergeClasses(s.table, s.full)} aria-label={words.statusHeading}>
          <Head cells={words.statusHead} />
          <tbody>
            {counties.map((c, i) => (
              <tr key={c.county}>
                <td className={s.num}>{i + 1}</td>
                <th scope="row">{c.county}</th>
                <td className={s.status} style={STATUS_FILL[c.status] ? { backgroundColor: `#${STATUS_FILL[c.status]}` } : undefined}>
                  {STATUS_WORDS[c.status][lang]}
                </td>
                <td className={s.file}>{c.files.join('\n')}</td>
                <td className={s.num}>{c.status === 'missing' ? '' : c.errors}</td>
                <td className={s.num}>{c.status === 'missing' ? '' : c.warnings}</td>
                <td className={s.note}>{c.reason?.[lang] ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
