// What the vault keeps of plaintext-copy scans (`keyward scan`, "Find plaintext copies"): where
// each stored value was found, never the value. A later scan that covers a place and no
// longer finds the copy there removes the entry.
import { z } from 'zod';

export const SCAN_FIELDS = ['apiKey', 'secret', 'passphrase'] as const;
export const SCAN_SOURCES = ['file', 'history', 'git'] as const;
export type ScanHitField = (typeof SCAN_FIELDS)[number];
export type ScanHitSource = (typeof SCAN_SOURCES)[number];

export const scanHitRecordSchema = z.strictObject({
  keyId: z.string().min(1).max(64),
  field: z.enum(SCAN_FIELDS),
  source: z.enum(SCAN_SOURCES),
  /** The file (for git: the file in the commit, or the repository when unknown). */
  path: z.string().max(4096),
  line: z.number().int().min(1),
  repo: z.string().max(4096).optional(),
  commit: z
    .string()
    .regex(/^[0-9a-f]{40,64}$/)
    .optional(),
  blob: z
    .string()
    .regex(/^[0-9a-f]{40,64}$/)
    .optional(),
  foundAt: z.iso.datetime({ offset: true }),
});
export type ScanHitRecord = z.infer<typeof scanHitRecordSchema>;

/** At most this many places are kept: enough to act on, bounded in size. */
export const MAX_SCAN_HITS = 2000;

export const scanStateSchema = z.strictObject({
  hits: z.array(scanHitRecordSchema).max(MAX_SCAN_HITS),
  lastScanAt: z.iso.datetime({ offset: true }).nullable(),
});
export type ScanState = z.infer<typeof scanStateSchema>;
