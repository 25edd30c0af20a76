import { agendaItemSchema } from './agenda';
import { contactSchema } from './contact';
import { contributionSchema } from './contribution';
import { budgetLineSchema, designRecordSchema, keyFigureSchema } from './design';
import { earlierFindingSchema } from './earlierFinding';
import { experienceSchema } from './experience';
import { feedbackSchema } from './feedback';
import { lessonSchema } from './lesson';
import { attendanceSchema, meetingSchema } from './meeting';
import { processSchema } from './process';
import { priorityVoteSchema } from './votes';

/**
 * The schema of each synchronised table: every record passes it on its way into a device's
 * database (src/db write()) and in every bundle (src/exchange). One map, so the two never differ.
 */
export const RECORD_SCHEMAS = {
  processes: processSchema,
  meetings: meetingSchema,
  contributions: contributionSchema,
  attendance: attendanceSchema,
  lessons: lessonSchema,
  votes: priorityVoteSchema,
  agendaItems: agendaItemSchema,
  contacts: contactSchema,
  feedback: feedbackSchema,
  keyFigures: keyFigureSchema,
  budgetLines: budgetLineSchema,
  experiences: experienceSchema,
  earlierFindings: earlierFindingSchema,
  designs: designRecordSchema,
} as const;
