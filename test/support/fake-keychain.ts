import type { SecretStore } from '@main/core/secrets';

/** A stand-in for the system keychain (Electron's safeStorage): reversible, and never the plain text. */
export const fakeKeychain: SecretStore = {
  canEncrypt: () => true,
  encrypt: (text) => Buffer.from(Buffer.from(text, 'utf8').map((b) => b ^ 0x5a)),
  decrypt: (data) => Buffer.from(data.map((b) => b ^ 0x5a)).toString('utf8'),
};
