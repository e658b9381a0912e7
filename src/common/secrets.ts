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
  private sorted: string[] = [];
  constructor(private readonly onRegister?: (form: string) => void) {}

  /** Registers a secret and its derived forms; empty or very short values are ignored. */
  add(value: string | undefined | null): void {
    if (!value) return;
    for (const form of derivedForms(value)) {
      if (this.values.has(form)) continue;
      this.values.add(form);
      this.onRegister?.(form);
    }
    this.sorted = [...this.values].sort((a, b) => b.length - a.length);
  }

  has(value: string): boolean {
    return this.values.has(value);
  }

  /** Replaces every registered form with `***` (longest first, so a line does not leave half a key). */
  redact(text: string): string {
    let out = text;
    for (const v of this.sorted) {
      if (out.includes(v)) out = out.split(v).join('***');
    }
    return out;
  }
}
