import { expect, test } from '@playwright/test';
import { planMeetingViaUi } from './helpers';

/**
 * Opening the app at the coordinator's address (issue 12 item 3): the screen's code and its texts
 * are requested from the start, beside the database peek and the frame's first paint, not after
 * the frame painted (they used to wait for both, ~250-400 ms before a single chunk was asked for).
 * The frame's first render is marked by the request for the header's logo (an <img> in the frame).
 */
/** When each file was first requested (ms from navigation start), by name and initiator. */
async function requestTimes(page: import('@playwright/test').Page) {
  return page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      name: e.name.split('/').pop() ?? '',
      type: (e as PerformanceResourceTiming).initiatorType,
      start: e.startTime,
    })),
  );
}

test('coordinator address: the screen code and texts are requested before the frame renders', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./#/coordinator');
  // The screen itself (a fresh device: the overview without a process, or the empty overview).
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const requests = await requestTimes(page);
  const startOf = (test: (r: { name: string; type: string }) => boolean, what: string) => {
    const found = requests.filter(test);
    expect(found, `${what} requested`).not.toEqual([]);
    return Math.min(...found.map((r) => r.start));
  };
  const frame = startOf((r) => r.type === 'img' && r.name.startsWith('icon'), 'the frame logo');
  const screen = startOf((r) => /^CoordinatorScreen-.*\.js$/.test(r.name), 'the coordinator chunk');
  const texts = startOf((r) => /^texts-nl-.*\.js$/.test(r.name), 'the Dutch texts');
  expect(screen, 'the screen code is requested before the frame renders').toBeLessThan(frame);
  expect(texts, 'its texts are requested before the frame renders').toBeLessThan(frame);
  expect(errors).toEqual([]);
});

/**
 * A field screen paints its frame first: loading its code beside the first paint put Lighthouse's
 * first and largest paint of the capture screen and the kiosk start 0.4-1.0 s later (RouteDef.loadsEarly).
 */
test('a field screen address: the frame renders before the screen code is requested', async ({ page }) => {
  await page.goto('./#/meetings/new');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const requests = await requestTimes(page);
  const first = (re: RegExp) => Math.min(...requests.filter((r) => re.test(r.name)).map((r) => r.start));
  const frame = Math.min(
    ...requests.filter((r) => r.type === 'img' && r.name.startsWith('icon')).map((r) => r.start),
  );
  const screen = first(/^MeetingForm-.*\.js$/);
  expect(
    Number.isFinite(frame) && Number.isFinite(screen),
    'the frame logo and the form chunk requested',
  ).toBe(true);
  expect(screen, 'the form chunk is requested after the frame renders').toBeGreaterThan(frame);
});

/**
 * The kiosk start shows no date, so start-up does not build the date formatter there
 * (RouteDef.noDates): the first Intl formatter of a locale is a long task of its own (40-150 ms in
 * Chromium on the CI machine). Counted by wrapping the constructor before the app's code runs; the
 * meeting list, which shows dates, is the check that the count sees the formatter.
 */
test('the kiosk start builds no date formatter at start-up; the meeting list does', async ({ page }) => {
  await page.addInitScript(() => {
    const Original = Intl.DateTimeFormat;
    const w = window as unknown as { __dateFormats: number };
    w.__dateFormats = 0;
    const Counted = function (this: unknown, ...args: ConstructorParameters<typeof Intl.DateTimeFormat>) {
      w.__dateFormats++;
      return new Original(...args);
    } as unknown as typeof Intl.DateTimeFormat;
    Counted.supportedLocalesOf = Original.supportedLocalesOf;
    Intl.DateTimeFormat = Counted;
  });
  const dateFormats = () =>
    page.evaluate(() => (window as unknown as { __dateFormats: number }).__dateFormats);
  await planMeetingViaUi(page, { buurt: 'Wolder', location: 'Buurthuis Wolder' });
  const meetingId = /#\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await expect(page.getByRole('link', { name: 'Geef de tablet aan een bewoner' })).toBeVisible();

  await page.goto(`./#/kiosk/start/${meetingId}`);
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'De tablet aan een bewoner geven' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Stel eerst een pincode in' })).toBeVisible();
  // Start-up's own task (setTimeout 0) has long run by the time the screen shows its data.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  expect(await dateFormats(), 'date formatters built on the kiosk start').toBe(0);

  await page.goto('./#/');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' })).toBeVisible();
  await expect
    .poll(dateFormats, { message: 'the meeting list builds its date formatter' })
    .toBeGreaterThan(0);
});
