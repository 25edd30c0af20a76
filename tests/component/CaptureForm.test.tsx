import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { contributionsOfMeeting } from '../../src/db/contributions';
import { resetDeviceCache } from '../../src/db/device';
import { getDraft } from '../../src/db/drafts';
import { planMeeting, startMeeting } from '../../src/db/meetings';
import { loadInitialConfig } from '../../src/db/processes';
import { db } from '../../src/db/schema';
import type { Meeting } from '../../src/domain/meeting';
import type { Process } from '../../src/domain/process';
import { CaptureForm } from '../../src/features/capture/CaptureForm';

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

describe('CaptureForm', () => {
  it('saves a contribution with kind, theme, observed group and agreement', async () => {
    render(<CaptureForm meeting={meeting} process={process} />);
    fireEvent.click(await screen.findByLabelText('Knelpunt'));
    fireEvent.input(screen.getByLabelText('Wat zei de bewoner?'), {
      target: { value: 'De bus rijdt te weinig' },
    });
    fireEvent.click(screen.getByLabelText('Veiligheid'));
    fireEvent.click(screen.getByLabelText('Ouderen (75+)'));
    fireEvent.click(screen.getByRole('button', { name: 'Eén meer: Hoeveel anderen waren het ermee eens?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Eén meer: Hoeveel anderen waren het ermee eens?' }));
    fireEvent.click(screen.getByRole('button', { name: 'Inbreng opslaan' }));
    await screen.findByText('Opgeslagen.');
    const saved = await contributionsOfMeeting(meeting.id);
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      kind: 'knelpunt',
      text: 'De bus rijdt te weinig',
      themeIds: ['veiligheid'],
      observedGroupIds: ['ouderen-75'],
      selfGroupIds: [],
      agreeCount: 2,
      source: 'facilitator',
    });
    // The form is empty again for the next contribution.
    expect((screen.getByLabelText('Wat zei de bewoner?') as HTMLTextAreaElement).value).toBe('');
  });

  it('asks what the partner or professional said once one of them speaks, and keeps the text', async () => {
    render(<CaptureForm meeting={meeting} process={process} />);
    fireEvent.input(await screen.findByLabelText('Wat zei de bewoner?'), {
      target: { value: 'Wij helpen mee' },
    });
    fireEvent.click(screen.getByLabelText('Organisatie of partner'));
    const partner = (await screen.findByLabelText(
      'Wat zei de organisatie of partner?',
    )) as HTMLTextAreaElement;
    expect(partner.value).toBe('Wij helpen mee');
    expect(screen.queryByLabelText('Wat zei de bewoner?')).toBeNull();
    fireEvent.click(screen.getByLabelText('Professional'));
    expect(await screen.findByLabelText('Wat zei de professional?')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Bewoner'));
    expect(await screen.findByLabelText('Wat zei de bewoner?')).toBeTruthy();
  });

  it('refuses an empty text with a message and saves nothing', async () => {
    render(<CaptureForm meeting={meeting} process={process} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Inbreng opslaan' }));
    expect(await screen.findByText('Schrijf op wat de bewoner zei.')).toBeTruthy();
    expect(await contributionsOfMeeting(meeting.id)).toHaveLength(0);
  });

  it('keeps half-typed text as a draft and brings it back', async () => {
    const first = render(<CaptureForm meeting={meeting} process={process} />);
    fireEvent.input(await screen.findByLabelText('Wat zei de bewoner?'), {
      target: { value: 'Er is geen plek voor' },
    });
    await waitFor(async () =>
      expect(await getDraft(`capture:${meeting.id}`)).toMatchObject({ text: 'Er is geen plek voor' }),
    );
    first.unmount();
    render(<CaptureForm meeting={meeting} process={process} />);
    await waitFor(() =>
      expect((screen.getByLabelText('Wat zei de bewoner?') as HTMLTextAreaElement).value).toBe(
        'Er is geen plek voor',
      ),
    );
    expect(screen.getByText('Uw half ingevulde tekst is teruggezet.')).toBeTruthy();
  });

  it('a full device says so plainly and the typed text stays on screen', async () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    vi.spyOn(db.contributions, 'add').mockRejectedValue(quota);
    render(<CaptureForm meeting={meeting} process={process} />);
    fireEvent.input(await screen.findByLabelText('Wat zei de bewoner?'), {
      target: { value: 'Niet kwijtraken' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Inbreng opslaan' }));
    expect(await screen.findByText(/Het apparaat is vol\. Uw tekst staat nog hieronder/)).toBeTruthy();
    expect((screen.getByLabelText('Wat zei de bewoner?') as HTMLTextAreaElement).value).toBe(
      'Niet kwijtraken',
    );
    vi.restoreAllMocks();
    expect(await contributionsOfMeeting(meeting.id)).toHaveLength(0);
  });
});
