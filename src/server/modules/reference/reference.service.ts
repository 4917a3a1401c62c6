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

type Tree<T> = { children: Map<string, T[]>; byCode: Map<string, T> };

/** Groups rows by parent (the empty string holds the top level), telling each node whether it has children. */
function toTree<Row extends { code: string; parentCode: string | null }, Node>(
  rows: Row[],
  toNode: (row: Row, hasChildren: boolean) => Node,
): Tree<Node> {
  const parents = new Set(rows.map((row) => row.parentCode));
  const children = new Map<string, Node[]>();
  const byCode = new Map<string, Node>();
  for (const row of rows) {
    const key = row.parentCode ?? '';
    const node = toNode(row, parents.has(row.code));
    children.set(key, [...(children.get(key) ?? []), node]);
    byCode.set(row.code, node);
  }
  return { children, byCode };
}

/** Industry and region trees are reference data: read once, served from memory. */
export function createReferenceService({ db, dataDir }: { db: Database; dataDir: string }) {
  const repository = createReferenceRepository({ db });
  let industries: Promise<Tree<IndustryNode>> | undefined;
  let regions: Promise<Tree<RegionNode>> | undefined;
  const programmes = z
    .array(programmeSchema)
    .parse(JSON.parse(fs.readFileSync(path.join(dataDir, 'reference', 'programmes.json'), 'utf8'))) as Programme[];

  const loadIndustries = async () =>
    toTree(
      await repository.listIndustries(),
      (row, hasChildren): IndustryNode => ({
        code: row.code,
        name: row.name,
        level: industryLevelSchema.parse(row.level),
        note: row.note,
        hasChildren,
      }),
    );
  const loadRegions = async () =>
    toTree(
      await repository.listRegions(),
      (row, hasChildren): RegionNode => ({
        code: row.code,
        name: row.name,
        level: regionLevelSchema.parse(row.level),
        hasChildren,
        isDevelopmentZone: row.isDevelopmentZone,
      }),
    );

  return {
    async listIndustryChildren(parent: string | undefined): Promise<IndustryNode[]> {
      industries ??= loadIndustries();
      const tree = await industries;
      if (parent && !tree.byCode.has(parent)) throw industryNotFound(parent);
      return tree.children.get(parent ?? '') ?? [];
    },
    async listRegionChildren(parent: string | undefined): Promise<RegionNode[]> {
      regions ??= loadRegions();
      const tree = await regions;
      if (parent && !tree.byCode.has(parent)) throw regionNotFound(parent);
      return tree.children.get(parent ?? '') ?? [];
    },
    async findIndustry(code: string): Promise<IndustryNode | undefined> {
      industries ??= loadIndustries();
      return (await industries).byCode.get(code);
    },
    async findRegion(code: string): Promise<RegionNode | undefined> {
      regions ??= loadRegions();
      return (await regions).byCode.get(code);
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
