import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  type IndustryNode,
  industryLevelSchema,
  type Programme,
  programmeSchema,
  type RegionNode,
  regionLevelSchema,
} from '../../../shared/reference/reference.schemas.js';
import type { Database } from '../../db/client.js';
import { documentNotFound, industryNotFound, regionNotFound } from './reference.errors.js';
import { createReferenceRepository } from './reference.repository.js';

type Tree<T> = { children: Map<string, T[]>; known: Set<string> };

/** Groups nodes by parent; the empty string holds the top level. */
function toTree<T extends { code: string }>(
  rows: Array<{ parentCode: string | null }>,
  toNode: (index: number) => T,
): Tree<T> {
  const children = new Map<string, T[]>();
  const known = new Set<string>();
  rows.forEach((row, index) => {
    const node = toNode(index);
    known.add(node.code);
    const key = row.parentCode ?? '';
    children.set(key, [...(children.get(key) ?? []), node]);
  });
  return { children, known };
}

/** Industry and region trees are reference data: read once, served from memory. */
export function createReferenceService({ db, dataDir }: { db: Database; dataDir: string }) {
  const repository = createReferenceRepository({ db });
  let industries: Promise<Tree<IndustryNode>> | undefined;
  let regions: Promise<Tree<RegionNode>> | undefined;
  const programmes = z
    .array(programmeSchema)
    .parse(JSON.parse(fs.readFileSync(path.join(dataDir, 'reference', 'programmes.json'), 'utf8'))) as Programme[];

  const loadIndustries = async () => {
    const rows = await repository.listIndustries();
    const parents = new Set(rows.map((row) => row.parentCode));
    return toTree(rows, (index) => {
      const row = rows[index]!;
      return {
        code: row.code,
        name: row.name,
        level: industryLevelSchema.parse(row.level),
        note: row.note,
        hasChildren: parents.has(row.code),
      };
    });
  };
  const loadRegions = async () => {
    const rows = await repository.listRegions();
    const parents = new Set(rows.map((row) => row.parentCode));
    return toTree(rows, (index) => {
      const row = rows[index]!;
      return {
        code: row.code,
        name: row.name,
        level: regionLevelSchema.parse(row.level),
        hasChildren: parents.has(row.code),
        isDevelopmentZone: row.isDevelopmentZone,
      };
    });
  };

  return {
    async listIndustryChildren(parent: string | undefined): Promise<IndustryNode[]> {
      industries ??= loadIndustries();
      const tree = await industries;
      if (parent && !tree.known.has(parent)) throw industryNotFound(parent);
      return tree.children.get(parent ?? '') ?? [];
    },
    async listRegionChildren(parent: string | undefined): Promise<RegionNode[]> {
      regions ??= loadRegions();
      const tree = await regions;
      if (parent && !tree.known.has(parent)) throw regionNotFound(parent);
      return tree.children.get(parent ?? '') ?? [];
    },
    listProgrammes: (): Programme[] => programmes,
    async getProgrammeDocument(key: string) {
      const document = await repository.findProgrammeDocument(key);
      if (!document) throw documentNotFound(key);
      return document;
    },
  };
}

export type ReferenceService = ReturnType<typeof createReferenceService>;
