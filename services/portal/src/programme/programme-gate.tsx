import type { ReactNode } from 'react';
import { LoadError, Loading } from '../ui/status.tsx';
import { useProgrammeQuery } from './use-programme.ts';

/** Shows its pages once the programme definition is loaded, which every screen reads its lists from. */
export function ProgrammeGate({ children }: { children: ReactNode }) {
  const { data, error, refetch, isFetching } = useProgrammeQuery();
  if (data) return children;
  if (error && !isFetching) return <LoadError error={error} onRetry={() => void refetch()} />;
  return <Loading />;
}
