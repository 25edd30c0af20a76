import { LESSON_CATEGORIES } from './constants';
import { recordMetaSchema } from './record';
import { z } from './zod';

export { LESSON_CATEGORIES };

export const lessonCategorySchema = z.enum(LESSON_CATEGORIES);
export type LessonCategory = z.infer<typeof lessonCategorySchema>;

export const lessonSchema = recordMetaSchema.extend({
  processId: z.uuid(),
  meetingId: z.uuid().optional(),
  buurtId: z.string().max(60).optional(),
  category: lessonCategorySchema,
  text: z.string().trim().min(1, { error: 'mag niet leeg zijn' }).max(5000),
  doDifferently: z.string().max(5000).default(''),
  /** Marked by the coordinator: take this to other areas. */
  carryOver: z.boolean().default(false),
});
export type Lesson = z.infer<typeof lessonSchema>;
