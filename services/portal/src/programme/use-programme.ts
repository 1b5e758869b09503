import { useQuery } from '@tanstack/react-query';
import { send } from '../api/http.ts';

/**
 * What the portal reads of the programme definition that `GET /programme` serves (libs/programme's
 * ProgrammeDefinition). To be replaced by the generated type once docs/openapi.json declares the route.
 */
export interface Programme {
  id: string;
  name: string;
  host: {
    country: string;
    name: string;
    institutionKind: string;
    institutions: { code: string; name: string }[];
  };
  offices: { code: string; name: string; country: string; abroad: boolean }[];
  subjects: { code: string; name: string }[];
  languages: { public: string[]; staff: string[]; training: string[] };
  genders: { code: string; name: string; notStated?: boolean }[];
}

const programmeQuery = {
  queryKey: ['programme'],
  queryFn: () => send<Programme>('GET', '/programme'),
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
    subjects: programme.subjects.map((subject) => subject.name),
  };
}
