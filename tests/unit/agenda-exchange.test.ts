import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addAgendaItem,
  addKioskVote,
  listAgendaItems,
  listVotes,
  markAgendaPublished,
  savePaperVote,
} from '../../src/db/agenda';
import { ensureDevice } from '../../src/db/device';
import { exportBundle, importBundleText } from '../../src/db/exchange';
import { planMeeting } from '../../src/db/meetings';
import { loadInitialConfig } from '../../src/db/processes';
import { db } from '../../src/db/schema';
import { votableItems } from '../../src/domain/agenda';
import { tallyVotes } from '../../src/domain/votes';
import { buildBundleText } from '../../src/exchange/write';
import { freshDb } from '../helpers/freshDb';

const configText = readFileSync('public/config.json', 'utf8');

beforeEach(freshDb);

async function coordinatorAgenda() {
  const r = await loadInitialConfig(async () => configText);
  if (!r?.ok) throw new Error('config');
  const processId = r.value.id;
  const titles = ['Ontmoetingsplek', 'Mantelzorg ontlasten', 'Vrijwilligers', 'Veilige straat'];
  const items = [];
  for (const title of titles) {
    items.push(
      await addAgendaItem({
        processId,
        agendaYear: 2026,
        title,
        description: '',
        residentText: '',
        themeIds: [],
        buurtIds: [],
        years: { from: 2026, to: 2029 },
        status: 'voorgesteld',
        statusReason: '',
        responsible: '',
        linkedContributionIds: [],
      }),
    );
  }
  return { processId, items };
}

describe('publishing the agenda through the exchange', () => {
  it('a tablet takes the published agenda, votes go back in its export', async () => {
    const { processId, items } = await coordinatorAgenda();
    await markAgendaPublished(processId, 2026);
    const pub = await exportBundle('publish');
    expect(pub?.header.counts.records).toEqual({ processes: 1, agendaItems: 4 });

    // The tablet.
    await freshDb();
    const imported = await importBundleText(pub!.text, pub!.fileName);
    expect(imported.status).toBe('imported');
    const onTablet = votableItems(await listAgendaItems(processId));
    expect(onTablet.map((i) => i.title)).toEqual(items.map((i) => i.title));
    const meeting = await planMeeting({
      processId,
      buurtId: 'heugem',
      location: 'Buurthuis',
      startsAt: '2026-05-01T19:00:00',
      workForm: 'inloop',
      workFormOther: '',
      facilitators: [],
    });
    const ids = onTablet.map((i) => i.id);
    await addKioskVote(
      {
        processId,
        meetingId: meeting.id,
        agendaYear: 2026,
        respondentId: crypto.randomUUID(),
        allocations: { [ids[0]!]: 2, [ids[1]!]: 1 },
        selfGroupIds: [],
      },
      { budget: 3, itemIds: ids },
    );
    await savePaperVote({
      processId,
      meetingId: meeting.id,
      agendaYear: 2026,
      allocations: { [ids[1]!]: 9 },
    });
    const out = await exportBundle('new');
    expect(out?.header.counts.records).toMatchObject({ votes: 2, meetings: 1 });

    // Back at the coordinator (a fresh database stands in for the laptop).
    await freshDb();
    await importBundleText(pub!.text, pub!.fileName);
    const back = await importBundleText(out!.text, out!.fileName);
    expect(back.status).toBe('imported');
    const votes = await listVotes(processId);
    const r = tallyVotes(votes, {
      itemIds: ids,
      meetingsById: new Map([[meeting.id, meeting]]),
      k: 5,
      budget: 3,
    });
    expect(r.items.map((i) => [i.itemId, i.total])).toEqual([
      [ids[1], 10],
      [ids[0], 2],
      [ids[2], 0],
      [ids[3], 0],
    ]);
  });

  it('refuses a bundle whose agenda item breaks its schema, and changes nothing', async () => {
    const { processId, items } = await coordinatorAgenda();
    const device = await ensureDevice();
    const broken = { ...items[0]!, status: 'niet-haalbaar', statusReason: '' } as Record<string, unknown>;
    delete broken.localSeq;
    const bundle = await buildBundleText({
      kind: 'device',
      device: { id: device.id, label: device.label },
      processId,
      exportSeq: 1,
      range: { fromSeq: 1, toSeq: 1 },
      exportedAt: new Date().toISOString(),
      records: { agendaItems: [broken as never] },
      conflicts: {},
    });
    await freshDb();
    const report = await importBundleText(bundle.text, 'kapot.json');
    expect(report.status).toBe('refused');
    expect(report.problems[0]).toMatchObject({
      code: 'recordInvalid',
      params: { field: 'statusReason', message: 'zeg waarom het niet haalbaar is' },
    });
    expect(await db.agendaItems.count()).toBe(0);
  });
});
