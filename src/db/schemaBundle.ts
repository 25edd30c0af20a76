/** Everything that needs zod on the write path, in one lazily loaded chunk (see schemas.ts). */
import { agendaItemSchema } from '../domain/agenda';
import { contactSchema } from '../domain/contact';
import { contributionSchema } from '../domain/contribution';
import { processDesignSchema } from '../domain/design';
import { lessonSchema } from '../domain/lesson';
import { attendanceSchema, meetingSchema } from '../domain/meeting';
import { type ConfigFile, configFileSchema, processSchema } from '../domain/process';
import { type Checked, check, parseJson } from '../domain/validation';
import { priorityVoteSchema } from '../domain/votes';

/**
 * The schema every record of a synchronised table passes on its way into this device's database.
 * write()'s tx.create / tx.change pick the schema from here by table name.
 */
export { RECORD_SCHEMAS as TABLE_SCHEMAS } from '../domain/recordSchemas';
export {
  agendaItemSchema,
  attendanceSchema,
  contactSchema,
  contributionSchema,
  lessonSchema,
  meetingSchema,
  priorityVoteSchema,
  processDesignSchema,
  processSchema,
};

/** Validate a configuration file's text; never throws. */
export function readConfigText(text: string): Checked<ConfigFile> {
  const json = parseJson(text);
  return json.ok ? check(configFileSchema, json.value) : json;
}
