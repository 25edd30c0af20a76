/**
 * Version helpers of synchronised records (pure: no DOM, no Dexie): version vectors and content
 * equality. Kept apart from the merge (src/domain/merge.ts re-exports them) so that a local write
 * and the status bar do not pull the whole merge into the first screen's JS.
 */
import type { RecordMeta } from './record';

export type VersionVector = Record<string, string>;

/** A record version as it travels: the common record fields plus the record's own fields. */
export type Version = RecordMeta & {
  vv?: VersionVector | undefined;
  /** Stamp of the version this one was made on top of (see hasSeen). */
  prev?: string | undefined;
} & Record<string, unknown>;

/** Fields that describe a version rather than its content. */
export const META_FIELDS = ['updatedAt', 'deviceId', 'rev', 'vv', 'prev', 'createdAt', 'localSeq'] as const;

// ---- JSON value helpers ----

/** Deep equality of JSON values (object key order does not matter). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  let n = 0;
  for (const k in ao) {
    if (!Object.hasOwn(ao, k)) continue;
    const av = ao[k];
    if (av === undefined) continue;
    n++;
    if (!Object.hasOwn(bo, k) || !deepEqual(av, bo[k])) return false;
  }
  let m = 0;
  for (const k in bo) if (Object.hasOwn(bo, k) && bo[k] !== undefined) m++;
  return n === m;
}

/** JSON text with sorted keys: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/** Same content, ignoring who changed it when (used to hide conflicts that are not real). */
export function sameContent(a: Version, b: Version): boolean {
  const strip = (v: Version) => {
    const copy: Record<string, unknown> = { ...v };
    for (const f of META_FIELDS) delete copy[f];
    return copy;
  };
  return deepEqual(strip(a), strip(b));
}

// ---- Version vectors ----
// Device ids are keys of version vectors. Ids such as `__proto__`, `constructor` or `toString` are
// ordinary ids: vectors are read with Object.hasOwn only and built on null-prototype objects, so
// no inherited property is ever mistaken for an entry (and `__proto__` never sets a prototype).

/** The entry of `device` in a vector (own properties only). */
export function vvGet(vv: VersionVector | undefined, device: string): string | undefined {
  return vv && Object.hasOwn(vv, device) ? vv[device] : undefined;
}

/** A copy of a vector on a null-prototype object. */
export function vvCopy(vv: VersionVector | undefined): VersionVector {
  const out: VersionVector = Object.create(null);
  if (vv) for (const d of Object.keys(vv)) out[d] = vv[d]!;
  return out;
}

/** The version vector of a version, with its own stamp included. */
export function vvOf(v: Version): VersionVector {
  const own = vvGet(v.vv, v.deviceId);
  if (v.vv && own !== undefined && own >= v.updatedAt) return v.vv;
  const out = vvCopy(v.vv);
  out[v.deviceId] = v.updatedAt;
  return out;
}

/** The vector of a new local change made on `deviceId` with `stamp`, on top of `prev` (if any). */
export function bumpVv(prev: Version | undefined, deviceId: string, stamp: string): VersionVector {
  const out = vvCopy(prev ? vvOf(prev) : undefined);
  out[deviceId] = stamp;
  return out;
}
