import path from 'node:path';
import { z } from 'zod';

/** Runtime configuration, validated once at start-up (env contract in README.md). */
const configSchema = z.object({
  PORT: z.coerce.number({ message: '必须是端口号 / must be a port number' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./.data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, '必须是 postgres:// 连接串 / must be a postgres:// URL')
    .optional(),
  /** Connections per instance; autosave with many concurrent editors needs more than node-postgres' default 10. */
  DATABASE_POOL_SIZE: z.coerce.number({ message: '必须是整数 / must be an integer' }).int().min(1).max(500).default(20),
  /** Where the built client is served from (dist/client); the browser tests build into a folder of their own. */
  CLIENT_DIR: z.string().min(1).optional(),
  DEMO: z.enum(['0', '1'], { message: '只能是 0 或 1 / must be 0 or 1' }).default('1'),
  ADMIN_PASSWORD: z.string().min(10, '至少10个字符 / at least 10 characters').optional(),
  /** smtp://user:pass@host:port — when set, password-reset links are e-mailed. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, '必须是 smtp:// 或 smtps:// 地址 / must be an smtp:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('impilot <noreply@impilot.local>'),
  /** The address users reach the site at, for links in e-mails. */
  PUBLIC_URL: z.string().url('必须是 http(s):// 地址 / must be a URL').optional(),
  /** 1 behind a reverse proxy or load balancer: client address and HTTPS come from X-Forwarded-* headers. */
  TRUST_PROXY: z.enum(['0', '1'], { message: '只能是 0 或 1 / must be 0 or 1' }).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  clientDir: string | undefined;
  demo: boolean;
  adminPassword: string | undefined;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
};

export class ConfigError extends Error {}

/** Parses the environment; empty strings count as unset so `PORT= npm start` falls back to defaults. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const result = configSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? '?');
    throw new ConfigError(`配置错误 / invalid configuration: ${name}=${JSON.stringify(env[name])}: ${issue.message}`);
  }
  const value = result.data;
  return {
    port: value.PORT,
    host: value.HOST,
    dataDir: path.resolve(value.DATA_DIR),
    databaseUrl: value.DATABASE_URL,
    databasePoolSize: value.DATABASE_POOL_SIZE,
    clientDir: value.CLIENT_DIR && path.resolve(value.CLIENT_DIR),
    demo: value.DEMO === '1',
    adminPassword: value.ADMIN_PASSWORD,
    logLevel: value.LOG_LEVEL,
    trustProxy: value.TRUST_PROXY === '1',
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    publicUrl: (value.PUBLIC_URL ?? `http://${value.HOST}:${value.PORT}`).replace(/\/$/, ''),
  };
}
