/**
 * WWW-Authenticate parsing.
 * https://www.rfc-editor.org/rfc/rfc7235#section-4.1 (challenge grammar)
 * https://www.rfc-editor.org/rfc/rfc7230#section-3.2.6 (token, quoted-string)
 *
 * A header may hold several challenges and a response several headers; scheme and parameter
 * names are case-insensitive, values may be quoted with backslash escapes and contain commas
 * (`scope="repository:a:pull,push"`).
 */

export interface Challenge {
  /** Lower-cased: "bearer", "basic", ... */
  scheme: string;
  /** Parameter names lower-cased, values unquoted. */
  params: Record<string, string>;
  /** The token68 form ("Negotiate abc=="), when a challenge uses it instead of parameters. */
  token68?: string;
}

const TCHAR = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;
const TOKEN68_CHAR = /[A-Za-z0-9._~+/-]/;

export function parseChallenges(headers: string | readonly string[] | undefined): Challenge[] {
  if (headers === undefined) return [];
  const list = typeof headers === 'string' ? [headers] : headers;
  return list.flatMap(parseOne);
}

/** The challenge to answer: Bearer first, then Basic; other schemes we cannot speak. */
export function pickChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'basic');
}

function parseOne(header: string): Challenge[] {
  const out: Challenge[] = [];
  let i = 0;
  const n = header.length;
  const skipSpace = (): void => {
    while (i < n && (header[i] === ' ' || header[i] === '\t')) i++;
  };
  const readToken = (): string => {
    const start = i;
    while (i < n && TCHAR.test(header[i]!)) i++;
    return header.slice(start, i);
  };
  const readQuoted = (): string => {
    // caller saw the opening quote
    i++;
    let value = '';
    while (i < n && header[i] !== '"') {
      if (header[i] === '\\' && i + 1 < n) i++;
      value += header[i];
      i++;
    }
    i++; // closing quote (or end of input for an unterminated string)
    return value;
  };

  while (i < n) {
    while (i < n && (header[i] === ',' || header[i] === ' ' || header[i] === '\t')) i++;
    if (i >= n) break;
    const scheme = readToken();
    if (scheme === '') {
      i++; // junk: skip a character and resynchronise
      continue;
    }
    const challenge: Challenge = { scheme: scheme.toLowerCase(), params: {} };
    out.push(challenge);
    skipSpace();
    // Parameters (or a token68) until the next scheme.
    while (i < n) {
      while (i < n && (header[i] === ',' || header[i] === ' ' || header[i] === '\t')) i++;
      if (i >= n) break;
      const start = i;
      const name = readToken();
      if (name === '') {
        i++;
        continue;
      }
      skipSpace();
      if (header[i] !== '=') {
        // No "=": this token starts the next challenge.
        i = start;
        break;
      }
      // "abc==" or "abc=" followed by a comma/end is a token68, not a parameter.
      const afterEq = header[i + 1];
      if (afterEq === '=' || afterEq === undefined || afterEq === ',') {
        if ([...name].every((c) => TOKEN68_CHAR.test(c))) {
          while (i < n && header[i] === '=') i++;
          challenge.token68 = header.slice(start, i);
          continue;
        }
      }
      i++; // "="
      skipSpace();
      const value = header[i] === '"' ? readQuoted() : readToken();
      // An own property even for a name like __proto__ (an assignment would set the prototype).
      Object.defineProperty(challenge.params, name.toLowerCase(), { value, enumerable: true, writable: true, configurable: true });
    }
  }
  return out;
}
