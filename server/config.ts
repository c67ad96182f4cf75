import path from 'node:path';

/** Everything the process reads from its environment, parsed once at start. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  session: { idleMinutes: number; absoluteHours: number };
  passwordPolicy: PasswordPolicy;
  lockout: { maxFailures: number; windowMinutes: number; lockMinutes: number };
  uploadMaxBytes: number;
  loadDemo: boolean;
  secureCookies: boolean;
  logLevel: string;
  /** On SIGTERM: longest wait for requests already sent to be read and answered before closing. */
  shutdownDrainMs: number;
}

export interface PasswordPolicy {
  minLength: number;
  maxLength: number;
  minClasses: number;
  expiryDays: number;
}

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`Environment variable ${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, argv: string[] = process.argv): Config {
  return {
    port: intEnv(env, 'PORT', 3000),
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || null,
    session: {
      idleMinutes: intEnv(env, 'SESSION_IDLE_MINUTES', 30),
      absoluteHours: intEnv(env, 'SESSION_ABSOLUTE_HOURS', 12),
    },
    passwordPolicy: {
      minLength: intEnv(env, 'PASSWORD_MIN_LENGTH', 8),
      maxLength: 128,
      minClasses: intEnv(env, 'PASSWORD_MIN_CLASSES', 3),
      expiryDays: intEnv(env, 'PASSWORD_EXPIRY_DAYS', 90),
    },
    lockout: {
      maxFailures: intEnv(env, 'LOCKOUT_MAX_FAILURES', 5),
      windowMinutes: intEnv(env, 'LOCKOUT_WINDOW_MINUTES', 15),
      lockMinutes: intEnv(env, 'LOCKOUT_MINUTES', 30),
    },
    uploadMaxBytes: intEnv(env, 'UPLOAD_MAX_MB', 20) * 1024 * 1024,
    loadDemo: !(argv.includes('--no-demo') || env.LUOSHI_NO_DEMO === '1'),
    secureCookies: env.COOKIE_SECURE === '1',
    logLevel: env.LOG_LEVEL || 'info',
    shutdownDrainMs: intEnv(env, 'SHUTDOWN_DRAIN_MS', 5000),
  };
}
