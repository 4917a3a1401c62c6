import fs from 'node:fs';
import path from 'node:path';
import { type CallTemplate, callTemplateSchema, type FormVariant } from '../../../shared/calls/template.schemas.js';

/** The four programmes shipped as data (data/templates/*.json), in the order offices see them. */
export const templateIds = ['excellent-scenario', 'demo-factory', 'hubei-pilot', 'wuxi-benchmark'] as const;

/** Reads and validates every template once; a malformed template stops the server at start, naming the file. */
export function loadCallTemplates(dataDir: string): Map<string, CallTemplate> {
  const templates = new Map<string, CallTemplate>();
  for (const id of templateIds) {
    const file = path.join(dataDir, 'templates', `${id}.json`);
    const parsed = callTemplateSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`invalid call template ${file}: ${parsed.error.message}`);
    if (parsed.data.id !== id) throw new Error(`call template ${file} declares id ${parsed.data.id}`);
    templates.set(id, parsed.data);
  }
  return templates;
}

export const variantOf = (template: CallTemplate, key?: string): FormVariant | undefined =>
  template.variants.find((variant) => variant.key === (key ?? template.defaultVariant));
