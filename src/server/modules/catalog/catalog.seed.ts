import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { editionIdSchema, mapRelationSchema } from '../../../shared/catalog/catalog.schemas.js';
import type { CatalogContents } from './catalog.repository.js';

/** Shape of data/catalog/<edition>.json, transcribed from the seed documents. */
const editionFileSchema = z.object({
  id: editionIdSchema,
  title: z.string().min(1),
  documentNo: z.string(),
  source: z.string().min(1),
  preamble: z.string(),
  stages: z.array(
    z.object({
      number: z.number().int().positive(),
      name: z.string().min(1),
      summary: z.string(),
      scenarios: z.array(
        z.object({ number: z.number().int().positive(), name: z.string().min(1), description: z.string().min(1) }),
      ),
    }),
  ),
});
export type EditionFile = z.infer<typeof editionFileSchema>;

/** Shape of data/catalog/map.json, the reviewed cross-edition map. */
const mapFileSchema = z.object({
  pairs: z.array(
    z.object({
      from: editionIdSchema,
      to: editionIdSchema,
      links: z.array(
        z.object({
          from: z.array(z.string()),
          to: z.array(z.string()),
          relation: mapRelationSchema,
          note: z.string().optional(),
        }),
      ),
      dropped: z.array(z.string()),
      added: z.array(z.string()),
    }),
  ),
});
export type MapFile = z.infer<typeof mapFileSchema>;

export const catalogEditionIds = editionIdSchema.options;

export const scenarioCode = (edition: string, number: number) => `${edition}-${String(number).padStart(2, '0')}`;

export function readCatalogFiles(dataDir: string): { editions: EditionFile[]; map: MapFile; raw: string } {
  const texts = catalogEditionIds.map((id) => fs.readFileSync(path.join(dataDir, 'catalog', `${id}.json`), 'utf8'));
  const mapText = fs.readFileSync(path.join(dataDir, 'catalog', 'map.json'), 'utf8');
  return {
    editions: texts.map((text) => editionFileSchema.parse(JSON.parse(text))),
    map: mapFileSchema.parse(JSON.parse(mapText)),
    raw: texts.join('\n') + mapText,
  };
}

/** Flattens the files into table rows. */
export function toCatalogContents(editions: EditionFile[], map: MapFile): CatalogContents {
  const contents: CatalogContents = { editions: [], stages: [], scenarios: [], mapEntries: [] };
  for (const edition of editions) {
    const { stages, ...head } = edition;
    contents.editions.push(head);
    for (const stage of stages) {
      contents.stages.push({ editionId: edition.id, number: stage.number, name: stage.name, summary: stage.summary });
      for (const scenario of stage.scenarios) {
        contents.scenarios.push({
          code: scenarioCode(edition.id, scenario.number),
          editionId: edition.id,
          stageNumber: stage.number,
          ...scenario,
        });
      }
    }
  }
  for (const pair of map.pairs) {
    const base = { fromEdition: pair.from, toEdition: pair.to };
    for (const link of pair.links) {
      contents.mapEntries.push({
        ...base,
        relation: link.relation,
        fromCodes: link.from,
        toCodes: link.to,
        note: link.note ?? '',
      });
    }
    for (const code of pair.dropped)
      contents.mapEntries.push({ ...base, relation: 'dropped', fromCodes: [code], toCodes: [], note: '' });
    for (const code of pair.added)
      contents.mapEntries.push({ ...base, relation: 'added', fromCodes: [], toCodes: [code], note: '' });
  }
  return contents;
}
