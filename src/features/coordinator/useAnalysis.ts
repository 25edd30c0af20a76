import { useMemo } from 'preact/hooks';
import { useProcess } from '../../app/useProcess';
import { readAnalysisData } from '../../db/analysis';
import { useLive } from '../../db/live';
import type { AnalysisData } from '../../domain/analysis/data';
import type { AnalysisFilter } from '../../domain/analysis/filter';
import { computeOverview, type Overview } from '../../domain/analysis/overview';
import { computeReach, type Reach } from '../../domain/analysis/reach';
import type { ContributionSource } from '../../domain/contribution';
import type { WorkForm } from '../../domain/meeting';
import type { Process } from '../../domain/process';
import { createStore, useStore } from '../../ui/store';

/** The coordinator's filter as chosen in the filter bar: one value per field, '' for "all". */
export interface FilterValue {
  buurt: string;
  meeting: string;
  from: string;
  to: string;
  workForm: string;
  source: string;
  theme: string;
  group: string;
}

export const EMPTY_FILTER: FilterValue = {
  buurt: '',
  meeting: '',
  from: '',
  to: '',
  workForm: '',
  source: '',
  theme: '',
  group: '',
};

const STORAGE_KEY = 'buurtstem.coordinatorFilter';
const current = createStore<FilterValue>(readStored());

function readStored(): FilterValue {
  try {
    const raw = globalThis.sessionStorage?.getItem(STORAGE_KEY);
    if (raw) {
      const v = JSON.parse(raw) as Partial<FilterValue>;
      const out = { ...EMPTY_FILTER };
      for (const k of Object.keys(EMPTY_FILTER) as (keyof FilterValue)[]) {
        if (typeof v[k] === 'string') out[k] = v[k];
      }
      return out;
    }
  } catch {}
  return { ...EMPTY_FILTER };
}

/** The filter is shared by the coordinator's screens and kept for this browser session. */
export function setFilter(next: FilterValue): void {
  try {
    globalThis.sessionStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {}
  current.set(next);
}

export function useFilter(): [FilterValue, (next: FilterValue) => void] {
  return [useStore(current), setFilter];
}

export function toAnalysisFilter(v: FilterValue): AnalysisFilter {
  const one = <T extends string>(s: string) => (s ? [s as T] : []);
  return {
    buurtIds: one(v.buurt),
    meetingIds: one(v.meeting),
    from: v.from || undefined,
    to: v.to || undefined,
    workForms: one<WorkForm>(v.workForm),
    sources: one<ContributionSource>(v.source),
    themeIds: one(v.theme),
    groupIds: one(v.group),
  };
}

export interface Analysis {
  process: Process;
  data: AnalysisData;
  filter: FilterValue;
  setFilter: (next: FilterValue) => void;
  overview: Overview;
  reach: Reach;
}

/** Process, merged data (live from the database) and the filtered aggregates. undefined while loading, null without a process. */
export function useAnalysis(): Analysis | undefined | null {
  const process = useProcess();
  const [filter, set] = useFilter();
  const data = useLive(async () => (process ? readAnalysisData(process.id) : null), [process?.id]);
  const computed = useMemo(() => {
    if (!process || !data) return undefined;
    const f = toAnalysisFilter(filter);
    return { overview: computeOverview(data, process, f), reach: computeReach(data, process, f) };
  }, [process, data, filter]);
  if (process === null) return null;
  if (!process || !data || !computed) return undefined;
  return { process, data, filter, setFilter: set, ...computed };
}
