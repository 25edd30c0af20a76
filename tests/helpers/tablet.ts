import { readFileSync } from 'node:fs';
import { addContribution } from '../../src/db/contributions';
import { planMeeting } from '../../src/db/meetings';
import { loadInitialConfig } from '../../src/db/processes';

/** A tablet with the example process, a meeting and `n` contributions of its own. */
export async function tabletWithWork(n: number) {
  const r = await loadInitialConfig(async () => readFileSync('public/config.json', 'utf8'));
  if (!r?.ok) throw new Error('config');
  const m = await planMeeting({
    processId: r.value.id,
    buurtId: r.value.buurten[0]!.id,
    location: 'Buurthuis',
    startsAt: '2026-12-03T19:30:00',
    workForm: 'tafelgesprek',
    workFormOther: '',
    facilitators: [],
  });
  const add = (text: string) =>
    addContribution({
      processId: r.value.id,
      meetingId: m.id,
      kind: 'idee',
      text,
      themeIds: [],
      observedGroupIds: [],
      selfGroupIds: [],
      source: 'facilitator',
      agreeCount: 0,
      themeAssessments: {},
    });
  for (let i = 0; i < n; i++) await add(`Inbreng ${i + 1}`);
  return { process: r.value, add };
}
