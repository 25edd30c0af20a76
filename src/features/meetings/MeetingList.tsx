import { Lazy, useLoaded } from '../../app/lazy';
import { useFirstScreenReady } from '../../app/startup';
import { useT } from '../../i18n';

const body = new Lazy(() => import('./MeetingListBody').then((m) => m.MeetingListBody));

/**
 * Home: its title and the loading line paint with the app frame's code alone; the part that reads
 * the database (MeetingListBody, with Dexie) loads after that paint and fills in below the title,
 * where the loading line was (issue 12: Dexie off the first screen's critical path; nothing above
 * moves, so no layout shift).
 */
export default function MeetingList() {
  const t = useT();
  const { loaded: Body, failed } = useLoaded(body);
  // The body says when home is complete (start-up's deferred work waits for that).
  useFirstScreenReady(failed);
  return (
    <>
      <h1 class="utrecht-heading-1">{t('meetings.title')}</h1>
      {Body ? (
        <Body />
      ) : failed ? (
        <p role="alert">{t('app.error')}</p>
      ) : (
        <p class="bs-muted">{t('app.loading')}</p>
      )}
    </>
  );
}
