/**
 * What this Excel cannot do, said at the top of the pane: each requirement set the add-in uses that
 * Office reports missing (src/excel/requirements.ts), with what the user loses and what to do. The
 * task-pane-only manifest asks Office for nothing, so this is where an older Excel learns why a
 * command refuses.
 */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Capabilities, Capability } from '../excel/requirements';
import { useT } from '../i18n';

/** The order the notice lists them in: what stops the most first. */
const ORDER: readonly Capability[] = ['core', 'functions', 'sharedRuntime', 'notes', 'comments', 'delayForCellEdit'];

/**
 * Notes and comments are two ways to carry a mark's words: missing notes is said where threaded
 * comments take their place; where both are missing, the comments' line says the fill is all.
 */
export function missing(caps: Capabilities): Capability[] {
  return ORDER.filter((c) => !caps[c] && !(c === 'notes' && !caps.comments));
}

export function MissingCapabilities({ caps }: { caps: Capabilities | null }) {
  const { t } = useT();
  const gaps = caps ? missing(caps) : [];
  if (gaps.length === 0) return null;
  return (
    <MessageBar intent={gaps.includes('core') ? 'error' : 'warning'}>
      <MessageBarBody>
        {t.capMissingHeading}
        <ul>
          {gaps.map((c) => (
            <li key={c} data-capability={c}>
              {t.capMissing[c]}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
