import { useQuery } from '@tanstack/react-query';
import { programmeSchema } from '../../../shared/reference/reference.schemas.js';
import { getJson } from '../../lib/http.js';

export const referenceKeys = {
  all: ['reference'] as const,
  programmes: () => [...referenceKeys.all, 'programmes'] as const,
};

export function fetchProgrammes(signal?: AbortSignal) {
  return getJson('/api/reference/programmes', programmeSchema.array(), signal);
}

export function useProgrammes() {
  return useQuery({ queryKey: referenceKeys.programmes(), queryFn: ({ signal }) => fetchProgrammes(signal) });
}
