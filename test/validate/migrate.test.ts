import { describe, expect, it } from 'vitest';
import { migrateLegacyConfig } from '../../src/validate/migrate.js';

describe('migrateLegacyConfig', () => {
  it('moves a clean agents.list to agents.entries, and records where each entry was written', () => {
    const m = migrateLegacyConfig({ agents: { list: [{ id: 'main', model: 'a' }, { id: 'helper' }], ownership: 'explicit' } });
    expect(m.config).toEqual({ agents: { ownership: 'explicit', entries: { main: { model: 'a' }, helper: {} } } });
    expect(m.warnings).toEqual([{ path: 'agents.entries', message: 'Moved agents.list to keyed agents.entries.' }]);
    expect(m.aliases).toContainEqual({ from: ['agents', 'entries', 'helper'], to: ['agents', 'list', '1'] });
  });

  it('leaves a list with non-canonical or duplicate ids alone (the schema rejects it)', () => {
    for (const list of [[{ id: 'Main' }], [{ id: 'a' }, { id: 'a' }], [{ id: ' a' }], ['a']]) {
      const input = { agents: { list } };
      expect(migrateLegacyConfig(input).config).toBe(input);
    }
  });

  it('adds the implicit main agent when there is no roster (unless ownership is explicit)', () => {
    expect(migrateLegacyConfig({}).config).toEqual({ agents: { entries: { main: {} } } });
    expect(migrateLegacyConfig({ agents: { entries: {} } }).config).toEqual({ agents: { entries: { main: {} } } });
    const explicit = { agents: { ownership: 'explicit', entries: {} } };
    expect(migrateLegacyConfig(explicit).config).toBe(explicit);
  });

  it('one default marker in a multi-agent roster names the legacy owner and validates as explicit', () => {
    const m = migrateLegacyConfig({ agents: { entries: { a: { default: true }, b: {} } } });
    expect(m.config).toEqual({ agents: { entries: { a: {}, b: {} }, ownership: 'explicit' } });
    expect(m.legacyDefaultAgentId).toBe('a');
    expect(m.warnings.map((w) => w.message)).toEqual(['Materialized legacy per-surface agent ownership.', 'Removed retired agents.entries.*.default markers.']);
  });

  it('leaves two markers, explicit ownership with a marker, or a non-boolean marker for the rules to reject', () => {
    for (const agents of [{ entries: { a: { default: true }, b: { default: true } } }, { ownership: 'explicit', entries: { a: { default: true } } }, { entries: { a: { default: 'yes' } } }]) {
      const input = { agents };
      expect(migrateLegacyConfig(input).config).toBe(input);
    }
  });

  it('keeps the first legacy agent\'s workspace when a list of several has no owner', () => {
    const m = migrateLegacyConfig({ agents: { defaults: { workspace: '/srv/ws' }, list: [{ id: 'a' }, { id: 'b' }] } });
    expect(m.config).toEqual({ agents: { defaults: { workspace: '/srv/ws' }, entries: { a: { workspace: '/srv/ws' }, b: {} } } });
    expect(m.warnings.map((w) => w.message)).toEqual(['Moved agents.list to keyed agents.entries.', "Preserved the first legacy agent's existing workspace."]);
  });

  it('ignores what is not an object config', () => {
    for (const input of [[], null, 'x', { agents: [] }]) expect(migrateLegacyConfig(input).config).toBe(input);
  });
});
