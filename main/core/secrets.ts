/**
 * Encryption by the system's keychain, for the sync password: Electron's safeStorage in the app
 * (main/index.ts), a stand-in in tests. What it encrypts is kept in the database; the key is not.
 */
export interface SecretStore {
  canEncrypt(): boolean;
  encrypt(text: string): Buffer;
  decrypt(data: Buffer): string;
}

/** Where no keychain is wired (tests that do not need one): no password can be kept. */
export const noSecretStore: SecretStore = {
  canEncrypt: () => false,
  encrypt: () => {
    throw new Error('No keychain to encrypt with');
  },
  decrypt: () => {
    throw new Error('No keychain to decrypt with');
  },
};
