/**
 * Framework-free token detection, so that `core` loads neither aws-cdk-lib nor cdktf.
 *
 * aws-cdk-lib encodes unresolved strings as `${Token[...]}` and lists as `#{Token[...]}`;
 * cdktf as `${TfToken[...]}`. Both frameworks encode unresolved numbers as very large
 * negative doubles (about -1.8e289).
 */
const STRING_TOKEN = /\$\{(Tf)?Token\[|#\{(Tf)?Token\[/;

/** True when `value` is or contains a deploy-time token, which validation must skip. */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string') return STRING_TOKEN.test(value);
  if (typeof value === 'number') return value <= -1e286;
  if (Array.isArray(value)) return value.some(isUnresolved);
  return false;
}
