import type { Meeting } from './meeting';
import { type Process, participationLevelSchema } from './process';
import { nonEmptyText, type RecordMeta, recordMetaSchema, slugSchema } from './record';
import { z } from './zod';

/**
 * Phase 1 of the process: its design, made with the key figures of the area. Pure: schemas and
 * rules, no DOM, no Dexie. Key figures and budget lines are synchronised records (tables keyFigures
 * and budgetLines); the rest of the design (steps, "later" choices, evaluation texts) is one
 * document per process, kept on the coordinator's device.
 */

export const KEY_FIGURE_ROLES = [
  'stadsdeelregisseur',
  'buurtspecialist',
  'buurtnetwerk',
  'bestuur-gemeenschapshuis',
  'vrijwilligersorganisatie',
  'anders',
] as const;
export const keyFigureRoleSchema = z.enum(KEY_FIGURE_ROLES);
export type KeyFigureRole = z.infer<typeof keyFigureRoleSchema>;

const PHONE = /^[0-9 +()-]{6,20}$/;

/**
 * A key figure or partner. Only work contact details, and only with a note why they are kept
 * (data minimisation): no private addresses, no private numbers.
 */
export const keyFigureSchema = z
  .extend(recordMetaSchema, {
    processId: z.uuid(),
    role: keyFigureRoleSchema,
    roleOther: z._default(z.string().check(z.trim(), z.maxLength(120)), ''),
    organisation: nonEmptyText(200),
    /** Name or function as the person is known at work; may stay empty. */
    name: z._default(z.string().check(z.trim(), z.maxLength(120)), ''),
    workEmail: z._default(z.union([z.literal(''), z.email({ error: 'geen geldig e-mailadres' })]), ''),
    workPhone: z._default(
      z.string().check(
        z.trim(),
        z.maxLength(20),
        z.refine((v) => v === '' || PHONE.test(v), { error: 'geen geldig telefoonnummer' }),
      ),
      '',
    ),
    /** Why these work contact details are kept (required as soon as any is filled in). */
    contactNote: z._default(z.string().check(z.trim(), z.maxLength(500)), ''),
    /** What this key figure does in the process. */
    task: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
  })
  .check(
    z.superRefine((k, ctx) => {
      if ((k.workEmail || k.workPhone) && !k.contactNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['contactNote'],
          message: 'schrijf op waarom u deze contactgegevens bewaart',
        });
      }
      if (k.role === 'anders' && !k.roleOther) {
        ctx.addIssue({ code: 'custom', path: ['roleOther'], message: 'schrijf op welke rol' });
      }
    }),
  );
export type KeyFigure = z.infer<typeof keyFigureSchema>;

export const BUDGET_STATUSES = ['raming', 'aangevraagd', 'toegezegd', 'besteed'] as const;
export const budgetStatusSchema = z.enum(BUDGET_STATUSES);
export type BudgetStatus = z.infer<typeof budgetStatusSchema>;

/** "PM" (pro memorie): a line whose amount is not known yet, as the note itself writes. */
export const PM = 'PM';

export const budgetLineSchema = z.extend(recordMetaSchema, {
  processId: z.uuid(),
  label: nonEmptyText(200),
  /** Euros, or "PM" when not known yet. */
  estimate: z.union([
    z.number({ error: 'moet een bedrag of PM zijn' }).check(z.gte(0, { error: 'minimaal 0' }), z.lte(1e9)),
    z.literal(PM),
  ]),
  status: budgetStatusSchema,
  note: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** A step of the process with the participation level residents have in it. */
export const designStepSchema = z.object({
  id: slugSchema,
  label: nonEmptyText(120),
  level: participationLevelSchema,
  description: z._default(z.string().check(z.trim(), z.maxLength(1000)), ''),
});
export type DesignStep = z.infer<typeof designStepSchema>;

/** The design document of one process (kept per process on the coordinator's device). */
export const processDesignSchema = z.object({
  steps: z._default(z.array(designStepSchema).check(z.maxLength(30)), []),
  /** Target groups explicitly reached at a later stage, with why (the note allows this). */
  laterGroups: z._default(
    z.record(z.string().check(z.maxLength(60)), z.string().check(z.trim(), z.maxLength(500))),
    {},
  ),
  evaluation: z._default(
    z.object({
      intro: z._default(z.string().check(z.maxLength(10000)), ''),
      conclusion: z._default(z.string().check(z.maxLength(10000)), ''),
    }),
    { intro: '', conclusion: '' },
  ),
  /** Set on a process started from a copy of another area's design. */
  copiedFrom: z.optional(
    z.object({
      processId: z.uuid(),
      name: z.string().check(z.maxLength(200)),
      area: z.string().check(z.maxLength(120)),
      copiedAt: z.iso.datetime({ offset: true }),
      lessonIds: z._default(z.array(z.uuid()), []),
    }),
  ),
});
export type ProcessDesign = z.infer<typeof processDesignSchema>;

/**
 * The design as a synchronised record (table `designs`), so two coordinators and a replaced laptop
 * see the same steps, "later" groups and evaluation texts (issue 16.7). One per process: its id is
 * the process's id, so two devices that each start the design write versions of the same record
 * (the merge keeps the newest and lists the other as a conflict) instead of two designs.
 */
export const designRecordSchema = z
  .extend(recordMetaSchema, { processId: z.uuid(), ...processDesignSchema.shape })
  .check(
    z.refine((d) => d.id === d.processId, {
      error: 'het ontwerp hoort bij één traject: id en processId moeten gelijk zijn',
      path: ['id'],
    }),
  );
export type DesignRecord = z.infer<typeof designRecordSchema>;
export type DesignRecordFields = Omit<DesignRecord, keyof RecordMeta>;

/** The design document of a record (without the record fields). */
export function designOf(r: DesignRecord | undefined): ProcessDesign {
  if (!r || r.deleted) return emptyDesign();
  const { steps, laterGroups, evaluation, copiedFrom } = r;
  return copiedFrom ? { steps, laterGroups, evaluation, copiedFrom } : { steps, laterGroups, evaluation };
}

export const emptyDesign = (): ProcessDesign => ({
  steps: [],
  laterGroups: {},
  evaluation: { intro: '', conclusion: '' },
});

// ---- Budget ----

export interface BudgetTotals {
  /** Sum of the lines with an amount. */
  known: number;
  /** How many lines are PM. */
  pm: number;
  byStatus: Record<BudgetStatus, number>;
}

export function budgetTotals(lines: readonly BudgetLine[]): BudgetTotals {
  const byStatus = Object.fromEntries(BUDGET_STATUSES.map((s) => [s, 0])) as Record<BudgetStatus, number>;
  let known = 0;
  let pm = 0;
  for (const l of lines) {
    if (l.deleted) continue;
    if (l.estimate === PM) pm += 1;
    else {
      known += l.estimate;
      byStatus[l.status] += l.estimate;
    }
  }
  return { known, pm, byStatus };
}

/** "1.250", "PM" or "1250,50" typed by a coordinator → euros or PM; null when it is neither. */
export function parseEstimate(text: string): number | typeof PM | null {
  const v = text.trim();
  if (/^pm$/i.test(v)) return PM;
  const plain = v.replace(/^€\s*/, '').replace(/\s/g, '');
  // Dutch style: dots group thousands, a comma separates cents.
  const normal = /,\d{1,2}$/.test(plain)
    ? plain.replace(/\./g, '').replace(',', '.')
    : plain.replace(/\./g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(normal)) return null;
  return Number(normal);
}

// ---- Planned meetings: is every target group planned somewhere, or explicitly later? ----

export interface Coverage {
  /** Group ids with at least one meeting (planned or held) meant for them. */
  planned: string[];
  /** Group ids without a meeting, marked "later". */
  later: string[];
  /** Group ids without a meeting and not marked later: the design is not complete. */
  missing: string[];
}

/** Meetings of the process (not deleted) per target group they are meant to reach. */
export function meetingsPerGroup(meetings: readonly Meeting[], processId: string): Map<string, Meeting[]> {
  const map = new Map<string, Meeting[]>();
  for (const m of meetings) {
    if (m.deleted || m.processId !== processId) continue;
    for (const g of new Set(m.plannedGroupIds)) map.set(g, [...(map.get(g) ?? []), m]);
  }
  return map;
}

export function coverage(
  process: Process,
  meetings: readonly Meeting[],
  laterGroups: Readonly<Record<string, string>>,
): Coverage {
  const per = meetingsPerGroup(meetings, process.id);
  const out: Coverage = { planned: [], later: [], missing: [] };
  for (const g of process.targetGroups) {
    if (per.get(g.id)?.length) out.planned.push(g.id);
    else if (g.id in laterGroups) out.later.push(g.id);
    else out.missing.push(g.id);
  }
  return out;
}
