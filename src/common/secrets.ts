/**
 * Secret hygiene: every secret value is registered here before anything can print, together with the
 * forms it can take on its way out (JSON-escaped, base64, URL-encoded, each line of a multi-line value).
 * `redact()` replaces all of them. Action adapters forward `onRegister` to `core.setSecret` so the runner
 * masks the same strings.
 */
const MIN_LINE_LENGTH = 4; // a one-character line such as "{" must not become a mask (runner#326)

export function derivedForms(value: string): string[] {
  const forms = new Set<string>();
  const add = (s: string) => {
    if (s.length >= MIN_LINE_LENGTH) forms.add(s);
  };
  add(value);
  add(JSON.stringify(value).slice(1, -1));
  add(Buffer.from(value, 'utf8').toString('base64'));
  add(Buffer.from(value, 'utf8').toString('base64url'));
  add(encodeURIComponent(value));
  add(encodeURI(value));
  for (const line of value.split(/\r?\n|\r/)) {
    add(line.trim());
    add(line);
  }
  return [...forms];
}

export class SecretRegistry {
  private readonly values = new Set<string>();
  /**
   * Forms indexed by their first MIN_LINE_LENGTH characters, then by length: a scan of the text costs one
   * map lookup per position (plus one set lookup per distinct length when the prefix matches), whatever the
   * number of secrets. A fleet of 10 000 gateways registers tens of thousands of forms, often with a common
   * prefix (`sk-ant-…`, `ghp_…`); a `split/join` per form on every log line would take seconds per line.
   */
  private readonly byPrefix = new Map<string, string | PrefixBucket>();
  constructor(private readonly onRegister?: (form: string) => void) {}

  /** Registers a secret and its derived forms; empty or very short values are ignored. */
  add(value: string | undefined | null): void {
    if (!value) return;
    for (const form of derivedForms(value)) {
      if (this.values.has(form)) continue;
      this.values.add(form);
      const key = form.slice(0, MIN_LINE_LENGTH);
      const cur = this.byPrefix.get(key);
      // Most prefixes hold one form (random tokens): keep the bare string, build a bucket on the second.
      if (cur === undefined) this.byPrefix.set(key, form);
      else {
        const bucket = typeof cur === 'string' ? newBucket(cur) : cur;
        addToBucket(bucket, form);
        if (typeof cur === 'string') this.byPrefix.set(key, bucket);
      }
      this.onRegister?.(form);
    }
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  /** Number of registered forms. */
  get size(): number {
    return this.values.size;
  }

  /**
   * Replaces every registered form with `***`, scanning left to right and taking the longest form that
   * starts at each position (so a line of a multi-line key never leaves the rest of the key behind).
   */
  redact(text: string): string {
    if (this.values.size === 0 || text.length < MIN_LINE_LENGTH) return text;
    let out = '';
    let last = 0;
    let i = 0;
    const end = text.length - MIN_LINE_LENGTH;
    while (i <= end) {
      const hit = this.matchAt(text, i);
      if (hit === undefined) {
        i++;
        continue;
      }
      out += text.slice(last, i) + '***';
      i += hit.length;
      last = i;
    }
    return last === 0 ? text : out + text.slice(last);
  }

  /** True when `text` holds any registered form (same scan as redact, stops at the first). */
  containsSecret(text: string): boolean {
    if (this.values.size === 0) return false;
    for (let i = 0; i <= text.length - MIN_LINE_LENGTH; i++) if (this.matchAt(text, i) !== undefined) return true;
    return false;
  }

  private matchAt(text: string, i: number): string | undefined {
    const bucket = this.byPrefix.get(text.slice(i, i + MIN_LINE_LENGTH));
    if (bucket === undefined) return undefined;
    if (typeof bucket === 'string') return text.startsWith(bucket, i) ? bucket : undefined;
    for (const len of bucket.lengths) {
      if (i + len > text.length) continue;
      const candidate = text.slice(i, i + len);
      if (bucket.byLength.get(len)!.has(candidate)) return candidate;
    }
    return undefined;
  }
}

/** Forms sharing a 4-character prefix, by length (longest first). */
interface PrefixBucket {
  lengths: number[];
  byLength: Map<number, Set<string>>;
}

function newBucket(first: string): PrefixBucket {
  const b: PrefixBucket = { lengths: [], byLength: new Map() };
  addToBucket(b, first);
  return b;
}

function addToBucket(b: PrefixBucket, form: string): void {
  let set = b.byLength.get(form.length);
  if (!set) {
    b.byLength.set(form.length, (set = new Set()));
    b.lengths.push(form.length);
    b.lengths.sort((x, y) => y - x);
  }
  set.add(form);
}
