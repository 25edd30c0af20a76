import { LESSON_CATEGORIES } from './constants';
import { recordMetaSchema } from './record';
import { z } from './zod';

export { LESSON_CATEGORIES };

export const lessonCategorySchema = z.enum(LESSON_CATEGORIES);
export type LessonCategory = z.infer<typeof lessonCategorySchema>;

export const lessonSchema = z.extend(recordMetaSchema, {
  processId: z.uuid(),
  meetingId: z.optional(z.uuid()),
  buurtId: z.optional(z.string().check(z.maxLength(60))),
  category: lessonCategorySchema,
  text: z.string().check(z.trim(), z.minLength(1, { error: 'mag niet leeg zijn' }), z.maxLength(5000)),
  doDifferently: z._default(z.string().check(z.maxLength(5000)), ''),
  /** Marked by the coordinator: take this to other areas. */
  carryOver: z._default(z.boolean(), false),
});
export type Lesson = z.infer<typeof lessonSchema>;
