import type { Output } from '../output.js';

/** Work shorter than this shows no spinner at all (no flicker on fast calls). */
const SPINNER_DELAY_MS = 300;

/**
 * Awaits `work`, showing a spinner with `label` on stderr if it takes a while and stderr is a
 * terminal. The spinner is cleared afterwards, so it never stays in the output; when stderr is not
 * a terminal nothing is printed and @clack/prompts is never loaded.
 */
export async function withSpinner<T>(output: Output, label: string, work: PromiseLike<T>): Promise<T> {
  if (output.interactive !== true) return work;
  let stop: (() => void) | undefined;
  let finished = false;
  const timer = setTimeout(() => {
    void import('@clack/prompts').then(({ spinner }) => {
      if (finished) return;
      const indicator = spinner({ output: output.stderr, withGuide: false });
      indicator.start(label);
      stop = () => {
        indicator.clear();
      };
    });
  }, SPINNER_DELAY_MS);
  try {
    return await work;
  } finally {
    finished = true;
    clearTimeout(timer);
    stop?.();
  }
}
