import manifest from '../../appsscript.json';
import pkg from '../../package.json';
import clasp from '../../.clasp.json';
import { VERSION } from '../../src/core/version';

describe('appsscript.json', () => {
  it('asks for exactly the scopes README justifies, nothing broader', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/calendar',
      'https://www.googleapis.com/auth/script.scriptapp',
      'https://www.googleapis.com/auth/script.send_mail',
    ]);
  });

  it('runs on V8 with exception logging and a time zone', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toMatch(/^[A-Za-z]+\/[A-Za-z_]+$/);
  });
});

describe('clasp and version', () => {
  it('pushes dist/ only', () => {
    expect(clasp.rootDir).toBe('dist');
  });

  it('reports the package version in the add-on', () => {
    expect(VERSION).toBe(pkg.version);
  });
});
