/**
 * The sync service's work on this device's database (issue 15): make the hand-in bundle (the same
 * export as "Nieuwe wijzigingen exporteren", so the same bytes as a file), and merge what arrives
 * through the one import path (`importBundleText`), so a file and a sync of the same bundle merge
 * to the same result. State and outbox: ./syncStatus.ts.
 */
import { sha256Hex } from '../exchange/bytes';
import type { BundleHeader } from '../exchange/format';
import { encryptBundleText } from '../exchange/write';
import { type ExportResult, exportAgain, exportBundle, type FileReport, importBundleText } from './exchange';
import {
  addToOutbox,
  getOutbox,
  getSyncConfig,
  missingHandIns,
  type OutboxItem,
  replaceOutbox,
} from './syncStatus';

const isEnvelope = (text: string) => text.startsWith('{"format":"buurtstem-encrypted"');

/** The outbox entry of an export: encrypted with the process passphrase when one is set. */
async function outboxItem(result: ExportResult, passphrase: string | undefined): Promise<OutboxItem> {
  const text =
    passphrase && !isEnvelope(result.text)
      ? await encryptBundleText(result.text, passphrase, result.header)
      : result.text;
  return {
    sha256: await sha256Hex(text),
    text,
    exportSeq: result.header.exportSeq,
    records: result.total,
    madeAt: new Date().toISOString(),
  };
}

/**
 * Export every change not exported yet as this device's next bundle and put it in the outbox;
 * null when there is nothing new. The export marks the changes as exported (as a file export
 * does); the bundle then waits in the outbox until the service has it.
 *
 * The export and the outbox write are two transactions: the bundle's checksum and its encryption
 * (WebCrypto, asynchronous) would end an IndexedDB transaction. A tablet that dies between the two
 * has marked changes as exported without a bundle in the outbox; `recoverHandIns` finds that
 * export in the export history and makes it again, once.
 */
export async function makeHandIn(now = new Date()): Promise<OutboxItem | null> {
  const config = await getSyncConfig();
  const passphrase = config?.passphrase || undefined;
  const result = await exportBundle('new', { passphrase, now });
  if (!result) return null;
  const item = await outboxItem(result, undefined);
  return (await addToOutbox(item)) ? item : null;
}

/**
 * Make again, with the same number and range, every export of this tablet that never reached the
 * outbox (see makeHandIn), and put it there; the number of bundles recovered. Idempotent: the
 * outbox takes each export number once (in the transaction that writes it), so running this twice,
 * or while the first outbox write does happen after all, queues nothing twice. Changes made since
 * are not lost either: a record changed again has a newer local number and goes with the next
 * export.
 */
export async function recoverHandIns(now = new Date()): Promise<number> {
  const config = await getSyncConfig();
  if (config?.role !== 'device') return 0;
  const passphrase = config.passphrase || undefined;
  let recovered = 0;
  for (const exportSeq of await missingHandIns()) {
    const result = await exportAgain(exportSeq, { passphrase, now });
    if (result && (await addToOutbox(await outboxItem(result, undefined)))) recovered++;
  }
  return recovered;
}

/**
 * A file export made by hand on a tablet that syncs: its changes are marked as exported, so the
 * service gets the same bundle too (otherwise the coordinator would miss them unless the file
 * arrives). A plain file is encrypted for the service when the process has a passphrase.
 */
export async function alsoHandIn(result: ExportResult): Promise<void> {
  const config = await getSyncConfig();
  if (config?.role !== 'device' || result.header.kind !== 'device') return;
  await addToOutbox(await outboxItem(result, config.passphrase || undefined));
}

/** Merge a bundle that came from the service, through the same path as a file. */
export async function importSynced(
  text: string,
  name: string,
  passphrase: string | undefined,
): Promise<FileReport> {
  return importBundleText(text, name, { passphrase });
}

/** The coordinator's publication (agenda, configuration, feedback) as the service gets it. */
export async function makePublication(passphrase: string | undefined): Promise<OutboxItem | null> {
  const result = await exportBundle('publish', { passphrase });
  if (!result) return null;
  return outboxItem(result, undefined);
}

/**
 * Encrypt the plain bundles waiting in the outbox (made before the passphrase was filled in): the
 * same bundle inside, a new checksum outside. Encryption runs before the write (WebCrypto is
 * asynchronous and would end a transaction).
 */
export async function sealOutbox(passphrase: string): Promise<number> {
  const plain = (await getOutbox()).filter((i) => !isEnvelope(i.text));
  if (!plain.length) return 0;
  const sealed = new Map<string, OutboxItem>();
  for (const item of plain) {
    // The readable header the service checks (device, process, number) travels with the envelope.
    const header = (JSON.parse(item.text) as { header: BundleHeader }).header;
    const text = await encryptBundleText(item.text, passphrase, header);
    sealed.set(item.sha256, { ...item, text, sha256: await sha256Hex(text) });
  }
  await replaceOutbox((list) => list.map((i) => sealed.get(i.sha256) ?? i));
  return sealed.size;
}
