import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  getDesign,
  listBudgetLines,
  listKeyFigures,
  saveBudgetLine,
  saveKeyFigure,
  updateDesign,
} from '../../src/db/design';
import { exportBundle, importBundleText } from '../../src/db/exchange';
import { loadInitialConfig } from '../../src/db/processes';
import { db } from '../../src/db/schema';
import { designRecordSchema } from '../../src/domain/design';
import { freshDb } from '../helpers/freshDb';

const configText = readFileSync('public/config.json', 'utf8');

beforeEach(freshDb);

async function coordinatorWithDesign() {
  const r = await loadInitialConfig(async () => configText);
  if (!r?.ok) throw new Error('config');
  const processId = r.value.id;
  await updateDesign(processId, (d) => ({
    ...d,
    steps: [
      { id: 'ontwerp', label: 'Ontwerpsessie met sleutelfiguren', level: 'coproduceren', description: '' },
    ],
    laterGroups: { mantelzorgers: 'Via de mantelzorgcafés in het voorjaar' },
  }));
  const line = await saveBudgetLine({
    processId,
    label: 'Zaalhuur gemeenschapshuizen',
    estimate: 1200,
    status: 'raming',
    note: '',
  });
  const figure = await saveKeyFigure({
    processId,
    role: 'buurtspecialist',
    roleOther: '',
    organisation: 'Trajekt',
    name: '',
    workEmail: '',
    workPhone: '',
    contactNote: '',
    task: 'Tafelgesprekken leiden',
  });
  return { processId, line, figure };
}

describe('the process design travels in bundles (issue 16.7)', () => {
  it('steps, later groups, an edited budget line and an edited key figure reach a second coordinator', async () => {
    const { processId, line, figure } = await coordinatorWithDesign();
    await saveBudgetLine(
      { ...line, estimate: 'PM', status: 'aangevraagd', note: 'Na de begroting' },
      line.id,
    );
    await saveKeyFigure({ ...figure, task: 'Tafelgesprekken en inloop leiden' }, figure.id);
    const out = await exportBundle('all');
    expect(out?.header.counts.records).toMatchObject({ designs: 1, budgetLines: 1, keyFigures: 1 });

    // A second coordinator's laptop (a fresh database).
    await freshDb();
    const r = await importBundleText(out!.text, out!.fileName);
    expect(r.status).toBe('imported');
    const design = await getDesign(processId);
    expect(design.steps.map((s) => s.label)).toEqual(['Ontwerpsessie met sleutelfiguren']);
    expect(design.laterGroups).toEqual({ mantelzorgers: 'Via de mantelzorgcafés in het voorjaar' });
    const [l] = await listBudgetLines(processId);
    expect(l).toMatchObject({
      id: line.id,
      estimate: 'PM',
      status: 'aangevraagd',
      note: 'Na de begroting',
      rev: 2,
    });
    const [k] = await listKeyFigures(processId);
    expect(k).toMatchObject({ id: figure.id, task: 'Tafelgesprekken en inloop leiden' });
  });

  it('an older device design kept in local storage is moved into the record on the first change', async () => {
    const r = await loadInitialConfig(async () => configText);
    if (!r?.ok) throw new Error('config');
    const processId = r.value.id;
    const legacy = {
      steps: [{ id: 'oud', label: 'Oude stap', level: 'meepraten', description: '' }],
      laterGroups: {},
      evaluation: { intro: 'Inleiding', conclusion: '' },
    };
    await db.kv.put({ key: `design:${processId}`, value: legacy });
    expect((await getDesign(processId)).steps[0]?.label).toBe('Oude stap');
    await updateDesign(processId, (d) => ({ ...d, evaluation: { ...d.evaluation, conclusion: 'Slot' } }));
    expect(await db.kv.get(`design:${processId}`)).toBeUndefined();
    const row = await db.designs.get(processId);
    expect(row).toMatchObject({
      id: processId,
      processId,
      evaluation: { intro: 'Inleiding', conclusion: 'Slot' },
    });
    expect(row?.steps[0]?.label).toBe('Oude stap');
  });

  it('a design record must carry its process id as its id', () => {
    const meta = {
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '001767225600000.0000.dev-a',
      deviceId: 'dev-a',
      rev: 1,
      deleted: false,
    };
    const p = '11111111-1111-4111-8111-111111111111';
    expect(designRecordSchema.safeParse({ ...meta, id: p, processId: p }).success).toBe(true);
    expect(
      designRecordSchema.safeParse({ ...meta, id: '22222222-2222-4222-8222-222222222222', processId: p })
        .success,
    ).toBe(false);
  });
});
