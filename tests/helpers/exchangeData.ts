/** Valid records and bundles for the exchange tests (deterministic ids and stamps). */
import { formatHlc } from '../../src/domain/clock';
import type { Version } from '../../src/domain/merge';
import { type BundleInput, buildBundleText } from '../../src/exchange/write';

export const PROCESS_ID = '11111111-1111-4111-8111-111111111111';
export const MEETING_ID = '22222222-2222-4222-8222-222222222222';
/** 2026-03-02 10:00 UTC: the fixtures' "now" plus a few days margin. */
export const T0 = Date.UTC(2026, 2, 2, 10, 0, 0);

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
export const stamp = (ms: number, deviceId: string, counter = 0) => formatHlc({ ms, counter, deviceId });

export function contribution(
  n: number,
  deviceId: string,
  ms = T0,
  extra: Record<string, unknown> = {},
): Version {
  const updatedAt = stamp(ms, deviceId);
  return {
    id: uuid(n),
    createdAt: new Date(ms).toISOString(),
    updatedAt,
    deviceId,
    rev: 1,
    deleted: false,
    vv: { [deviceId]: updatedAt },
    processId: PROCESS_ID,
    meetingId: MEETING_ID,
    kind: 'idee',
    text: `Inbreng ${n} van ${deviceId}`,
    themeIds: ['ontmoeten'],
    observedGroupIds: [],
    selfGroupIds: [],
    source: 'facilitator',
    agreeCount: 0,
    themeAssessments: {},
    ...extra,
  } as Version;
}

/** The next version of a record, made on `deviceId` at `ms` after having seen `prev`. */
export function edit(prev: Version, deviceId: string, ms: number, patch: Record<string, unknown>): Version {
  const updatedAt = stamp(ms, deviceId);
  return {
    ...prev,
    ...patch,
    updatedAt,
    deviceId,
    rev: prev.rev + 1,
    vv: { ...(prev.vv ?? { [prev.deviceId]: prev.updatedAt }), [deviceId]: updatedAt },
  } as Version;
}

export function meeting(deviceId: string, ms = T0): Version {
  const updatedAt = stamp(ms, deviceId);
  return {
    id: MEETING_ID,
    createdAt: new Date(ms).toISOString(),
    updatedAt,
    deviceId,
    rev: 1,
    deleted: false,
    vv: { [deviceId]: updatedAt },
    processId: PROCESS_ID,
    buurtId: 'heer',
    location: 'Gemeenschapshuis',
    startsAt: '2026-03-01T19:30:00',
    workForm: 'tafelgesprek',
    workFormOther: '',
    facilitators: [],
    plannedGroupIds: [],
    status: 'bezig',
    notes: '',
  } as Version;
}

export function deviceBundle(
  deviceId: string,
  exportSeq: number,
  records: BundleInput['records'],
  over: Partial<BundleInput> = {},
) {
  return buildBundleText({
    kind: 'device',
    device: { id: deviceId, label: `Tablet ${deviceId}` },
    processId: PROCESS_ID,
    exportSeq,
    range: { fromSeq: exportSeq * 100 - 99, toSeq: exportSeq * 100 },
    exportedAt: new Date(T0).toISOString(),
    records,
    conflicts: {},
    ...over,
  });
}
