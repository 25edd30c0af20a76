import type { AnalysisData } from '../domain/analysis/data';
import {
  type BudgetLine,
  budgetLineSchema,
  emptyDesign,
  type KeyFigure,
  keyFigureSchema,
  type ProcessDesign,
  processDesignSchema,
} from '../domain/design';
import type { EvaluationInput } from '../domain/evaluation';
import { type Lesson, lessonSchema } from '../domain/lesson';
import { type Process, type ProcessConfig, processSchema } from '../domain/process';
import type { RecordMeta } from '../domain/record';
import { slugify } from '../domain/slug';
import { guardWrite } from './errors';
import { changeRow, createRow, notDeleted } from './records';
import { db } from './schema';

/** Repository of the process design, lessons, evaluation texts and new areas (issue 7). */

type Fields<T> = Omit<T, keyof RecordMeta>;
export type KeyFigureInput = Fields<KeyFigure>;
export type BudgetLineInput = Fields<BudgetLine>;
export type LessonFields = Fields<Lesson>;

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
export async function updateDesign(
  processId: string,
  change: (d: ProcessDesign) => ProcessDesign,
): Promise<ProcessDesign> {
  return guardWrite(() =>
    db.transaction('rw', db.kv, async () => {
      const raw = (await db.kv.get(designKey(processId)))?.value;
      const prev = processDesignSchema.safeParse(raw ?? {});
      const next = processDesignSchema.parse(change(prev.success ? prev.data : emptyDesign()));
      await db.kv.put({ key: designKey(processId), value: next });
      return next;
    }),
  );
}

// ---- Key figures ----

export async function listKeyFigures(processId: string): Promise<KeyFigure[]> {
  const rows = await db.keyFigures.where('processId').equals(processId).toArray();
  return rows.filter(notDeleted).sort(byCreation);
}

export async function saveKeyFigure(input: KeyFigureInput, id?: string): Promise<KeyFigure> {
  return guardWrite(() =>
    db.transaction('rw', db.keyFigures, db.kv, async () => {
      const prev = id ? await db.keyFigures.get(id) : undefined;
      const row = prev
        ? await changeRow(keyFigureSchema, prev, input)
        : await createRow(keyFigureSchema, input);
      await db.keyFigures.put(row);
      return row;
    }),
  );
}

export async function setKeyFigureDeleted(id: string, deleted: boolean): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.keyFigures, db.kv, async () => {
      const prev = await db.keyFigures.get(id);
      if (prev && prev.deleted !== deleted)
        await db.keyFigures.put(await changeRow(keyFigureSchema, prev, { deleted }));
    }),
  );
}

// ---- Budget ----

export async function listBudgetLines(processId: string): Promise<BudgetLine[]> {
  const rows = await db.budgetLines.where('processId').equals(processId).toArray();
  return rows.filter(notDeleted).sort(byCreation);
}

export async function saveBudgetLine(input: BudgetLineInput, id?: string): Promise<BudgetLine> {
  return guardWrite(() =>
    db.transaction('rw', db.budgetLines, db.kv, async () => {
      const prev = id ? await db.budgetLines.get(id) : undefined;
      const row = prev
        ? await changeRow(budgetLineSchema, prev, input)
        : await createRow(budgetLineSchema, input);
      await db.budgetLines.put(row);
      return row;
    }),
  );
}

export async function setBudgetLineDeleted(id: string, deleted: boolean): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.budgetLines, db.kv, async () => {
      const prev = await db.budgetLines.get(id);
      if (prev && prev.deleted !== deleted)
        await db.budgetLines.put(await changeRow(budgetLineSchema, prev, { deleted }));
    }),
  );
}

// ---- Lessons (from meeting closings, or entered separately) ----

export async function listLessons(processId: string): Promise<Lesson[]> {
  const rows = await db.lessons.where('processId').equals(processId).toArray();
  return rows.filter(notDeleted).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function addLesson(input: LessonFields): Promise<Lesson> {
  return guardWrite(() =>
    db.transaction('rw', db.lessons, db.kv, async () => {
      const row = await createRow(lessonSchema, input);
      await db.lessons.add(row);
      return row;
    }),
  );
}

/** The coordinator marks a lesson "meenemen naar andere gebieden". */
export async function setLessonCarryOver(id: string, carryOver: boolean): Promise<void> {
  await guardWrite(() =>
    db.transaction('rw', db.lessons, db.kv, async () => {
      const prev = await db.lessons.get(id);
      if (prev && prev.carryOver !== carryOver)
        await db.lessons.put(await changeRow(lessonSchema, prev, { carryOver }));
    }),
  );
}

// ---- The coordinator picture's input, for reach and the evaluation ----

export async function loadAnalysisData(processId: string): Promise<AnalysisData> {
  const meetings = (await db.meetings.where('processId').equals(processId).toArray()).filter(notDeleted);
  const ids = meetings.map((m) => m.id);
  const [contributions, attendance] = await Promise.all([
    db.contributions.where('processId').equals(processId).toArray(),
    db.attendance.where('meetingId').anyOf(ids).toArray(),
  ]);
  return {
    meetings,
    contributions: contributions.filter(notDeleted),
    attendance: attendance.filter(notDeleted),
  };
}

export async function loadEvaluationInput(process: Process): Promise<EvaluationInput> {
  const [data, lessons, agendaItems, feedback] = await Promise.all([
    loadAnalysisData(process.id),
    listLessons(process.id),
    db.agendaItems.where('processId').equals(process.id).toArray(),
    db.feedback.where('processId').equals(process.id).toArray(),
  ]);
  return {
    process,
    ...data,
    lessons,
    agendaItems: agendaItems.map((a) => ({
      processId: String(a.processId),
      deleted: a.deleted,
      status: String(a.status ?? ''),
      agendaYear: typeof a.agendaYear === 'number' ? a.agendaYear : undefined,
    })),
    feedback: feedback.map((f) => ({
      processId: String(f.processId),
      deleted: f.deleted,
      date: String(f.date ?? ''),
      buurtId: typeof f.buurtId === 'string' ? f.buurtId : undefined,
    })),
  };
}

// ---- Areas beyond Zuid ----

export interface NewAreaInput {
  name: string;
  area: string;
  /** Names of the new area's buurten. */
  buurten: string[];
}

function configOf(p: Process): ProcessConfig {
  const { id: _i, createdAt: _c, updatedAt: _u, deviceId: _d, rev: _r, deleted: _x, ...config } = p;
  return config;
}

/**
 * Start a process for another area from a copy of an existing one: its configuration (with the
 * new area's buurten; population shares per buurt start empty), its design (steps, budget lines as
 * estimates, key figures' roles and organisations without contact details) and its lessons marked
 * "meenemen naar andere gebieden", attached to the new process. All or nothing.
 */
export async function copyProcessToArea(sourceId: string, input: NewAreaInput): Promise<Process> {
  return guardWrite(() =>
    db.transaction('rw', [db.processes, db.keyFigures, db.budgetLines, db.lessons, db.kv], async () => {
      const source = await db.processes.get(sourceId);
      if (!source || source.deleted) throw new Error(`process ${sourceId} not found`);
      const config = configOf(source);
      const taken = new Set<string>();
      const buurten = input.buurten.map((name) => {
        let id = slugify(name) || 'buurt';
        for (let n = 2; taken.has(id); n++) id = `${slugify(name) || 'buurt'}-${n}`;
        taken.add(id);
        return { id, name: name.trim(), themeIds: [], profile: [] };
      });
      const process = await createRow(processSchema, {
        ...config,
        name: input.name,
        area: input.area,
        phase: 'ontwerp',
        buurten,
        targetGroups: config.targetGroups.map((g) => ({ ...g, share: { ...g.share, byBuurt: {} } })),
      });
      await db.processes.add(process);

      for (const k of (await db.keyFigures.where('processId').equals(sourceId).toArray())
        .filter(notDeleted)
        .sort(byCreation)) {
        await db.keyFigures.add(
          await createRow(keyFigureSchema, {
            processId: process.id,
            role: k.role,
            roleOther: k.roleOther,
            organisation: k.organisation,
            name: '',
            workEmail: '',
            workPhone: '',
            contactNote: '',
            task: k.task,
          }),
        );
      }
      for (const b of (await db.budgetLines.where('processId').equals(sourceId).toArray())
        .filter(notDeleted)
        .sort(byCreation)) {
        await db.budgetLines.add(
          await createRow(budgetLineSchema, {
            processId: process.id,
            label: b.label,
            estimate: b.estimate,
            status: 'raming',
            note: b.note,
          }),
        );
      }
      const lessonIds: string[] = [];
      const lessons = (await db.lessons.where('processId').equals(sourceId).toArray()).filter(
        (l) => !l.deleted && l.carryOver,
      );
      for (const l of lessons) {
        const row = await createRow(lessonSchema, {
          processId: process.id,
          category: l.category,
          text: l.text,
          doDifferently: l.doDifferently,
          carryOver: true,
        });
        await db.lessons.add(row);
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
    }),
  );
}
