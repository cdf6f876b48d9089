// Validation of src/site.config.ts. Runs at build time (astro.config.mjs) and in unit tests.
import { z } from 'astro/zod';
import { textSchema } from './common';
import { fromBase64url } from '../lib/cert/base64url';
import { isPhoneNumber } from '../lib/contact';

/** An 18-digit NIP, checked for shape only here (full checks live in src/lib/nip.ts). */
const nipShape = z.string().regex(/^\d{18}$/, 'NIP harus 18 angka tanpa spasi');

/** A phone number a learner can dial, e.g. "(0341) 123456" or "+62 812-3456-7890". */
const phoneSchema = textSchema.refine(isPhoneNumber, 'nomor telepon: 6–15 angka, boleh diawali "+", dengan spasi, "-", "." atau tanda kurung');

/** Who learners contact about the training, where and how. Every field is optional; set what applies. */
const contactSchema = z.strictObject({
  /** The unit or person that helps learners, e.g. "Bidang Pengembangan Kompetensi". */
  unitName: textSchema.max(120).optional(),
  /** Where to go: street address, building and room. */
  address: textSchema.max(200).optional(),
  /** A phone number for calls. */
  phone: phoneSchema.optional(),
  /** A WhatsApp number (a chat link opens it); a local number starting with 0 is read as +62. */
  whatsapp: phoneSchema.optional(),
  /** An email address. */
  email: z.email('alamat email tidak valid').optional(),
  /** When someone answers, e.g. "Senin–Jumat, 08.00–15.00 WIB". */
  hours: textSchema.max(120).optional(),
});

/** The deploying agency's settings: the one file an agency edits to rebrand the site. */
export const siteConfigSchema = z.strictObject({
  /** Site name in the header and the browser tab. */
  title: textSchema,
  /** A one-sentence description for search engines and the home page. */
  description: textSchema,
  /** The deploying agency. */
  agency: z.strictObject({
    /** Agency name, e.g. "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia". */
    name: textSchema,
    /** Short name or unit, e.g. "BKPSDM". */
    unit: textSchema,
    /** City or region, e.g. "Kota Malang". */
    city: textSchema,
    /** Logo path inside public/, starting with "/" (SVG or PNG). */
    logo: z.string().regex(/^\/[^\s]+\.(svg|png)$/, 'path logo di public/, diawali "/" dan berakhiran .svg atau .png'),
    /** Who learners contact (unit, address, phone, WhatsApp, email, hours), shown wherever the site says to contact the agency. */
    contact: contactSchema.optional(),
  }),
  /** Absolute address where the site is served (used in QR codes), without the base path. */
  siteUrl: z.url().optional(),
  /** Sub-path the site is served under, e.g. "/" or "/netral/". */
  basePath: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, 'harus diawali dan diakhiri "/" (contoh: "/" atau "/netral/")'),
  /** Who signs certificates. */
  signatory: z.strictObject({
    /** Full name with titles. */
    name: textSchema,
    /** The signatory's NIP. */
    nip: nipShape,
    /** Position, e.g. "Kepala BKPSDM Kota Malang". */
    title: textSchema,
  }),
  /** Post-test pass mark in percent; a score exactly at the mark passes. */
  passMark: z.number().min(1).max(100),
  /** Course hours in JP (1 JP = 45 minutes) printed on certificates. */
  courseJp: z.number().int().positive(),
  /** Post-test settings. */
  postTest: z.strictObject({
    /** How many questions to draw from each module, by module id. */
    mix: z.record(z.string(), z.number().int().positive()),
    /** Attempts allowed; after the last failed one the learner reviews weak topics with a trainer. */
    attempts: z.number().int().min(1).max(10),
    /** Time limit in minutes, or null for none (default). */
    timeLimitMinutes: z.number().int().positive().nullable(),
  }),
  /** Pre-test: questions per module, by module id. */
  preTestMix: z.record(z.string(), z.number().int().positive()),
  /** Certificates. */
  certificate: z.strictObject({
    /** Whether every lesson must be completed before a certificate is offered. */
    requireAllLessons: z.boolean(),
    /** Ed25519 public keys (base64url, raw 32 bytes) trusted for trainer-signed certificates, by key id. */
    publicKeys: z
      .array(
        z.strictObject({
          /** Key id printed by `npm run keys`; carried in every certificate the key signs. */
          id: z.string().regex(/^[A-Za-z0-9_-]{4,32}$/, '4–32 huruf, angka, "-" atau "_"'),
          /** The public key exactly as `npm run keys` printed it (43 characters). */
          key: z
            .string()
            .refine((key) => key.length === 43 && fromBase64url(key)?.length === 32, 'kunci publik Ed25519: 43 karakter base64url dari npm run keys'),
          /** Who holds the private key, shown on the verification page. */
          holder: textSchema,
        }),
      )
      .refine((keys) => new Set(keys.map((key) => key.id)).size === keys.length, 'setiap id kunci harus berbeda'),
  }),
});

export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Validates the site configuration and throws one readable message listing every problem. */
export function defineSiteConfig(raw: unknown): SiteConfig {
  const result = siteConfigSchema.safeParse(raw);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new Error(`src/site.config.ts tidak valid:\n${lines.join('\n')}`);
}
