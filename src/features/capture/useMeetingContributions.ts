import { useEffect, useRef, useState } from 'preact/hooks';
import {
  contributionsChangedSince,
  contributionsOfMeeting,
  importCount,
  meetingCount,
} from '../../db/contributions';
import { watch } from '../../db/live';
import type { Contribution } from '../../domain/contribution';
import type { Meeting } from '../../domain/meeting';

/** `full`: which full read the rows go back to (the watch subscribes again after each). */
type Held = { meetingId: string; rows: Contribution[]; seq: number; full: number };
let fullReads = 0;

const newestFirst = (a: Contribution, b: Contribution) => b.createdAt.localeCompare(a.createdAt);
const maxSeq = (rows: readonly { localSeq?: number }[], from = 0) =>
  rows.reduce((m, r) => Math.max(m, r.localSeq ?? 0), from);

/**
 * The live contributions of a meeting, newest first, for the capture list. It reads the meeting
 * once, then only what changed on this device since (by local change number), so saving one
 * contribution does not read the whole meeting again. It reads everything again when that cannot
 * be enough: another meeting, an import (imported versions carry no local change number), or a
 * count that no longer matches the meeting's aggregate (records removed without a new version).
 */
export function useMeetingContributions(meeting: Meeting): Contribution[] | undefined {
  const [held, setHeld] = useState<Held | undefined>(undefined);
  const [reload, setReload] = useState(0);
  // The watch below reads the held list through this ref: it subscribes once per full read, not
  // again after every save (a new subscription ran its query a second time per save).
  const latest = useRef<Held | undefined>(undefined);
  const full = held !== undefined && held.meetingId === meeting.id ? held.full : undefined;

  useEffect(() => {
    let stale = false;
    void (async () => {
      // The same rule as the aggregate's count: this meeting of this process, not deleted.
      const rows = (
        (await contributionsOfMeeting(meeting.id)) as (Contribution & { localSeq?: number })[]
      ).filter((c) => c.processId === meeting.processId);
      if (stale) return;
      const next = { meetingId: meeting.id, rows, seq: maxSeq(rows), full: ++fullReads };
      latest.current = next;
      setHeld(next);
    })();
    return () => {
      stale = true;
    };
  }, [meeting.id, meeting.processId, reload]);

  // Imports, and the aggregate's count: when they say the held list may be wrong, read it all.
  useEffect(() => {
    let first: number | undefined;
    return watch(importCount, (n) => {
      if (first === undefined) first = n;
      else if (n !== first) setReload((r) => r + 1);
    });
  }, [meeting.id]);
  // What changed locally since the last read, merged into the held list; in the same read, the
  // meeting's count from its aggregate: when the merged list does not match it, read it all.
  useEffect(() => {
    if (full === undefined) return;
    return watch(
      async () => {
        const from = latest.current;
        // Both reads sent at once: one round trip before the list shows the new row, not two.
        const [changed, count] = await Promise.all([
          from ? contributionsChangedSince(from.seq) : [],
          meetingCount(meeting.processId, meeting.id),
        ]);
        return { from, changed, count };
      },
      ({ from, changed, count }) => {
        // A result for a list no longer held (a full read replaced it meanwhile): the next run counts.
        if (!from || from !== latest.current || from.full !== full) return;
        let rows = from.rows;
        if (changed.length) {
          const byId = new Map(from.rows.map((c) => [c.id, c]));
          for (const c of changed) {
            if (c.meetingId !== meeting.id || c.processId !== meeting.processId || c.deleted)
              byId.delete(c.id);
            else byId.set(c.id, c);
          }
          rows = [...byId.values()].sort(newestFirst);
        }
        if (rows.length !== count) {
          latest.current = undefined; // until the full read is back, no result counts
          setReload((r) => r + 1);
        } else if (changed.length) {
          const next = { ...from, rows, seq: maxSeq(changed, from.seq) };
          latest.current = next;
          setHeld(next);
        }
      },
    );
  }, [full, meeting.id, meeting.processId]);

  return held && held.meetingId === meeting.id ? held.rows : undefined;
}
