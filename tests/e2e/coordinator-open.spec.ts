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
 * The first screens build no Intl formatter (issue 12): the first one of a page loads the locale's
 * data, a long task of its own (42-57 ms of main thread in Chromium on this machine). Whole numbers
 * and dates in Dutch and English are written without it (src/i18n/plainNumbers.ts, plainDates.ts).
 * Counted by wrapping the constructors before the app's code runs; at the end one formatter built
 * in the page is the check that the count sees them.
 */
test('home, the capture screen, the kiosk start and the overview build no Intl formatter, in Dutch and English', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __intl: string[] };
    w.__intl = [];
    for (const name of ['DateTimeFormat', 'NumberFormat', 'Collator'] as const) {
      // A proxy: calls with and without `new`, static methods and instanceof as before.
      (Intl as unknown as Record<string, unknown>)[name] = new Proxy(Intl[name], {
        construct(target, args) {
          w.__intl.push(name);
          return Reflect.construct(target, args);
        },
        apply(target, self, args) {
          w.__intl.push(name);
          return Reflect.apply(target, self, args);
        },
      });
    }
  });
  const built = () => page.evaluate(() => (window as unknown as { __intl: string[] }).__intl);
  await planMeetingViaUi(page, { buurt: 'Wolder', location: 'Buurthuis Wolder' });
  const meetingId = /#\/meetings\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await page.getByRole('button', { name: 'Bijeenkomst starten' }).click();
  await expect(page.getByRole('link', { name: 'Geef de tablet aan een bewoner' })).toBeVisible();

  const nlDate =
    /\b(ma|di|wo|do|vr|za|zo) \d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} om \d\d:\d\d\b/;
  const screens = [
    { address: './#/', shows: page.getByRole('heading', { level: 1, name: 'Bijeenkomsten' }), date: true },
    {
      address: `./#/meetings/${meetingId}`,
      shows: page.getByRole('heading', { name: 'Inbreng opschrijven' }),
    },
    {
      address: `./#/kiosk/start/${meetingId}`,
      shows: page.getByRole('heading', { name: 'Stel eerst een pincode in' }),
    },
    { address: './#/coordinator', shows: page.locator('.bs-figures dd').first() },
  ];
  for (const { address, shows, date } of screens) {
    await page.goto(address);
    await page.reload();
    await expect(shows).toBeVisible();
    if (date) await expect(page.getByText(nlDate).first()).toBeVisible();
    // Start-up's idle work (service worker, preloads) has run by then.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
    expect(await built(), `Intl formatters built at ${address}`).toEqual([]);
  }

  await page.goto('./#/');
  await page.getByRole('button', { name: /^EN/ }).click();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Meetings' })).toBeVisible();
  await expect(
    page
      .getByText(
        /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4} at \d\d:\d\d\b/,
      )
      .first(),
  ).toBeVisible();
  await page.evaluate(() => new Promise((r) => setTimeout(r, 500)));
  expect(await built(), 'Intl formatters built on the English home screen').toEqual([]);
  // The count sees a formatter the page builds.
  await page.evaluate(() => new Intl.DateTimeFormat('nl-NL').format(0));
  expect(await built()).toEqual(['DateTimeFormat']);
});
