/**
 * An in-memory stand-in for the sync service (issue 15), with the same calls as the real one
 * (src/features/sync/api.ts): content-addressed bundles (a second PUT of the same checksum stores
 * nothing), cursors, tokens, revocation; and switches to make it fail like a network does.
 */
import { sha256Hex } from '../../src/exchange/bytes';
import {
  type BundleInfo,
  type DeviceInfo,
  type Page,
  type PublicationInfo,
  type SyncApi,
  SyncHttpError,
  SyncNetworkError,
} from '../../src/features/sync/api';

interface Stored {
  sha256: string;
  text: string;
  deviceId: string;
  exportSeq: number;
  cursor: number;
}

export class FakeSyncServer {
  bundles: Stored[] = [];
  publications: Stored[] = [];
  devices = new Map<string, DeviceInfo & { token: string }>();
  /** Every call, in order ("push <sha>", "list", …). */
  calls: string[] = [];
  /** The next n calls fail as if the network were gone. */
  failNext = 0;
  /** The next push is cut off after the server stored it (the answer never arrives). */
  cutAfterStore = false;
  private seq = 0;
  private codes = new Set<string>();

  constructor(readonly processId = 'proc-1') {}

  makeCode(): string {
    const code = `CODE${this.codes.size + 1}`;
    this.codes.add(code);
    return code;
  }

  revoke(deviceId: string) {
    const d = this.devices.get(deviceId);
    if (d) d.revokedAt = new Date().toISOString();
  }

  /** The API as one device sees it (its token, or none). */
  api(token: string | null): SyncApi {
    const who = () => [...this.devices.values()].find((d) => d.token === token);
    const gate = (name: string, role?: 'device' | 'coordinator') => {
      this.calls.push(name);
      if (this.failNext > 0) {
        this.failNext--;
        throw new SyncNetworkError(new Error('offline'));
      }
      if (!role) return undefined;
      const d = who();
      if (!d || d.revokedAt) throw new SyncHttpError(401, 'revoked', 'Dit apparaat is ingetrokken.');
      if (d.role !== role) throw new SyncHttpError(403, 'forbidden', 'Dat mag dit apparaat niet.');
      return d;
    };
    const pair = (code: string, deviceId: string, label: string, role: 'device' | 'coordinator') => {
      if (!this.codes.delete(code))
        throw new SyncHttpError(400, 'badCode', 'Deze code is onbekend of al gebruikt.');
      const token = `tok-${deviceId}`;
      this.devices.set(deviceId, { deviceId, label, role, token, revokedAt: null });
      return { token, role, processId: this.processId };
    };
    const page = <T>(list: Stored[], after: string | number | null, map: (s: Stored) => T): Page<T> => {
      const from = after === null ? 0 : Number(after);
      const items = list.filter((b) => b.cursor > from).slice(0, 2);
      return { items: items.map(map), next: items.length ? items[items.length - 1]!.cursor : null };
    };
    const store = async (list: Stored[], sha: string, text: string, deviceId: string) => {
      if ((await sha256Hex(text)) !== sha)
        throw new SyncHttpError(400, 'checksum', 'Het controlegetal klopt niet.');
      if (!list.some((b) => b.sha256 === sha)) {
        const header = text.startsWith('{"header"') ? JSON.parse(text).header : { exportSeq: 0 };
        list.push({ sha256: sha, text, deviceId, exportSeq: header.exportSeq, cursor: ++this.seq });
      }
    };
    return {
      health: async () => {
        gate('health');
        return true;
      },
      setup: async ({ code, deviceId, label }) => {
        gate('setup');
        return pair(code, deviceId, label, 'coordinator');
      },
      pair: async ({ code, deviceId, label }) => {
        gate('pair');
        return pair(code, deviceId, label, 'device');
      },
      pairingCode: async () => {
        gate('pairingCode', 'coordinator');
        return { code: this.makeCode(), expiresAt: new Date(Date.now() + 600_000).toISOString() };
      },
      pushBundle: async (sha, body) => {
        const d = gate(`push ${sha.slice(0, 8)}`, 'device')!;
        await store(this.bundles, sha, body, d.deviceId);
        if (this.cutAfterStore) {
          this.cutAfterStore = false;
          throw new SyncNetworkError(new Error('connection reset'));
        }
      },
      listBundles: async (after) => {
        gate('listBundles', 'coordinator');
        return page<BundleInfo>(this.bundles, after, (b) => ({
          sha256: b.sha256,
          deviceId: b.deviceId,
          exportSeq: b.exportSeq,
          size: b.text.length,
          receivedAt: '',
          cursor: b.cursor,
        }));
      },
      getBundle: async (sha) => {
        gate('getBundle', 'coordinator');
        return this.bundles.find((b) => b.sha256 === sha)!.text;
      },
      publish: async (sha, body) => {
        const d = gate('publish', 'coordinator')!;
        await store(this.publications, sha, body, d.deviceId);
      },
      listPublications: async (after) => {
        gate('listPublications', 'device');
        return page<PublicationInfo>(this.publications, after, (b) => ({
          sha256: b.sha256,
          cursor: b.cursor,
        }));
      },
      getPublication: async (sha) => {
        gate('getPublication', 'device');
        return this.publications.find((b) => b.sha256 === sha)!.text;
      },
      devices: async () => {
        gate('devices', 'coordinator');
        return [...this.devices.values()].map(({ token: _t, ...d }) => d);
      },
      revoke: async (deviceId) => {
        gate('revoke', 'coordinator');
        this.revoke(deviceId);
      },
      setPolicy: async () => {
        gate('setPolicy', 'coordinator');
      },
    };
  }
}
