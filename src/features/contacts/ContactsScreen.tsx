import { useState } from 'preact/hooks';
import { buurtName, useProcess } from '../../app/useProcess';
import {
  type ContactWithRetention,
  contactsCsv,
  contactsWithRetention,
  eraseContacts,
  searchContacts,
} from '../../db/contacts';
import { StorageFullError } from '../../db/errors';
import { useLive } from '../../db/live';
import type { LiveContact } from '../../domain/contact';
import type { Process } from '../../domain/process';
import { translator, useT } from '../../i18n';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';

function download(name: string, content: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([content], { type: 'text/csv;charset=utf-8' }));
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

type Outcome = { kind: 'erased'; n: number } | { kind: 'full' } | { kind: 'failed' } | null;

/**
 * Contacts for feedback (AVG): which are due for erasure under the retention period of the process,
 * erasing them (a tombstone without personal data travels to every device), finding and erasing
 * one person's contact on request, and the CSV for the feedback mailing (apart from every analysis
 * export).
 */
export default function ContactsScreen() {
  const t = useT();
  const process = useProcess();
  const list = useLive(() => (process ? contactsWithRetention(process) : Promise.resolve([])), [process]);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);

  if (process === undefined || list === undefined) return <p class="bs-muted">{t('app.loading')}</p>;
  if (process === null) return <p>{t('meetings.noProcess')}</p>;

  const due = list.filter((c) => c.retention.due);
  const erase = async (ids: string[]) => {
    setBusy(true);
    try {
      setOutcome({ kind: 'erased', n: await eraseContacts(ids) });
    } catch (e) {
      setOutcome({ kind: e instanceof StorageFullError ? 'full' : 'failed' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p class="bs-noprint">
        <a class="utrecht-link" href="#/coordinator/export">
          ← {t('contacts.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{t('contacts.title')}</h1>
      <p>
        {t('contacts.intro', {
          weeks: t('contacts.count.weeks', { n: process.settings.contactWeeksAfterFeedback }),
          months: t('contacts.count.months', { n: process.settings.contactMaxMonths }),
        })}
      </p>
      <OutcomeNotice outcome={outcome} />

      <section aria-labelledby="h-due">
        <h2 class="utrecht-heading-2" id="h-due">
          {t('contacts.dueTitle')}
        </h2>
        {due.length ? (
          <>
            <ContactTable process={process} rows={due} caption={t('contacts.dueTitle')} />
            <div class="bs-actions">
              <Button variant="danger" disabled={busy} onClick={() => erase(due.map((c) => c.contact.id))}>
                {t('contacts.eraseDue', { n: due.length })}
              </Button>
            </div>
          </>
        ) : (
          <Notice kind="ok">{t('contacts.noneDue')}</Notice>
        )}
      </section>

      <FindPerson
        process={process}
        live={new Set(list.map((c) => c.contact.id))}
        busy={busy}
        onErase={erase}
      />

      <section aria-labelledby="h-mailing">
        <h2 class="utrecht-heading-2" id="h-mailing">
          {t('contacts.mailingTitle')}
        </h2>
        <p>{t('contacts.mailingHelp', { n: list.length })}</p>
        <Button
          disabled={!list.length}
          onClick={async () => {
            const csv = await contactsCsv(process, translator());
            download(csv.name, csv.content);
          }}
        >
          {t('contacts.mailingCsv')}
        </Button>
      </section>

      <section aria-labelledby="h-all">
        <h2 class="utrecht-heading-2" id="h-all">
          {t('contacts.allTitle', { n: list.length })}
        </h2>
        {list.length ? (
          <ContactTable process={process} rows={list} caption={t('contacts.allTitle', { n: list.length })} />
        ) : (
          <p class="bs-muted">{t('contacts.none')}</p>
        )}
      </section>
    </>
  );
}

function OutcomeNotice({ outcome }: { outcome: Outcome }) {
  const t = useT();
  if (!outcome) return null;
  if (outcome.kind === 'erased') return <Notice kind="ok">{t('contacts.erased', { n: outcome.n })}</Notice>;
  return <Notice kind="error">{t(outcome.kind === 'full' ? 'contacts.full' : 'contacts.failed')}</Notice>;
}

function ContactTable({
  process,
  rows,
  caption,
}: {
  process: Process;
  rows: ContactWithRetention[];
  caption: string;
}) {
  const t = useT();
  return (
    <div class="bs-table-scroll">
      <table class="bs-table" data-testid="contacts-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('contacts.col.value')}</th>
            <th scope="col">{t('contacts.col.buurt')}</th>
            <th scope="col">{t('contacts.col.consentedOn')}</th>
            <th scope="col">{t('contacts.col.dueOn')}</th>
            <th scope="col">{t('contacts.col.why')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ contact: c, retention: r, buurtId }) => (
            <tr key={c.id}>
              <td dir="ltr">{c.value}</td>
              <td>{buurtId ? buurtName(process, buurtId) : '–'}</td>
              <td>{c.consentedOn}</td>
              <td>{r.dueOn}</td>
              <td>
                {r.reason === 'feedback'
                  ? t('contacts.why.feedback', { day: r.feedbackOn ?? '' })
                  : t('contacts.why.longest')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An erasure request: find one person's contact by address or number, and erase it. */
function FindPerson({
  process,
  live,
  busy,
  onErase,
}: {
  process: Process;
  /** Ids of the contacts not erased yet: a result erased meanwhile (from the list above) drops out. */
  live: ReadonlySet<string>;
  busy: boolean;
  onErase: (ids: string[]) => Promise<void>;
}) {
  const t = useT();
  const [query, setQuery] = useState('');
  const [result, setFound] = useState<LiveContact[] | null>(null);
  const found = result === null ? null : result.filter((c) => live.has(c.id));
  return (
    <section aria-labelledby="h-find">
      <h2 class="utrecht-heading-2" id="h-find">
        {t('contacts.findTitle')}
      </h2>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setFound(await searchContacts(process.id, query));
        }}
      >
        <Field id="contact-query" label={t('contacts.findLabel')} description={t('contacts.findHelp')}>
          <input
            id="contact-query"
            class="utrecht-textbox utrecht-textbox--html-input"
            type="text"
            autocomplete="off"
            aria-describedby="contact-query-desc"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
        </Field>
        <Button type="submit">{t('contacts.find')}</Button>
      </form>
      {found === null ? null : found.length ? (
        <div role="status">
          <p>{t('contacts.foundN', { n: found.length })}</p>
          <ul>
            {found.map((c) => (
              <li key={c.id} dir="ltr">
                {c.value}
              </li>
            ))}
          </ul>
          <Button
            variant="danger"
            disabled={busy}
            onClick={async () => {
              await onErase(found.map((c) => c.id));
              setFound(null);
              setQuery('');
            }}
          >
            {t('contacts.eraseFound', { n: found.length })}
          </Button>
        </div>
      ) : (
        <p role="status">{t('contacts.notFound')}</p>
      )}
    </section>
  );
}
