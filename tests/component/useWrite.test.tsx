import { readFileSync } from 'node:fs';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isBusy } from '../../src/app/busy';
import { useWrite } from '../../src/app/useWrite';
import { addContribution, contributionsOfMeeting } from '../../src/db/contributions';
import { listLessons } from '../../src/db/design';
import { resetDeviceCache } from '../../src/db/device';
import { InvalidRecordError, StorageFullError } from '../../src/db/errors';
import { planMeeting, startMeeting } from '../../src/db/meetings';
import { loadInitialConfig } from '../../src/db/processes';
import { db } from '../../src/db/schema';
import type { Meeting } from '../../src/domain/meeting';
import type { Process } from '../../src/domain/process';
import { ContributionList } from '../../src/features/capture/ContributionList';
import { LessonForm } from '../../src/features/design/LessonForm';
import { WriteStatus } from '../../src/ui/WriteStatus';

let process: Process;
let meeting: Meeting;

beforeEach(async () => {
  db.close();
  await db.delete();
  resetDeviceCache();
  await db.open();
  const r = await loadInitialConfig(async () => readFileSync('public/config.json', 'utf8'));
  if (!r?.ok) throw new Error('config');
  process = r.value;
  meeting = await startMeeting(
    (
      await planMeeting({
        processId: process.id,
        buurtId: 'heugem',
        location: 'Buurthuis Heugem',
        startsAt: '2026-12-05T10:00:00',
        workForm: 'inloop',
        workFormOther: '',
        facilitators: [],
      })
    ).id,
  );
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A small screen with one input and one command, to watch the hook from outside. */
function Harness({ command, undo }: { command: () => Promise<string>; undo?: () => Promise<void> }) {
  const write = useWrite({ showsBusy: true });
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void write.run('harness', command, undo ? { undo, undoText: 'Gedaan.' } : {});
      }}
    >
      <WriteStatus write={write} />
      <label for="h-text">Tekst</label>
      <input id="h-text" />
      <button type="submit" disabled={write.busy}>
        Opslaan
      </button>
    </form>
  );
}

describe('useWrite', () => {
  it('marks the app busy while the command runs, and not after', async () => {
    let finish!: (v: string) => void;
    const command = () => new Promise<string>((resolve) => (finish = resolve));
    render(<Harness command={command} />);
    expect(isBusy()).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    // The app is busy at once (no update reload); the button is disabled from the next task on
    // (its render waits until the command's transaction has sent its requests).
    expect(isBusy()).toBe(true);
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Opslaan' }) as HTMLButtonElement).disabled).toBe(true),
    );
    await act(async () => finish('ok'));
    await waitFor(() => expect(isBusy()).toBe(false));
    expect((screen.getByRole('button', { name: 'Opslaan' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('a screen that does not show busy is not rendered again while its command runs', async () => {
    let finish!: (v: string) => void;
    let renders = 0;
    let seen: object | undefined;
    function Quiet() {
      const write = useWrite();
      seen = write;
      renders++;
      return (
        <button
          type="button"
          onClick={() => void write.run('quiet', () => new Promise<string>((r) => (finish = r)))}
        >
          Stil
        </button>
      );
    }
    render(<Quiet />);
    expect(seen && 'busy' in seen).toBe(false); // it does not carry a busy flag it never updates
    const before = renders;
    fireEvent.click(screen.getByRole('button', { name: 'Stil' }));
    expect(isBusy()).toBe(true); // the app still knows (no update reload meanwhile)
    await new Promise((r) => setTimeout(r, 20)); // past the task the busy render would take
    expect(renders).toBe(before);
    await act(async () => finish('ok'));
    await waitFor(() => expect(isBusy()).toBe(false));
  });

  it('turns each kind of failure into its one Dutch message and keeps the input', async () => {
    const failures: unknown[] = [
      new StorageFullError(),
      new InvalidRecordError([{ field: 'text', message: 'Te lang' }]),
      new Error('boom'),
    ];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let next = 0;
    render(<Harness command={() => Promise.reject(failures[next++])} />);
    fireEvent.input(screen.getByLabelText('Tekst'), { target: { value: 'blijft staan' } });

    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Het apparaat is vol\./);

    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText(/Niet opgeslagen: iets klopt nog niet/);
    expect(screen.getByRole('alert').textContent).toContain('text: Te lang');

    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await screen.findByText('Er ging iets mis. Uw gegevens zijn bewaard. Herlaad de pagina.');
    // Only the unexpected failure is logged.
    expect(errors).toHaveBeenCalledTimes(1);

    expect((screen.getByLabelText('Tekst') as HTMLInputElement).value).toBe('blijft staan');
    expect(isBusy()).toBe(false);
  });

  it('offers the undo after a command with an inverse and runs the inverse once', async () => {
    const undo = vi.fn(async () => undefined);
    render(<Harness command={async () => 'x'} undo={undo} />);
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Ongedaan maken' })).toBeNull());
    expect(undo).toHaveBeenCalledTimes(1);
    expect(undo).toHaveBeenCalledWith('x');
  });
});

describe('screens through useWrite', () => {
  it('a full device while saving a lesson says so and keeps the typed text; nothing is saved', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.lessons, 'add').mockRejectedValue(quota);
    render(<LessonForm process={process} />);
    fireEvent.input(await screen.findByLabelText('Wat viel op?'), {
      target: { value: 'Te weinig jongeren' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Leerpunt toevoegen' }));
    expect(await screen.findByText(/Het apparaat is vol\./)).toBeTruthy();
    expect((screen.getByLabelText('Wat viel op?') as HTMLTextAreaElement).value).toBe('Te weinig jongeren');
    vi.restoreAllMocks();
    expect(await listLessons(process.id)).toHaveLength(0);
  });

  it('deleting a contribution offers the undo, which brings it back', async () => {
    await addContribution({
      processId: process.id,
      meetingId: meeting.id,
      source: 'facilitator',
      kind: 'idee',
      text: 'Een bankje bij de bushalte',
      themeIds: [],
      observedGroupIds: [],
      selfGroupIds: [],
      agreeCount: 0,
      themeAssessments: {},
    });
    render(<ContributionList meeting={meeting} process={process} />);
    await screen.findByText('Een bankje bij de bushalte');
    fireEvent.click(screen.getAllByRole('button', { name: /Verwijderen/ })[0]!);
    // The confirmation asks first.
    fireEvent.click(await screen.findByRole('button', { name: 'Verwijderen' }));
    expect(await screen.findByText('Inbreng verwijderd.')).toBeTruthy();
    await waitFor(async () => expect(await contributionsOfMeeting(meeting.id)).toHaveLength(0));
    fireEvent.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(async () => expect(await contributionsOfMeeting(meeting.id)).toHaveLength(1));
    expect(await screen.findByText('Een bankje bij de bushalte')).toBeTruthy();
    expect(isBusy()).toBe(false);
  });
});
