// class-transformer keeps its @Type metadata in a storage it does not export from its entry point, and ships no
// types beside the CommonJS file that holds it; the schema generator needs it to follow nested classes.
declare module 'class-transformer/cjs/storage.js' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage.js';
}
