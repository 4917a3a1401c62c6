import { z } from 'zod';

/** A numeric threshold of a condition, e.g. 数控化率 > 70 %; `printed` is the phrase it was read from. */
export const metricSchema = z.object({
  name: z.string(),
  subject: z.string().optional(),
  comparator: z.enum(['>', '>=', '<', '<=', '=']),
  value: z.number(),
  unit: z.string(),
  printed: z.string().optional(),
});
export type Metric = z.infer<typeof metricSchema>;

/** 智能制造示范工厂揭榜任务（2021年）: tasks per industry group (see data/programmes/README.md). */
export const demoFactoryTasksSchema = z.object({
  title: z.string(),
  source: z.string(),
  intro: z.string(),
  groups: z.array(
    z.object({
      number: z.number().int(),
      key: z.string(),
      name: z.string(),
      shortName: z.string(),
      sectors: z.array(z.object({ number: z.number().int(), name: z.string() })),
      keyStages: z.array(z.string()).length(6),
      newTechnologies: z.array(z.string()),
      newModes: z.array(z.string()),
      tasks: z.string(),
    }),
  ),
});
export type DemoFactoryTasks = z.infer<typeof demoFactoryTasksSchema>;

/** 湖北省智能制造试点示范: modes, new-technology directions and their 要素条件. */
export const pilotModesSchema = z.object({
  title: z.string(),
  source: z.string(),
  modes: z.array(
    z.object({
      key: z.string(),
      kind: z.enum(['mode', 'technology']),
      number: z.number().int(),
      name: z.string(),
      summary: z.string(),
      conditions: z.array(z.object({ key: z.string(), text: z.string(), metrics: z.array(metricSchema) })),
      requirements: z.array(z.object({ title: z.string().nullable().optional(), text: z.string() })),
    }),
  ),
});
export type PilotModes = z.infer<typeof pilotModesSchema>;

/** 无锡市智能制造标杆申报要点: eligibility and the checklists per benchmark type. */
export const benchmarkChecklistSchema = z.object({
  title: z.string(),
  source: z.string(),
  basicRequirements: z.array(z.object({ number: z.number().int(), text: z.string() })),
  types: z.array(
    z.object({
      key: z.enum(['factory', 'workshop', 'scenario']),
      name: z.string(),
      checklist: z.array(
        z.object({ key: z.string(), category: z.string(), text: z.string(), metrics: z.array(metricSchema) }),
      ),
    }),
  ),
});
export type BenchmarkChecklist = z.infer<typeof benchmarkChecklistSchema>;
