import type { ComponentChildren } from 'preact';
import type { MeasureCell } from '../../domain/analysis/reach';
import { hiddenCellText, hiddenText } from '../../domain/analysis/suppress';
import { PM } from '../../domain/design';
import type { Process } from '../../domain/process';
import type { Problem } from '../../domain/validation';
import { formatNumber, type MessageKey, t } from '../../i18n';
import { Button } from '../../ui/Button';

/** Euros the Dutch way, or PM. */
export function euro(estimate: number | typeof PM): string {
  if (estimate === PM) return PM;
  return `€ ${formatNumber(estimate, estimate % 1 ? 2 : 0)}`;
}

/** A reach cell as the coordinator picture shows it: "<k" when fewer than k people, "x" as a complement. */
export function countText(cell: MeasureCell, k: number): string {
  if (cell.base === 0) return '–';
  return hiddenText(cell.hidden, k) ?? formatNumber(cell.count);
}

export function indexText(cell: MeasureCell, k?: number): string {
  if (k !== undefined && cell.suppressed) return hiddenCellText(cell, k)!;
  return cell.index === null ? '–' : formatNumber(cell.index, 2);
}

export function shareText(share: number | null | undefined): string {
  return share === null || share === undefined ? '–' : `${formatNumber(share * 100, 0)}%`;
}

/** Field names of the design records, for problems from the database's validation. */
const FIELD: Record<string, MessageKey> = {
  role: 'design.kf.role',
  roleOther: 'design.kf.roleOther',
  organisation: 'design.kf.organisation',
  name: 'design.kf.name',
  workEmail: 'design.kf.workEmail',
  workPhone: 'design.kf.workPhone',
  contactNote: 'design.kf.contactNote',
  task: 'design.kf.task',
  label: 'design.b.label',
  estimate: 'design.b.estimate',
  status: 'design.b.status',
  note: 'design.b.note',
  text: 'lessons.text',
  doDifferently: 'close.lessonDo',
  category: 'close.category',
};

export function labelProblems(problems: Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, field: FIELD[p.field] ? t(FIELD[p.field]!) : p.field }));
}

export function Section({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="bs-card bs-design__section" aria-labelledby={`h-${id}`} data-testid={id}>
      <h2 class="utrecht-heading-2" id={`h-${id}`}>
        {title}
      </h2>
      {intro ? <p class="bs-muted">{intro}</p> : null}
      {children}
    </section>
  );
}

/** A small stylesheet for the downloaded documents (they open in any browser or word processor). */
const DOC_CSS = `
body{font-family:Arial,Helvetica,sans-serif;color:#1b1b1b;line-height:1.45;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.7rem;margin:0 0 .5rem}h2{font-size:1.3rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #00689e;padding-bottom:.2rem}
h3{font-size:1.1rem;margin:1rem 0 .4rem}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border-bottom:1px solid #bbb;padding:.3rem .4rem;text-align:left;vertical-align:top}
th{background:#eef4f8}.bs-num{text-align:right}.bs-muted{color:#4b4b4b}
.bs-badge{display:inline-block;border-radius:999px;padding:0 .5rem;font-size:.85rem;background:#e7e7e7}
.bs-badge--example{background:#fff3cd}.bs-badge--under{background:#f8d7da}.bs-badge--ok{background:#d4edda}
.bs-doc__meta{color:#4b4b4b}svg{display:none}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}
`;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Download a rendered document as one self-contained HTML file (no scripts, no links elsewhere). */
export function downloadHtml(el: HTMLElement, title: string, filename: string): void {
  const lang = document.documentElement.lang || 'nl';
  const html = `<!doctype html>\n<html lang="${lang}">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n<style>${DOC_CSS}</style>\n</head>\n<body>\n${el.innerHTML}\n</body>\n</html>\n`;
  const a = document.createElement('a');
  a.href = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** Print / download buttons above a document. */
export function DocActions({ onDownload, back }: { onDownload: () => void; back?: string }) {
  return (
    <div class="bs-actions bs-noprint">
      <Button variant="primary" onClick={() => window.print()}>
        {t('doc.print')}
      </Button>
      <Button onClick={onDownload}>{t('doc.download')}</Button>
      {back ? (
        <a class="utrecht-link" href={back}>
          {t('doc.back')}
        </a>
      ) : null}
    </div>
  );
}

/** "Verwijderen", named for screen readers by what it deletes. */
export function DeleteButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button variant="subtle" aria-label={t('design.remove', { label })} onClick={onClick}>
      {t('action.delete')}
    </Button>
  );
}

/** "Sociale Basis — Stadsdeel Zuid", without repeating the area when the name already says it. */
export function processTitle(p: Pick<Process, 'name' | 'area'>): string {
  return p.name.includes(p.area) ? p.name : `${p.name} — ${p.area}`;
}
