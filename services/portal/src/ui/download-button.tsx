import { ActionButton } from './action-button.tsx';
import { saveFile } from './save-file.ts';

/**
 * A button that fetches a file through the API (a plain link could not carry the token) and saves it as `name`;
 * a failure shows above it, as `problemOf` words it (by default the API's problem).
 */
export function DownloadButton(props: {
  label: string;
  file: () => Promise<Blob>;
  name: string;
  problemOf?: (failure: unknown) => unknown;
}) {
  return (
    <ActionButton
      label={props.label}
      run={() => props.file().then((file) => saveFile(file, props.name))}
      problemOf={props.problemOf}
    />
  );
}
