import { useQuery } from '@tanstack/react-query';
import type { paths } from '../api/generated/openapi.ts';
import { answer, typedApi } from '../api/typed-client.ts';

/** The programme definition as `GET /programme` serves it (libs/programme's ProgrammeDefinition), generated. */
export type Programme = paths['/api/v1/programme']['get']['responses'][200]['content']['application/json'];

const programmeQuery = {
  queryKey: ['programme'],
  queryFn: ({ signal }: { signal: AbortSignal }) => answer(typedApi.GET('/api/v1/programme', { signal })),
  // It changes only when the platform restarts on another definition: once per tab is enough.
  staleTime: Infinity,
  gcTime: Infinity,
};

/** The programme and whether it is still loading (or failed): for ProgrammeGate. */
export const useProgrammeQuery = () => useQuery(programmeQuery);

/** The programme, below a ProgrammeGate (which shows nothing else until it is there). */
export function useProgramme(): Programme {
  const { data } = useQuery(programmeQuery);
  if (!data) throw new Error('useProgramme outside a ProgrammeGate');
  return data;
}

/**
 * The offered answer a stored gender stands for: its code, or the code of which it is an alias (`female` →
 * `woman`, as saved before the list was closed); '' for "prefer not to say"; undefined for anything else.
 */
export function genderAnswerOf(programme: Pick<Programme, 'genders'>, value: string | undefined) {
  const wanted = value?.trim().toLowerCase();
  const gender = programme.genders.find((g) =>
    [g.code, ...(g.aliases ?? [])].some((v) => v.toLowerCase() === wanted),
  );
  return gender && (gender.notStated ? '' : gender.code);
}

/** The programme's lists as the screens offer them. */
export function usePlaces() {
  const programme = useProgramme();
  const abroad = programme.offices.filter((office) => office.abroad);
  return {
    /** Offices that run campaigns (abroad). */
    campaignOffices: abroad.map((office) => office.code),
    /** Every office, the host office too (an outreach officer's scope). */
    offices: programme.offices.map((office) => office.code),
    /** Where members may live: the countries of the offices abroad. */
    countries: [...new Set(abroad.map((office) => office.country))],
    institutions: programme.host.institutions.map((institution) => institution.code),
    trainingLanguages: programme.languages.training,
    /** Answers offered for gender ("prefer not to say" is leaving it empty). */
    genders: programme.genders.filter((gender) => !gender.notStated).map((gender) => gender.code),
    genderAnswer: (value: string | undefined) => genderAnswerOf(programme, value),
    subjects: programme.subjects.map((subject) => subject.name),
  };
}
