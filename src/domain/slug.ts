/** A readable id from a label: "Wonen en buurt" → "wonen-en-buurt" (lowercase, no accents, max 60). */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A slug from `label` that is not in `taken`: adds -2, -3, … when needed; `fallback` for empty labels. */
export function uniqueSlug(label: string, taken: Iterable<string>, fallback = 'item'): string {
  const used = new Set(taken);
  const base = slugify(label) || fallback;
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const id = `${base.slice(0, 60 - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!used.has(id)) return id;
  }
}
