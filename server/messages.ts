/**
 * Why the service refuses a request: a stable code (for programs: src/sync/client.ts maps it to a
 * typed error) and a Dutch sentence (for people). Problems with a bundle itself come from the
 * exchange's catalogue (src/i18n/nl/exchange.ts), the same words as a refused file import.
 */
export const ERRORS = {
  unauthorized: [
    401,
    'Dit apparaat is niet (meer) gekoppeld. Koppel het opnieuw met een code van de coördinator.',
  ],
  revoked: [
    401,
    'De coördinator heeft dit apparaat losgekoppeld. Er wordt niets meer aangenomen. Wat op dit apparaat staat, blijft bewaard: exporteer het als bestand.',
  ],
  forbidden: [403, 'Dit mag alleen de coördinator.'],
  codeInvalid: [400, 'Deze code klopt niet. Controleer de letters en cijfers, of vraag een nieuwe code.'],
  codeExpired: [400, 'Deze code is verlopen. Vraag de coördinator om een nieuwe code.'],
  codeUsed: [400, 'Deze code is al gebruikt. Een code werkt maar één keer: vraag een nieuwe code.'],
  badRequest: [400, 'Het verzoek is niet compleet of niet geldig.'],
  hashMismatch: [
    400,
    'De bundel is onderweg veranderd: de controlesom klopt niet. Er is niets opgeslagen; probeer het opnieuw.',
  ],
  bundleRefused: [422, 'De bundel is geweigerd. Er is niets opgeslagen.'],
  wrongKind: [422, 'Dit is geen bundel van dit soort. Er is niets opgeslagen.'],
  wrongDevice: [
    403,
    'Deze bundel komt van een ander apparaat. Een apparaat levert alleen zijn eigen werk in.',
  ],
  wrongProcess: [403, 'Deze bundel hoort bij een ander traject dan waaraan dit apparaat gekoppeld is.'],
  encryptionRequired: [
    422,
    'Dit traject vraagt om versleutelde bundels. Stel het wachtwoord van het traject in en probeer het opnieuw. Er is niets opgeslagen.',
  ],
  envelopeWithoutHeader: [
    422,
    'Deze versleutelde bundel heeft geen leesbare kop (apparaat, traject, nummer). Werk de app bij en probeer het opnieuw.',
  ],
  notFound: [404, 'Niet gevonden.'],
  tooLarge: [
    413,
    'De bundel is te groot voor de synchronisatiedienst (hoogstens {max}). Er is niets opgeslagen.',
  ],
  rateLimited: [429, 'Te veel verzoeken achter elkaar. Wacht even; het wordt vanzelf opnieuw geprobeerd.'],
  serverError: [
    500,
    'Er ging iets mis op de server. Er is niets verloren; het wordt later opnieuw geprobeerd.',
  ],
} as const satisfies Record<string, readonly [number, string]>;

export type ErrorCode = keyof typeof ERRORS;

export interface ErrorBody {
  error: ErrorCode;
  message: string;
  /** For a refused bundle: each reason, in Dutch. */
  problems?: string[];
}
