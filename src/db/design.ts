import {
  type BudgetLine,
  emptyDesign,
  type KeyFigure,
  type ProcessDesign,
  processDesignSchema,
} from '../domain/design';
import type { Process } from '../domain/process';
import type { RecordMeta } from '../domain/record';
import { slugify } from '../domain/slug';
import { insertLesson } from './lessons';
import { configOf } from './processes';
import { notDeleted } from './records';
import { db } from './schema';
import { write } from './write';

export { addLesson, type LessonFields, listLessons, setLessonCarryOver } from './lessons';

/** Repository of the process design, lessons, evaluation texts and new areas (issue 7). */

type Fields<T> = Omit<T, keyof RecordMeta>;
export type KeyFigureInput = Fields<KeyFigure>;
export type BudgetLineInput = Fields<BudgetLine>;

const designKey = (processId: string) => `design:${processId}`;

/** Oldest first; records made in the same millisecond (a copy) keep the order they were written in. */
const byCreation = (a: { createdAt: string; localSeq: number }, b: { createdAt: string; localSeq: number }) =>
  a.createdAt.localeCompare(b.createdAt) || a.localSeq - b.localSeq;

/** The design document of a process; an empty one when none was saved (or it no longer validates). */
export async function getDesign(processId: string): Promise<ProcessDesign> {
  const raw = (await db.kv.get(designKey(processId)))?.value;
  const r = processDesignSchema.safeParse(raw ?? {});
  return r.success ? r.data : emptyDesign();
}

/** Change the design document (validated; throws InvalidRecord-like zod errors on bad input). */
export function updateDesign(
  processId: string,
  change: (d: ProcessDesign) => ProcessDesign,
): Promise<ProcessDesign> {
  return write([], async () => {
    const raw = (await db.kv.get(designKey(processId)))?.value;
    const prev = processDesignSchema.safeParse(raw ?? {});
    const next = processDesignSchema.parse(change(prev.success ? prev.data : emptyDesign()));
    await db.kv.put({ key: designKey(processId), value: next });
    return next;
  });
}

// ---- Key figures ----

export async function listKeyFigures(processId: string): Promise<KeyFigure[]> {
  const rows = await db.keyFigures.where('processId').equals(processId).toArray();
  return rows.filter(notDeleted).sort(byCreation);
}

export function saveKeyFigure(input: KeyFigureInput, id?: string): Promise<KeyFigure> {
  return write([db.keyFigures], async (tx) => {
    const prev = id ? await tx.get('keyFigures', id) : undefined;
    return prev ? tx.change('keyFigures', prev, input) : tx.create('keyFigures', input);
  });
}

export async function setKeyFigureDeleted(id: string, deleted: boolean): Promise<void> {
  await write([db.keyFigures], (tx) => tx.setDeleted('keyFigures', id, deleted));
}

// ---- Budget ----

export async function listBudgetLines(processId: string): Promise<BudgetLine[]> {
  const rows = await db.budgetLines.where('processId').equals(processId).toArray();
  return rows.filter(notDeleted).sort(byCreation);
}

export function saveBudgetLine(input: BudgetLineInput, id?: string): Promise<BudgetLine> {
  return write([db.budgetLines], async (tx) => {
    const prev = id ? await tx.get('budgetLines', id) : undefined;
    return prev ? tx.change('budgetLines', prev, input) : tx.create('budgetLines', input);
  });
}

export async function setBudgetLineDeleted(id: string, deleted: boolean): Promise<void> {
  await write([db.budgetLines], (tx) => tx.setDeleted('budgetLines', id, deleted));
}

// ---- The coordinator picture's input, for reach and the evaluation (one loader each) ----

export { loadAnalysisData, loadEvaluationInput } from './readModels';

// ---- Areas beyond Zuid ----

export interface NewAreaInput {
  name: string;
  area: string;
  /** Names of the new area's buurten. */
  buurten: string[];
}

/**
 * Start a process for another area from a copy of an existing one: its configuration (with the
 * new area's buurten; population shares per buurt start empty), its design (steps, budget lines as
 * estimates, key figures' roles and organisations without contact details) and its lessons marked
 * "meenemen naar andere gebieden", attached to the new process. All or nothing.
 */
export function copyProcessToArea(sourceId: string, input: NewAreaInput): Promise<Process> {
  return write([db.processes, db.keyFigures, db.budgetLines, db.lessons], async (tx) => {
    const source = await tx.get('processes', sourceId);
    if (!source || source.deleted) throw new Error(`process ${sourceId} not found`);
    const config = configOf(source);
    const taken = new Set<string>();
    const buurten = input.buurten.map((name) => {
      let id = slugify(name) || 'buurt';
      for (let n = 2; taken.has(id); n++) id = `${slugify(name) || 'buurt'}-${n}`;
      taken.add(id);
      return { id, name: name.trim(), themeIds: [], profile: [] };
    });
    const process = await tx.create('processes', {
      ...config,
      name: input.name,
      area: input.area,
      phase: 'ontwerp',
      buurten,
      targetGroups: config.targetGroups.map((g) => ({ ...g, share: { ...g.share, byBuurt: {} } })),
    });

    for (const k of (await db.keyFigures.where('processId').equals(sourceId).toArray())
      .filter(notDeleted)
      .sort(byCreation)) {
      await tx.create('keyFigures', {
        processId: process.id,
        role: k.role,
        roleOther: k.roleOther,
        organisation: k.organisation,
        name: '',
        workEmail: '',
        workPhone: '',
        contactNote: '',
        task: k.task,
      });
    }
    for (const b of (await db.budgetLines.where('processId').equals(sourceId).toArray())
      .filter(notDeleted)
      .sort(byCreation)) {
      await tx.create('budgetLines', {
        processId: process.id,
        label: b.label,
        estimate: b.estimate,
        status: 'raming',
        note: b.note,
      });
    }
    const lessonIds: string[] = [];
    const lessons = (await db.lessons.where('processId').equals(sourceId).toArray()).filter(
      (l) => !l.deleted && l.carryOver,
    );
    for (const l of lessons) {
      const row = await insertLesson(tx, {
        processId: process.id,
        category: l.category,
        text: l.text,
        doDifferently: l.doDifferently,
        carryOver: true,
      });
      lessonIds.push(row.id);
    }
    const srcDesign = processDesignSchema.safeParse((await db.kv.get(designKey(sourceId)))?.value ?? {});
    const design: ProcessDesign = {
      ...emptyDesign(),
      steps: srcDesign.success ? srcDesign.data.steps : [],
      copiedFrom: {
        processId: source.id,
        name: source.name,
        area: source.area,
        copiedAt: new Date().toISOString(),
        lessonIds,
      },
    };
    await db.kv.put({ key: designKey(process.id), value: processDesignSchema.parse(design) });
    return process;
  });
}
