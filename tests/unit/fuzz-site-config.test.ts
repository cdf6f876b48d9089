// Fuzzing the site configuration: whatever an agency writes, the build either gets a valid configuration
// or one readable error naming the file; never a crash from deep inside the validator.
import { describe, expect } from 'vitest';
import { defineSiteConfig, siteConfigSchema } from '../../src/schemas/site-config';
import site from '../../src/site.config';
import { anyInput, fc, fuzz, isMessage, mutationOf } from './fuzz';

const rejects = isMessage(/^src\/site\.config\.ts tidak valid:\n {2}- /);
const stillValid = (result: unknown) => expect(siteConfigSchema.safeParse(result).success).toBe(true);

describe('defineSiteConfig()', () => {
  fuzz('defineSiteConfig() on any value', defineSiteConfig, { rejects, check: stillValid });
  fuzz('defineSiteConfig() on the shipped configuration with one field broken', defineSiteConfig, {
    input: fc.oneof(mutationOf(site), anyInput),
    rejects,
    check: stillValid,
  });
});
