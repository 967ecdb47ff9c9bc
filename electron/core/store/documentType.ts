import { z } from 'zod';

/** Upgrades a document's data from version `from` to `from + 1`. */
export interface Migration {
  from: number;
  migrate(data: unknown): unknown;
}

/** Everything the store needs to know to read, upgrade and validate one kind of file. */
export interface DocumentType<T> {
  kind: string;
  version: number;
  schema: z.ZodType<T>;
  /** Ordered: the one with `from: 1` first; together they reach `version`. */
  migrations: readonly Migration[];
  empty(): T;
  /** How the person would name this file's contents, e.g. "Your journal for November 2026". */
  describe(relativeFile: string): string;
}

export interface DocumentEnvelope<T> {
  kind: string;
  schemaVersion: number;
  data: T;
}

const envelopeSchema = z
  .object({ kind: z.string(), schemaVersion: z.number().int().min(1), data: z.unknown() })
  .strict();

export type Decoded<T> =
  | { status: 'ok'; data: T; migratedFrom: number | null }
  | { status: 'newer'; version: number }
  | { status: 'damaged'; reason: string };

export function encodeDocument<T>(type: DocumentType<T>, data: T): DocumentEnvelope<T> {
  return { kind: type.kind, schemaVersion: type.version, data };
}

/** Turns parsed JSON into current-version data, or says why it cannot. */
export function decodeDocument<T>(type: DocumentType<T>, parsed: unknown): Decoded<T> {
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) return { status: 'damaged', reason: 'it is not a Presence data file' };
  const { kind, schemaVersion } = envelope.data;
  if (kind !== type.kind) return { status: 'damaged', reason: `it holds "${kind}" data, not "${type.kind}"` };
  if (schemaVersion > type.version) return { status: 'newer', version: schemaVersion };

  let data = envelope.data.data;
  for (let version = schemaVersion; version < type.version; version += 1) {
    const migration = type.migrations.find((candidate) => candidate.from === version);
    if (!migration) return { status: 'damaged', reason: `no upgrade is known from format ${version}` };
    try {
      data = migration.migrate(data);
    } catch {
      return { status: 'damaged', reason: `its format ${version} data could not be upgraded` };
    }
  }

  const valid = type.schema.safeParse(data);
  if (!valid.success) return { status: 'damaged', reason: 'its contents do not have the expected shape' };
  return { status: 'ok', data: valid.data, migratedFrom: schemaVersion < type.version ? schemaVersion : null };
}
