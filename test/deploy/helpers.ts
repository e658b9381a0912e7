import type { Logger } from '../../src/common/logger.js';
import type { InstanceSpec } from '../../src/fleet/types.js';
import { runDeployment, type DeployDeps, type DeployRequest } from '../../src/deploy/engine.js';
import { WritePacer } from '../../src/deploy/pacer.js';
import { StateRecorder } from '../../src/deploy/records.js';
import { MemoryStore } from '../../src/deploy/store/dir.js';
import { DEFAULT_POLICY, type RolloutPolicy } from '../../src/deploy/types.js';
import type { FakeFleet } from '../helpers/fake-gateway.js';

/** A policy with no waits (the seeds' thresholds otherwise). */
export function fastPolicy(over: Partial<RolloutPolicy> = {}): RolloutPolicy {
  return { ...DEFAULT_POLICY, waitSeconds: 0, probeIntervalSeconds: 0, restartCooldownSeconds: 0, ...over };
}

/** A logger that keeps every line (for asserting progress lines and that nothing secret is printed). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    debug: (m) => lines.push(`debug: ${m}`),
    info: (m) => lines.push(m),
    warning: (m) => lines.push(`warning: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
    group: async (title, fn) => {
      lines.push(`[group] ${title}`);
      return fn();
    },
  };
}

export interface Harness {
  fleet: FakeFleet;
  instances: InstanceSpec[];
  store: MemoryStore;
  recorder: StateRecorder;
  logger: ReturnType<typeof memoryLogger>;
  deploy(config: Record<string, unknown>, policy?: Partial<RolloutPolicy>, extra?: Partial<DeployRequest>, deps?: Partial<DeployDeps>): ReturnType<typeof runDeployment>;
}

export function harness(fleet: FakeFleet, instances: InstanceSpec[], env = 'prod'): Harness {
  const store = new MemoryStore();
  const recorder = new StateRecorder(store, env);
  const logger = memoryLogger();
  return {
    fleet,
    instances,
    store,
    recorder,
    logger,
    deploy: (config, policy = {}, extra = {}, deps = {}) =>
      runDeployment(
        { environment: env, config, instances, policy: fastPolicy(policy), context: { owner: 'test-run-1', actor: 'tester' }, ...extra },
        { clientFor: fleet.clientFor, recorder, logger, pacer: new WritePacer({ count: 30, windowMs: 60_000 }), pollMs: 5, ...deps },
      ),
  };
}
