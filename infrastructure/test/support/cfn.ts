/** One resource of a synthesized template, as the assertions module returns it. */
export interface CfnResource {
  readonly Properties: Record<string, unknown>;
  readonly DeletionPolicy?: string;
}

export type CfnResources = Record<string, CfnResource>;

/** Walks into template JSON (`at(fn, 'Properties', 'Role', 'Fn::GetAtt', 0)`); undefined when a step is missing. */
export function at(value: unknown, ...path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[step];
  }
  return current;
}

/** The array at a path, or an empty one. */
export function list(value: unknown, ...path: readonly (string | number)[]): unknown[] {
  const found = at(value, ...path);
  return Array.isArray(found) ? found : [];
}

/** The actions of an IAM policy statement, always as an array. */
export function actionsOf(statement: unknown): string[] {
  return [at(statement, 'Action')].flat() as string[];
}
