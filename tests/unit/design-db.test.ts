import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addLesson,
  copyProcessToArea,
  getDesign,
  listBudgetLines,
  listKeyFigures,
  listLessons,
  loadEvaluationInput,
  saveBudgetLine,
  saveKeyFigure,
  setKeyFigureDeleted,
  setLessonCarryOver,
  updateDesign,
} from '../../src/db/design';
import { resetDeviceCache } from '../../src/db/device';
import { InvalidRecordError } from '../../src/db/errors';
import { closeMeeting, planMeeting } from '../../src/db/meetings';
import { getActiveProcess, saveProcessConfig } from '../../src/db/processes';
import { db } from '../../src/db/schema';
import { evaluationFigures } from '../../src/domain/evaluation';
import { configFileSchema } from '../../src/domain/process';

const config = configFileSchema.parse(JSON.parse(readFileSync('public/config.json', 'utf8'))).process;

beforeEach(async () => {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
});

describe('design repository', () => {
  it('keeps key figures with work contact only when a note says why; delete can be undone', async () => {
    const p = await saveProcessConfig(config);
    const base = {
      processId: p.id,
      role: 'buurtspecialist' as const,
      roleOther: '',
      organisation: 'Trajekt',
      name: '',
      workEmail: 'team@trajekt.example',
      workPhone: '',
      contactNote: '',
      task: '',
    };
    await expect(saveKeyFigure(base)).rejects.toBeInstanceOf(InvalidRecordError);
    const k = await saveKeyFigure({ ...base, contactNote: 'afspraken maken' });
    expect(await listKeyFigures(p.id)).toHaveLength(1);
    await setKeyFigureDeleted(k.id, true);
    expect(await listKeyFigures(p.id)).toHaveLength(0);
    await setKeyFigureDeleted(k.id, false);
    expect((await listKeyFigures(p.id))[0]).toMatchObject({
      organisation: 'Trajekt',
      rev: 3,
      deleted: false,
    });
  });

  it('stores the design document per process, validated', async () => {
    const p = await saveProcessConfig(config);
    expect(await getDesign(p.id)).toEqual({
      steps: [],
      laterGroups: {},
      evaluation: { intro: '', conclusion: '' },
    });
    await updateDesign(p.id, (d) => ({
      ...d,
      steps: [{ id: 'ophalen', label: 'Ophalen', level: 'meepraten', description: '' }],
      laterGroups: { beperking: 'via de cliëntenraad' },
    }));
    expect((await getDesign(p.id)).laterGroups).toEqual({ beperking: 'via de cliëntenraad' });
    await expect(
      updateDesign(p.id, (d) => ({
        ...d,
        steps: [{ id: 'X', label: '', level: 'meepraten', description: '' }],
      })),
    ).rejects.toThrow();
    expect((await getDesign(p.id)).steps).toHaveLength(1);
  });

  it('lessons from a closing and entered separately feed the evaluation', async () => {
    const p = await saveProcessConfig(config);
    const m = await planMeeting({
      processId: p.id,
      buurtId: 'de-heeg',
      location: 'Buurthuis',
      startsAt: '2026-03-05T19:30:00',
      workForm: 'tafelgesprek',
      workFormOther: '',
      facilitators: [],
      plannedGroupIds: ['ouderen-75'],
    });
    await closeMeeting(m.id, '', [{ category: 'tijdstip', text: 'Te laat op de avond', doDifferently: '' }]);
    const separate = await addLesson({
      processId: p.id,
      category: 'communicatie',
      text: 'Flyers in één taal',
      doDifferently: 'Vijf talen',
      carryOver: false,
    });
    await setLessonCarryOver(separate.id, true);
    const f = evaluationFigures(await loadEvaluationInput(p));
    expect(f.held).toBe(1);
    expect(f.lessons.byCategory).toMatchObject({ tijdstip: 1, communicatie: 1 });
    expect(f.lessons.carryOver.map((l) => l.text)).toEqual(['Flyers in één taal']);
  });
});

describe('a new area from a copy', () => {
  it('copies configuration, design, budget, key figure roles (no contact details) and lessons to carry over', async () => {
    const zuid = await saveProcessConfig(config);
    await updateDesign(zuid.id, (d) => ({
      ...d,
      steps: [{ id: 'ophalen', label: 'Ophalen', level: 'meepraten', description: '' }],
      laterGroups: { beperking: 'later' },
      evaluation: { intro: 'Zuid', conclusion: '' },
    }));
    await saveKeyFigure({
      processId: zuid.id,
      role: 'stadsdeelregisseur',
      roleOther: '',
      organisation: 'Gemeente Maastricht',
      name: 'Regisseur Zuid',
      workEmail: 'regisseur.zuid@example.nl',
      workPhone: '043 000 00 00',
      contactNote: 'afspraken',
      task: 'Trekker',
    });
    await saveBudgetLine({
      processId: zuid.id,
      label: 'Zaalhuur',
      estimate: 1200,
      status: 'toegezegd',
      note: '',
    });
    await saveBudgetLine({ processId: zuid.id, label: 'Tolken', estimate: 'PM', status: 'raming', note: '' });
    const keep = await addLesson({
      processId: zuid.id,
      category: 'bereik',
      text: 'Mee',
      doDifferently: '',
      carryOver: true,
    });
    await addLesson({
      processId: zuid.id,
      category: 'locatie',
      text: 'Niet mee',
      doDifferently: '',
      carryOver: false,
    });

    const west = await copyProcessToArea(zuid.id, {
      name: 'Sociale Basis — Stadsdeel West',
      area: 'Stadsdeel West',
      buurten: ['Malberg', 'Daalhof', 'Sint Pieter', 'Malberg'],
    });
    expect(west.id).not.toBe(zuid.id);
    expect(west.area).toBe('Stadsdeel West');
    expect(west.phase).toBe('ontwerp');
    expect(west.buurten.map((b) => b.id)).toEqual(['malberg', 'daalhof', 'sint-pieter', 'malberg-2']);
    expect(west.themes).toEqual(zuid.themes);
    expect(west.questions).toEqual(zuid.questions);
    expect(west.targetGroups.map((g) => g.id)).toEqual(zuid.targetGroups.map((g) => g.id));
    expect(west.targetGroups.every((g) => Object.keys(g.share.byBuurt).length === 0)).toBe(true);
    // The active process does not change by itself.
    expect((await getActiveProcess())?.id).toBe(zuid.id);

    const kf = await listKeyFigures(west.id);
    expect(kf).toHaveLength(1);
    expect(kf[0]).toMatchObject({
      role: 'stadsdeelregisseur',
      organisation: 'Gemeente Maastricht',
      name: '',
      workEmail: '',
      workPhone: '',
      contactNote: '',
    });
    expect((await listBudgetLines(west.id)).map((b) => [b.label, b.estimate, b.status])).toEqual([
      ['Zaalhuur', 1200, 'raming'],
      ['Tolken', 'PM', 'raming'],
    ]);
    const lessons = await listLessons(west.id);
    expect(lessons.map((l) => [l.text, l.carryOver])).toEqual([['Mee', true]]);
    const design = await getDesign(west.id);
    expect(design.steps).toHaveLength(1);
    expect(design.laterGroups).toEqual({});
    expect(design.evaluation.intro).toBe('');
    expect(design.copiedFrom).toMatchObject({
      processId: zuid.id,
      area: 'Stadsdeel Zuid',
      lessonIds: [lessons[0]!.id],
    });
    // The source is untouched.
    expect((await listLessons(zuid.id)).map((l) => l.id)).toContain(keep.id);
    expect(await listKeyFigures(zuid.id)).toHaveLength(1);
  });
});
