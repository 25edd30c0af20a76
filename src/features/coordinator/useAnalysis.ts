import { useMemo, useRef } from 'preact/hooks';
import { readAnalysisData } from '../../db/analysis';
import { useLive } from '../../db/live';
import { loadActiveAggregateData, loadRecent } from '../../db/readModels';
import {
  type AggregateData,
  aggregatesAnswer,
  overviewFromAggregates,
  reachFromAggregates,
  recentFromAggregates,
  recentIds,
} from '../../domain/analysis/aggregateRead';
import type { AnalysisData } from '../../domain/analysis/data';
import type { AnalysisFilter } from '../../domain/analysis/filter';
import { computeOverview, type Overview } from '../../domain/analysis/overview';
import { computeReach, type Reach } from '../../domain/analysis/reach';
import type { Contribution, ContributionSource } from '../../domain/contribution';
import type { Meeting, WorkForm } from '../../domain/meeting';
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
  /** The process's live meetings (the filter bar's list). */
  meetings: readonly Meeting[];
  /** The aggregates (src/db/aggregates.ts): what the overview, reach and shared picture read. */
  aggregates: AggregateData;
  filter: FilterValue;
  setFilter: (next: FilterValue) => void;
  overview: Overview;
  reach: Reach;
  /** Nothing planned or said yet. */
  empty: boolean;
  /**
   * True while the records are read for a filter the aggregates cannot answer (source, theme,
   * group): the overview and reach on screen are then the last answer.
   */
  updating: boolean;
  /** Every record of the process (for the analysis exports), read when asked. */
  records: () => Promise<AnalysisData>;
}

/** What the screen shows: the overview, and the reach when asked (computed once). */
interface Shown {
  overview: Overview;
  reach: () => Reach;
  /** The overview's recent list comes after it (from the aggregates: the records are read by id). */
  recentLater: boolean;
}

/** No records of recent contributions (the counts do not need them). */
const NO_RECORDS: ReadonlyMap<string, Contribution> = new Map();

/** `fn`'s value, computed on the first call only. */
function once<T>(fn: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = fn();
      done = true;
    }
    return value;
  };
}

/**
 * Process, aggregates (live from the database) and the filtered overview and reach. Only a filter
 * the aggregates cannot answer reads the records, in the background; the last answer stays on
 * screen meanwhile. undefined while loading, null without a process.
 */
export function useAnalysis(): Analysis | undefined | null {
  // The active process and its aggregates in one live query (not the process's, then these).
  const opened = useLive(loadActiveAggregateData, []);
  const process = opened === undefined ? undefined : (opened?.process ?? null);
  const aggregates = opened?.data;
  const [filter, set] = useFilter();
  const f = useMemo(() => toAnalysisFilter(filter), [filter]);
  const fromRecords = !aggregatesAnswer(f, 'overview');
  const records = useLive(
    async () => (process && fromRecords ? readAnalysisData(process.id) : null),
    [process?.id, fromRecords],
  );
  // The overview shows a few recent contributions: only those records are read.
  const ids = useMemo(
    () => (process && aggregates && !fromRecords ? recentIds(aggregates, process, f) : []),
    [process, aggregates, fromRecords, f],
  );
  const recent = useLive(() => loadRecent(ids), [ids.join()]);
  const last = useRef<Shown | undefined>(undefined);
  // The counts do not wait for the few recent records (a second read after the aggregates): the
  // overview is computed without them and the list is added when they come (issue 12 item 3). The
  // reach is computed when a part of the screen asks for it: the overview tab never does.
  const computed = useMemo((): Shown | undefined => {
    if (!process || !aggregates) return undefined;
    if (!fromRecords) {
      const data = { ...aggregates, recent: NO_RECORDS };
      return {
        overview: overviewFromAggregates(data, process, f, { recent: 0 }),
        reach: once(() => reachFromAggregates(data, process, f)),
        recentLater: true,
      };
    }
    if (!records) return undefined;
    return {
      overview: computeOverview(records, process, f),
      reach: once(() => computeReach(records, process, f)),
      recentLater: false,
    };
  }, [process, aggregates, records, fromRecords, f]);
  if (computed) last.current = computed;
  const shown = computed ?? last.current;
  const recentList = useMemo(
    () =>
      process && aggregates && recent && !fromRecords
        ? recentFromAggregates({ ...aggregates, recent }, process, f)
        : undefined,
    [process, aggregates, recent, fromRecords, f],
  );
  const overview = useMemo(
    () => (shown?.recentLater ? { ...shown.overview, recent: recentList ?? [] } : shown?.overview),
    [shown, recentList],
  );
  if (process === null) return null;
  if (!process || !aggregates || !shown || !overview) return undefined;
  const reach = shown.reach;
  return {
    process,
    meetings: aggregates.meetings,
    aggregates,
    filter,
    setFilter: set,
    overview,
    get reach() {
      return reach();
    },
    empty:
      aggregates.meetings.length === 0 && aggregates.aggregates.length === 0 && !aggregates.findings?.length,
    updating: !computed,
    records: () => readAnalysisData(process.id),
  };
}
