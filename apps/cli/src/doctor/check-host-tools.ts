import { createHostToolProbe, type Environment, type OxiosConfig } from '@oxios/kernel';
import { check, type Check } from './check.js';

/** The host tools `[exec]` requires are on PATH; optional ones are listed. */
export async function checkHostTools(config: Pick<OxiosConfig, 'exec'>, env: Environment): Promise<Check> {
  const probed = await createHostToolProbe({ env, ttlMs: 0 }).probe({
    required: config.exec.required_tools,
    optional: config.exec.optional_tools,
  });
  if (probed.isErr()) return check('host-tools', 'warn', `could not check host tools: ${probed.error.message}`);
  const report = probed.value;
  const missingOptional = report.tools.filter((tool) => !tool.required && !tool.available).map((tool) => tool.name);
  const found = report.tools
    .filter((tool) => tool.available)
    .map((tool) => (tool.version ? `${tool.name} ${tool.version}` : tool.name));
  if (!report.ok) {
    return check(
      'host-tools',
      'fail',
      `required host tools missing: ${report.missingRequired.join(', ')}`,
      `install them, or remove them from [exec] required_tools`,
    );
  }
  const optional = missingOptional.length > 0 ? `; optional, not found: ${missingOptional.join(', ')}` : '';
  return check('host-tools', 'pass', `found: ${found.join(', ') || 'none needed'}${optional}`);
}
