import { createHash } from 'crypto';
import type { Conform } from './conform';
import { formatJavaDate } from './date-format';
import { SERVICE, tag } from './instrument';
import { enumName, makeEnum } from './values';
import type { World } from './world';

export const Charset = makeEnum([
  'US_ASCII',
  'UTF_8',
]) as unknown as typeof GoogleAppsScript.Utilities.Charset;
export const DigestAlgorithm = makeEnum([
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
]) as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;

const NODE_DIGEST: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
};

/** Apps Script bytes are Java's signed bytes (-128..127). */
function signedBytes(buf: Buffer): number[] {
  return [...buf].map((b) => (b > 127 ? b - 256 : b));
}

function toBuffer(data: string | number[]): Buffer {
  return typeof data === 'string'
    ? Buffer.from(data, 'utf8')
    : Buffer.from(data.map((b) => b & 0xff));
}

type Methods = 'Charset' | 'DigestAlgorithm' | 'computeDigest' | 'formatDate' | 'getUuid' | 'sleep';

export class Utilities implements Conform<GoogleAppsScript.Utilities.Utilities, Methods, never> {
  static readonly [SERVICE] = tag('Utilities', 'Utilities');
  readonly Charset = Charset;
  readonly DigestAlgorithm = DigestAlgorithm;

  constructor(private readonly world: World) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatJavaDate(date, timeZone, format);
  }
  getUuid(): string {
    return this.world.ids.uuid();
  }
  /** Sleeping advances the virtual clock instead of waiting. */
  sleep(milliseconds: number): void {
    this.world.clock.advance(milliseconds);
  }
  computeDigest(
    algorithm: GoogleAppsScript.Utilities.DigestAlgorithm,
    value: string | number[],
  ): number[] {
    const name = NODE_DIGEST[enumName(algorithm)];
    if (!name) throw new Error(`Unsupported digest algorithm ${enumName(algorithm)}`);
    return signedBytes(createHash(name).update(toBuffer(value)).digest());
  }
}
