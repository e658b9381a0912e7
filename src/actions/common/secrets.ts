/**
 * A SecretRegistry whose every registered form is also masked by the runner (`core.setSecret`), so a
 * value is hidden in our own redaction AND in anything the runner prints — registered before first use.
 */
import * as core from '@actions/core';
import { SecretRegistry } from '../../common/secrets.js';

export function createActionSecrets(setSecret: (value: string) => void = (v) => core.setSecret(v)): SecretRegistry {
  return new SecretRegistry(setSecret);
}
