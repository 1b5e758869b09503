import { readFile } from 'node:fs/promises';
import { validateXML } from 'xmllint-wasm';

// The IATI 2.03 schemas next to this file: the activities schema includes the common one and imports xml.xsd,
// both by a relative path, so the three go into xmllint's in-memory file system under their own names.
const SCHEMA = new URL('./iati/schema/', import.meta.url);
const MAIN = 'iati-activities-schema.xsd';
const INCLUDED = ['iati-common.xsd', 'xml.xsd'];

const load = async (fileName: string) => ({
  fileName,
  contents: await readFile(new URL(fileName, SCHEMA), 'utf8'),
});

/** What the IATI 2.03 activities schema finds wrong in a document, one line each (`line 12: …`); empty if valid. */
export async function validateIati(xml: string): Promise<string[]> {
  const [schema, ...preload] = await Promise.all([MAIN, ...INCLUDED].map(load));
  const result = await validateXML({
    xml: [{ fileName: 'iati-activities.xml', contents: xml }],
    schema: [schema!],
    preload,
  });
  if (result.valid) return [];
  const errors = result.errors.map((e) => (e.loc ? `line ${e.loc.lineNumber}: ${e.message}` : e.message));
  // A document xmllint cannot even parse may come back invalid with no error lines: never report that as none.
  return errors.length > 0 ? errors : [result.rawOutput.trim() || 'invalid document'];
}
