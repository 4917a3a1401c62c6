import { useQuery } from '@tanstack/react-query';
import {
  type EditionId,
  editionMapSchema,
  editionSchema,
  scenarioDetailSchema,
  scenarioHitSchema,
  stageSchema,
} from '../../../shared/catalog/catalog.schemas.js';
import { getJson, withQuery } from '../../lib/http.js';

/** Search parameters as the page holds them; the server applies its own default limit when absent. */
export type ScenarioSearchParams = { q: string; edition?: EditionId; limit?: number };

export const catalogKeys = {
  all: ['catalog'] as const,
  editions: () => [...catalogKeys.all, 'editions'] as const,
  stages: (edition: EditionId) => [...catalogKeys.all, 'stages', edition] as const,
  scenario: (code: string) => [...catalogKeys.all, 'scenario', code] as const,
  search: (params: ScenarioSearchParams) => [...catalogKeys.all, 'search', params] as const,
  editionMap: (from: EditionId, to: EditionId) => [...catalogKeys.all, 'map', from, to] as const,
};

export function fetchEditions(signal?: AbortSignal) {
  return getJson('/api/catalog/editions', editionSchema.array(), signal);
}

export function fetchStages(edition: EditionId, signal?: AbortSignal) {
  return getJson(`/api/catalog/editions/${encodeURIComponent(edition)}/stages`, stageSchema.array(), signal);
}

export function fetchScenario(code: string, signal?: AbortSignal) {
  return getJson(`/api/catalog/scenarios/${encodeURIComponent(code)}`, scenarioDetailSchema, signal);
}

export function searchScenarios(params: ScenarioSearchParams, signal?: AbortSignal) {
  const path = withQuery('/api/catalog/scenarios', { q: params.q, edition: params.edition, limit: params.limit });
  return getJson(path, scenarioHitSchema.array(), signal);
}

export function fetchEditionMap(from: EditionId, to: EditionId, signal?: AbortSignal) {
  return getJson(withQuery('/api/catalog/map', { from, to }), editionMapSchema, signal);
}

export function useEditions() {
  return useQuery({ queryKey: catalogKeys.editions(), queryFn: ({ signal }) => fetchEditions(signal) });
}

export function useStages(edition: EditionId | undefined) {
  return useQuery({
    queryKey: catalogKeys.stages(edition ?? '2024'),
    queryFn: ({ signal }) => fetchStages(edition ?? '2024', signal),
    enabled: edition !== undefined,
  });
}

export function useScenario(code: string | undefined) {
  return useQuery({
    queryKey: catalogKeys.scenario(code ?? ''),
    queryFn: ({ signal }) => fetchScenario(code ?? '', signal),
    enabled: code !== undefined && code !== '',
  });
}

/** Runs only for a non-blank query (the API answers an empty q with 400). */
export function useScenarioSearch(params: ScenarioSearchParams) {
  const query = params.q.trim();
  return useQuery({
    queryKey: catalogKeys.search({ ...params, q: query }),
    queryFn: ({ signal }) => searchScenarios({ ...params, q: query }, signal),
    enabled: query !== '',
  });
}

export function useEditionMap(from: EditionId, to: EditionId) {
  return useQuery({
    queryKey: catalogKeys.editionMap(from, to),
    queryFn: ({ signal }) => fetchEditionMap(from, to, signal),
  });
}
