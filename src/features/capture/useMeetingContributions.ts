import { useEffect, useRef, useState } from 'preact/hooks';
import {
  contributionsChangedSince,
  contributionsOfMeeting,
  importCount,
  meetingCount,
} from '../../db/contributions';
import { onWritten, watch } from '../../db/live';
import type { Contribution } from '../../domain/contribution';
import type { Meeting } from '../../domain/meeting';
import { byCode } from '../../domain/order';

/** `full`: which full read the rows go back to (the watch subscribes again after each). */
type Held = { meetingId: string; rows: Contribution[]; seq: number; full: number };
let fullReads = 0;

const newestFirst = (a: Contribution, b: Contribution) => byCode(b.createdAt, a.createdAt);
const maxSeq = (rows: readonly { localSeq?: number }[], from = 0) =>
  rows.reduce((m, r) => Math.max(m, r.localSeq ?? 0), from);

type Local = Contribution & { localSeq?: number };

/**
 * The held rows with `changed` merged in (by id; a deleted or moved row leaves), newest first. A
 * version older than the one held (by local change number) is ignored: a read that started
 * before this tab's own save committed may still bring the version that save replaced. The version
 * held already (the same local change number: the watch confirming what onWritten showed) keeps its
 * object, and when nothing changed the held list itself comes back: the list is not rendered again.
 */
function merged(held: Held, changed: readonly Contribution[], meeting: Meeting): Contribution[] {
  if (!changed.length) return held.rows;
  const byId = new Map(held.rows.map((c) => [c.id, c as Local]));
  let moved = false;
  for (const c of changed as Local[]) {
    const had = byId.get(c.id);
    if (had && (had.localSeq ?? 0) > (c.localSeq ?? 0)) continue;
    if (had && c.localSeq !== undefined && had.localSeq === c.localSeq) continue;
    if (c.meetingId !== meeting.id || c.processId !== meeting.processId || c.deleted) {
      if (byId.delete(c.id)) moved = true;
    } else {
      byId.set(c.id, c);
      moved = true;
    }
  }
  return moved ? [...byId.values()].sort(newestFirst) : held.rows;
}

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
  // This tab's own saves: shown from the rows the write stored, as soon as it committed, without
  // reading them back (the watch below confirms them, and hears other tabs and imports). The
  // change number stays where the last read left it, so that read still sees every change after it.
  useEffect(() => {
    if (full === undefined) return;
    return onWritten((w) => {
      const rows = w.get('contributions') as Contribution[] | undefined;
      const cur = latest.current;
      if (!rows || !cur || cur.full !== full) return;
      const next = merged(cur, rows, meeting);
      if (next !== cur.rows) {
        latest.current = { ...cur, rows: next };
        setHeld(latest.current);
      }
    });
  }, [full, meeting.id, meeting.processId]);
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
        // A result for a list no longer held (a full read replaced it meanwhile): the next run
        // counts. The held list may have taken this tab's own saves meanwhile (onWritten): the
        // changes are merged into that one (by id, so a row it already has is not doubled).
        const cur = latest.current;
        if (!from || !cur || from.full !== full || cur.full !== full) return;
        const rows = merged(cur, changed, meeting);
        if (rows.length !== count) {
          latest.current = undefined; // until the full read is back, no result counts
          setReload((r) => r + 1);
        } else if (changed.length) {
          const next = { ...cur, rows, seq: maxSeq(changed, cur.seq) };
          latest.current = next;
          // Only the change number moved (what this tab's save showed already): no render.
          if (rows !== cur.rows) setHeld(next);
        }
      },
    );
  }, [full, meeting.id, meeting.processId]);

  return held && held.meetingId === meeting.id ? held.rows : undefined;
}
