/**
 * Contacts for feedback on this device: saving one unlinkably, the retention list, erasure (also
 * of one person on request) and the mailing CSV. The only Dexie code touching db.contacts besides
 * the kiosk's send (which calls newContactRow inside its own transaction).
 */

import type { Translate } from '../domain/analysis/labels';
import { tick } from '../domain/clock';
import {
  type Contact,
  type ContactFields,
  contactCreatedAt,
  contactSchema,
  contactStamp,
  erasedFields,
  type LiveContact,
} from '../domain/contact';
import { toCsv } from '../domain/csv';
import { localDay, utcDay } from '../domain/day';
import { problemsOf } from '../domain/problems';
import type { Process } from '../domain/process';
import { type ContactRetention, contactRetention, findContacts } from '../domain/retention';
import { bumpVv } from '../domain/version';
import { ensureDevice } from './device';
import { InvalidRecordError } from './errors';
import { nextLocalSeq } from './records';
import { db } from './schema';
import { write } from './write';

function valid(value: unknown): Contact {
  const r = contactSchema.safeParse(value);
  if (!r.success) throw new InvalidRecordError(problemsOf(r.error));
  return r.data;
}

/**
 * A new contact row under the contact rule (docs/FORMAT.md): its own day-only stamp and creation
 * day, no tick of the device's clock, only a local sequence number (which never leaves the
 * device). Inside a 'rw' transaction with db.kv and db.contacts. The stamp's day is the UTC day of
 * now, not `consentedOn` (the resident's local day, shown and used for retention): between local
 * and UTC midnight that local day's start lies ahead, after the answers sent with the contact.
 */
export async function newContactRow(fields: ContactFields): Promise<Contact & { localSeq: number }> {
  const device = await ensureDevice();
  const day = utcDay(new Date());
  const stamp = contactStamp(day, 1, device.id);
  const record = valid({
    ...fields,
    id: crypto.randomUUID(),
    createdAt: contactCreatedAt(day),
    updatedAt: stamp,
    deviceId: device.id,
    rev: 1,
    deleted: false,
    vv: { [device.id]: stamp },
  });
  return { ...record, localSeq: await nextLocalSeq() };
}

const isLive = (c: Contact): c is LiveContact => !c.deleted;

/** The live contacts of a process. */
export async function listContacts(processId: string): Promise<LiveContact[]> {
  const rows = (await db.contacts.toArray()) as unknown as Contact[];
  return rows.filter((c): c is LiveContact => isLive(c) && c.processId === processId);
}

export interface ContactWithRetention {
  contact: LiveContact;
  retention: ContactRetention;
  buurtId: string | null;
}

/** Every live contact of the process with the day it must be erased, due ones first. */
export async function contactsWithRetention(
  process: Process,
  today = localDay(),
): Promise<ContactWithRetention[]> {
  const [contacts, meetings, feedback, items] = await Promise.all([
    listContacts(process.id),
    db.meetings.where('processId').equals(process.id).toArray(),
    db.feedback.where('processId').equals(process.id).toArray(),
    db.agendaItems.where('processId').equals(process.id).toArray(),
  ]);
  const ctx = {
    meetingsById: new Map(meetings.map((m) => [m.id, m])),
    itemsById: new Map(items.map((i) => [i.id, i])),
    buurtIds: process.buurten.map((b) => b.id),
    feedback: feedback.filter((f) => !f.deleted),
    settings: process.settings,
    today,
  };
  return contacts
    .map((contact) => ({
      contact,
      retention: contactRetention(contact, ctx),
      buurtId: ctx.meetingsById.get(contact.meetingId)?.buurtId ?? null,
    }))
    .sort((a, b) =>
      a.retention.dueOn < b.retention.dueOn ? -1 : a.retention.dueOn > b.retention.dueOn ? 1 : 0,
    );
}

/** Live contacts whose value matches an erasure request ("verwijder mijn gegevens"). */
export async function searchContacts(processId: string, query: string): Promise<LiveContact[]> {
  return findContacts(await listContacts(processId), query);
}

/**
 * Erase contacts: each becomes a tombstone without personal data (only the record fields, the
 * process and the meeting), stamped by the contact rule, so the erasure travels to every device
 * in the next export and wins over the contact there. Conflict copies of these contacts (which
 * could still hold an address) are removed too. One transaction; returns how many were erased.
 */
export async function eraseContacts(ids: readonly string[], today = utcDay(new Date())): Promise<number> {
  if (!ids.length) return 0;
  const device = await ensureDevice();
  return write([db.contacts, db.conflicts], async () => {
    let n = 0;
    for (const id of ids) {
      const prev = (await db.contacts.get(id)) as (Contact & { localSeq?: number }) | undefined;
      if (!prev || prev.deleted) continue;
      const rev = prev.rev + 1;
      // The day of erasure, by the contact rule. Every stamp in the version vector must be
      // earlier than the tombstone's, also when this device's day is behind the contact's (or
      // the contact came from an older app with a finer stamp): then one step after it.
      let stamp = contactStamp(today, rev, device.id);
      if (stamp <= prev.updatedAt) stamp = tick(prev.updatedAt, 0, device.id);
      const tombstone = valid({
        ...erasedFields(prev),
        id: prev.id,
        createdAt: prev.createdAt,
        updatedAt: stamp,
        deviceId: device.id,
        rev,
        deleted: true,
        vv: bumpVv(prev, device.id, stamp),
      });
      // put replaces the whole row: no field of the old version survives.
      await db.contacts.put({ ...tombstone, localSeq: await nextLocalSeq() } as never);
      const copies = await db.conflicts.where('recordId').equals(id).toArray();
      await db.conflicts.bulkDelete(copies.filter((r) => r.table === 'contacts').map((r) => r.id));
      n++;
    }
    return n;
  });
}

/**
 * The contacts for the feedback mailing, as CSV for Dutch Excel. Apart from every analysis export:
 * only the address, its kind, the language, the buurt and the day of consent.
 */
export async function contactsCsv(
  process: Process,
  t: Translate,
): Promise<{ name: string; content: string; count: number }> {
  const list = await contactsWithRetention(process);
  const buurt = (id: string | null) => (id ? (process.buurten.find((b) => b.id === id)?.name ?? id) : '');
  const rows = list.map(({ contact: c, buurtId, retention }) => [
    t(`contacts.channel.${c.channel}`),
    c.value,
    c.language,
    buurt(buurtId),
    c.consentedOn,
    retention.dueOn,
    // Issue 13: a resident who offered to help ("Wilt u meehelpen?"); older rows have no purpose.
    t(`contacts.purpose.${c.purpose ?? 'terugkoppeling'}`),
  ]);
  return {
    name: `${t('contacts.csv.fileName')}_${localDay()}.csv`,
    content: toCsv({
      // Column names and channel words through the one translator, like every other export.
      columns: [
        t('contacts.csv.col.channel'),
        t('contacts.csv.col.value'),
        t('contacts.csv.col.language'),
        t('contacts.csv.col.buurt'),
        t('contacts.csv.col.consentedOn'),
        t('contacts.csv.col.dueOn'),
        t('contacts.csv.col.purpose'),
      ],
      rows,
    }),
    count: rows.length,
  };
}
