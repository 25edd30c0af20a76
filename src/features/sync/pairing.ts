import { normaliseServer } from './api';

/**
 * What the coordinator's QR code carries: the server address and a one-time pairing code. Not a
 * web link on purpose: a phone's camera app does not open it; only Buurtstem's pairing screen reads it.
 */
const PREFIX = 'BUURTSTEM-KOPPEL:';

export function pairingPayload(server: string, code: string): string {
  return `${PREFIX}${new URLSearchParams({ server, code }).toString()}`;
}

export function parsePairing(text: string): { server: string; code: string } | null {
  const t = text.trim();
  if (!t.toUpperCase().startsWith(PREFIX)) return null;
  const params = new URLSearchParams(t.slice(PREFIX.length));
  const server = normaliseServer(params.get('server') ?? '');
  const code = (params.get('code') ?? '').trim();
  if (!server || !code || code.length > 64) return null;
  return { server, code };
}
