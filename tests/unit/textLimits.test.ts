import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaItemSchema } from '../../src/domain/agenda';
import { configTexts } from '../../src/domain/configText';
import { feedbackSchema } from '../../src/domain/feedback';
import {
  buurtSchema,
  configFileSchema,
  processConfigSchema,
  questionSchema,
  targetGroupSchema,
  themeSchema,
} from '../../src/domain/process';
import { TEXT_MAX } from '../../src/domain/textLimits';

/**
 * The maximum length a zod string field accepts, through .default()/.optional() wrappers: the
 * smallest `max_length` check on it (zod/mini has no `maxLength` getter and no `unwrap()`; the
 * wrappers keep their inner type in `def.innerType`).
 */
function maxOf(field: unknown): number | null {
  type Node = {
    _zod: { def: { innerType?: Node; checks?: { _zod: { def: { check: string; maximum?: number } } }[] } };
  };
  let s = field as Node;
  while (s._zod.def.innerType) s = s._zod.def.innerType;
  const maxima = (s._zod.def.checks ?? [])
    .map((c) => c._zod.def)
    .filter((d) => d.check === 'max_length' && d.maximum !== undefined)
    .map((d) => d.maximum as number);
  return maxima.length ? Math.min(...maxima) : null;
}

const shapeOf = (schema: unknown) => (schema as { shape: Record<string, unknown> }).shape;

describe('one limit per resident-facing text: the schema, the translator list and the forms agree', () => {
  it('every schema field reads its limit from TEXT_MAX', () => {
    const process = shapeOf(processConfigSchema);
    const pairs: [unknown, number][] = [
      [process.askedBy, TEXT_MAX.askedBy],
      [process.participationText, TEXT_MAX.participationText],
      [process.framing, TEXT_MAX.framing],
      [shapeOf(questionSchema).text, TEXT_MAX.questionText],
      [shapeOf(questionSchema).help, TEXT_MAX.questionHelp],
      [shapeOf(themeSchema).label, TEXT_MAX.themeLabel],
      [shapeOf(themeSchema).description, TEXT_MAX.themeDescription],
      [shapeOf(targetGroupSchema).label, TEXT_MAX.groupLabel],
      [shapeOf(targetGroupSchema).residentLabel, TEXT_MAX.groupResidentLabel],
      [shapeOf(targetGroupSchema).description, TEXT_MAX.groupDescription],
      [shapeOf(buurtSchema).name, TEXT_MAX.buurtName],
      [shapeOf(agendaItemSchema).title, TEXT_MAX.agendaTitle],
      [shapeOf(agendaItemSchema).residentText, TEXT_MAX.agendaResidentText],
      [shapeOf(agendaItemSchema).description, TEXT_MAX.agendaDescription],
      [shapeOf(feedbackSchema).text, TEXT_MAX.feedbackText],
    ];
    expect(pairs.map(([field]) => maxOf(field))).toEqual(pairs.map(([, max]) => max));
  });

  it("the translator's list gives each text of the shipped configuration the limit its schema accepts", () => {
    const config = readFileSync(join(__dirname, '..', '..', 'public', 'config.json'), 'utf8');
    const process = configFileSchema.parse(JSON.parse(config)).process;
    const texts = configTexts(process, {
      agendaItems: [{ id: 'a', title: 'Bankjes', residentText: '', description: 'Meer bankjes' }],
      feedback: [{ id: 'f', text: 'Er komen bankjes.' }],
    });
    // The kind of text is the key without its record id: "theme.<id>.label" -> "theme.label".
    const limit: Record<string, number> = {
      askedBy: TEXT_MAX.askedBy,
      participationText: TEXT_MAX.participationText,
      framing: TEXT_MAX.framing,
      'question.text': TEXT_MAX.questionText,
      'question.help': TEXT_MAX.questionHelp,
      'theme.label': TEXT_MAX.themeLabel,
      'theme.description': TEXT_MAX.themeDescription,
      'group.label': TEXT_MAX.groupLabel,
      'group.residentLabel': TEXT_MAX.groupResidentLabel,
      'group.description': TEXT_MAX.groupDescription,
      'buurt.name': TEXT_MAX.buurtName,
      'agenda.text': TEXT_MAX.agendaResidentText,
      'agenda.description': TEXT_MAX.agendaDescription,
      'feedback.text': TEXT_MAX.feedbackText,
    };
    const kindOf = (key: string) => key.replace(/^(\w+)\.[^.]+\./, '$1.');
    const kinds = new Set(texts.map((x) => kindOf(x.key)));
    expect([...kinds].sort()).toEqual(Object.keys(limit).sort());
    for (const x of texts) expect([x.key, x.max]).toEqual([x.key, limit[kindOf(x.key)]]);
  });
});
