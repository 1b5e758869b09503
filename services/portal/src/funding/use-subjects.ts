import { useProgramme } from '../programme/use-programme.ts';

/** The programme's sectors (its subjects) by code, and their names. */
export function useSectors() {
  const programme = useProgramme();
  const options = programme.subjects.map((subject) => ({ value: subject.code, label: subject.name }));
  return {
    options,
    name: (code: string) => programme.subjects.find((subject) => subject.code === code)?.name ?? code,
  };
}
