import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Encryption of personal data at rest (AES-256-GCM) and blind indexes (HMAC-SHA256) for exact
 * look-ups without decrypting a table. A leaked database or backup then shows neither PESEL nor
 * contact details, and a moved ciphertext (another row, another column) does not decrypt,
 * because every value is bound to where it belongs by its associated data.
 *
 * Each master key yields two sub-keys through HKDF, one to encrypt and one to index, so neither
 * use weakens the other. The envelope carries the key's id: after a rotation the new key
 * encrypts, while the previous keys still decrypt and still find what they indexed.
 */

const VERSION = 1;
const KEY_ID_BYTES = 8;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_ID_BYTES + IV_BYTES + TAG_BYTES;
export const PERSONAL_DATA_KEY_BYTES = 32;

export class PersonalDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataError';
  }
}

interface DerivedKey {
  id: Buffer;
  /** The id as 16 hex digits: how logs, blind indexes and people name a key. */
  hexId: string;
  encryption: Buffer;
  index: Buffer;
}

const subKey = (master: Buffer, purpose: string) =>
  Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `kooperacja personal data ${purpose} v1`, 32));

function derive(master: Buffer): DerivedKey {
  if (master.length !== PERSONAL_DATA_KEY_BYTES)
    throw new PersonalDataError(`a personal data key has ${PERSONAL_DATA_KEY_BYTES} bytes`);
  const id = subKey(master, 'key id').subarray(0, KEY_ID_BYTES);
  return {
    id,
    hexId: id.toString('hex'),
    encryption: subKey(master, 'encryption'),
    index: subKey(master, 'index'),
  };
}

export class PersonalDataVault {
  private readonly current: DerivedKey;
  private readonly byId: Map<string, DerivedKey>;

  /** `current` encrypts and indexes; `previous` keys (after a rotation) only decrypt and find. */
  constructor(current: Buffer, previous: readonly Buffer[] = []) {
    this.current = derive(current);
    this.byId = new Map([this.current, ...previous.map(derive)].map((k) => [k.hexId, k]));
  }

  /** The id of the key new values are written with. */
  get currentKeyId(): string {
    return this.current.hexId;
  }

  /**
   * Encrypts bytes under the current key with a fresh random IV. `context` names where the value
   * belongs (e.g. `persons.pesel:<id>`) and must be given again to decrypt it.
   */
  sealBytes(plain: Buffer, context: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.current.encryption, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const body = Buffer.concat([cipher.update(plain), cipher.final()]);
    return Buffer.concat([Buffer.from([VERSION]), this.current.id, iv, cipher.getAuthTag(), body]);
  }

  /** Decrypts what {@link sealBytes} made; a changed byte, a wrong context or an unknown key throws. */
  openBytes(sealed: Buffer, context: string): Buffer {
    if (sealed.length < HEADER_BYTES || sealed[0] !== VERSION)
      throw new PersonalDataError('not an encrypted value');
    const keyId = sealed.subarray(1, 1 + KEY_ID_BYTES).toString('hex');
    const key = this.byId.get(keyId);
    if (!key) throw new PersonalDataError(`unknown personal data key ${keyId}`);
    const ivEnd = 1 + KEY_ID_BYTES + IV_BYTES;
    const decipher = createDecipheriv(
      'aes-256-gcm',
      key.encryption,
      sealed.subarray(1 + KEY_ID_BYTES, ivEnd),
    );
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.subarray(ivEnd, HEADER_BYTES));
    try {
      return Buffer.concat([decipher.update(sealed.subarray(HEADER_BYTES)), decipher.final()]);
    } catch {
      throw new PersonalDataError('an encrypted value was altered or belongs elsewhere');
    }
  }

  /** A text value as base64 of its envelope, for a text column. */
  seal(plain: string, context: string): string {
    return this.sealBytes(Buffer.from(plain, 'utf8'), context).toString('base64');
  }

  open(sealed: string, context: string): string {
    return this.openBytes(Buffer.from(sealed, 'base64'), context).toString('utf8');
  }

  /** The key id a stored text value was written with, to find values still under an old key. */
  static keyIdOf(sealed: string): string {
    return Buffer.from(sealed, 'base64')
      .subarray(1, 1 + KEY_ID_BYTES)
      .toString('hex');
  }

  /**
   * The blind index of a value under the current key: `<key id>:<hmac>`. `kind` separates
   * indexes (a PESEL and a phone number with the same digits index differently).
   */
  blindIndex(kind: string, value: string): string {
    return indexUnder(this.current, kind, value);
  }

  /** The value's index under every known key: what a look-up must match after a rotation. */
  blindIndexCandidates(kind: string, value: string): string[] {
    return [...this.byId.values()].map((key) => indexUnder(key, kind, value));
  }
}

const indexUnder = (key: DerivedKey, kind: string, value: string) =>
  `${key.hexId}:${createHmac('sha256', key.index).update(`${kind}\u0000${value}`, 'utf8').digest('base64url')}`;
