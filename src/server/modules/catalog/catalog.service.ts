import type {
  EditionId,
  EditionMap,
  MapRelation,
  ScenarioDetail,
  ScenarioHit,
  ScenarioRef,
  ScenarioSearchQuery,
} from '../../../shared/catalog/catalog.schemas.js';
import type { Database } from '../../db/client.js';
import { type CachedJson, cacheJson } from '../../plugins/json-text.js';
import { editionNotFound, sameEditionMap, scenarioNotFound } from './catalog.errors.js';
import { createCatalogRepository, type MapEntryRow, type ScenarioRow } from './catalog.repository.js';
import {
  buildSearchIndex,
  highlightExcerpt,
  rankDocuments,
  type SearchIndex,
  type Tokenize,
} from './catalog.search.js';

/**
 * The catalogue is reference data that changes only when seeded, so the service reads it once
 * and serves from memory; the pre-serialised stage lists are what makes the catalogue endpoint cheap.
 * A re-seed through the CLI takes effect on the next start.
 */
type Snapshot = {
  editionsJson: CachedJson;
  stagesJson: Map<string, CachedJson>;
  scenarios: Map<string, ScenarioRow>;
  stageNames: Map<string, string>;
  editionTitles: Map<string, string>;
  mapEntries: MapEntryRow[];
  index: SearchIndex;
};

const reversedRelation: Record<string, string> = {
  merged: 'split',
  split: 'merged',
  dropped: 'added',
  added: 'dropped',
};

/** Distinct recent queries kept serialised; the catalogue is immutable, so a cached answer never goes stale. */
const searchCacheSize = 500;

export function createCatalogService({ db, tokenize }: { db: Database; tokenize: Tokenize }) {
  let snapshot: Promise<Snapshot> | undefined;
  const searchCache = new Map<string, CachedJson>();
  const load = () => {
    snapshot ??= loadSnapshot(db, tokenize).catch((error: unknown) => {
      snapshot = undefined;
      throw error;
    });
    return snapshot;
  };

  const toRef = (row: ScenarioRow): ScenarioRef => ({
    code: row.code,
    edition: row.editionId as EditionId,
    number: row.number,
    name: row.name,
  });

  return {
    warmUp: async () => void (await load()),

    /** JSON text of GET /api/catalog/editions. */
    async editionsJson(): Promise<CachedJson> {
      return (await load()).editionsJson;
    },

    /** JSON text of GET /api/catalog/editions/{id}/stages. */
    async stagesJson(editionId: string): Promise<CachedJson> {
      const json = (await load()).stagesJson.get(editionId);
      if (!json) throw editionNotFound(editionId);
      return json;
    },

    /** Scenarios of one edition in catalogue order, for a call's scenario picker and validation. */
    async scenariosOfEdition(
      editionId: string,
    ): Promise<Array<{ code: string; name: string; stage: string; stageNumber: number; number: number }>> {
      const data = await load();
      return [...data.scenarios.values()]
        .filter((row) => row.editionId === editionId)
        .sort((a, b) => a.number - b.number)
        .map((row) => ({
          code: row.code,
          name: row.name,
          stage: data.stageNames.get(`${row.editionId}:${row.stageNumber}`) ?? '',
          stageNumber: row.stageNumber,
          number: row.number,
        }));
    },

    async getScenario(code: string): Promise<ScenarioDetail> {
      const data = await load();
      const row = data.scenarios.get(code);
      if (!row) throw scenarioNotFound(code);
      const related: ScenarioDetail['related'] = [];
      for (const entry of data.mapEntries) {
        if (entry.relation === 'dropped' || entry.relation === 'added') continue;
        const relation = entry.relation as MapRelation;
        if (entry.toCodes.includes(code)) {
          for (const other of entry.fromCodes)
            related.push({ ...toRef(data.scenarios.get(other)!), relation, direction: 'earlier' });
        }
        if (entry.fromCodes.includes(code)) {
          for (const other of entry.toCodes)
            related.push({ ...toRef(data.scenarios.get(other)!), relation, direction: 'later' });
        }
      }
      const stageName = data.stageNames.get(`${row.editionId}:${row.stageNumber}`) ?? '';
      return {
        code: row.code,
        number: row.number,
        name: row.name,
        description: row.description,
        edition: row.editionId as EditionId,
        editionTitle: data.editionTitles.get(row.editionId) ?? '',
        stage: { number: row.stageNumber, name: stageName },
        related: uniqueRelated(related),
      };
    },

    /** JSON of GET /api/catalog/scenarios, from a small LRU cache (a Map keeps insertion order). */
    async searchScenariosJson(query: ScenarioSearchQuery): Promise<CachedJson> {
      const key = `${query.edition ?? ''}|${query.limit}|${query.q}`;
      const cached = searchCache.get(key);
      if (cached) {
        searchCache.delete(key);
        searchCache.set(key, cached);
        return cached;
      }
      const json = cacheJson(await this.searchScenarios(query));
      searchCache.set(key, json);
      if (searchCache.size > searchCacheSize) searchCache.delete(searchCache.keys().next().value!);
      return json;
    },

    async searchScenarios(query: ScenarioSearchQuery): Promise<ScenarioHit[]> {
      const data = await load();
      const ranked = rankDocuments(data.index, tokenize(query.q), { filter: query.edition, limit: query.limit });
      return ranked.map(({ document, score, matchedTerms }) => {
        const row = data.scenarios.get(document.id)!;
        return {
          code: row.code,
          edition: row.editionId as EditionId,
          stage: { number: row.stageNumber, name: data.stageNames.get(`${row.editionId}:${row.stageNumber}`) ?? '' },
          name: row.name,
          score: Math.round(score * 1000) / 1000,
          highlight: highlightExcerpt(row.description, matchedTerms),
        };
      });
    },

    /** The reviewed map between two editions, read in either direction. */
    async getEditionMap(from: EditionId, to: EditionId): Promise<EditionMap> {
      if (from === to) throw sameEditionMap();
      const data = await load();
      const isForward = from < to;
      const [early, late] = isForward ? [from, to] : [to, from];
      const entries = data.mapEntries.filter((entry) => entry.fromEdition === early && entry.toEdition === late);
      const refs = (codes: string[]) => codes.map((code) => toRef(data.scenarios.get(code)!));
      const result: EditionMap = { from, to, links: [], dropped: [], added: [] };
      for (const entry of entries) {
        const relation = isForward ? entry.relation : (reversedRelation[entry.relation] ?? entry.relation);
        const [fromCodes, toCodes] = isForward ? [entry.fromCodes, entry.toCodes] : [entry.toCodes, entry.fromCodes];
        if (relation === 'dropped') result.dropped.push(...refs(fromCodes));
        else if (relation === 'added') result.added.push(...refs(toCodes));
        else
          result.links.push({
            from: refs(fromCodes),
            to: refs(toCodes),
            relation: relation as MapRelation,
            note: entry.note,
          });
      }
      return result;
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;

function uniqueRelated(related: ScenarioDetail['related']): ScenarioDetail['related'] {
  const seen = new Set<string>();
  return related
    .filter((item) => !seen.has(item.code) && seen.add(item.code))
    .sort((left, right) => left.code.localeCompare(right.code));
}

async function loadSnapshot(db: Database, tokenize: Tokenize): Promise<Snapshot> {
  const repository = createCatalogRepository({ db });
  const [editions, stages, scenarios, mapEntries] = await Promise.all([
    repository.listEditions(),
    repository.listStages(),
    repository.listScenarios(),
    repository.listAllMapEntries(),
  ]);
  const stagesJson = new Map<string, CachedJson>();
  const editionSummaries = editions.map((edition) => {
    const ownStages = stages.filter((stage) => stage.editionId === edition.id);
    const ownScenarios = scenarios.filter((scenario) => scenario.editionId === edition.id);
    const tree = ownStages.map((stage) => ({
      number: stage.number,
      name: stage.name,
      summary: stage.summary,
      scenarios: ownScenarios
        .filter((scenario) => scenario.stageNumber === stage.number)
        .map(({ code, number, name, description }) => ({ code, number, name, description })),
    }));
    stagesJson.set(edition.id, cacheJson(tree));
    return {
      id: edition.id,
      title: edition.title,
      documentNo: edition.documentNo,
      stageCount: ownStages.length,
      scenarioCount: ownScenarios.length,
    };
  });
  const index = buildSearchIndex(
    scenarios.map((row) => ({ id: row.code, filter: row.editionId, name: row.name, description: row.description })),
    tokenize,
  );
  return {
    editionsJson: cacheJson(editionSummaries),
    stagesJson,
    scenarios: new Map(scenarios.map((row) => [row.code, row])),
    stageNames: new Map(stages.map((stage) => [`${stage.editionId}:${stage.number}`, stage.name])),
    editionTitles: new Map(editions.map((edition) => [edition.id, edition.title])),
    mapEntries,
    index,
  };
}
