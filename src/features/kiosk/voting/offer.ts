import { listAgendaItems } from '../../../db/agenda';
import { useLive } from '../../../db/live';
import { type AgendaItem, votableItems } from '../../../domain/agenda';

/** The published agenda on this device that residents can give dots to. */
export interface PriorityOffer {
  year: number;
  items: AgendaItem[];
  /** process.settings.dotsPerResident */
  budget: number;
}

/**
 * The offer, live (a publication imported while the kiosk runs shows up for the next resident);
 * null when there is no published agenda with at least two items, undefined while loading.
 */
export function usePriorityOffer(
  process: { id: string; settings: { dotsPerResident: number } } | null | undefined,
): PriorityOffer | null | undefined {
  return useLive(async () => {
    if (!process) return null;
    const items = votableItems(await listAgendaItems(process.id));
    if (items.length < 2) return null;
    return { year: items[0]!.agendaYear, items, budget: process.settings.dotsPerResident };
  }, [process?.id, process?.settings.dotsPerResident]);
}
