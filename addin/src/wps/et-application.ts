/**
 * Whether the pane runs inside WPS: WPS puts its Application on the page's window (and the same
 * object as `wps`, per Kingsoft's typings, index.d.ts); Excel's pane has neither. The one place
 * the pane looks for it.
 */
import type { EtApplication } from './et-types.ts';

/** Kingsoft's typings spell it CreateTaskPane, its task-pane docs CreateTaskpane; builds differ. */
const TASK_PANE_FACTORIES = ['CreateTaskPane', 'CreateTaskpane'];

function isEtApplication(value: unknown): value is EtApplication {
  return (
    typeof value === 'object' &&
    value !== null &&
    TASK_PANE_FACTORIES.some((name) => typeof Reflect.get(value, name) === 'function')
  );
}

export function etApplication(scope: object = globalThis): EtApplication | null {
  for (const name of ['Application', 'wps']) {
    const candidate: unknown = Reflect.get(scope, name);
    if (isEtApplication(candidate)) return candidate;
  }
  return null;
}
