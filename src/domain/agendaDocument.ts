import { type AgendaItem, COST_PM, itemsOfYear } from './agenda';
import { byCode, byName } from './order';

/**
 * The "Sociale agenda" as a document (issue 16.3): the whole multi-year agenda of one version,
 * per buurt and per theme, with cost, connected process, endorsements and support per item.
 * Pure: the grouping and the totals; the screen renders and prints it.
 */

export interface DocThemeGroup {
  /** The item's first theme in configuration order; null: no theme. */
  themeId: string | null;
  items: AgendaItem[];
}

export interface DocSection {
  /** null: items for the whole area (no buurt chosen). */
  buurtId: string | null;
  themes: DocThemeGroup[];
}

/** The theme an item is filed under: its first theme in the configuration's order. */
function mainTheme(item: AgendaItem, themeOrder: readonly string[]): string | null {
  const known = item.themeIds.filter((t) => themeOrder.includes(t));
  if (known.length) return [...known].sort((a, b) => themeOrder.indexOf(a) - themeOrder.indexOf(b))[0]!;
  return item.themeIds[0] ?? null;
}

function byTheme(items: readonly AgendaItem[], themeOrder: readonly string[]): DocThemeGroup[] {
  const groups = new Map<string | null, AgendaItem[]>();
  for (const i of items) {
    const th = mainTheme(i, themeOrder);
    groups.set(th, [...(groups.get(th) ?? []), i]);
  }
  const rank = (th: string | null) =>
    th === null
      ? Number.MAX_SAFE_INTEGER
      : themeOrder.includes(th)
        ? themeOrder.indexOf(th)
        : themeOrder.length;
  return [...groups]
    .sort(([a], [b]) => rank(a) - rank(b) || byCode(String(a), String(b)))
    .map(([themeId, list]) => ({ themeId, items: list }));
}

/**
 * The sections of the document for one version (year): first the items for the whole area, then
 * per buurt (configuration order) the items for that buurt; an item for several buurten appears
 * under each of them. Within a section, per main theme in configuration order, items in agenda order.
 */
export function agendaDocumentSections(
  items: readonly AgendaItem[],
  year: number,
  buurtOrder: readonly string[],
  themeOrder: readonly string[],
): DocSection[] {
  const version = itemsOfYear(items, year);
  const sections: DocSection[] = [];
  const whole = version.filter((i) => i.buurtIds.length === 0);
  if (whole.length) sections.push({ buurtId: null, themes: byTheme(whole, themeOrder) });
  const others = [...new Set(version.flatMap((i) => i.buurtIds))].filter((b) => !buurtOrder.includes(b));
  for (const b of [...buurtOrder, ...others.sort()]) {
    const list = version.filter((i) => i.buurtIds.includes(b));
    if (list.length) sections.push({ buurtId: b, themes: byTheme(list, themeOrder) });
  }
  return sections;
}

export interface CostTotals {
  /** Sum of the items with an amount. */
  known: number;
  /** Items with "PM". */
  pm: number;
  /** Items without any cost filled in. */
  open: number;
  /** Items endorsed by at least one key figure. */
  endorsed: number;
  items: number;
}

/** Totals over the version (each item once, also when it shows under several buurten). */
export function agendaTotals(items: readonly AgendaItem[], year: number): CostTotals {
  const out: CostTotals = { known: 0, pm: 0, open: 0, endorsed: 0, items: 0 };
  for (const i of itemsOfYear(items, year)) {
    out.items++;
    if (i.cost === COST_PM) out.pm++;
    else if (i.cost === undefined) out.open++;
    else out.known += i.cost;
    if (i.endorsements.length) out.endorsed++;
  }
  return out;
}

/** Endorsements newest first (the document shows who carries the item now). */
export function sortedEndorsements(item: AgendaItem): AgendaItem['endorsements'] {
  return [...item.endorsements].sort((a, b) => byCode(b.date, a.date) || byName(a.who, b.who));
}
