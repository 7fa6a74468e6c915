import { readFileSync } from 'node:fs';
import type { Configuration } from 'electron-builder';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

// Packaging cannot run here (electron-builder downloads Electron), so the test reads the
// configuration electron-builder flips the fuses from.
function builderConfig(): Configuration {
  return parse(readFileSync('electron-builder.yml', 'utf8')) as Configuration;
}

describe('Electron fuses set at packaging', () => {
  it('switches off running as Node, NODE_OPTIONS, --inspect and file:// privileges; encrypts cookies; loads only a checked app.asar', () => {
    // toEqual, not toMatchObject: a misspelt option name (which electron-builder would reject
    // or ignore) fails here too.
    expect(builderConfig().electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
    } satisfies Configuration['electronFuses']);
  });

  it('packs the app into an asar, which the integrity fuses check', () => {
    expect(builderConfig().asar).toBe(true);
  });
});
