/**
 * The one report shape both validation engines produce (issue #2, CLI `--json` contract):
 * `{"valid":bool,"engine":"fast|exact","files":[{"file","valid","issues":[…],"lint":[…]}]}`.
 * `valid` means "OpenClaw would accept it"; lint findings sit beside it and never change it.
 */
export type Engine = 'fast' | 'exact';
export type Severity = 'error' | 'warning';

export interface ValidationIssue {
  severity: Severity;
  /** Config path, dot-joined with numeric array indices (`bindings.0.agentId`); `<root>` for file-level problems. */
  path: string;
  message: string;
  /** The file that holds the offending value (the included file, not the root), as given / relative to cwd. */
  file: string;
  line: number;
  column: number;
  /** Enum issues carry the allowed values, as OpenClaw reports them. */
  allowedValues?: unknown[];
  /** For include and parse problems: the chain of files from the root config to the failing one. */
  includeChain?: string[];
}

export type LintSeverity = 'error' | 'warning' | 'off';

export interface LintFinding {
  /** Stable rule id, e.g. `plaintext-secret`. */
  rule: string;
  severity: Exclude<LintSeverity, 'off'>;
  message: string;
  path?: string;
  file: string;
  line: number;
  column: number;
}

export interface FileReport {
  /** The file as given on the command line / in the input. */
  file: string;
  valid: boolean;
  issues: ValidationIssue[];
  lint: LintFinding[];
}

export interface ValidationReport {
  valid: boolean;
  engine: Engine;
  files: FileReport[];
}
