/**
 * JSON Schemas of the exchange files, generated from the zod schemas (the single source of truth).
 * `npm run schema:bundle` writes them to docs/; tests/unit/exchange.format.test.ts fails when the
 * committed files drift from what the zod schemas say.
 */
import { z } from '../domain/zod';
import { bundleFileSchema, envelopeSchema } from './format';

function withMeta(schema: z.ZodMiniType, id: string, title: string, description: string) {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
    reused: 'ref',
  });
  return { ...json, $id: id, title, description };
}

export function exchangeJsonSchemas(): Record<string, unknown> {
  return {
    'docs/bundle.schema.json': withMeta(
      bundleFileSchema,
      'https://buurtstem.nl/schema/bundle-v1.json',
      'Buurtstem-bundel, formaatversie 1',
      'Exportbestand van een apparaat, publicatie van de coördinator of samengevoegd bestand. Zie docs/FORMAT.md.',
    ),
    'docs/encrypted.schema.json': withMeta(
      envelopeSchema,
      'https://buurtstem.nl/schema/encrypted-v1.json',
      'Versleutelde Buurtstem-bundel, versie 1',
      'Envelop om een bundel: PBKDF2-SHA256 (600.000 rondes) en AES-GCM-256. Zie docs/FORMAT.md.',
    ),
  };
}

/** The text written to each file (stable formatting, newline at the end). */
export function schemaFileText(schema: unknown): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
