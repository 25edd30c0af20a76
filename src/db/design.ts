import {
  type BudgetLine,
  type DesignRecordFields,
  designOf,
  emptyDesign,
  type KeyFigure,
  type ProcessDesign,
  processDesignSchema,
} from '../domain/design';
import type { Process } from '../domain/process';
import type { RecordMeta } from '../domain/record';
import { slugify } from '../domain/slug';
import { byCreation } from './keyFigures';
import { insertLesson } from './lessons';
import { configOf } from './processes';
import { notDeleted } from './records';
import { db } from './schema';
import { type Tx, write } from './write';

export { listKeyFigures } from './keyFigures';
export { addLesson, type LessonFields, listLessons, setLessonCarryOver } from './lessons';

/** Repository of the process design, lessons, evaluation texts and new areas (issue 7). */

type Fields<T> = Omit<T, keyof RecordMeta>;
export type KeyFigureInput = Fields<KeyFigure>;
export type BudgetLineInput = Fields<BudgetLine>;

/** Where the design was kept before it became a synchronised record (read once, then moved). */
const legacyDesignKey = (processId: string) => `design:${processId}`;

async function legacyDesign(processId: string): Promise<ProcessDesign> {
  const r = processDesignSchema.safeParse((await db.kv.get(legacyDesignKey(processId)))?.value ?? {});
  return r.success ? r.data : emptyDesign();
}

/**
 * The design document of a process: its synchronised record (table `designs`, id = process id);
 * before the first change on this device, the copy an older version kept in local storage; else empty.
 */
export async function getDesign(processId: string): Promise<ProcessDesign> {
  const row = await db.designs.get(processId);
  return row ? designOf(row) : legacyDesign(processId);
}

/** Inside a write: the design record of a process created or changed to `next`. */
async function putDesign(tx: Tx, processId: string, next: ProcessDesign): Promise<ProcessDesign> {
  const fields: DesignRecordFields = { processId, ...processDesignSchema.parse(next) };
  const prev = await tx.get('designs', processId);
  const row = prev
    ? await tx.change('designs', prev, { ...fields, deleted: false })
    : await tx.create('designs', fields, { id: processId });
  // The old local copy is moved into the record, so it is not read again.
  await db.kv.delete(legacyDesignKey(processId));
  return designOf(row);
}

/**
 * Change the design document (validated; InvalidRecordError on bad input). It is a synchronised
 * record, so the change goes into the next export like everything else.
 */
export function updateDesign(
  processId: string,
  change: (d: ProcessDesign) => ProcessDesign,
): Promise<ProcessDesign> {
  return write([db.designs], async (tx) => {
    const prev = await tx.get('designs', processId);
    const current = prev ? designOf(prev) : await legacyDesign(processId);
    return putDesign(tx, processId, change(current));
  });
}

// ---- Key figures ----

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
  return write([db.processes, db.keyFigures, db.budgetLines, db.lessons, db.designs], async (tx) => {
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
    const srcRow = await tx.get('designs', sourceId);
    const srcDesign = srcRow ? designOf(srcRow) : await legacyDesign(sourceId);
    const design: ProcessDesign = {
      ...emptyDesign(),
      steps: srcDesign.steps,
      copiedFrom: {
        processId: source.id,
        name: source.name,
        area: source.area,
        copiedAt: new Date().toISOString(),
        lessonIds,
      },
    };
    await putDesign(tx, process.id, design);
    return process;
  });
}
