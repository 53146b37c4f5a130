/** The look of 汇总's tables (the files, 报送情况, the 通报): thin borders, a shaded header row, figures right-aligned. */
import { makeStyles, tokens } from '@fluentui/react-components';

export const useTableStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    fontSize: tokens.fontSizeBase200,
    '& th, & td': { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: '3px 6px', verticalAlign: 'top' },
    // A cell's own class (num) sets its alignment: a rule here on td would outrank it.
    '& th': { textAlign: 'left' },
    '& thead th': { backgroundColor: tokens.colorNeutralBackground3, whiteSpace: 'nowrap' },
    '& tbody th': { whiteSpace: 'nowrap' },
    // A row is not split across two printed pages.
    '& tr': { breakInside: 'avoid' },
  },
  /** Across the page (long notes); without it, as wide as the figures need. */
  full: { width: '100%' },
  num: { textAlign: 'right', whiteSpace: 'nowrap' },
  note: { whiteSpace: 'pre-line', minWidth: '16em' },
});
