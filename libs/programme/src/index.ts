export * from './programme.definition.ts';
export { DEFAULT_PROGRAMME_DEFINITION, programmeDefinitionPath } from './programme.config.ts';
export { programmeJsonSchema } from './programme.schema.ts';
export { loadProgramme, programme, ProgrammeDefinitionError } from './programme.loader.ts';
export {
  genderCodeOf,
  genderGroupOf,
  genderGroups,
  IsProgrammeCode,
  NOT_STATED,
  programmeCodes,
  type ProgrammeCode,
  type Vocabulary,
} from './programme.vocabulary.ts';
