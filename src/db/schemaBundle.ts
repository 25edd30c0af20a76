/** Everything that needs zod on the write path of the field core, in one lazily loaded chunk. */
import { type ConfigFile, configFileSchema } from '../domain/process';
import { type Checked, check, parseJson } from '../domain/validation';

export { contributionSchema } from '../domain/contribution';
export { lessonSchema } from '../domain/lesson';
export { attendanceSchema, meetingSchema } from '../domain/meeting';
export { processSchema } from '../domain/process';

/** Validate a configuration file's text; never throws. */
export function readConfigText(text: string): Checked<ConfigFile> {
  const json = parseJson(text);
  return json.ok ? check(configFileSchema, json.value) : json;
}
