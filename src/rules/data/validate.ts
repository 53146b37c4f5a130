/**
 * Checks seed data against the schema. A malformed file is refused with its name and the field.
 */
import { z } from 'zod';
import { SeedDocument } from './schema';
import { SEED_FILES } from './seeds';

export class SeedError extends Error {
  constructor(file: string, error: z.ZodError) {
    super(`seeds/${file} is malformed:\n${z.prettifyError(error)}`);
    this.name = 'SeedError';
  }
}

export function parseSeed(file: string, data: unknown): SeedDocument {
  const r = SeedDocument.safeParse(data);
  if (!r.success) throw new SeedError(file, r.error);
  return r.data;
}

/** seeds/seed.schema.json as the zod schema gives it, for editors. */
export function seedJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(SeedDocument, { io: 'input' }), null, 2)}\n`;
}

/** Validates every seed file the rules load (or the files given); throws the first SeedError. */
export function validateSeeds(files: Readonly<Record<string, unknown>> = SEED_FILES): void {
  for (const [file, data] of Object.entries(files)) parseSeed(file, data);
}
