import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { FilterBar } from '../../src/features/coordinator/FilterBar';
import { EMPTY_FILTER } from '../../src/features/coordinator/useAnalysis';
import { M1, M2, M3, M4, process } from '../unit/analysisFixture';

afterEach(cleanup);

const optionsOf = (label: string) =>
  [...(screen.getByLabelText(label, { exact: true }) as HTMLSelectElement).options].map((o) => o.value);

/**
 * The overview's first frame shows its numbers; the filter's selects have only their chosen option
 * in it and all their options in the frame after (issue 12): nothing a coordinator can pick is lost.
 */
describe('FilterBar', () => {
  it('shows the chosen option first and every option after a frame', async () => {
    const meetings = [M1, M2, M3, M4];
    const filter = { ...EMPTY_FILTER, meeting: M2.id };
    render(<FilterBar process={process} meetings={meetings} filter={filter} onChange={() => undefined} />);
    expect(optionsOf('Bijeenkomst')).toEqual(['', M2.id]);
    expect((screen.getByLabelText('Bijeenkomst', { exact: true }) as HTMLSelectElement).value).toBe(M2.id);
    expect(optionsOf('Buurt')).toEqual(['']);
    await waitFor(() =>
      expect(optionsOf('Bijeenkomst')).toHaveLength(1 + meetings.filter((m) => !m.deleted).length),
    );
    expect(optionsOf('Bijeenkomst')).toContain(M2.id);
    expect((screen.getByLabelText('Bijeenkomst', { exact: true }) as HTMLSelectElement).value).toBe(M2.id);
    expect(optionsOf('Buurt')).toEqual(['', ...process.buurten.map((b) => b.id)]);
    expect(optionsOf('Thema')).toEqual(['', ...process.themes.map((t) => t.id)]);
    expect(optionsOf('Doelgroep')).toEqual(['', ...process.targetGroups.map((g) => g.id)]);
  });
});
