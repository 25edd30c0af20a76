import { getDesign, loadAnalysisData } from '../../db/design';
import { useLive } from '../../db/live';
import { computeReach } from '../../domain/analysis/reach';
import type { ProcessDesign } from '../../domain/design';
import type { Meeting } from '../../domain/meeting';
import { byCode } from '../../domain/order';
import { type PlanRow, planVersusReach } from '../../domain/planReach';
import type { Process } from '../../domain/process';

export interface DesignData {
  design: ProcessDesign;
  meetings: Meeting[];
  rows: PlanRow[];
}

/** The design, the meetings and plan-against-reach of a process, live from the database. */
export function useDesignData(process: Process | null | undefined): DesignData | null | undefined {
  return useLive(async () => {
    if (!process) return null;
    const [design, data] = await Promise.all([getDesign(process.id), loadAnalysisData(process.id)]);
    const meetings = [...data.meetings].sort((a, b) => byCode(a.startsAt, b.startsAt));
    // Reach comes from the coordinator picture (computeReach); the plan is set next to it.
    const reach = computeReach(data, process);
    return { design, meetings, rows: planVersusReach(process, meetings, design.laterGroups, reach) };
  }, [process?.id, process?.updatedAt]);
}
