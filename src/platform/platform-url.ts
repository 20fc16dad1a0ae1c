/** Loopback host names and addresses: the only hosts plain `http://` may reach. */
function isLoopback(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.[0-9]{1,3}){3}$/.test(h);
}

/**
 * Check the platform's base URL and return it: `https://`, or `http://` to loopback only
 * (a token sent in clear text could be read on the way); no user name or password in it
 * (they would end up in logs), no query and no fragment.
 */
export function checkPlatformUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`the platform URL must be an absolute https:// URL; got '${String(url).replace(/\/\/[^/@]*@/, '//***@')}'`);
  }
  const shown = `${u.protocol}//${u.host}${u.pathname}`;
  if (u.username || u.password) throw new Error(`the platform URL must not hold a user name or password; got '${u.protocol}//***@${u.host}${u.pathname}'`);
  if (u.search || u.hash) throw new Error(`the platform URL must have no query or fragment; got '${shown}...'`);
  if (u.protocol === 'https:') return shown;
  if (u.protocol === 'http:' && isLoopback(u.hostname)) return shown;
  if (u.protocol === 'http:') throw new Error(`the platform URL must use https:// (http:// is allowed only to localhost, 127.0.0.0/8 and ::1); got '${shown}'`);
  throw new Error(`the platform URL must use https://; got '${shown}'`);
}
