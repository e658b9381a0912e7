/**
 * Finding clawfleet's own package folder at run time, from the sources (src/…) and from a bundle
 * (dist/<name>/…) alike: walk up from a module's folder to the first package.json named "clawfleet".
 *
 * Why not `new URL('../../package.json', import.meta.url)`: ncc turns such a literal into an emitted asset
 * and copies the root package.json into the bundle folder (measured: dist/cli/package.json was a copy of it,
 * replacing the `{"type":"module"}` marker ncc writes there). The walk builds its paths at run time, which
 * the bundler leaves alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PackageRoot {
  dir: string;
  version: string | undefined;
}

/** The nearest folder at or above `start` whose package.json is named `name`; undefined when there is none. */
export function findPackageRoot(start: string, name = 'clawfleet'): PackageRoot | undefined {
  let dir = resolve(start);
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name === name) return { dir, version: typeof pkg.version === 'string' ? pkg.version : undefined };
      } catch {
        // not a readable package.json: keep walking
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** clawfleet's package folder, found from the module at `moduleUrl` (pass `import.meta.url`). */
export function clawfleetRoot(moduleUrl: string): PackageRoot | undefined {
  return findPackageRoot(dirname(fileURLToPath(moduleUrl)));
}
