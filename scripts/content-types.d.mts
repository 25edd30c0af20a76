/** Types of scripts/content-types.mjs for the TypeScript tests that import it. */
export const CONTENT_TYPES: Readonly<Record<string, string>>;
export function contentType(path: string): string;
