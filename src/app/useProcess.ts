import { useLive } from '../db/live';
import { getActiveProcess } from '../db/processes';
import { GROUP_NO_ANSWER, GROUP_UNKNOWN } from '../domain/constants';
import type { Process } from '../domain/process';
import { t } from '../i18n';

/** The active participation process, live from the database. */
export function useProcess(): Process | undefined | null {
  const p = useLive(async () => (await getActiveProcess()) ?? null, []);
  return p;
}

export function buurtName(process: Process, id: string): string {
  return process.buurten.find((b) => b.id === id)?.name ?? id;
}

export function themeLabel(process: Process, id: string): string {
  return process.themes.find((th) => th.id === id)?.label ?? id;
}

/** Label of a configured target group or of one of the reserved answers (onbekend, zeg ik liever niet). */
export function groupLabel(process: Process, id: string): string {
  if (id === GROUP_UNKNOWN || id === GROUP_NO_ANSWER) return t(`group.${id}`);
  return process.targetGroups.find((g) => g.id === id)?.label ?? id;
}
