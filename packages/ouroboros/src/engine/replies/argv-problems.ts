const SHELL_OPERATORS = new Set(['&&', '||', '|', ';', '>', '>>', '<', '2>&1', '&']);

/** Problems with a criterion that look like a shell string squeezed into argv. */
export function argvProblems(verify: readonly string[] | null, path: string): string[] {
  if (verify === null) return [];
  const problems: string[] = [];
  const program = verify[0] ?? '';
  if (/\s/.test(program)) problems.push(`${path}.verify.0: one program name; put each argument in its own element`);
  verify.forEach((arg, index) => {
    if (SHELL_OPERATORS.has(arg)) {
      problems.push(`${path}.verify.${index}: "${arg}" needs a shell; verify runs without one`);
    }
  });
  return problems;
}
