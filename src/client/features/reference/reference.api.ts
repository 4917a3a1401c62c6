import { useQuery } from '@tanstack/react-query';
import { industryNodeSchema, programmeSchema, regionNodeSchema } from '../../../shared/reference/reference.schemas.js';
import { getJson, withQuery } from '../../lib/http.js';

export const referenceKeys = {
  all: ['reference'] as const,
  programmes: () => [...referenceKeys.all, 'programmes'] as const,
  regions: (parent: string | undefined) => [...referenceKeys.all, 'regions', parent ?? ''] as const,
  industries: (parent: string | undefined) => [...referenceKeys.all, 'industries', parent ?? ''] as const,
};

export function fetchProgrammes(signal?: AbortSignal) {
  return getJson('/api/reference/programmes', programmeSchema.array(), signal);
}

/** 行政区划 children of `parent` (provinces when absent). */
export function fetchRegionChildren(parent: string | undefined, signal?: AbortSignal) {
  return getJson(withQuery('/api/reference/regions', { parent }), regionNodeSchema.array(), signal);
}

/** 国民经济行业分类 children of `parent` (门类 when absent). */
export function fetchIndustryChildren(parent: string | undefined, signal?: AbortSignal) {
  return getJson(withQuery('/api/reference/industries', { parent }), industryNodeSchema.array(), signal);
}

export function useProgrammes() {
  return useQuery({ queryKey: referenceKeys.programmes(), queryFn: ({ signal }) => fetchProgrammes(signal) });
}
