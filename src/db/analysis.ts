/**
 * The coordinator's analysis input: the one analysis loader of src/db/readModels.ts (one process,
 * deleted records out, one read transaction), under the name the coordinator screens use.
 */
export { loadAnalysisData as readAnalysisData } from './readModels';
